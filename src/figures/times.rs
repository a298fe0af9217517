//! Times of day: "3pm", "15:30 GMT", "10 o'clock", "0800 UTC", "noon", with
//! the day they are on: told after the time ("3pm on Monday", "16:00 UTC
//! today") or before it ("Tuesday at 3pm"), else the article's day.

use super::candidate::{found, Found};
use super::scan::Scan;
use crate::analysis::FigureKind;
use crate::calendar::CalendarDate;

/// Time zones written after a time.
const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "ET", "PT", "IST", "JST", "AEST", "AEDT", "Z",
];

/// "15:30", "15:30:05": the ISO time and the index after it.
pub(super) fn clock(s: &Scan, i: usize) -> Option<(String, usize)> {
    let h: u8 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
    if !(s.is_ch(i + 1, ':')
        || s.is_ch(i + 1, '.') && s.digits(i + 2).is_some() && meridiem(s, s.sp(i + 3)).is_some())
    {
        return None;
    }
    let m: u8 = s.digits(i + 2).filter(|d| d.len() == 2)?.parse().ok()?;
    if h > 24 || m > 59 {
        return None;
    }
    let mut end = i + 3;
    let mut sec = None;
    if s.is_ch(end, ':') {
        if let Some(x) = s
            .digits(end + 1)
            .filter(|d| d.len() == 2)
            .and_then(|d| d.parse::<u8>().ok())
        {
            sec = Some(x);
            end += 2;
        }
    }
    let t = match sec {
        Some(x) => format!("{h:02}:{m:02}:{x:02}"),
        None => format!("{h:02}:{m:02}"),
    };
    Some((t, end))
}

/// "o'clock" at `k`: the index after it.
fn oclock(s: &Scan, k: usize) -> Option<usize> {
    let apostrophe = matches!(s.ch(k + 1), Some('\'' | '’'));
    (s.is(k, "o") && apostrophe && s.is(k + 2, "clock")).then_some(k + 3)
}

/// "am", "pm", "a.m.", "p.m." at `k`: whether afternoon, and the index after.
fn meridiem(s: &Scan, k: usize) -> Option<(bool, usize)> {
    if s.is_any(k, &["am", "pm"]) && s.boundary(k + 1) {
        return Some((s.is(k, "pm"), k + 1));
    }
    if s.is_any(k, &["a", "p"]) && s.is_ch(k + 1, '.') && s.is(k + 2, "m") && s.is_ch(k + 3, '.') {
        return Some((s.is(k, "p"), k + 4));
    }
    None
}

/// "3pm", "3 p.m.", "15:30 GMT", "10:45am".
/// "9-11am", "10–2pm", "9 - 11 a.m.", "from 9 to 11am", "between 5 and 6pm":
/// two hours and one meridiem, a range of
/// times valued `start/end` on the article's day. The first hour takes the
/// meridiem that puts it before the second ("10-2pm" is 10:00 to 14:00).
pub(super) fn hour_range(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let first: u8 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
    let opener = s.back(i).filter(|&b| s.is_any(b, &["from", "between"]));
    let dash = s.sp(i + 1);
    let worded = dash > i + 1
        && s.is_space(dash + 1)
        && (s.is_any(dash, &["to", "until", "till"])
            || s.is(dash, "and") && opener.is_some_and(|b| s.is(b, "between")));
    if !s.is_dash(dash) && !worded {
        return None;
    }
    let k = s.sp(dash + 1);
    let second: u8 = s.digits(k).filter(|d| d.len() <= 2)?.parse().ok()?;
    if !(1..=12).contains(&first) || !(1..=12).contains(&second) {
        return None;
    }
    let (pm, end) = meridiem(s, s.sp(k + 1))?;
    let hour = |h: u8, pm: bool| match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    let b = hour(second, pm);
    let a = if hour(first, pm) <= b {
        hour(first, pm)
    } else {
        hour(first, !pm)
    };
    let day = date.map(|d| d.iso()).unwrap_or_default();
    let value = format!("{day}T{a:02}:00/{day}T{b:02}:00");
    let mut f = found(s, i, end, FigureKind::Time, Some(value));
    // "from 9 to 11am", "between 5 and 6pm": the figure starts at its opener.
    if let Some(b) = opener.filter(|_| worded) {
        f.start = s.start(b);
    }
    Some((f, end))
}

/// A time of day at atom `i`, without its day: "3pm", "3 p.m.", "15:30 GMT",
/// "10:45am", "10 o'clock", "12 noon". Its value ("T15:30Z") and the atom after it.
pub(super) fn clock_time(s: &Scan, i: usize) -> Option<(String, usize)> {
    let (mut h, mut m, mut rest, mut end) = match clock(s, i) {
        Some((t, e)) => {
            let h: u8 = t.get(..2)?.parse().ok()?;
            let m: u8 = t.get(3..5)?.parse().ok()?;
            (h, m, t.get(5..).unwrap_or("").to_string(), e)
        }
        None => {
            let h: u8 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
            (h, 0, String::new(), i + 1)
        }
    };
    let clocked = end > i + 1;
    match meridiem(s, s.sp(end)) {
        Some((pm, e)) if (1..=12).contains(&h) => {
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
            end = e;
        }
        // "12 noon", "12 midnight".
        _ if !clocked && h == 12 && s.is_space(end) && s.is_any(end + 1, &["noon", "midnight"]) => {
            if s.is(end + 1, "midnight") {
                h = 0;
            }
            end += 2;
        }
        // "10 o'clock": the hour as told.
        _ if !clocked && (1..=12).contains(&h) && oclock(s, s.sp(end)).is_some() => {
            end = oclock(s, s.sp(end)).unwrap_or(end);
        }
        _ if !clocked => return None,
        _ => {}
    }
    let mut zone = "";
    let k = s.sp(end);
    if let Some(z) = s.word(k).filter(|z| ZONES.contains(z)) {
        zone = if matches!(z, "GMT" | "UTC" | "Z") {
            "Z"
        } else {
            ""
        };
        end = k + 1;
    } else if s.is(k, "local") && s.is_space(k + 1) && s.is(k + 2, "time") {
        end = k + 3;
    }
    if h == 24 {
        h = 0;
        m = m.min(59);
    }
    rest.push_str(zone);
    Some((format!("T{h:02}:{m:02}{rest}"), end))
}

/// "0800 UTC", "1430 GMT": four digits with a time zone.
pub(super) fn military(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let d = s.digits(i).filter(|d| d.len() == 4)?;
    let h: u8 = d.get(..2)?.parse().ok()?;
    let m: u8 = d.get(2..)?.parse().ok()?;
    if h > 23 || m > 59 || !s.is_space(i + 1) || !s.is_any(i + 2, &["GMT", "UTC", "hours", "hrs"]) {
        return None;
    }
    let z = if s.is_any(i + 2, &["GMT", "UTC"]) {
        "Z"
    } else {
        ""
    };
    let day = date.map(CalendarDate::iso).unwrap_or_default();
    let v = format!("{day}T{h:02}:{m:02}{z}");
    Some((found(s, i, i + 3, FigureKind::Time, Some(v)), i + 3))
}

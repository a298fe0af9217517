//! A refiner over the figures found: two dates (or two times) joined by
//! "to", "until", "through" or a dash, or by "and" after "between", are one
//! range ("from 3 May to 7 May 2026", "Monday to Friday", "9am to 5pm"),
//! valued `start/end` as "3-7 May" is. A year written only after the second
//! end is the first end's too ("3 May – 7 May 2026": both in 2026; "28
//! December to 3 January 2026": the first in 2025). The ends run forward,
//! and so do the dates of a list ("in December and January"): days told by
//! weekday alone lie within one week ("Monday to Friday" said on a
//! Wednesday: last week's in the past, next week's in the future), months
//! and days told without a year within one year, and a clock range that
//! passes midnight ends on the next day ("10pm to 2am").

use super::candidate::Found;
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// Words between two ends that make a range.
const LINKS: &[&str] = &["to", "until", "till", "through", "thru", "-", "–", "—"];

/// Whether `s` holds a year of four digits ("7 May 2026").
fn has_year(s: &str) -> bool {
    s.as_bytes().windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !s.as_bytes()[i - 1].is_ascii_digit())
            && s.as_bytes().get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// Whether a date told as `text` is placed from the article date by itself,
/// so that a year told after the other end is not its own: "this May",
/// "next Friday", "Friday" ("from this May to Oct 2020" starts this year).
fn anchored(text: &str) -> bool {
    let lead = placed_by_a_word(text);
    let weekday = text.split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', '.']).to_ascii_lowercase();
        w.len() >= 6 && w.ends_with("day") && super::vocab::sense(&w).weekday > 0
    });
    lead || weekday && !text.contains(|c: char| c.is_ascii_digit())
}

/// Whether a date told as `text` opens with a word that places it from the
/// article date: "this May", "next Friday", "last Thursday".
fn placed_by_a_word(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    ["this", "next", "last", "coming", "past", "previous"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// `value` (an ISO date "YYYY-MM-DD..." or "--MM-DD") in the year of
/// `other` ("YYYY-..."), the year before when it falls after `other`.
fn in_year_of(value: &str, other: &str) -> Option<String> {
    let year: i32 = other.get(..4)?.parse().ok()?;
    let month_day = value.strip_prefix("--").or_else(|| value.get(5..))?;
    // Month and day ("05-03"), or the month alone ("05").
    let n = month_day.len().min(5);
    let other_md = other.get(5..5 + n)?;
    let year = if month_day.get(..n)? > other_md {
        year - 1
    } else {
        year
    };
    Some(format!("{year:04}-{month_day}"))
}

/// How far an end told without its year may move to follow the other: a
/// week for days told by weekday ("Monday to Friday"), a year for days told
/// by month and day ("Dec. 28 to Jan. 3"); months ("December and January")
/// always move by a year.
#[derive(Clone, Copy, PartialEq)]
enum Period {
    Week,
    Year,
    /// Told with a year ("June 8 to June 5, 2026"): not moved.
    Fixed,
}

/// The period of two ends told as `a_text` and `b_text`: a week when both
/// name a weekday and neither a month ("6am on Thursday" to "midnight on
/// Friday").
fn period(a_text: &str, b_text: &str) -> Period {
    let digits = |t: &str| t.contains(|c: char| c.is_ascii_digit());
    let names = |t: &str, weekday: bool| {
        t.split(|c: char| !c.is_alphabetic()).any(|w| {
            let sense = super::vocab::sense(w);
            if weekday {
                w.len() >= 6 && sense.weekday > 0
            } else {
                w.len() >= 3 && sense.month > 0
            }
        })
    };
    let by_weekday = |t: &str| names(t, true) && !names(t, false) && !t.contains('/');
    if has_year(a_text) || has_year(b_text) {
        Period::Fixed
    } else if (digits(a_text) || digits(b_text)) && !(by_weekday(a_text) && by_weekday(b_text)) {
        Period::Year
    } else {
        Period::Week
    }
}

/// `value` ("2026-06-08", "2026-06-08T22:00" or the month "2026-06") moved
/// by `period`, back or ahead; `None` for other shapes, or a 29 February
/// moved to a year without one.
fn moved(value: &str, period: Period, back: bool) -> Option<String> {
    let sign = if back { -1 } else { 1 };
    if let Some(day) = value.get(..10).and_then(CalendarDate::parse_iso) {
        let rest = &value[10..];
        let day = match period {
            Period::Week => day.add_days(7 * sign),
            Period::Year => CalendarDate::new(day.year + sign as i32, day.month, day.day)?,
            Period::Fixed => return None,
        };
        return Some(format!("{}{rest}", day.iso()));
    }
    let is_month = value.len() == 7
        && value.as_bytes()[4] == b'-'
        && value
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit());
    if !is_month || period == Period::Fixed {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    Some(format!("{:04}{}", year + sign as i32, &value[4..]))
}

/// The calendar part of a value, before its time: "2026-06-08", "2026-06".
fn calendar_part(value: &str) -> &str {
    value.split('T').next().unwrap_or(value)
}

/// The ends `start` and `end` of a range or a list of days, months or
/// times, moved so the end does not come before the start. A clock range
/// past midnight ends on the next day ("10pm to 2am"). Ends each resolved
/// alone from the article date `date`, told without a year, lie within one
/// `period`: the earlier one when the start fell before `date` and the end
/// on or before it (the past) and `back` allows, else the later one.
fn forward(
    start: String,
    end: String,
    date: Option<CalendarDate>,
    period: Period,
    back: bool,
) -> (String, String) {
    let (a, b) = (calendar_part(&start), calendar_part(&end));
    if a.len() != b.len() || b > a || (b == a && end >= start) {
        return (start, end);
    }
    if a == b {
        // The same day, the end's clock earlier: past midnight.
        return match day_and_rest(&end) {
            Some((day, rest)) if rest.starts_with('T') => {
                (start, format!("{}{rest}", day.add_days(1).iso()))
            }
            _ => (start, end),
        };
    }
    let past = back
        && date.is_some_and(|d| {
            let d = d.iso();
            let d = d.get(..a.len()).unwrap_or("");
            a < d && b <= d
        });
    let (start2, end2) = if past {
        (moved(&start, period, true), Some(end.clone()))
    } else {
        (Some(start.clone()), moved(&end, period, false))
    };
    match (start2, end2) {
        // Moved within one period only: the ends in order afterwards.
        (Some(s2), Some(e2)) if calendar_part(&s2) <= calendar_part(&e2) => (s2, e2),
        _ => (start, end),
    }
}

/// The ends of a range of days told without a year or a word that places
/// them ("Dec 21-Jan 10"; not "from this 5/12 to next 5/19"),
/// each resolved on its own, brought within a year of each other when they
/// lie further apart (1995-12-21 and 1997-01-10, told in August 1996): the
/// start a year later or the end a year earlier, whichever pair lies nearer
/// the article date `date`.
fn within_a_year(start: String, end: String, date: Option<CalendarDate>) -> (String, String) {
    let (Some(a), Some(b), Some(d)) = (
        CalendarDate::parse_iso(&start),
        CalendarDate::parse_iso(&end),
        date,
    ) else {
        return (start, end);
    };
    if b.days() - a.days() <= 366 {
        return (start, end);
    }
    let later = CalendarDate::new(a.year + 1, a.month, a.day);
    let earlier = CalendarDate::new(b.year - 1, b.month, b.day);
    let off = |x: CalendarDate, y: CalendarDate| ((x.days() + y.days()) / 2 - d.days()).abs();
    match (later, earlier) {
        (Some(l), Some(e)) if l <= b && (e < a || off(l, b) <= off(a, e)) => (l.iso(), end),
        (_, Some(e)) if e >= a => (start, e.iso()),
        _ => (start, end),
    }
}

/// The start `start` of a range of days told by weekday, moved up a week
/// when the end `end` lies more than a week after it: "from 6am on Thursday
/// until midnight on Friday" said on a Wednesday, the Friday resolved ahead
/// and the Thursday back, is this Thursday's. Not a start placed by a word of
/// its own ("last Thursday").
fn within_a_week(start: String, end: &str, period: Period, start_text: &str) -> String {
    let placed = placed_by_a_word(start_text);
    let (a, b) = (calendar_part(&start), calendar_part(end));
    if period != Period::Week || placed || a.len() != 10 || b.len() != 10 || b <= a {
        return start;
    }
    match moved(&start, period, false) {
        Some(s2) if calendar_part(&s2) < b => s2,
        _ => start,
    }
}

/// Whether the date `value` ("2026-06-08", "2026-06") lies after the
/// article date `date` (compared at its own precision).
fn ahead_of(value: &str, date: Option<CalendarDate>) -> bool {
    let v = calendar_part(value);
    date.is_some_and(|d| d.iso().get(..v.len()).is_some_and(|d| v > d))
}

/// The day of an ISO value ("2026-06-08", "2026-06-08T22:00") and what follows it.
fn day_and_rest(value: &str) -> Option<(CalendarDate, &str)> {
    let day = CalendarDate::parse_iso(value.get(..10)?)?;
    Some((day, &value[10..]))
}

/// Words between two dates of a list, whose order is the calendar's:
/// "December and January", "Monday, Wednesday and Friday".
const LIST_LINKS: &[&str] = &["and", ",", "or", ", and", ", or", "and then"];

/// The end `vb` of a range from the year `va`, told in two digits
/// (`b_text`, "'09"), in the century that puts it after the start: "between
/// '05 and '09" told in 2006 is 2005/2009 (the end read alone was 1909).
fn next_century(va: &str, vb: &str, b_text: &str) -> String {
    let two_digits = b_text.trim_start_matches(['\'', '’', '‘']).len() == 2 && b_text.len() > 2;
    match (va.parse::<i32>(), vb.parse::<i32>()) {
        (Ok(a), Ok(b)) if two_digits && va.len() == 4 && vb.len() == 4 && b < a && b + 100 >= a => {
            format!("{:04}", b + 100)
        }
        _ => vb.to_string(),
    }
}

/// Merges the ranges of `found` (in order, over `text`) in place; each end
/// was resolved from the day its first end was told on ([`Found::told_on`]).
pub(super) fn merge(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let date = a.told_on;
        let same_kind = a.kind == b.kind && matches!(a.kind, FigureKind::Date | FigureKind::Time);
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let before = text.get(..a.start).unwrap_or("").trim_end();
        let opener = ["between", "Between", "from", "From"].iter().find(|w| {
            before.ends_with(*w)
                && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
        });
        let linked = LINKS.contains(&between)
            || (between == "and" && opener.is_some_and(|w| w.eq_ignore_ascii_case("between")));
        let (Some(Value::Text(va)), Some(Value::Text(vb))) = (&a.value, &b.value) else {
            i += 1;
            continue;
        };
        if !same_kind || va.contains('/') || vb.contains('/') {
            i += 1;
            continue;
        }
        let a_text = text.get(a.start..a.end).unwrap_or("");
        let b_text = text.get(b.start..b.end).unwrap_or("");
        if !linked {
            // A date of a list after one told ahead is ahead too: "December
            // and January" said in November of ads to come. (After a date in
            // the past or today, the resolver's reading of each stands: lists
            // are not always in the calendar's order.)
            // Not a day told from the article's own ("Tomorrow and today").
            let deictic = ["today", "tonight", "yesterday", "tomorrow", "now"]
                .iter()
                .any(|w| b_text.eq_ignore_ascii_case(w));
            if a.kind == FigureKind::Date
                && LIST_LINKS.contains(&between)
                && ahead_of(va, date)
                && !deictic
                && !has_year(b_text)
            {
                let (va, vb) = (va.clone(), vb.clone());
                let ahead = forward(va.clone(), vb, date, period(a_text, b_text), false);
                found[i].value = Some(Value::Text(va));
                found[i + 1].value = Some(Value::Text(ahead.1));
            }
            i += 1;
            continue;
        }
        let va = if a.kind == FigureKind::Date
            && !has_year(a_text)
            && !anchored(a_text)
            && has_year(b_text)
        {
            in_year_of(va, vb).unwrap_or_else(|| va.clone())
        } else {
            va.clone()
        };
        let period = period(a_text, b_text);
        let vb = next_century(&va, vb, b_text);
        let (va, vb) = forward(va, vb, date, period, true);
        let placed = placed_by_a_word(a_text) || placed_by_a_word(b_text);
        let (va, vb) = if has_year(a_text) || has_year(b_text) || placed {
            (va, vb)
        } else {
            within_a_year(va, vb, date)
        };
        let va = within_a_week(va, &vb, period, a_text);
        let value = format!("{va}/{vb}");
        let start = opener.map_or(a.start, |w| before.len() - w.len());
        let merged = Found {
            start,
            core: a.start,
            num: a.num,
            end: b.end,
            kind: a.kind,
            value: Some(Value::Text(value)),
            unit: None,
            counts: None,
            shift: None,
            toward: None,
            told_on: a.told_on,
        };
        found[i] = merged;
        found.remove(i + 1);
        i += 1;
    }
}

/// A year told once for a list of dates is the year of each: "June and
/// July of 1973", "March 3 and May 5, 2010" (the first was of the article's
/// year). The dates before it must be told without a year or a word that
/// places them ("last June"), be joined by "and", "or" or commas, and come
/// before it in its year.
pub(super) fn year_of_a_list(text: &str, found: &mut [Found]) {
    // "1973-07", "2010-05-05": a month or a day (not "2026-Q3").
    let month_or_day = |v: &str| {
        (v.len() == 7 || v.len() == 10)
            && v.as_bytes().get(4) == Some(&b'-')
            && v[5..7].bytes().all(|b| b.is_ascii_digit())
    };
    for j in 1..found.len() {
        let b = &found[j];
        let b_text = text.get(b.start..b.end).unwrap_or("");
        let year = match (&b.kind, &b.value) {
            (FigureKind::Date, Some(Value::Text(v))) if has_year(b_text) && month_or_day(v) => {
                v.clone()
            }
            _ => continue,
        };
        let mut end = b.start;
        for i in (0..j).rev() {
            let a = &found[i];
            let link = text.get(a.end..end).map_or("", str::trim);
            if !LIST_LINKS.contains(&link) && link != "&" {
                break;
            }
            let a_text = text.get(a.start..a.end).unwrap_or("");
            let Some(Value::Text(v)) = &a.value else {
                break;
            };
            let same_shape = a.kind == FigureKind::Date
                && month_or_day(v)
                && !has_year(a_text)
                && !placed_by_a_word(a_text)
                && v[5..] < year[5..];
            if !same_shape {
                break;
            }
            let value = format!("{}{}", &year[..4], &v[4..]);
            if value.len() == 10 && CalendarDate::parse_iso(&value).is_none() {
                break;
            }
            end = a.start;
            found[i].value = Some(Value::Text(value));
        }
    }
}

/// The links before the last item of a list of days: "7, 8 and 21
/// September", "on 20 & 21 August".
const LAST_LINKS: &[&str] = &["and", "or", "&", ", and", ", or"];

/// The day of the month that the figure `f` of a list of days tells, as
/// read before the list is known: a plain number or ordinal in digits
/// ("8", "8th"), with no modifier and counting nothing ("March 3 and 4
/// officers" counts), from 1 to 31.
fn listed_day(text: &str, f: &Found) -> Option<f64> {
    let digits = text.get(f.start..f.end).is_some_and(|t| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
    });
    let plain = matches!(f.kind, FigureKind::Number | FigureKind::Ordinal)
        && f.counts.is_none()
        && f.start == f.core;
    match f.value {
        Some(Value::Number(n))
            if digits && plain && n.fract() == 0.0 && (1.0..=31.0).contains(&n) =>
        {
            Some(n)
        }
        _ => None,
    }
}

/// The days listed before a month's day are days of that month: "7, 8 and
/// 21 September", "on 7 and 8 September" (numbers as read, in `found`,
/// become dates). The days must rise, be joined by commas and a last "and"
/// or "or", and count nothing.
pub(super) fn days_before_a_month(text: &str, found: &mut [Found]) {
    for j in 1..found.len() {
        let b = &found[j];
        let b_text = text.get(b.start..b.end).unwrap_or("");
        let Some(Value::Text(v)) = &b.value else {
            continue;
        };
        let day_first = b_text.starts_with(|c: char| c.is_ascii_digit())
            && b.kind == FigureKind::Date
            && v.len() == 10
            && CalendarDate::parse_iso(v).is_some();
        if !day_first {
            continue;
        }
        let (prefix, mut last) = (v[..8].to_string(), v[8..].parse::<f64>().unwrap_or(0.0));
        let mut listed = Vec::new();
        let mut end = b.start;
        for i in (0..j).rev() {
            let a = &found[i];
            let link = text.get(a.end..end).map_or("", str::trim);
            let linked = if listed.is_empty() {
                LAST_LINKS.contains(&link)
            } else {
                link == ","
            };
            let Some(day) = listed_day(text, a).filter(|&n| n < last) else {
                break;
            };
            if !linked {
                break;
            }
            listed.push((i, day));
            (last, end) = (day, a.start);
        }
        for (i, day) in listed {
            let value = format!("{prefix}{day:02}");
            if CalendarDate::parse_iso(&value).is_some() {
                let f = &mut found[i];
                (f.kind, f.value) = (FigureKind::Date, Some(Value::Text(value)));
            }
        }
    }
}

/// The days listed after a month's day are days of that month: "January 6,
/// 13 and 20th", "on March 3 and 4", "December 27th and 28th" (numbers and
/// ordinals as read, in `found`, become dates). The list must end with
/// "and" or "or", its days rise and none counts a thing: "On March 3, 5 and
/// 7 people were hurt" and "March 3 and 4 officers" stay counts. After
/// "between", the two days are one range: "between September 8 and 13"; so
/// are two joined by "to", "through" or "until": "(from) August 25 to 31".
pub(super) fn days_listed(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        let first = &found[i];
        let day_told = text.get(first.start..first.end).is_some_and(|t| {
            let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            t.ends_with(|c: char| c.is_ascii_digit()) && t.starts_with(|c: char| c.is_alphabetic())
        });
        let prefix = match (&first.kind, &first.value) {
            (FigureKind::Date, Some(Value::Text(v))) if day_told && v.len() >= 7 => {
                let cut = v.len() - 2;
                let day: f64 = v[cut..].parse().unwrap_or(f64::NAN);
                (v.as_bytes()[cut - 1] == b'-').then(|| (v[..cut].to_string(), day))
            }
            _ => None,
        };
        let Some((prefix, mut last)) = prefix.filter(|(_, d)| d.is_finite()) else {
            i += 1;
            continue;
        };
        let (mut end, mut j, mut listed, mut closed) = (first.end, i + 1, Vec::new(), false);
        let mut ranged = false;
        while let Some(f) = found.get(j) {
            let link = text.get(end..f.start).map_or("", str::trim);
            // "from August 25 to 31": the second day ends a range.
            let range_link =
                listed.is_empty() && matches!(link, "to" | "through" | "thru" | "until" | "till");
            let last_link = range_link || LAST_LINKS.contains(&link);
            let Some(day) = listed_day(text, f).filter(|&n| n > last) else {
                break;
            };
            if !(last_link || link == ",") {
                break;
            }
            listed.push((j, day));
            (last, end, j) = (day, f.end, j + 1);
            if last_link {
                (closed, ranged) = (true, range_link);
                break;
            }
        }
        let opener = text[..first.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .filter(|w| {
                w.eq_ignore_ascii_case("between") || ranged && w.eq_ignore_ascii_case("from")
            });
        let between = opener.or(Some("").filter(|_| ranged));
        if let (true, Some(word), [(k, day)]) = (closed, between, listed.as_slice()) {
            let value = format!("{prefix}{day:02}");
            let first_value = match &first.value {
                Some(Value::Text(v)) => v.clone(),
                _ => String::new(),
            };
            if value.starts_with("--") || CalendarDate::parse_iso(&value).is_some() {
                let start = if word.is_empty() {
                    first.start
                } else {
                    text[..first.start].trim_end().len() - word.len()
                };
                let (k, end) = (*k, found[*k].end);
                let range = &mut found[i];
                (range.start, range.end) = (start, end);
                range.value = Some(Value::Text(format!("{first_value}/{value}")));
                found.remove(k);
                i += 1;
                continue;
            }
        }
        if closed {
            for (k, day) in listed {
                let value = format!("{prefix}{day:02}");
                let real = value.starts_with("--") || CalendarDate::parse_iso(&value).is_some();
                if real {
                    found[k].kind = FigureKind::Date;
                    found[k].value = Some(Value::Text(value));
                }
            }
        }
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_shared_back() {
        assert_eq!(
            in_year_of("2026-05-03", "2026-05-07").as_deref(),
            Some("2026-05-03")
        );
        assert_eq!(
            in_year_of("--12-28", "2026-01-03").as_deref(),
            Some("2025-12-28")
        );
        assert_eq!(
            in_year_of("2026-12-28", "2026-01-03").as_deref(),
            Some("2025-12-28")
        );
        assert_eq!(in_year_of("2025-11", "2024-02").as_deref(), Some("2023-11"));
        assert_eq!(in_year_of("2025-01", "2024-03").as_deref(), Some("2024-01"));
        assert!(has_year("7 May 2026") && !has_year("3 May") && !has_year("12345"));
    }

    #[test]
    fn ends_run_forward() {
        let wed = CalendarDate::new(2026, 6, 10);
        let f = |a: &str, b: &str| forward(a.to_string(), b.to_string(), wed, Period::Week, true);
        // Monday and Friday each resolved to the past: last week's.
        assert_eq!(
            f("2026-06-08", "2026-06-05"),
            ("2026-06-01".into(), "2026-06-05".into())
        );
        // Resolved to the future: next week's Friday.
        assert_eq!(
            f("2026-06-15", "2026-06-12"),
            ("2026-06-15".into(), "2026-06-19".into())
        );
        // Past midnight: the next day.
        assert_eq!(
            f("2026-06-10T22:00", "2026-06-10T02:00"),
            ("2026-06-10T22:00".into(), "2026-06-11T02:00".into())
        );
        // Already forward, or more than a week back (told with dates): left as told.
        assert_eq!(
            f("2026-06-01", "2026-06-05"),
            ("2026-06-01".into(), "2026-06-05".into())
        );
        assert_eq!(
            f("2026-06-20", "2026-06-05"),
            ("2026-06-20".into(), "2026-06-05".into())
        );
        // Told with a year ("June 8 to June 5, 2026"): not moved.
        let told = forward(
            "2026-06-08".into(),
            "2026-06-05".into(),
            wed,
            Period::Fixed,
            true,
        );
        assert_eq!(told, ("2026-06-08".into(), "2026-06-05".into()));
        // Months told ahead: the end in the next year, also from the current month.
        let nov = CalendarDate::new(2015, 11, 27);
        let m = |a: &str, b: &str, d| forward(a.to_string(), b.to_string(), d, Period::Year, true);
        assert_eq!(
            m("2015-12", "2015-01", nov),
            ("2015-12".into(), "2016-01".into())
        );
        let dec = CalendarDate::new(2016, 12, 5);
        assert_eq!(
            m("2016-12", "2016-01", dec),
            ("2016-12".into(), "2017-01".into())
        );
        assert_eq!(
            m("2015-12-28", "2015-01-03", nov),
            ("2015-12-28".into(), "2016-01-03".into())
        );
    }
}

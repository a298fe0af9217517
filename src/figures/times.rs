//! Times of day: "3pm", "15:30 GMT", "10 o'clock", "0800 UTC", "half past
//! seven", "20 minutes past eight in the evening", "six thirty pm", "11ish",
//! and ranges of them ("9-11am", "from 7:00 to 8:00pm", "between 5 and 6 in
//! the afternoon"), read as a [`Clock`] that the recognizer of dates and
//! times ([`day_time`](super::day_time)) puts on its day.
//!
//! A number is a time only when something says so: minutes ("7:30"), a
//! meridiem, "o'clock", a part of the day ("in the morning"), "past" or
//! "ish". A bare hour ("at 7") is read only where the caller knows a time is
//! meant (after a day and "at": "Monday at 7"), so that "5 to 7" or "won 10,
//! tonight" stay numbers.

use super::candidate::{found, Found};
use super::scan::Scan;
use super::vocab::Cardinal;
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// Time zones written after a time.
const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "ET", "PT", "IST", "JST", "AEST", "AEDT", "Z",
];

/// A time of day as read: its hour and minute, and what fixed them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Clock {
    pub h: u8,
    pub m: u8,
    pub sec: Option<u8>,
    /// Told in UTC ("GMT", "Z").
    pub utc: bool,
    /// Whether morning or afternoon is known: a meridiem, a 24-hour clock, a
    /// part of the day.
    pub fixed: bool,
    /// Whether the text says it is a time of day: minutes in digits, a
    /// meridiem, "o'clock", a part of the day, "past", "ish". A bare hour is not.
    pub marked: bool,
}

impl Clock {
    pub(super) fn at(h: u8, m: u8) -> Clock {
        Clock {
            h,
            m,
            sec: None,
            utc: false,
            fixed: h == 0 || h > 12,
            marked: false,
        }
    }

    /// The TIMEX time: "T15:30", "T08:45:10Z".
    pub(super) fn iso(&self) -> String {
        let mut t = format!("T{:02}:{:02}", self.h % 24, self.m);
        if let Some(x) = self.sec {
            t.push_str(&format!(":{x:02}"));
        }
        if self.utc {
            t.push('Z');
        }
        t
    }

    /// The clock with its meridiem: "3" and pm is 15:00, "12" and am is 00:00.
    fn with_meridiem(mut self, pm: bool) -> Clock {
        if pm && self.h < 12 {
            self.h += 12;
        } else if !pm && self.h == 12 {
            self.h = 0;
        }
        self.fixed = true;
        self.marked = true;
        self
    }

    /// The clock in a part of the day ("MO", "AF", "EV", "NI"), when its
    /// meridiem was not told: "7" in the evening is 19:00, "3" at night is
    /// 03:00, "12" in the morning is 00:00.
    pub(super) fn in_part(mut self, part: &str) -> Clock {
        if self.fixed {
            return self;
        }
        let pm = match part {
            "MO" => false,
            "AF" => (1..=11).contains(&self.h),
            "EV" => (1..=11).contains(&self.h),
            "NI" => (4..=11).contains(&self.h),
            _ => return self,
        };
        if pm || self.h == 12 && part == "MO" {
            self = self.with_meridiem(pm);
        }
        self.fixed = true;
        self
    }
}

/// "15:30", "15:30:05": the ISO time and the index after it.
pub(super) fn clock(s: &Scan, i: usize) -> Option<(String, usize)> {
    let (c, end) = digital(s, i, false)?;
    let t = c.iso();
    Some((t.trim_start_matches('T').to_string(), end))
}

/// "15:30", "15:30:05", and "7.30" before a meridiem or when `loose`: the
/// clock and the index after it.
fn digital(s: &Scan, i: usize, loose: bool) -> Option<(Clock, usize)> {
    s.digits(i).filter(|d| d.len() <= 2)?;
    let dotted = s.is_ch(i + 1, '.')
        && s.digits(i + 2).is_some()
        && (loose && s.boundary(i + 3) && !s.is_ch(i + 3, '.')
            || meridiem(s, s.sp(i + 3), true).is_some());
    if !(s.is_ch(i + 1, ':') || dotted) {
        return None;
    }
    let (h, m, sec, end) = clock_groups(s, i)?;
    if h > 24 {
        return None;
    }
    let mut c = Clock::at(h as u8, m as u8);
    // "7.30" is a time only with its meridiem (read by the caller), or where
    // the caller knows a time is meant.
    c.marked = s.is_ch(i + 1, ':');
    c.sec = sec.map(|x| x as u8).filter(|x| *x > 0);
    Some((c, end))
}

/// The numbers of a time in the colon form at `i`, with the separator after
/// the first checked by the caller: one or two digits, two digits under 60
/// and, after another ":", two more under 60 ("15:30", "15:30:05",
/// "2:08:14", "7.30"); the three and the index after them.
fn clock_groups(s: &Scan, i: usize) -> Option<(u32, u32, Option<u32>, usize)> {
    let first: u32 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
    let two = |k: usize| -> Option<u32> {
        s.digits(k)
            .filter(|d| d.len() == 2)?
            .parse()
            .ok()
            .filter(|&n| n < 60)
    };
    let second = two(i + 2)?;
    match two(i + 4).filter(|_| s.is_ch(i + 3, ':')) {
        Some(third) => Some((first, second, Some(third), i + 5)),
        None => Some((first, second, None, i + 3)),
    }
}

/// A time taken, in the colon form of a race or a gap, rather than a time
/// of day: "2:08:14" after "in", "clocked", "timed" or "time of" ("won in
/// 2:08:14": PT2H8M14S), and "1:12" or "2:08:14" before "behind", "ahead",
/// "back" or "clear" ("finished fourth, 1:12 behind": PT1M12S, minutes and
/// seconds), and a lap told to fractions of a second ("1:15.915"). A
/// duration; the index after it.
pub(super) fn race_time(s: &Scan, i: usize) -> Option<(Found, usize)> {
    if !s.is_ch(i + 1, ':') {
        return None;
    }
    let (first, second, third, mut end) = clock_groups(s, i)?;
    // "1:15.915": a lap in minutes, seconds and their fractions.
    let fraction = if s.is_ch(end, '.') && s.digits(end + 1).is_some() && s.boundary(end + 2) {
        end += 2;
        Some(s.str(end - 1))
    } else {
        None
    };
    if !s.boundary(end) {
        return None;
    }
    let next = s.sp(end);
    let gap = s.is_any(next, &["behind", "ahead", "back", "clear"]) && s.boundary(next + 1);
    let taken = third.is_some()
        && s.back(i).is_some_and(|b| {
            s.is_any(b, &["in", "clocked", "timed"])
                || s.is(b, "of") && s.back(b).is_some_and(|t| s.is_any(t, &["time", "record"]))
        });
    if !(gap || taken || fraction.is_some()) {
        return None;
    }
    let (h, m, sec) = match third {
        Some(sec) => (first, second, sec),
        None => (0, first, second),
    };
    let mut value = String::from("PT");
    for (n, letter) in [(h, 'H'), (m, 'M'), (sec, 'S')] {
        match fraction.filter(|_| letter == 'S') {
            Some(f) => value += &format!("{n}.{f}S"),
            None if n > 0 => value += &format!("{n}{letter}"),
            None => {}
        }
    }
    if value == "PT" {
        return None;
    }
    Some((found(s, i, end, FigureKind::Duration, Some(value)), end))
}

/// "o'clock", "oclock" at `k`: the index after it.
fn oclock(s: &Scan, k: usize) -> Option<usize> {
    if s.is(k, "oclock") {
        return Some(k + 1);
    }
    let apostrophe = matches!(s.ch(k + 1), Some('\'' | '’'));
    (s.is(k, "o") && apostrophe && s.is(k + 2, "clock")).then_some(k + 3)
}

/// "am", "pm", "a.m.", "p.m.", ".am" at `k` (and "a", "p" glued to a time when
/// `short`: "9:00a", "7p"): whether afternoon, and the index after it.
fn meridiem(s: &Scan, k: usize, short: bool) -> Option<(bool, usize)> {
    // "9.am": a period glued between.
    let k = if s.is_ch(k, '.') && s.glued(k) && s.is_any(k + 1, &["am", "pm"]) {
        k + 1
    } else {
        k
    };
    if s.is_any(k, &["am", "pm"]) && (s.boundary(k + 1) || s.is_dash(k + 1)) {
        return Some((s.is(k, "pm"), k + 1));
    }
    if s.is_any(k, &["a", "p"]) && s.is_ch(k + 1, '.') && s.is(k + 2, "m") && s.is_ch(k + 3, '.') {
        return Some((s.is(k, "p"), k + 4));
    }
    let alone = s.boundary(k + 1) && !(s.is_ch(k + 1, '.') && s.word(k + 2).is_some());
    if short && s.glued(k) && s.is_any(k, &["a", "p"]) && alone {
        return Some((s.is(k, "p"), k + 1));
    }
    None
}

/// An hour in words, one to twelve: its value.
fn hour_word(s: &Scan, k: usize) -> Option<u8> {
    match s.sense(k).cardinal {
        Some(Cardinal::Unit(v)) if (1.0..=12.0).contains(&v) => Some(v as u8),
        _ => None,
    }
}

/// Minutes in words: "thirty", "forty-five", "twenty seven", "fifteen",
/// "oh three": their value and the index after them.
fn word_minutes(s: &Scan, k: usize) -> Option<(u8, usize)> {
    if s.is_any(k, &["oh", "o"]) && s.is_space(k + 1) {
        return match s.sense(k + 2).cardinal {
            Some(Cardinal::Unit(v)) if (1.0..=9.0).contains(&v) => Some((v as u8, k + 3)),
            _ => None,
        };
    }
    match s.sense(k).cardinal? {
        Cardinal::Unit(v) if (10.0..=19.0).contains(&v) => Some((v as u8, k + 1)),
        Cardinal::Tens(t) if (20.0..=50.0).contains(&t) => {
            let joined = s.is_dash(k + 1) || s.is_space(k + 1);
            match s.sense(k + 2).cardinal {
                Some(Cardinal::Unit(v)) if joined && (1.0..=9.0).contains(&v) => {
                    Some(((t + v) as u8, k + 3))
                }
                _ => Some((t as u8, k + 1)),
            }
        }
        _ => None,
    }
}

/// Minutes before an hour: "half", "a quarter", "20", "twenty-five", with an
/// optional "minutes": the minutes, whether a unit or "quarter" was told, and
/// the index after them.
fn minutes_before_hour(s: &Scan, i: usize) -> Option<(u8, bool, usize)> {
    let mut k = i;
    if s.is(k, "a") && s.is_space(k + 1) && s.is(k + 2, "quarter") {
        k += 2;
    }
    let (m, mut told, mut end) = if s.is(k, "quarter") {
        (15, true, k + 1)
    } else if s.is(k, "half") && k == i {
        (30, true, k + 1)
    } else if let Some(d) = s.digits(k).filter(|d| d.len() <= 2) {
        (d.parse().ok()?, false, k + 1)
    } else if let Some((m, e)) = word_minutes(s, k) {
        (m, false, e)
    } else {
        match s.sense(k).cardinal {
            Some(Cardinal::Unit(v)) if (1.0..=9.0).contains(&v) => (v as u8, false, k + 1),
            _ => return None,
        }
    };
    if !(1..=59).contains(&m) {
        return None;
    }
    if s.is_space(end) && s.is_any(end + 1, &["min", "mins", "minute", "minutes"]) {
        told = true;
        end += 2;
    }
    Some((m, told, end))
}

/// "half past seven", "a quarter to ten", "20 min past eight", "ten past 9",
/// "five minutes to six": the clock and the index after the hour. "To" needs
/// "quarter" or "minutes" ("5 to 7" is a range or a score).
fn past_or_to(s: &Scan, i: usize) -> Option<(Clock, usize)> {
    let (m, told, e) = minutes_before_hour(s, i)?;
    if !s.is_space(e) || !s.is_space(e + 2) {
        return None;
    }
    let before = if s.is(e + 1, "past") {
        false
    } else if s.is(e + 1, "to") && told && m != 30 {
        true
    } else {
        return None;
    };
    let k = e + 3;
    let h = match s.digits(k) {
        Some(d) if d.len() <= 2 => d.parse().ok()?,
        Some(_) => return None,
        None => hour_word(s, k)?,
    };
    // Not "one-quarter to one-third".
    if !(1..=12).contains(&h) || s.is_dash(k + 1) || s.is_ch(k + 1, '/') {
        return None;
    }
    let mut c = if before {
        Clock::at(if h == 1 { 12 } else { h - 1 }, 60 - m)
    } else {
        Clock::at(h, m)
    };
    c.fixed = false;
    c.marked = true;
    Some((c, k + 1))
}

/// A part of the day after a time: "in the morning", "in the evening", "at
/// night", "early morning", "this afternoon" is a day (read by the caller):
/// its TIMEX part and the index after it.
fn part_after(s: &Scan, k: usize) -> Option<(&'static str, usize)> {
    if !s.is_space(k) {
        return None;
    }
    let part = |w: usize| match s.word(w).map(str::to_ascii_lowercase).as_deref() {
        Some("morning") => Some("MO"),
        Some("afternoon") => Some("AF"),
        Some("evening") => Some("EV"),
        Some("night") => Some("NI"),
        _ => None,
    };
    let k = k + 1;
    if s.is(k, "in") && s.is_space(k + 1) && s.is(k + 2, "the") && s.is_space(k + 3) {
        return part(k + 4).filter(|p| *p != "NI").map(|p| (p, k + 5));
    }
    if s.is(k, "at") && s.is_space(k + 1) && s.is(k + 2, "night") {
        return Some(("NI", k + 3));
    }
    if s.is_any(k, &["early", "late"]) && s.is_space(k + 1) {
        return part(k + 2).map(|p| (p, k + 3));
    }
    None
}

/// A time of day at atom `i`, without its day: "3pm", "3 p.m.", "15:30 GMT",
/// "10:45am", "10 o'clock", "12 noon", "half past seven", "seven thirty
/// pm", "1140 a.m.", "11ish", "eight in the evening". With `loose`, a bare
/// hour ("7", "seven thirty", "2.30") too, where the caller knows a time is
/// meant. The clock and the atom after it.
pub(super) fn clock_at(s: &Scan, i: usize, loose: bool) -> Option<(Clock, usize)> {
    let (mut c, mut end) = if let Some(r) = past_or_to(s, i) {
        r
    } else if let Some(r) = digital(s, i, loose) {
        r
    } else if let Some(d) = s.digits(i) {
        match d.len() {
            1 | 2 => {
                let h: u8 = d.parse().ok()?;
                (Clock::at(h, 0), i + 1)
            }
            // "1140 a.m.": hours and minutes run together, with a meridiem.
            3 | 4 => {
                let n: u16 = d.parse().ok()?;
                let (h, m) = ((n / 100) as u8, (n % 100) as u8);
                if !(1..=12).contains(&h) || m > 59 || meridiem(s, s.sp(i + 1), false).is_none() {
                    return None;
                }
                (Clock::at(h, m), i + 1)
            }
            _ => return None,
        }
    } else {
        // "seven", "seven thirty", "five-thirty", "twelve oh three".
        let h = hour_word(s, i)?;
        let mut c = Clock::at(h, 0);
        let mut end = i + 1;
        if s.is_space(end) || s.is_dash(end) {
            if let Some((m, e)) = word_minutes(s, end + 1) {
                c.m = m;
                end = e;
            }
        }
        (c, end)
    };
    if c.h > 24 {
        return None;
    }
    let clocked = c.marked;
    // "7p" after a bare hour only where a time is told ("at 7p", "from
    // 9a to 3p"): "a dividend of 12p", "rose 8p" are pence ("7a" is a time).
    let pence = s.is(s.sp(end), "p")
        && !s.back(i).is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "at", "from", "until", "till", "by", "before", "after", "around", "to",
                    "between",
                ],
            )
        })
        && !s.is_dash(i.wrapping_sub(1));
    match meridiem(s, s.sp(end), clocked || loose && !pence) {
        Some((pm, e)) if (1..=12).contains(&c.h) => {
            c = c.with_meridiem(pm);
            end = e;
        }
        // "11ish".
        _ if s.is(end, "ish") && s.boundary(end + 1) && (1..=12).contains(&c.h) => {
            c.marked = true;
            end += 1;
        }
        // "12 noon", "12 midnight".
        _ if !clocked
            && c.h == 12
            && s.is_space(end)
            && s.is_any(end + 1, &["noon", "midnight"]) =>
        {
            c = c.with_meridiem(!s.is(end + 1, "midnight"));
            end += 2;
        }
        // "10 o'clock": the hour as told.
        _ if (1..=12).contains(&c.h) && oclock(s, s.sp(end)).is_some() => {
            end = oclock(s, s.sp(end)).unwrap_or(end);
            c.marked = true;
        }
        _ => {}
    }
    if c.h > 12 && !c.marked {
        c.fixed = true;
    }
    if let Some((part, e)) = part_after(s, end).filter(|_| c.h <= 12) {
        c = c.in_part(part);
        c.marked = true;
        end = e;
    }
    if !c.marked && !loose {
        return None;
    }
    let k = s.sp(end);
    if let Some(z) = s.word(k).filter(|z| ZONES.contains(z)) {
        c.utc = matches!(z, "GMT" | "UTC" | "Z");
        c.marked = true;
        end = k + 1;
    } else if s.is(k, "local") && s.is_space(k + 1) && s.is(k + 2, "time") {
        end = k + 3;
    } else if let Some(e) = place_time(s, k) {
        end = e;
    } else if let Some((z, e)) = zone_in_brackets(s, k) {
        c.utc = z;
        c.marked = true;
        end = e;
    }
    if c.h == 24 {
        c.h = 0;
    }
    Some((c, end))
}

/// A place's time after a clock, at atom `k`: "6pm Chicago time", "9am New
/// York time", "10am Eastern time" (one or two capitalized words that name
/// no day, month or unit, then "time"): the atom after it. No offset, as
/// for other named zones.
fn place_time(s: &Scan, k: usize) -> Option<usize> {
    if !s.name_word(k) {
        return None;
    }
    let mut j = k + 1;
    if s.is_space(j) && s.name_word(j + 1) {
        j += 2;
    }
    (s.is_space(j) && s.is(j + 1, "time") && s.boundary(j + 2)).then_some(j + 2)
}

/// A time zone in brackets at atom `k`, with an offset or not: "(GMT)",
/// "(GMT +8)", "(UTC-5)", "(EST)", "(local time)": whether it is UTC itself
/// (GMT or UTC with no offset), and the atom after the closing bracket.
fn zone_in_brackets(s: &Scan, k: usize) -> Option<(bool, usize)> {
    if !s.is_ch(k, '(') {
        return None;
    }
    if s.is(k + 1, "local") && s.is_space(k + 2) && s.is(k + 3, "time") && s.is_ch(k + 4, ')') {
        return Some((false, k + 5));
    }
    let z = s.word(k + 1).filter(|z| ZONES.contains(z))?;
    let mut j = s.sp(k + 2);
    let mut offset = false;
    if s.is_ch(j, '+') || s.is_ch(j, '-') || s.is_ch(j, '−') {
        s.digits(j + 1).filter(|d| d.len() <= 2)?;
        offset = true;
        j += 2;
    }
    s.is_ch(j, ')')
        .then_some((matches!(z, "GMT" | "UTC") && !offset, j + 1))
}

/// Whether a bare hour that ends before atom `e` ends there as a time would
/// ("at 7.", "at 7 and", "at 7 tonight"), not as a count ("at 10 Downing
/// Street", "at 7 percent").
pub(super) fn ends_as_time(s: &Scan, e: usize) -> bool {
    const NEXT: &[&str] = &[
        "and",
        "or",
        "but",
        "to",
        "until",
        "till",
        "on",
        "in",
        "at",
        "for",
        "with",
        "when",
        "then",
        "so",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "this",
        "next",
        "sharp",
        "please",
        "if",
        "as",
        "after",
        "before",
        "local",
    ];
    match s.kind(e) {
        None | Some(super::lexer::AtomKind::Break) => true,
        Some(super::lexer::AtomKind::Space) => !s.capitalized(e + 1) && s.is_any(e + 1, NEXT),
        Some(super::lexer::AtomKind::Other(c)) => {
            // Not "10,000" or "7.5".
            matches!(c, ',' | ';' | '!' | '?' | ')' | '.') && s.digits(e + 1).is_none()
        }
        _ => false,
    }
}

/// Two times joined by a dash, "to", "until" or ("between" ...) "and": "9-11am",
/// "10–2pm", "from 7:00 to 8:00pm", "between 5 and 6 in the afternoon",
/// "from 3 in the morning until 5pm", "4:00 to 7 o'clock". One meridiem
/// serves both ("10-2pm" is 10:00 to 14:00; "8am-3" is 8:00 to 15:00). With
/// `loose` (a day is told with them), bare hours too ("between 3 and 8
/// yesterday"); else one of them must be marked as a time. The two clocks,
/// the atom where the figure starts (its "from" or "between") and the atom
/// after it.
pub(super) fn clock_range(s: &Scan, i: usize, loose: bool) -> Option<(Clock, Clock, usize, usize)> {
    let (mut a, e) = clock_at(s, i, true)?;
    let opener = s.back(i).filter(|&b| s.is_any(b, &["from", "between"]));
    let dash = s.sp(e);
    let worded = dash > e
        && s.is_space(dash + 1)
        && (s.is_any(dash, &["to", "until", "till", "through"])
            || s.is(dash, "and") && opener.is_some_and(|b| s.is(b, "between")));
    if !s.is_dash(dash) && !worded {
        return None;
    }
    // "from 5 to 7": a dash after a bare hour reads as a score or a range of
    // numbers unless a time is told.
    let k = s.sp(dash + 1);
    // After a dash, an hour in digits: "6:45 pm – One of the suspects" is no range.
    if !worded && s.digits(k).is_none() {
        return None;
    }
    let (mut b, end) = clock_at(s, k, true)?;
    // "from 1.25 to 1.50 yesterday": decimals, unless a meridiem says time.
    if s.is_ch(i + 1, '.') && !a.marked || s.is_ch(k + 1, '.') && !b.marked {
        return None;
    }
    // "from three thirty to four thirty": hours and minutes in words.
    let minutes_in_words =
        hour_word(s, i).is_some() && hour_word(s, k).is_some() && a.m > 0 && b.m > 0;
    let told = a.marked || b.marked || minutes_in_words;
    if !(told || loose && opener.is_some()) {
        return None;
    }
    if a.h > 23 || b.h > 23 || a == b {
        return None;
    }
    // One meridiem for both.
    if b.fixed && !a.fixed && a.h <= 12 {
        let am = a.with_meridiem(false);
        let pm = a.with_meridiem(true);
        a = if b.h >= 12 && pm.h <= b.h && (pm.h, pm.m) < (b.h, b.m) {
            pm
        } else {
            am
        };
    } else if a.fixed && !b.fixed && a.h < 12 && b.h < 12 && (b.h, b.m) <= (a.h, a.m) {
        // "from 8 a.m. to 5:00": the afternoon (not after "10 p.m.": "to
        // 2:00" is the night's).
        b = b.with_meridiem(true);
    } else if !a.fixed && !b.fixed && (b.h, b.m) < (a.h, a.m) && a.h >= 6 && b.h < 12 {
        // Neither told: a working day's hours, "8:00 - 5:00", "from 10:00
        // to 2:00" (the end is the afternoon's, not the next morning's).
        b = b.with_meridiem(true);
    }
    let start = opener.unwrap_or(i);
    Some((a, b, start, end))
}

/// "0800 UTC", "1430 GMT", "0900 hours", "1334 local time": four digits
/// with a time zone, "hours" or "local time", as a clock, and the atom after
/// it.
pub(super) fn military(s: &Scan, i: usize) -> Option<(Clock, usize)> {
    let d = s.digits(i).filter(|d| d.len() == 4)?;
    let h: u8 = d.get(..2)?.parse().ok()?;
    let m: u8 = d.get(2..)?.parse().ok()?;
    if h > 23 || m > 59 || !s.is_space(i + 1) {
        return None;
    }
    // "1334 local time", as wire copy writes a clock where it happened.
    let end = if s.is_any(i + 2, &["GMT", "UTC", "hours", "hrs"]) {
        i + 3
    } else if s.is(i + 2, "local") && s.is_space(i + 3) && s.is(i + 4, "time") {
        i + 5
    } else {
        return None;
    };
    let mut c = Clock::at(h, m);
    c.utc = s.is_any(i + 2, &["GMT", "UTC"]);
    c.fixed = true;
    c.marked = true;
    Some((c, end))
}

/// The clock minutes of a time's value ("2025-05-20T06:30", "T20:30Z"):
/// hours and minutes after the "T", if any.
fn clock_minutes(v: &str) -> Option<i64> {
    let (_, clock) = v.split_once('T')?;
    let h: i64 = clock.get(..2)?.parse().ok()?;
    let m: i64 = clock.get(3..5)?.parse().ok()?;
    Some(h * 60 + m)
}

/// A UTC clock glossing a local one in brackets, across midnight: "around
/// 6.30 a.m. (2030 GMT) on Tuesday" in Brisbane is Monday's 20:30 UTC. The
/// local clock and its gloss tell the offset (taken between -12 and +14
/// hours); the gloss's day moves back or on when the local day's time less
/// the offset crosses midnight. Only a gloss that tells no day of its own.
pub(super) fn utc_gloss(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (local, gloss) = (&found[i - 1], &found[i]);
        if local.kind != FigureKind::Time || gloss.kind != FigureKind::Time {
            continue;
        }
        let between = text.get(local.end..gloss.start).unwrap_or("");
        let said = text.get(gloss.start..gloss.end).unwrap_or("");
        let bare = said.split_whitespace().all(|w| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
                || matches!(w, "GMT" | "UTC" | "Z")
        });
        if between.trim() != "(" || !bare {
            continue;
        }
        let (Some(Value::Text(lv)), Some(Value::Text(gv))) = (&local.value, &gloss.value) else {
            continue;
        };
        if lv.ends_with('Z') || !gv.ends_with('Z') {
            continue;
        }
        let (Some(l), Some(g)) = (clock_minutes(lv), clock_minutes(gv)) else {
            continue;
        };
        let Some(day) = gv.get(..10).and_then(CalendarDate::parse_iso) else {
            continue;
        };
        let mut offset = l - g;
        if offset > 14 * 60 {
            offset -= 24 * 60;
        } else if offset <= -12 * 60 {
            offset += 24 * 60;
        }
        let shift = (l - offset).div_euclid(24 * 60);
        if shift != 0 {
            let v = format!("{}{}", day.add_days(shift).iso(), &gv[10..]);
            found[i].value = Some(Value::Text(v));
        }
    }
}

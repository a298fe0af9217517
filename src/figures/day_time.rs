//! Dates with their times of day, and times with their days: the recognizer
//! of dates and times. It tries the readers of days ([`dates`](super::dates),
//! [`seasons`](super::seasons)) and of clock times ([`times`](super::times)),
//! then joins what they read: a day followed by a time ("Monday at 3pm") or a
//! time followed by its day ("3pm on Monday", "16:00 UTC today") is one time,
//! valued with its day; a time alone is on the article's day.

use super::candidate::{found, Found};
use super::dates::{
    day_first, day_of_month, end_of, fiscal_or_year_end, iso, month_first, month_range, quarter,
    relative, slashed, this_unit, vague_duration, weekday,
};
use super::scan::Scan;
use super::seasons;
use super::times::{clock_time, hour_range, military};
use super::vocab::TimeUnit;
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// A date or time starting at atom `i`, and the index after it.
pub(crate) fn date_at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if s.word(i).is_some() {
        // Glued to what comes before, a word starts no date; but after an
        // opening bracket, or a dash after a day ("Nov. 18-Dec. 19") it does.
        let after_day = i >= 2 && s.is_dash(i - 1) && s.digits(i - 2).is_some();
        if s.glued(i) && !s.is_ch(i - 1, '(') && !after_day {
            return None;
        }
        return weekday(s, i, date)
            .or_else(|| month_range(s, i, date))
            .or_else(|| month_first(s, i, date, i))
            .or_else(|| seasons::last_night(s, i, date))
            .or_else(|| seasons::season(s, i, date))
            .or_else(|| seasons::holiday(s, i, date))
            .or_else(|| seasons::decade_or_century(s, i))
            .or_else(|| relative(s, i, date))
            .or_else(|| vague_duration(s, i))
            .or_else(|| fiscal_or_year_end(s, i, date))
            .or_else(|| noon(s, i, date))
            .or_else(|| about_time(s, i, date))
            // "between 5 and 6pm", "from 9 to 11am" (read here before "between"
            // makes a range of numbers).
            .or_else(|| {
                let opens = s.is_any(i, &["from", "between"]) && s.is_space(i + 1);
                opens.then(|| hour_range(s, i + 2, date)).flatten()
            })
            .or_else(|| quarter(s, i, date))
            .or_else(|| part_of(s, i, date))
            .or_else(|| day_of_month(s, i, date))
            .map(|day| with_time(s, day));
    }
    if s.digits(i).is_some() {
        if s.glued(i) && !matches!(s.ch(i - 1), Some('(' | '[' | '"' | '“')) {
            return None;
        }
        return iso(s, i)
            .or_else(|| slashed(s, i))
            .or_else(|| day_first(s, i, date, i))
            .map(|day| with_time(s, day))
            .or_else(|| time(s, i, date))
            .or_else(|| military(s, i, date));
    }
    None
}

/// Whether an ISO value names one day: "2025-12-28", "--12-28".
fn is_day(v: &str) -> bool {
    v.len() == 10 && !v.contains('T') || v.len() == 7 && v.starts_with("--")
}

/// A day followed by a time of day, "Monday at 3pm", "tomorrow 8:00am",
/// "Feb 2 9:00 am", "tonight at 1am": one time, valued with its day.
pub(super) fn with_time(s: &Scan, (day, end): (Found, usize)) -> (Found, usize) {
    // "tonight" is valued "2025-12-28TNI": its day is what a clock time joins.
    let Some(d) = day.value.as_ref().and_then(|v| match v {
        Value::Text(d) => Some(d.split('T').next().unwrap_or(d)).filter(|d| is_day(d)),
        _ => None,
    }) else {
        return (day, end);
    };
    let mut k = end;
    if s.is_ch(k, ',') {
        k += 1;
    }
    if !s.is_space(k) {
        return (day, end);
    }
    k += 1;
    if s.is(k, "at") && s.is_space(k + 1) {
        k += 2;
    }
    let Some((t, e)) = time(s, k, None)
        .or_else(|| noon(s, k, None))
        .or_else(|| relative(s, k, None))
    else {
        return (day, end);
    };
    let Some(Value::Text(clock)) = t
        .value
        .filter(|v| matches!(v, Value::Text(t) if t.starts_with('T')))
    else {
        return (day, end);
    };
    let value = format!("{d}{clock}");
    let timed = Found {
        end: t.end,
        kind: FigureKind::Time,
        value: Some(Value::Text(value)),
        ..day
    };
    (timed, e)
}

/// A time of day `v` ("T15:30") ending at atom `end`, with the day after it
/// ("16:00 UTC today", "3pm on Monday", "noon on Friday"), or else on the
/// article's day when it is known: the value and the index after it.
pub(super) fn on_day(
    s: &Scan,
    mut end: usize,
    mut v: String,
    date: Option<CalendarDate>,
) -> (String, usize) {
    // The day after the time: "16:00 UTC today", "12:00 UTC Monday".
    let mut k = s.sp(end);
    if k > end && s.is(k, "on") && s.is_space(k + 1) {
        k += 2;
    }
    if k > end {
        // A day, or a part of a day ("this morning"), valued by its day.
        // A part of a day is valued "2025-12-28TMO": its day is what counts here.
        let day_of = |d: &str| d.split('T').next().unwrap_or(d).to_string();
        let a_day = |f: &Found| match &f.value {
            Some(Value::Text(d)) => is_day(&day_of(d)),
            _ => f.kind == FigureKind::Date,
        };
        if let Some((f, e)) = relative(s, k, date)
            .or_else(|| seasons::last_night(s, k, date))
            .or_else(|| seasons::holiday(s, k, date))
            .or_else(|| weekday(s, k, date))
            .or_else(|| month_first(s, k, date, k))
            .or_else(|| day_first(s, k, date, k))
            .filter(|(f, _)| a_day(f) && f.start == s.start(k))
        {
            if let Some(Value::Text(d)) = &f.value {
                v = format!("{}{v}", day_of(d));
            }
            end = e;
        }
    }
    // A time alone is on the article's day, when it is known.
    if v.starts_with('T') {
        if let Some(d) = date {
            v = format!("{}{v}", d.iso());
        }
    }
    (v, end)
}

/// A time of day at atom `i` with its day: "3pm", "15:30 GMT on Monday",
/// "9-11am".
pub(super) fn time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if let Some(range) = hour_range(s, i, date) {
        return Some(range);
    }
    let (v, end) = clock_time(s, i)?;
    let (v, end) = on_day(s, end, v, date);
    Some((found(s, i, end, FigureKind::Time, Some(v)), end))
}

/// "noon", "midday", "midnight" after "at", "by", "until" and the like: a
/// time, with the day after it ("at noon on Friday").
fn noon(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let w = s.word(i)?;
    let lw = |x: &str| w.eq_ignore_ascii_case(x);
    let after = ["at", "by", "until", "before", "after", "from", "till"];
    if !(lw("noon") || lw("midday") || lw("midnight"))
        || !s.back(i).is_some_and(|b| s.is_any(b, &after))
    {
        return None;
    }
    let v = if lw("midnight") { "T00:00" } else { "T12:00" };
    let (v, e) = on_day(s, i + 1, v.to_string(), date);
    Some((found(s, i, e, FigureKind::Time, Some(v)), e))
}

/// Words before a time of day that make it approximate or a bound.
const TIME_MODIFIERS: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["circa"],
    &["shortly", "after"],
    &["shortly", "before"],
    &["just", "after"],
    &["just", "before"],
];

/// A time of day after a modifier: "about 9am", "shortly after 10pm on
/// Friday", "just before midnight". The modifier is the figure's start, the
/// time its core.
fn about_time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let k = TIME_MODIFIERS.iter().find_map(|phrase| {
        let mut k = i;
        for (n, w) in phrase.iter().enumerate() {
            if n > 0 {
                k = Some(k).filter(|&k| s.is_space(k))? + 1;
            }
            if !s.is(k, w) {
                return None;
            }
            k += 1;
        }
        s.is_space(k).then_some(k + 1)
    })?;
    let (mut f, e) = if s.digits(k).is_some() {
        time(s, k, date)?
    } else {
        let w = s.word(k)?;
        if !["noon", "midday", "midnight"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        {
            return None;
        }
        let v = if w.eq_ignore_ascii_case("midnight") {
            "T00:00"
        } else {
            "T12:00"
        };
        let (v, e) = on_day(s, k + 1, v.to_string(), date);
        (found(s, k, e, FigureKind::Time, Some(v)), e)
    };
    if f.kind != FigureKind::Time {
        return None;
    }
    f.start = s.start(i);
    Some((f, e))
}

/// "early 2009", "mid-2011", "late June", "earlier today", "later this year",
/// "the end of last year", "the beginning of the year": the inner date's value
/// over the whole phrase.
fn part_of(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let inner = if s.is_any(i, &["early", "mid", "late"]) && (s.is_space(i + 1) || s.is_dash(i + 1))
    {
        let mut k = i + 2;
        // "early on Sunday", "late on Friday".
        if s.is(k, "on") && s.is_space(k + 1) && s.sense(k + 2).weekday > 0 {
            k += 2;
        }
        if s.sense(k).weekday > 0 {
            weekday(s, k, date)
        } else if s.digits(k).is_some_and(|d| d.len() == 4) && s.boundary(k + 1) {
            let y = s.str(k);
            Some((
                found(s, k, k + 1, FigureKind::Date, Some(y.to_string())),
                k + 1,
            ))
        } else if s.sense(k).month > 0 {
            month_first(s, k, date, k)
        } else {
            relative(s, k, date).filter(|(f, _)| f.kind == FigureKind::Date)
        }
    } else if s.is_any(i, &["earlier", "later"]) && s.is_space(i + 1) {
        relative(s, i + 2, date).filter(|(f, _)| f.kind == FigureKind::Date)
    } else if let Some(k) = end_of(s, i) {
        if let Some((unit, e)) = this_unit(s, k) {
            let v = date.and_then(|d| match unit {
                TimeUnit::Year => Some(format!("{:04}", d.year)),
                TimeUnit::Month => Some(format!("{:04}-{:02}", d.year, d.month)),
                TimeUnit::Week => Some(d.iso_week()),
                _ => None,
            });
            Some((found(s, k, e, FigureKind::Date, v), e))
        } else if s.digits(k).is_some_and(|d| d.len() == 4) && s.boundary(k + 1) {
            Some((
                found(s, k, k + 1, FigureKind::Date, Some(s.str(k).to_string())),
                k + 1,
            ))
        } else {
            date_at(s, k, date).filter(|(f, _)| f.kind == FigureKind::Date)
        }
    } else {
        None
    };
    let (mut f, end) = inner?;
    f.start = s.start(i);
    f.core = f.start;
    f.num = f.start;
    Some((f, end))
}

//! Dates told by a period rather than a day: "the same period last year",
//! "the same quarter a year earlier", "the same month a year ago" (the period
//! of the date told after it, whose value it takes), and "the weekend"
//! ("over the weekend": the last one; "will meet at the weekend": the next),
//! valued as TimeML does, "2009-W23-WE".

use super::amounts::figure_at;
use super::candidate::{found, Found};
use super::day_time::date_at;
use super::resolve::{future_ahead, past_tense, tense_after};
use super::scan::Scan;
use crate::analysis::{FigureKind, Value};
use crate::calendar::{days_in_month, CalendarDate};

/// Words that tell a year before the date they follow or compare with:
/// "July a year earlier", "the same month a year ago".
const A_YEAR_BACK: &[&str] = &[
    "a year earlier",
    "a year ago",
    "a year before",
    "one year earlier",
];

/// Periods that "the same" compares across time: "the same quarter".
const PERIODS: &[&str] = &[
    "period", "month", "quarter", "week", "day", "time", "season", "date", "half", "year",
];

/// A month told with another year in words: "July a year earlier", "March
/// last year" (the month of that year: the year before the month read, or
/// the year the words tell), and "last year's July", "next year's March".
/// The two figures read (`found`, in order over `text`) become one.
pub(super) fn month_of_another_year(text: &str, found: &mut Vec<Found>) {
    const TOLD: &[&str] = &["last year", "next year", "this year", "the previous year"];
    let month = |f: &Found| match &f.value {
        Some(Value::Text(v)) if f.kind == FigureKind::Date && v.len() == 7 => {
            let told = text.get(f.start..f.end).unwrap_or("");
            let words = !told.contains(|c: char| c.is_ascii_digit());
            words.then(|| (v[..4].parse::<i32>().ok(), v[4..].to_string()))
        }
        _ => None,
    };
    let year = |f: &Found| match &f.value {
        Some(Value::Text(v)) if v.len() == 4 => v.parse::<i32>().ok(),
        _ => None,
    };
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let between = text.get(a.end..b.start).unwrap_or("x");
        let b_told = text.get(b.start..b.end).unwrap_or("").to_ascii_lowercase();
        let a_told = text.get(a.start..a.end).unwrap_or("").to_ascii_lowercase();
        let merged = match (month(a), month(b)) {
            // "July a year earlier", "March last year".
            (Some((Some(y), mm)), None) if between == " " => {
                if A_YEAR_BACK.contains(&b_told.as_str()) {
                    Some(format!("{:04}{mm}", y - 1))
                } else if TOLD.contains(&b_told.as_str()) {
                    year(b).map(|y| format!("{y:04}{mm}"))
                } else {
                    None
                }
            }
            // "last year's July".
            (None, Some((_, mm)))
                if matches!(between, "'s " | "’s ") && TOLD.contains(&a_told.as_str()) =>
            {
                year(a).map(|y| format!("{y:04}{mm}"))
            }
            _ => None,
        };
        if let Some(v) = merged {
            let end = found[i + 1].end;
            let f = &mut found[i];
            (f.end, f.kind, f.value) = (end, FigureKind::Date, Some(Value::Text(v)));
            found.remove(i + 1);
        }
        i += 1;
    }
}

/// A date told by a period at atom `i`, and the atom after it.
pub(super) fn at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !s.is(i, "the") || !s.is_space(i + 1) {
        return None;
    }
    // "the week of March 10", "the weekend of 5-6 April", "the week
    // beginning 17 March": the ISO week (or its weekend) of the day told.
    if s.is_any(i + 2, &["week", "weekend"]) && s.is_space(i + 3) {
        let of =
            s.is_any(i + 4, &["of", "beginning", "starting", "commencing"]) && s.is_space(i + 5);
        if let Some((told, end)) = of.then(|| told_date(s, i + 6, date)).flatten() {
            let day = match &told.value {
                Some(Value::Text(v)) => CalendarDate::parse_iso(v.split('/').next().unwrap_or(v)),
                _ => None,
            };
            if let Some(day) = day {
                let week = day.iso_week();
                let value = if s.is(i + 2, "weekend") {
                    format!("{week}-WE")
                } else {
                    week
                };
                let mut f = found(s, i, end, FigureKind::Date, Some(value));
                f.end = told.end;
                return Some((f, end));
            }
        }
    }
    if s.is(i + 2, "weekend") && s.boundary(i + 3) {
        // Told on a Friday in a sentence not in the past, the coming one:
        // "Any plans for the weekend?", "stocks eased ahead of the weekend".
        let friday = |d: CalendarDate| {
            d.weekday() == 4 && !past_tense(s, i) && tense_after(s, i + 3) != Some(false)
        };
        let value = date.map(|d| weekend(d, future_ahead(s, i) || friday(d)));
        return Some((found(s, i, i + 3, FigureKind::Date, value), i + 3));
    }
    let same = s.is(i + 2, "same") && s.is_space(i + 3) && s.is_any(i + 4, PERIODS);
    if !same || !s.is_space(i + 5) {
        return None;
    }
    // "the same period of last year", "the same period last year".
    let k = if s.is(i + 6, "of") && s.is_space(i + 7) {
        i + 8
    } else {
        i + 6
    };
    let (told, end) = told_date(s, k, date)?;
    let mut f = found(s, i, end, FigureKind::Date, None);
    f.end = told.end;
    f.value = match (date, year_of(s, &told, date)) {
        (Some(d), Some(y)) => same_period(s.str(i + 4), d, y).map(Value::Text),
        _ => None,
    }
    .or(told.value);
    Some((f, end))
}

/// The year of the date `told`: its value's ("2008"), or the year before the
/// article date `date` for "a year earlier", "a year before" (told without
/// a value).
fn year_of(s: &Scan, told: &Found, date: Option<CalendarDate>) -> Option<i32> {
    match &told.value {
        Some(Value::Text(v)) if v.len() == 4 => v.parse().ok(),
        None => {
            let text = s.text.get(told.start..told.end)?.to_ascii_lowercase();
            A_YEAR_BACK
                .contains(&text.as_str())
                .then(|| date.map(|d| d.year - 1))?
        }
        _ => None,
    }
}

/// The article date `d`'s `period` ("month", "quarter", "day") in year `y`:
/// "the same month last year" said on 10 June 2009 is "2008-06"; `None` for
/// periods of no fixed length ("period", "time").
fn same_period(period: &str, d: CalendarDate, y: i32) -> Option<String> {
    match period.to_ascii_lowercase().as_str() {
        "month" => Some(format!("{y:04}-{:02}", d.month)),
        "quarter" => Some(format!("{y:04}-Q{}", (d.month - 1) / 3 + 1)),
        "day" | "date" => CalendarDate::new(y, d.month, d.day).map(CalendarDate::iso),
        "year" => Some(format!("{y:04}")),
        _ => None,
    }
}

/// The date told at atom `k`, relative to the article date: "last year", "a
/// year earlier", "a year ago", "2008".
fn told_date(s: &Scan, k: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let (f, end) = date_at(s, k, date).or_else(|| match figure_at(s, k, date) {
        Some((Some(f), end)) => Some((f, end)),
        _ => None,
    })?;
    let plain = matches!(&f.value, None | Some(Value::Text(_)));
    (f.kind == FigureKind::Date && plain).then_some((f, end))
}

/// Refines the dates of "the same month last year" and the like in `found`
/// (in order, over `text`): the period is that of the date told last before
/// it in its paragraph, when that date has the period's precision ("sales
/// in January fell from the same month a year ago": January of the year
/// before, not the article's month), in the year told (a year before that
/// date's for "last year", "a year ago", "a year earlier").
pub(super) fn refine(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let f = &found[i];
        let Some(said) = text.get(f.start..f.end) else {
            continue;
        };
        let lower = said.to_ascii_lowercase();
        let Some(period) = lower
            .strip_prefix("the same ")
            .and_then(|r| r.split(' ').next())
        else {
            continue;
        };
        if f.kind != FigureKind::Date {
            continue;
        }
        let told_year = said
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok());
        let Some(e) = found[..i].iter().rposition(|g| {
            g.kind == FigureKind::Date
                && text
                    .get(g.end..f.start)
                    .is_some_and(|between| !between.contains("\n\n"))
        }) else {
            continue;
        };
        let Some(Value::Text(v)) = &found[e].value else {
            continue;
        };
        // "the three months ended March 31": the period is the quarter
        // those months make, not the day they end on.
        let v = match period {
            "period" | "time" if v.len() == 10 => match months_ended(text, found, e) {
                Some(p) => p,
                None => continue,
            },
            _ => v.clone(),
        };
        let alone = lower.trim_end() == format!("the same {period}");
        // "the same day" alone is the day told before; with a date after
        // it, that date's year, else (last year, a year ago) the year before.
        let to_year = |year: i32| {
            if alone {
                year
            } else {
                told_year.unwrap_or(year - 1)
            }
        };
        let moved = |end: &str| -> Option<String> {
            let year = end.get(..4)?.parse::<i32>().ok()?;
            Some(format!("{:04}{}", to_year(year), &end[4..]))
        };
        let Some(rest) = v.get(4..) else { continue };
        let fits = match period {
            "month" => rest.len() == 3,
            "quarter" => rest.starts_with("-Q"),
            "day" | "date" => rest.len() == 6,
            "period" | "time" => !rest.is_empty(),
            _ => false,
        };
        if !fits {
            continue;
        }
        // A span of days moves as a whole: "Monday to Friday ... the same
        // period last year" is both ends a year back.
        let value = match v.split_once('/') {
            Some((a, b)) => moved(a).zip(moved(b)).map(|(a, b)| format!("{a}/{b}")),
            None => moved(&v),
        };
        if value.is_some() {
            found[i].value = value.map(Value::Text);
        }
    }
}

/// The quarter or half that the duration told right before the day
/// `found[e]` makes when it ends on that day ("the three months ended March
/// 31, 2024": "2024-Q1"; "the six months ending June 30": "2024-H1"): `None`
/// for other lengths, days that end no quarter or half, or no such duration.
fn months_ended(text: &str, found: &[Found], e: usize) -> Option<String> {
    let day = CalendarDate::parse_iso(match &found[e].value {
        Some(Value::Text(v)) => v,
        _ => return None,
    })?;
    let before = found[..e].last()?;
    let between = text.get(before.end..found[e].start)?.trim();
    if before.kind != FigureKind::Duration
        || !["ended", "ending", "that ended", "which ended"].contains(&between)
    {
        return None;
    }
    let months = match &before.value {
        Some(Value::Text(v)) => v.strip_prefix('P')?.strip_suffix('M')?.parse::<u8>().ok()?,
        _ => return None,
    };
    let last_day = day.day == days_in_month(day.year, day.month);
    match months {
        3 if last_day && day.month % 3 == 0 => Some(format!("{:04}-Q{}", day.year, day.month / 3)),
        6 if last_day && day.month % 6 == 0 => Some(format!("{:04}-H{}", day.year, day.month / 6)),
        _ => None,
    }
}

/// The weekend told as "the weekend" on the article date `d`: the coming (or
/// current) one when `ahead`, else the last one (the current one on a
/// Saturday or Sunday).
fn weekend(d: CalendarDate, ahead: bool) -> String {
    let on_weekend = d.weekday() >= 5;
    let week = if ahead || on_weekend {
        d
    } else {
        d.add_days(-7)
    };
    format!("{}-WE", week.iso_week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekends_past_and_ahead() {
        // Wednesday 10 June 2009 is in week 24.
        let wed = CalendarDate::new(2009, 6, 10).unwrap();
        assert_eq!(weekend(wed, false), "2009-W23-WE");
        assert_eq!(weekend(wed, true), "2009-W24-WE");
        let sun = CalendarDate::new(2009, 6, 14).unwrap();
        assert_eq!(weekend(sun, false), "2009-W24-WE");
    }

    #[test]
    fn same_periods_a_year_back() {
        let d = CalendarDate::new(2009, 6, 10).unwrap();
        assert_eq!(same_period("month", d, 2008).as_deref(), Some("2008-06"));
        assert_eq!(same_period("Quarter", d, 2008).as_deref(), Some("2008-Q2"));
        assert_eq!(same_period("day", d, 2008).as_deref(), Some("2008-06-10"));
        assert_eq!(same_period("period", d, 2008), None);
        let leap = CalendarDate::new(2008, 2, 29).unwrap();
        assert_eq!(same_period("day", leap, 2007), None);
    }
}

//! A refiner over the figures found: two dates (or two times) joined by
//! "to", "until", "through" or a dash, or by "and" after "between", are one
//! range ("from 3 May to 7 May 2026", "Monday to Friday", "9am to 5pm"),
//! valued `start/end` as "3-7 May" is. A year written only after the second
//! end is the first end's too ("3 May – 7 May 2026": both in 2026; "28
//! December to 3 January 2026": the first in 2025). The ends run forward:
//! days told by weekday alone are read within one week ("Monday to Friday"
//! said on a Wednesday is this week's Monday to last Friday unless moved:
//! the week before in the past, the week after in the future), and a clock
//! range that passes midnight ends on the next day ("10pm to 2am").

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

/// The day of an ISO value ("2026-06-08", "2026-06-08T22:00") and what follows it.
fn day_and_rest(value: &str) -> Option<(CalendarDate, &str)> {
    let day = CalendarDate::parse_iso(value.get(..10)?)?;
    Some((day, &value[10..]))
}

/// The ends `start` and `end` of a range of days or times, moved so the end
/// does not come before the start: a clock range past midnight ends on the
/// next day; two days told without digits (weekdays, each resolved alone
/// from the article date `date`: `by_name`) lie in one week: the earlier
/// week when both fell on or before `date` (the past), else the later one.
fn forward(
    start: String,
    end: String,
    date: Option<CalendarDate>,
    by_name: bool,
) -> (String, String) {
    let (Some((a, a_rest)), Some((b, b_rest))) = (day_and_rest(&start), day_and_rest(&end)) else {
        return (start, end);
    };
    if b > a || (b == a && b_rest >= a_rest) {
        return (start, end);
    }
    let gap = a.days() - b.days();
    if gap == 0 && a_rest.starts_with('T') && b_rest.starts_with('T') {
        let next = format!("{}{b_rest}", b.add_days(1).iso());
        return (start, next);
    }
    if gap >= 7 || !by_name {
        return (start, end);
    }
    if date.is_some_and(|d| a <= d && b <= d) {
        (format!("{}{a_rest}", a.add_days(-7).iso()), end)
    } else {
        (start, format!("{}{b_rest}", b.add_days(7).iso()))
    }
}

/// Merges the ranges of `found` (in order, over `text`) in place; `date` is
/// the article date the ends were resolved from.
pub(super) fn merge(text: &str, found: &mut Vec<Found>, date: Option<CalendarDate>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
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
        if !(same_kind && linked) || va.contains('/') || vb.contains('/') {
            i += 1;
            continue;
        }
        let a_text = text.get(a.start..a.end).unwrap_or("");
        let b_text = text.get(b.start..b.end).unwrap_or("");
        let va = if a.kind == FigureKind::Date && !has_year(a_text) && has_year(b_text) {
            in_year_of(va, vb).unwrap_or_else(|| va.clone())
        } else {
            va.clone()
        };
        let by_name = !(a_text.contains(|c: char| c.is_ascii_digit())
            || b_text.contains(|c: char| c.is_ascii_digit()));
        let (va, vb) = forward(va, vb.clone(), date, by_name);
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
        };
        found[i] = merged;
        found.remove(i + 1);
        i += 1;
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
        let f = |a: &str, b: &str| forward(a.to_string(), b.to_string(), wed, true);
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
        assert_eq!(
            f("2026-05", "2026-04"),
            ("2026-05".into(), "2026-04".into())
        );
        // Told with digits ("June 8 to June 5"): not moved.
        let told = forward("2026-06-08".into(), "2026-06-05".into(), wed, false);
        assert_eq!(told, ("2026-06-08".into(), "2026-06-05".into()));
    }
}

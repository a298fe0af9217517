//! A refiner over the figures found: two dates (or two times) joined by
//! "to", "until", "through" or a dash, or by "and" after "between", are one
//! range ("from 3 May to 7 May 2026", "Monday to Friday", "9am to 5pm"),
//! valued `start/end` as "3-7 May" is. A year written only after the second
//! end is the first end's too ("3 May – 7 May 2026": both in 2026; "28
//! December to 3 January 2026": the first in 2025).

use super::candidate::Found;
use crate::analysis::{FigureKind, Value};

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

/// Merges the ranges of `found` (in order, over `text`) in place.
pub(super) fn merge(text: &str, found: &mut Vec<Found>) {
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
}

//! A refiner over the figures found: a duration told in parts is one figure
//! ("two years and three months": P2Y3M, "an hour and 45 minutes": PT1H45M,
//! "4 years, 6 months, 12 days": P4Y6M12D) when its units fall from the
//! largest to the smallest and only the last part has a fraction; and one
//! unit "or two" is a range of them ("a week or two": P1W/P2W).

use super::candidate::Found;
use super::resolve::ago;
use super::vocab::TimeUnit;
use crate::analysis::{FigureKind, Value};

/// What may stand between two parts: nothing but a space, a comma, "and".
const LINKS: &[&str] = &["", ",", "and", ", and"];

/// The parts of an ISO 8601 duration ("P2Y", "PT45M", "P1DT12H"): each
/// designator's rank (Y, M, W, D, then T's H, M, S) with its number, in order;
/// `None` for another shape (a range "P2Y/P3Y", or no duration).
fn parts(value: &str) -> Option<Vec<(u8, &str)>> {
    let mut rest = value.strip_prefix('P')?;
    let mut out = Vec::new();
    let mut time = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            time = true;
            rest = r;
            continue;
        }
        let n = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let (number, tail) = rest.split_at(n);
        let designator = tail.chars().next()?;
        let rank = match (time, designator) {
            (false, 'Y') => 0,
            (false, 'M') => 1,
            (false, 'W') => 2,
            (false, 'D') => 3,
            (true, 'H') => 4,
            (true, 'M') => 5,
            (true, 'S') => 6,
            _ => return None,
        };
        if number.is_empty() {
            return None;
        }
        out.push((rank, number));
        rest = &tail[1..];
    }
    (!out.is_empty()).then_some(out)
}

/// The duration of `a` then `b` ("P2Y" and "P3M": "P2Y3M"), when every unit
/// of `b` is smaller than those of `a` and `a` has no fraction.
fn joined(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (parts(a)?, parts(b)?);
    let last_a = pa.last()?.0;
    if pb.first()?.0 <= last_a || pa.iter().any(|(_, n)| n.contains('.')) {
        return None;
    }
    let mut out = String::from("P");
    let mut time = false;
    for (rank, number) in pa.iter().chain(&pb) {
        if *rank >= 4 && !time {
            out.push('T');
            time = true;
        }
        out.push_str(number);
        out.push(['Y', 'M', 'W', 'D', 'H', 'M', 'S'][usize::from(*rank)]);
    }
    Some(out)
}

/// Joins the durations of `found` (in order, over `text`) told in parts;
/// not a second told with its own article ("the first 100 days and the
/// final 10 minutes" are two).
pub(super) fn join(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let b_told = text.get(b.start..b.end).unwrap_or("");
        let value = match (&a.value, &b.value) {
            (Some(Value::Text(va)), Some(Value::Text(vb)))
                if a.kind == FigureKind::Duration
                    && b.kind == FigureKind::Duration
                    && b.start == b.core
                    && LINKS.contains(&between) =>
            {
                joined(va, vb)
            }
            // A lap time: "one minute 50.250" (the seconds with decimals).
            (Some(Value::Text(va)), Some(Value::Number(n)))
                if a.kind == FigureKind::Duration
                    && b.kind == FigureKind::Number
                    && b.counts.is_none()
                    && between.is_empty()
                    && b_told.contains('.')
                    && (0.0..60.0).contains(n) =>
            {
                joined(va, &format!("PT{b_told}S"))
            }
            _ => None,
        };
        match value {
            Some(v) => {
                found[i].end = found[i + 1].end;
                found[i].value = Some(Value::Text(v));
                found.remove(i + 1);
            }
            None => i += 1,
        }
    }
}

/// Numbers left hanging on a hyphen before a duration or quantity told with
/// one ("three-, five- and 10-year bonds", "Five- to 10-day loans") take its
/// unit: P3Y, P5Y. `found` in the order of `text`.
pub(super) fn suspended_hyphens(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        let after = text.get(f.end..).unwrap_or("");
        let hangs = ["-,", "- and ", "- or ", "- to "]
            .iter()
            .any(|h| after.starts_with(h));
        if f.kind != FigureKind::Number || f.counts.is_some() || !hangs {
            continue;
        }
        let Some(Value::Number(n)) = f.value else {
            continue;
        };
        // The figure that tells the unit, within the list: "10-year".
        let Some(unit) = found[i + 1..].iter().take(3).find(|g| {
            let told = text.get(g.start..g.end).unwrap_or("");
            g.start - f.end <= 30
                && told.contains('-')
                && matches!(g.kind, FigureKind::Duration | FigureKind::Quantity)
        }) else {
            continue;
        };
        let value = match (&unit.kind, &unit.value) {
            // "P10Y" with the hanging number: "P3Y".
            (FigureKind::Duration, Some(Value::Text(v))) => parts(v)
                .filter(|p| p.len() == 1)
                .map(|p| Value::Text(v.replacen(p[0].1, &n.to_string(), 1))),
            (FigureKind::Quantity, Some(Value::Number(_))) => Some(Value::Number(n)),
            _ => None,
        };
        if let Some(v) = value {
            let (kind, u) = (unit.kind, unit.unit);
            let f = &mut found[i];
            f.kind = kind;
            f.unit = u;
            f.value = Some(v);
            f.end += 1;
        }
    }
}

/// One unit told with "or two" (or "or three") after it is a range of
/// them: "in a day or two" is P1D/P2D, "the last week or two" P1W/P2W; and
/// before "ago", a range of dates ("a month or two ago", told in March
/// 2016: 2016-01/2016-02). Not after "one" in words ("one or two").
pub(super) fn or_two(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        if text.get(a.end..b.start) != Some(" or ") {
            i += 1;
            continue;
        }
        let more = match (&b.value, text.get(b.start..b.end)) {
            (Some(Value::Number(n)), Some(w))
                if b.kind == FigureKind::Number && (*n == 2.0 || *n == 3.0) && w.len() <= 5 =>
            {
                *n as u8
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // One unit: a duration of a single part whose number is 1 ("P1W",
        // "PT1H"), its designator's rank ([`parts`]).
        let one = match (&a.kind, &a.value) {
            (FigureKind::Duration, Some(Value::Text(v))) => parts(v)
                .filter(|p| matches!(p.as_slice(), [(_, "1")]))
                .map(|p| (v.clone(), p[0].0)),
            _ => None,
        };
        let told = text.get(a.start..a.end).unwrap_or("").to_ascii_lowercase();
        let article = [
            "a ",
            "an ",
            "the last ",
            "the next ",
            "the past ",
            "the first ",
        ]
        .iter()
        .any(|p| told.starts_with(p));
        let Some((one, rank)) = one.filter(|_| article) else {
            i += 1;
            continue;
        };
        let many = one.replacen('1', &more.to_string(), 1);
        let ago_told = text
            .get(b.end..)
            .and_then(|r| r.strip_prefix(" ago"))
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric));
        let unit = match rank {
            0 => Some(TimeUnit::Year),
            1 => Some(TimeUnit::Month),
            2 => Some(TimeUnit::Week),
            3 => Some(TimeUnit::Day),
            _ => None,
        };
        let (kind, value, end) = match (ago_told, unit, a.told_on) {
            (true, Some(u), Some(d)) => {
                let far = ago(d, u, f64::from(more));
                let near = ago(d, u, 1.0);
                let v = far.zip(near).map(|(f, n)| format!("{f}/{n}"));
                (FigureKind::Date, v, b.end + 4)
            }
            (true, _, _) => {
                i += 1;
                continue;
            }
            (false, _, _) => (FigureKind::Duration, Some(format!("{one}/{many}")), b.end),
        };
        let f = &mut found[i];
        (f.kind, f.end) = (kind, end);
        f.value = value.map(Value::Text);
        found.remove(i + 1);
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_join_from_largest_to_smallest() {
        assert_eq!(joined("P2Y", "P3M").as_deref(), Some("P2Y3M"));
        assert_eq!(joined("PT1H", "PT45M").as_deref(), Some("PT1H45M"));
        assert_eq!(joined("P1D", "PT12H").as_deref(), Some("P1DT12H"));
        assert_eq!(joined("P4Y6M", "P12D").as_deref(), Some("P4Y6M12D"));
        assert_eq!(joined("PT2H", "PT1.5M").as_deref(), Some("PT2H1.5M"));
        // Not from small to large, not twice the same unit, no fraction before.
        assert_eq!(joined("P3M", "P2Y"), None);
        assert_eq!(joined("P3M", "P2M"), None);
        assert_eq!(joined("PT1.5H", "PT10M"), None);
        assert_eq!(joined("P2Y/P3Y", "P3M"), None);
        assert_eq!(parts("P"), None);
        assert_eq!(parts("PXY"), None);
    }
}

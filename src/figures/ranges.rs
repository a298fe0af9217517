//! A second number linked to an amount's first by a dash, "to" or (after
//! "between") "and": the two ends of a range ("10-15", "10 to 15", "between
//! three and seven", "$16m to $28m", "1-2 million"), a span of years
//! ("2014-15", "from 2009 to 2011"), or a score ("3-1"), which is no figure.
//! After a change ("rose by 40,000 to 1.4 million", "fell from 5% to 4%"),
//! "to" links two figures, not the ends of a range.

use super::amounts::Amount;
use super::money::currency_prefix;
use super::numbers::{number, Num};
use super::scan::Scan;
use super::Found;
use crate::analysis::{FigureKind, Value};

/// What an amount's number makes with a second number linked to it.
pub(super) enum Linked {
    /// A range, "10-15": its ends, and the atom after it.
    Range { low: f64, high: f64, end: usize },
    /// A span of years, "2014-15": a figure of its own, and the atom after it.
    Years(Found, usize),
    /// A score, "3-1": no figure; the atom after it.
    Score { end: usize },
}

/// The second number linked to the amount `a`, if any, and what the two make:
/// "10-15", "2014-15", "3-1".
pub(super) fn linked_number(s: &Scan, a: &Amount) -> Option<Linked> {
    let k = s.sp(a.end);
    let dash = s.is_dash(k);
    let l = link(s, k, a.between)?;
    let (currency, l) = match currency_prefix(s, l) {
        Some((c, at)) if Some(c) == a.currency => (Some(c), at),
        _ => (None, l),
    };
    let second =
        number(s, l, a.currency.is_some()).filter(|n| !n.ordinal && n.words == a.num.words)?;
    let hi = second.value.unwrap_or(f64::NAN);
    let lo = low_end(&a.num, &second, a.value.unwrap_or(f64::NAN), hi);
    let year_range = a.num.plain == Some(4)
        && (1800.0..=2100.0).contains(&lo)
        && second.plain.is_some_and(|p| p == 4 || p == 2 && dash);
    if year_range && a.after_modifier.is_none_or(|_| a.between) && a.currency.is_none() {
        if let Some(found) = year_span(s, a, &second, lo, hi) {
            return Some(Linked::Years(found, second.end));
        }
    }
    if lo < hi
        && !(dash && year_range)
        && !(s.is(k, "to") && change_before(s, a.start))
        && (currency.is_some() || a.currency.is_none() || s.is(k, "to"))
    {
        return Some(Linked::Range {
            low: lo,
            high: hi,
            end: second.end,
        });
    }
    // A score: "3-1".
    if dash && a.num.plain.is_some() && second.plain.is_some() && lo >= hi {
        return Some(Linked::Score { end: second.end });
    }
    None
}

/// What links a second number at `k`, after the first and a space: a dash,
/// "to", or after "between", "and". The atom where the second number would start.
fn link(s: &Scan, k: usize, between: bool) -> Option<usize> {
    if s.is_dash(k) {
        Some(s.sp(k + 1))
    } else if s.is(k, "to") && s.is_space(k + 1) || between && s.is(k, "and") && s.is_space(k + 1) {
        Some(k + 2)
    } else {
        None
    }
}

/// The low end `lo` of a range, with the scale of the high end `hi` when only
/// that one is written with it: "1-2 million" is 1e6 to 2e6.
fn low_end(first: &Num, second: &Num, lo: f64, hi: f64) -> f64 {
    if second.scaled && !first.scaled && lo < hi && hi >= 1e3 {
        let scale = 10f64.powi((hi.log10().floor() as i32 / 3) * 3);
        if lo * scale <= hi {
            return lo * scale;
        }
    }
    lo
}

/// A span of years from `lo` to the `second` number (`hi`, in full or its
/// last two digits): "2014-15", "1999-00", "from 2009 to 2011", "between
/// 2014 and 2016", as a duration "2014/2015". "from" is part of the figure.
fn year_span(s: &Scan, a: &Amount, second: &Num, lo: f64, hi: f64) -> Option<Found> {
    let hi = if second.plain == Some(2) {
        let hi = (lo / 100.0).floor() * 100.0 + hi;
        // A season across a new century: "1999-00" ends in 2000.
        if hi + 100.0 == lo + 1.0 {
            hi + 100.0
        } else {
            hi
        }
    } else {
        hi
    };
    let from = s
        .back(a.num_start)
        .filter(|&b| s.is(b, "from") && !a.between);
    (lo < hi).then(|| Found {
        start: s.start(from.unwrap_or(a.start)),
        core: s.start(a.num_start),
        num: s.start(a.num_start),
        end: s.end(second.end),
        kind: FigureKind::Duration,
        value: Some(Value::Text(format!("{:04}/{:04}", lo as i32, hi as i32))),
        unit: None,
        counts: None,
    })
}

/// Whether the amount at `i` is the start or size of a change ("rose by
/// 40,000 to 1.4 million", "fell from 5% to 4%"), so that "to" links two
/// figures rather than the ends of a range ("ranging from $5 to $10" is one).
pub(super) fn change_before(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    if s.is(b, "by") {
        return true;
    }
    if !s.is(b, "from") {
        return false;
    }
    !s.back(b).is_some_and(|v| {
        s.is_any(
            v,
            &[
                "ranging", "ranged", "range", "ranges", "varying", "varied", "vary", "anywhere",
            ],
        )
    })
}

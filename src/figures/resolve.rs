//! The resolver: values of dates told relative to the article's date. A
//! recognizer reads what the text says ("June 28", "two years ago", "on
//! Friday", "in May") and asks here which calendar day, month or year that is,
//! given the article date and the sentence's tense: news speaks of what has
//! just happened and of what is coming, so a day or month without a year is
//! the nearest such one, and the next one when the sentence speaks of the
//! future ("will meet on June 28").

use super::lexer::AtomKind;
use super::scan::Scan;
use super::vocab::TimeUnit;
use crate::calendar::{days_in_month, CalendarDate};

/// Resolves a day and month without a year to the such day nearest the
/// article date (so within about half a year either way: news speaks of
/// what has just happened and of what is coming); the first on or after it
/// when the sentence speaks of the future (`ahead`: "will meet on June 28").
/// Without an article date, the partial ISO form "--MM-DD".
pub(super) fn day_month(
    date: Option<CalendarDate>,
    month: u8,
    day: u8,
    ahead: bool,
) -> Option<String> {
    if let Some(d) = date {
        let on = |y: i32| CalendarDate::new(y, month, day);
        let past = [d.year, d.year - 1]
            .into_iter()
            .filter_map(on)
            .find(|c| c.days() <= d.days());
        let future = [d.year, d.year + 1]
            .into_iter()
            .filter_map(on)
            .find(|c| c.days() > d.days());
        let pick = match (past, future) {
            (Some(p), _) if p.days() == d.days() => Some(p),
            (_, Some(f)) if ahead => Some(f),
            // The nearer one; news looks back when both are as near.
            (Some(p), Some(f)) if f.days() - d.days() < d.days() - p.days() => Some(f),
            (Some(p), _) => Some(p),
            (None, f) => f,
        };
        return pick.map(CalendarDate::iso);
    }
    (day <= days_in_month(2024, month)).then(|| format!("--{month:02}-{day:02}"))
}

/// The date `n` units before `d`, at the precision of the unit.
pub(super) fn ago(d: CalendarDate, unit: TimeUnit, n: f64) -> Option<String> {
    if n.fract() != 0.0 || !(0.0..=10_000.0).contains(&n) {
        return None;
    }
    let n = n as i64;
    Some(match unit {
        TimeUnit::Day => d.add_days(-n).iso(),
        TimeUnit::Week => d.add_days(-7 * n).iso(),
        TimeUnit::Month => {
            let m = i64::from(d.year) * 12 + i64::from(d.month) - 1 - n;
            format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
        }
        TimeUnit::Year => format!("{:04}", i64::from(d.year) - n),
        TimeUnit::Decade => format!("{:03}", (i64::from(d.year) - 10 * n) / 10),
        TimeUnit::Century => format!("{:02}", (i64::from(d.year) - 100 * n) / 100),
        _ => d.iso(),
    })
}

/// Words that put a weekday ahead of the article date: "will meet on Friday",
/// "is due on Monday", "until Sunday".
const FUTURE_WORDS: &[&str] = &[
    "will",
    "ll",
    "shall",
    "due",
    "scheduled",
    "expected",
    "until",
    "till",
    "upcoming",
];

/// Whether the sentence before atom `i` speaks of the future (within a few words).
pub(super) fn future_ahead(s: &Scan, i: usize) -> bool {
    let mut k = i;
    for _ in 0..16 {
        let Some(b) = k.checked_sub(1) else {
            return false;
        };
        match s.kind(b) {
            Some(AtomKind::Break) | None => return false,
            Some(AtomKind::Other('.' | '!' | '?' | ';' | '“' | '”' | '"')) => return false,
            _ => {}
        }
        if s.is_any(b, FUTURE_WORDS) {
            return true;
        }
        k = b;
    }
    false
}

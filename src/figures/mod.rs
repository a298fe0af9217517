//! Figures: numbers, money and percentages, with their values.
//!
//! A first version: digit numbers, percentages and currency amounts.

mod calendar;

pub(crate) use calendar::CalendarDate;

use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::{Entity, Figure, FigureKind, Value};
use crate::text::Document;

static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<cur>[$£€¥])?\s?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s?(?P<scale>bn|billion|million|m|trillion|tn|thousand)\b)?
        (?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?",
    )
    .expect("figure regex")
});

/// Finds the figures of `doc`, skipping those inside entity names.
pub(crate) fn find(
    doc: &Document,
    entities: &[Entity],
    _date: Option<CalendarDate>,
) -> Vec<Figure> {
    let mut figures = Vec::new();
    for m in FIGURE.captures_iter(doc.text) {
        let whole = m.get(0).expect("match");
        let (start, end) = (whole.start(), whole.end());
        let glued = |b: u8| b.is_ascii_alphanumeric();
        if start > 0 && glued(doc.text.as_bytes()[start - 1]) {
            continue;
        }
        if entities.iter().any(|e| e.start < end && start < e.end) {
            continue;
        }
        let digits: String = m["num"].chars().filter(|c| *c != ',').collect();
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        if let Some(scale) = m.name("scale") {
            value *= match scale.as_str() {
                "thousand" => 1e3,
                "m" | "million" => 1e6,
                "bn" | "billion" => 1e9,
                _ => 1e12,
            };
        }
        let (kind, unit) = if let Some(cur) = m.name("cur") {
            let code = match cur.as_str() {
                "$" => "USD",
                "£" => "GBP",
                "€" => "EUR",
                _ => "JPY",
            };
            (FigureKind::Money, Some(code.to_string()))
        } else if m.name("pct").is_some() {
            (FigureKind::Percent, None)
        } else {
            (FigureKind::Number, None)
        };
        figures.push(Figure {
            start,
            end,
            text: doc.text[start..end].to_string(),
            kind,
            value: Some(Value::Number(value)),
            unit,
            counts: None,
        });
    }
    figures
}

/// The article's date from a dateline at its top, if any.
pub(crate) fn dateline(doc: &Document) -> Option<CalendarDate> {
    let head = doc.paragraphs.first()?;
    doc.slice(head.span)
        .split_whitespace()
        .take(40)
        .find_map(CalendarDate::parse_iso)
}

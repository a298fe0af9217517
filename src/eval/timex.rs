//! Temporal expressions scored as TempEval-3 scores TIMEX3: on MEANTIME
//! (from [`figures`](super::figures)) and on sets of paragraphs in JSON
//! lines ([`paragraphs`](super::paragraphs)) whose annotations are under
//! "timex":
//!
//! ```text
//! {"id": "p001", "date": "2024-03-07", "text": "...",
//!  "timex": [{"text": "last Tuesday", "type": "DATE", "value": "2024-03-05"}]}
//! ```
//!
//! `type` is DATE, TIME, DURATION or SET. SETs are not scored, and figures
//! over them are left out.

use std::fmt::Write as _;
use std::path::Path;

use super::paragraphs::{Gold, Paragraph};
use crate::analysis::{FigureKind, Value};
use crate::error::Error;
use crate::figures::{self, Found};
use crate::text::Document;

/// Scores the TIMEX3 `paragraphs` read from the JSON-lines file at `path`: relaxed, strict
/// and value F1, and with `PRESSLIGHT_EVAL_VERBOSE` each miss to stderr.
pub(crate) fn score_set(path: &Path, paragraphs: &[Paragraph]) -> Result<String, Error> {
    let mut score = TimexScore::default();
    for p in paragraphs {
        let (sets, gold): (Vec<&Gold>, Vec<&Gold>) = p.gold.iter().partition(|g| g.kind == "SET");
        let gold: Vec<(usize, usize, Option<String>)> = gold
            .iter()
            .map(|g| (g.start, g.end, g.value.clone()))
            .collect();
        let doc = Document::new(&p.text);
        let entities = crate::entities::find(&doc);
        let found: Vec<Found> = figures::found(&doc, &entities, p.date)
            .into_iter()
            .filter(|f| !sets.iter().any(|g| f.start < g.end && g.start < f.end))
            .collect();
        if super::verbose() {
            report_misses(&p.text, &gold, &found);
        }
        score.add(&gold, &found);
    }
    let paragraphs = paragraphs.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "TIMEX3 set {} ({paragraphs} paragraphs, SETs left out):",
        path.display()
    );
    score.write(&mut out);
    Ok(out)
}

/// Writes to stderr each gold TIMEX3 with no figure on its exact span or
/// with another value, and each date, time or duration on no gold span.
fn report_misses(text: &str, gold: &[(usize, usize, Option<String>)], found: &[Found]) {
    let value = |f: &Found| match &f.value {
        Some(Value::Text(t)) => t.clone(),
        _ => String::new(),
    };
    for (a, b, v) in gold {
        let exact = found
            .iter()
            .find(|f| f.end == *b && (f.start == *a || f.core == *a));
        let over = found.iter().find(|f| f.start < *b && *a < f.end);
        let words = text.get(*a..*b).unwrap_or("");
        let v = v.as_deref().unwrap_or("");
        match (exact, over) {
            (Some(f), _) if value(f) != v => {
                eprintln!("VALUE {words:?} gold {v} ours {}", value(f))
            }
            (Some(_), _) => {}
            (None, Some(f)) => eprintln!(
                "SPAN {words:?} ours {:?} (gold {v} ours {})",
                text.get(f.start..f.end).unwrap_or(""),
                value(f)
            ),
            (None, None) => eprintln!("MISS {words:?} {v}"),
        }
    }
    for f in found.iter().filter(|f| is_time(f.kind)) {
        if !gold.iter().any(|(a, b, _)| f.start < *b && *a < f.end) {
            eprintln!(
                "EXTRA {:?} {}",
                text.get(f.start..f.end).unwrap_or(""),
                value(f)
            );
        }
    }
}

/// Whether figures of `kind` are temporal expressions.
fn is_time(kind: FigureKind) -> bool {
    matches!(
        kind,
        FigureKind::Date | FigureKind::Time | FigureKind::Duration
    )
}

/// TIMEX3 scored as TempEval-3 scores it: gold DATE, TIME and DURATION
/// against found dates, times and durations whatever their kind, matched one
/// to one by any overlap (relaxed) or by exact span (strict, with or without
/// a leading modifier); a relaxed match counts for the value when the value
/// as written equals the gold value, references ("PRESENT_REF") and
/// unresolved values ("XXXX-08") included.
#[derive(Default)]
pub(crate) struct TimexScore {
    gold: usize,
    found: usize,
    relaxed: usize,
    strict: usize,
    value: usize,
}

impl TimexScore {
    /// Adds one article: its gold TIMEX3 as (start, end, value), byte
    /// offsets, and what was found.
    pub(crate) fn add(&mut self, gold: &[(usize, usize, Option<String>)], found: &[Found]) {
        let found: Vec<&Found> = found.iter().filter(|f| is_time(f.kind)).collect();
        self.gold += gold.len();
        self.found += found.len();
        let mut used = vec![false; found.len()];
        // Exact spans claim their figure first, then any overlap.
        let mut pairs: Vec<Option<usize>> = gold
            .iter()
            .map(|g| {
                let n = found.iter().enumerate().position(|(n, f)| {
                    !used[n] && (f.start == g.0 || f.core == g.0) && f.end == g.1
                })?;
                used[n] = true;
                Some(n)
            })
            .collect();
        for (g, pair) in gold.iter().zip(pairs.iter_mut()) {
            if pair.is_none() {
                *pair = found
                    .iter()
                    .enumerate()
                    .position(|(n, f)| !used[n] && f.start < g.1 && g.0 < f.end);
                if let Some(n) = *pair {
                    used[n] = true;
                }
            }
        }
        for (g, pair) in gold.iter().zip(&pairs) {
            let Some(n) = *pair else { continue };
            let f = found[n];
            self.relaxed += 1;
            if (f.start == g.0 || f.core == g.0) && f.end == g.1 {
                self.strict += 1;
            }
            let ours = match &f.value {
                Some(Value::Text(t)) => t.as_str(),
                _ => "",
            };
            if g.2.as_deref() == Some(ours) {
                self.value += 1;
            }
        }
    }

    /// Writes the three F1 on one line.
    pub(crate) fn write(&self, out: &mut String) {
        let f1 = |hits: usize| 2.0 * hits as f64 / (self.gold + self.found).max(1) as f64;
        let _ = writeln!(
            out,
            "  TIMEX3 as TempEval-3 scores them (gold {}, found {}): relaxed (any overlap) F1 {:.3}, strict (exact span) F1 {:.3}, value F1 {:.3}",
            self.gold,
            self.found,
            f1(self.relaxed),
            f1(self.strict),
            f1(self.value)
        );
    }
}

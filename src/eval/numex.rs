//! Numbers and times scored as the MUC-7 / IE-ER named-entity tasks tag
//! them: NUMEX (CARDINAL, MONEY, PERCENT, MEASURE) and TIMEX (DATE, TIME,
//! DURATION), on sets of paragraphs in JSON lines
//! ([`paragraphs`](super::paragraphs)) whose annotations are under "numex":
//!
//! ```text
//! {"id": "n001", "date": "1998-03-12", "text": "...",
//!  "numex": [{"text": "$1.2 billion", "type": "MONEY"}, {"text": "two", "type": "CARDINAL"}]}
//! ```
//!
//! A figure matches an annotation when their spans are equal, a leading
//! modifier ignored (the figure's span with or without "about", "more
//! than", "the"), and its kind is of the annotation's class: number for
//! CARDINAL, money, percent, quantity for MEASURE, and any of date, time
//! and duration for the three TIMEX types (which of the three a time with
//! its day or an age is differs between schemes). Ordinals are not tagged
//! by these schemes and are left out. Scores are micro F1 over all classes,
//! typed and by span alone, and F1 per class.

use std::fmt::Write as _;
use std::path::Path;

use super::paragraphs::{Gold, Paragraph};
use crate::analysis::FigureKind;
use crate::error::Error;
use crate::figures::{self, Found};
use crate::text::Document;

/// The classes scored, in the order printed.
const CLASSES: [&str; 5] = ["number", "money", "percent", "quantity", "time"];

/// The class of a gold annotation's type, or None for a type not scored.
fn gold_class(kind: &str) -> Option<usize> {
    Some(match kind {
        "CARDINAL" => 0,
        "MONEY" => 1,
        "PERCENT" => 2,
        "MEASURE" => 3,
        "DATE" | "TIME" | "DURATION" => 4,
        _ => return None,
    })
}

/// The class of a figure's kind; None for ordinals.
fn found_class(kind: FigureKind) -> Option<usize> {
    Some(match kind {
        FigureKind::Number => 0,
        FigureKind::Money => 1,
        FigureKind::Percent => 2,
        FigureKind::Quantity => 3,
        FigureKind::Date | FigureKind::Time | FigureKind::Duration => 4,
        FigureKind::Ordinal => return None,
    })
}

/// Counts of one class (or of all): gold, found, exact span and class right,
/// exact span whatever the class.
#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    typed: usize,
    span: usize,
}

impl Counts {
    fn f1(hits: usize, gold: usize, found: usize) -> f64 {
        2.0 * hits as f64 / (gold + found).max(1) as f64
    }
}

/// Scores the `paragraphs` read from the JSON-lines file at `path`; with
/// `PRESSLIGHT_EVAL_VERBOSE` each miss goes to stderr. An annotation type
/// other than the seven is an error naming it and its line.
pub(crate) fn score_set(path: &Path, paragraphs: &[Paragraph]) -> Result<String, Error> {
    let mut all = Counts::default();
    let mut per = [Counts::default(); CLASSES.len()];
    for p in paragraphs {
        let mut gold: Vec<(&Gold, usize)> = Vec::new();
        for g in &p.gold {
            let class = gold_class(&g.kind).ok_or_else(|| {
                Error::format(format!(
                    "{}:{}: type {:?} is none of CARDINAL, MONEY, PERCENT, MEASURE, DATE, TIME, DURATION",
                    path.display(),
                    p.line,
                    g.kind
                ))
            })?;
            gold.push((g, class));
        }
        let doc = Document::new(&p.text);
        let entities = crate::entities::find(&doc);
        let found: Vec<(Found, usize)> = figures::found(&doc, &entities, p.date)
            .into_iter()
            .filter_map(|f| found_class(f.kind).map(|c| (f, c)))
            .collect();
        let same =
            |g: &Gold, f: &Found| (f.start == g.start || f.core == g.start) && f.end == g.end;
        let mut used = vec![false; found.len()];
        for (g, class) in &gold {
            all.gold += 1;
            per[*class].gold += 1;
            let hit = found
                .iter()
                .enumerate()
                .position(|(n, (f, _))| !used[n] && same(g, f));
            let words = p.text.get(g.start..g.end).unwrap_or("");
            match hit {
                Some(n) => {
                    used[n] = true;
                    all.span += 1;
                    per[*class].span += 1;
                    if found[n].1 == *class {
                        all.typed += 1;
                        per[*class].typed += 1;
                    } else if super::verbose() {
                        eprintln!(
                            "TYPE {words:?} gold {} ours {}",
                            g.kind, CLASSES[found[n].1]
                        );
                    }
                }
                None if super::verbose() => {
                    match found
                        .iter()
                        .find(|(f, _)| f.start < g.end && g.start < f.end)
                    {
                        Some((f, c)) => eprintln!(
                            "SPAN {words:?} {} ours {:?} {}",
                            g.kind,
                            p.text.get(f.start..f.end).unwrap_or(""),
                            CLASSES[*c]
                        ),
                        None => eprintln!("MISS {words:?} {}", g.kind),
                    }
                }
                None => {}
            }
        }
        for (f, class) in &found {
            all.found += 1;
            per[*class].found += 1;
            if super::verbose() && !gold.iter().any(|(g, _)| f.start < g.end && g.start < f.end) {
                eprintln!(
                    "EXTRA {:?} {}",
                    p.text.get(f.start..f.end).unwrap_or(""),
                    CLASSES[*class]
                );
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "NUMEX/TIMEX set {} ({} paragraphs, exact span with modifiers ignored, ordinals left out):",
        path.display(),
        paragraphs.len()
    );
    let _ = writeln!(
        out,
        "  micro F1 {:.3} (P {:.3} R {:.3}; gold {}, found {}); by span alone F1 {:.3}",
        Counts::f1(all.typed, all.gold, all.found),
        all.typed as f64 / all.found.max(1) as f64,
        all.typed as f64 / all.gold.max(1) as f64,
        all.gold,
        all.found,
        Counts::f1(all.span, all.gold, all.found)
    );
    let by_class: Vec<String> = CLASSES
        .iter()
        .zip(per)
        .map(|(name, c)| {
            format!(
                "{name} {:.3} ({}/{})",
                Counts::f1(c.typed, c.gold, c.found),
                c.gold,
                c.found
            )
        })
        .collect();
    let _ = writeln!(out, "  F1 by class (gold/found): {}", by_class.join(", "));
    Ok(out)
}

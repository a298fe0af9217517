//! Scoring figures against the Microsoft Recognizers-Text English specs and
//! the MEANTIME corpus (`VALUE` and `TIMEX3` annotations).
//!
//! Paths are recognized by their layout: a folder (or file) holding
//! `NumberModel.json`, `PercentModel.json`, `CurrencyModel.json` or
//! `DimensionModel.json` under an `English` folder is a set of specs, and so is
//! `DateTimeModel.json` (dates, times and durations, scored in [`date_specs`],
//! whose doc gives the rules); a folder of MEANTIME `.xml` documents (searched
//! recursively) is MEANTIME; a `.jsonl` file is a set of paragraphs with
//! NUMEX and TIMEX annotations under "numex" ([`numex`](super::numex)) or
//! with TIMEX3 under "timex" ([`timex`](super::timex)); a `.json` file of
//! DocRED documents (Re-DocRED's `dev_revised.json`) is scored for recall of
//! its TIME and NUM mentions ([`docred`](super::docred)).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::spec_files::{byte_at, spec_cases};
use super::{date_specs, files_under, meantime, read, verbose};
use crate::analysis::{FigureKind, Value};
use crate::error::Error;
use crate::figures::{self, Found};
use crate::text::Document;

/// The spec files scored, and the kind of figure each expects.
const SPEC_FILES: &[(&str, Option<FigureKind>)] = &[
    ("NumberModel.json", None),
    ("PercentModel.json", Some(FigureKind::Percent)),
    ("CurrencyModel.json", Some(FigureKind::Money)),
    ("DimensionModel.json", Some(FigureKind::Quantity)),
];

/// The spec file of dates, times and durations, scored by its own rules.
const DATE_SPEC_FILE: &str = "DateTimeModel.json";

/// Scores figures on the Recognizers-Text specs and MEANTIME found under `paths`.
pub(crate) fn eval(paths: &[&Path]) -> Result<String, Error> {
    let mut specs = Vec::new();
    let mut documents = Vec::new();
    let mut duckling = Vec::new();
    let mut timex_sets = Vec::new();
    let mut docred = Vec::new();
    for path in paths {
        if super::docred::is_docred(path) {
            docred.push(*path);
            continue;
        }
        if path.extension().is_some_and(|e| e == "jsonl") && path.is_file() {
            timex_sets.push(*path);
            continue;
        }
        if !super::duckling::corpus_files(path)?.is_empty() {
            duckling.push(*path);
            continue;
        }
        collect(path, &mut specs, &mut documents)?;
    }
    if specs.is_empty()
        && documents.is_empty()
        && duckling.is_empty()
        && timex_sets.is_empty()
        && docred.is_empty()
    {
        return Err(Error::format(
            "eval figures: no Recognizers-Text specs (…/English/NumberModel.json), MEANTIME .xml files, Duckling corpora (…/EN/Corpus.hs), sets of annotated paragraphs (.jsonl) or DocRED documents (.json) under the paths given",
        ));
    }
    let mut out = String::new();
    if !duckling.is_empty() {
        out.push_str(&super::duckling::eval(&duckling)?);
    }
    if !specs.is_empty() {
        specs.sort();
        specs.dedup();
        let _ = writeln!(
            out,
            "Recognizers-Text specs (English; cases not supported in javascript left out):\n  a case passes when every expected result is found with the same span and value\n  (money in cents or pence compared in the main unit: 50 Cent = 0.50; a range of ours,\n  \"eight to 10 feet\", stands for the result at its high end, \"10 feet\", when it ends there;\n  DateTimeModel: dates, times and durations read on the case's date, rules in src/eval/date_specs.rs)"
        );
        let _ = writeln!(
            out,
            "  {:<24} {:>6} {:>7} {:>7} {:>9}",
            "file", "cases", "passed", "share", "spurious"
        );
        for path in &specs {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == DATE_SPEC_FILE {
                date_specs::score(&read(path)?)?.report(&mut out);
                continue;
            }
            let kind = SPEC_FILES
                .iter()
                .find(|(f, _)| *f == name)
                .and_then(|(_, k)| *k);
            let score = score_spec(&read(path)?, kind)?;
            let _ = writeln!(
                out,
                "  {:<24} {:>6} {:>7} {:>6.1}% {:>9}",
                name,
                score.cases,
                score.passed,
                100.0 * score.passed as f64 / score.cases.max(1) as f64,
                score.spurious
            );
        }
    }
    if !documents.is_empty() {
        documents.sort();
        out.push_str(&score_meantime(&documents)?);
    }
    for path in &timex_sets {
        let (key, paragraphs) = super::paragraphs::read_set(path, &["numex", "timex"])?;
        out.push_str(&if key == "numex" {
            super::numex::score_set(path, &paragraphs)?
        } else {
            super::timex::score_set(path, &paragraphs)?
        });
    }
    for path in &docred {
        out.push_str(&super::docred::score(path)?);
    }
    Ok(out)
}

/// Sorts the files under `path` into spec files and MEANTIME documents.
fn collect(
    path: &Path,
    specs: &mut Vec<PathBuf>,
    documents: &mut Vec<PathBuf>,
) -> Result<(), Error> {
    let mut files = Vec::new();
    files_under(path, &mut files)?;
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let english = file
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|n| n == "English");
        let spec = name == DATE_SPEC_FILE || SPEC_FILES.iter().any(|(f, _)| *f == name);
        if spec && english {
            specs.push(file);
        } else if name.ends_with(".xml") {
            documents.push(file);
        }
    }
    Ok(())
}

struct SpecScore {
    cases: usize,
    passed: usize,
    /// Figures of the file's kind that no expected result asked for.
    spurious: usize,
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// A figure found in a spec case: its start, the start of its core, its
/// end (bytes), its value, and the high end of a range.
type SpecFound = (usize, usize, usize, Option<f64>, Option<f64>);

/// Scores one spec file: `kind` None means the number reader alone.
fn score_spec(json: &str, kind: Option<FigureKind>) -> Result<SpecScore, Error> {
    let cases = spec_cases(json)?;
    let mut score = SpecScore {
        cases: 0,
        passed: 0,
        spurious: 0,
    };
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        let found: Vec<SpecFound> = match kind {
            None => figures::numbers_of(input)
                .into_iter()
                .map(|(a, b, v)| (a, a, b, v, None))
                .collect(),
            Some(kind) => {
                let doc = Document::new(input);
                let entities = crate::entities::find(&doc);
                figures::found(&doc, &entities, None)
                    .into_iter()
                    .filter(|f| f.kind == kind)
                    .map(|f: Found| {
                        let (v, high) = match f.value {
                            Some(Value::Number(n)) => (Some(n), None),
                            Some(Value::Range([a, b])) => (Some(a), Some(b)),
                            _ => (None, None),
                        };
                        (f.start, f.core, f.end, v, high)
                    })
                    .collect()
            }
        };
        score.cases += 1;
        let mut all = true;
        let mut used = BTreeSet::new();
        for result in case["Results"].as_array().into_iter().flatten() {
            let (Some(s), Some(e)) = (result["Start"].as_u64(), result["End"].as_u64()) else {
                all = false;
                continue;
            };
            let (Some(start), Some(end)) =
                (byte_at(input, s as usize), byte_at(input, e as usize + 1))
            else {
                all = false;
                continue;
            };
            // Amounts in cents or pence are compared in the main unit (50 Cent = 0.50),
            // as presslight gives money in the currency's main unit.
            let minor = matches!(
                result["Resolution"]["unit"].as_str(),
                Some("Cent" | "Penny" | "Pence")
            );
            let expected = result["Resolution"]["value"]
                .as_str()
                .map(|v| v.trim_end_matches('%'))
                .and_then(|v| v.parse::<f64>().ok())
                .map(|v| if minor { v / 100.0 } else { v });
            // A range is one figure here ("eight to 10 feet", [8, 10]); the
            // specs join no range whose ends are written differently and list
            // its second end alone ("10 feet"): our range that ends there
            // with that high end is that result.
            let hit = found.iter().position(|&(a, c, b, v, high)| {
                let whole = (a == start || c == start)
                    && b == end
                    && match (expected, v) {
                        (Some(x), Some(y)) => same(x, y),
                        (None, None) => true,
                        _ => false,
                    };
                let high_end =
                    a < start && b == end && expected.zip(high).is_some_and(|(x, h)| same(x, h));
                whole || high_end
            });
            match hit {
                Some(h) => {
                    used.insert(h);
                }
                None => all = false,
            }
        }
        score.spurious += found.len() - used.len();
        if verbose() && (!all || found.len() > used.len()) {
            let got: Vec<String> = found
                .iter()
                .map(|&(a, _, b, v, _)| format!("{:?}={:?}", input.get(a..b).unwrap_or(""), v))
                .collect();
            eprintln!(
                "{} {input:?} -> {}",
                if all { "extra" } else { "MISS" },
                got.join(" ")
            );
        }
        if all {
            score.passed += 1;
        }
    }
    Ok(score)
}

/// The figure kinds a MEANTIME type accepts; empty for types not scored.
/// A TIMEX3 whose value says another type than its type ("six years" typed
/// DATE and valued P6Y, "current" typed DURATION and valued PRESENT_REF) is
/// matched by a figure of either type: the annotation says both.
fn accepted_with_value(tag: &str, ty: &str, value: Option<&str>) -> &'static [FigureKind] {
    let duration_value = value.is_some_and(|v| v.starts_with('P') && !v.ends_with("_REF"));
    match (tag, ty) {
        ("TIMEX3", "DATE") if duration_value => &[FigureKind::Date, FigureKind::Duration],
        ("TIMEX3", "DURATION") if value.is_some() && !duration_value => {
            &[FigureKind::Duration, FigureKind::Date]
        }
        _ => accepted(tag, ty),
    }
}

/// The figure kinds a MEANTIME type accepts as written; empty for types not scored.
fn accepted(tag: &str, ty: &str) -> &'static [FigureKind] {
    match (tag, ty) {
        ("VALUE", "MONEY") => &[FigureKind::Money],
        ("VALUE", "PERCENT") => &[FigureKind::Percent],
        ("VALUE", "QUANTITY") => &[FigureKind::Number, FigureKind::Quantity],
        ("TIMEX3", "DATE") => &[FigureKind::Date],
        ("TIMEX3", "TIME") => &[FigureKind::Time],
        ("TIMEX3", "DURATION") => &[FigureKind::Duration],
        _ => &[],
    }
}

/// Micro precision, recall and F1 of figures on MEANTIME by exact span and kind.
fn score_meantime(files: &[PathBuf]) -> Result<String, Error> {
    // Per gold type: (gold, found); and the false positives per predicted kind.
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut false_pos: BTreeMap<&'static str, usize> = BTreeMap::new();
    let (mut gold_n, mut pred_n, mut hit_n) = (0usize, 0usize, 0usize);
    // Gold TIMEX3 whose value says another type (matched by either), and the
    // matches whose kind is the type as written.
    let (mut either, mut strict_hits) = (0usize, 0usize);
    // Matched TIMEX3 with a resolved gold value: (how many, how many equal ours).
    let mut values = (0usize, 0usize);
    let mut timex = super::timex::TimexScore::default();
    let articles = meantime::read_all(files)?;
    let docs = articles.len();
    for article in &articles {
        let text = &article.text;
        // Gold figures: (start, end, accepted kinds, type name, value, the
        // kinds its type as written accepts).
        let mut gold = Vec::new();
        let mut ignored = Vec::new();
        for m in &article.markables {
            let tag = m.tag.as_str();
            if tag != "VALUE" && tag != "TIMEX3" {
                continue;
            }
            let ty = m.attribute("type").unwrap_or_default();
            let Some((start, end)) = article.span(&m.tokens) else {
                continue;
            };
            let value = m.attribute("value").filter(|_| tag == "TIMEX3");
            let kinds = accepted_with_value(tag, &ty, value.as_deref());
            let written = accepted(tag, &ty);
            if kinds.len() > written.len() {
                either += 1;
            }
            if kinds.is_empty() {
                ignored.push((start, end));
            } else {
                gold.push((start, end, kinds, format!("{tag} {ty}"), value, written));
            }
        }
        let doc = Document::new(text);
        let entities = crate::entities::find(&doc);
        let date = figures::dateline(&doc);
        let found: Vec<Found> = figures::found(&doc, &entities, date)
            .into_iter()
            // MEANTIME marks no ordinals, and SET expressions are not scored.
            .filter(|f| f.kind != FigureKind::Ordinal)
            .filter(|f| !ignored.iter().any(|&(a, b)| f.start < b && a < f.end))
            .collect();
        let timex_gold: Vec<(usize, usize, Option<String>)> = gold
            .iter()
            .filter(|g| g.3.starts_with("TIMEX3"))
            .map(|g| (g.0, g.1, g.4.clone()))
            .collect();
        timex.add(&timex_gold, &found);
        let mut matched = vec![false; found.len()];
        for (start, end, kinds, ty, value, written) in &gold {
            let entry = by_type.entry(ty.clone()).or_default();
            entry.0 += 1;
            let hit = found
                .iter()
                .enumerate()
                .position(|(n, f)| !matched[n] && is_gold(f, *start, *end, kinds));
            if let Some(h) = hit {
                matched[h] = true;
                entry.1 += 1;
                hit_n += 1;
                if written.contains(&found[h].kind) {
                    strict_hits += 1;
                }
                // Resolved TIMEX3 values (dates, times, durations), compared as written.
                if let Some(gold_value) = value.as_ref().filter(|v| is_resolved(v)) {
                    values.0 += 1;
                    let ours = match &found[h].value {
                        Some(Value::Text(t)) => t.as_str(),
                        _ => "",
                    };
                    if ours == gold_value {
                        values.1 += 1;
                    } else if verbose() {
                        eprintln!(
                            "VALUE {ty}: {:?} gold {gold_value} ours {ours}",
                            text.get(*start..*end).unwrap_or("")
                        );
                    }
                }
            }
        }
        if verbose() {
            for (start, end, kinds, ty, _, _) in &gold {
                if !found.iter().any(|f| is_gold(f, *start, *end, kinds)) {
                    eprintln!("MISS {ty}: {:?}", text.get(*start..*end).unwrap_or(""));
                }
            }
        }
        for (f, m) in found.iter().zip(&matched) {
            if !m && verbose() {
                let (a, b) = (f.start.saturating_sub(30), (f.end + 30).min(text.len()));
                let (a, b) = (
                    (0..=a)
                        .rev()
                        .find(|&x| text.is_char_boundary(x))
                        .unwrap_or(0),
                    (b..=text.len())
                        .find(|&x| text.is_char_boundary(x))
                        .unwrap_or(text.len()),
                );
                eprintln!(
                    "EXTRA {}: {:?} in {:?}",
                    f.kind.as_str(),
                    text.get(f.start..f.end).unwrap_or(""),
                    text.get(a..b).unwrap_or("")
                );
            }
            if !m {
                *false_pos.entry(f.kind.as_str()).or_default() += 1;
            }
        }
        gold_n += gold.len();
        pred_n += found.len();
    }
    let p = hit_n as f64 / pred_n.max(1) as f64;
    let r = hit_n as f64 / gold_n.max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "MEANTIME ({docs} documents, sentences 0-5): VALUE and TIMEX3 by exact span (with or without a leading modifier) and kind"
    );
    let _ = writeln!(
        out,
        "  micro: precision {:.3}  recall {:.3}  F1 {:.3}  (gold {gold_n}, found {pred_n}, matched {hit_n})",
        p, r, f1
    );
    let strict_f1 = 2.0 * strict_hits as f64 / (gold_n + pred_n).max(1) as f64;
    let _ = writeln!(
        out,
        "  ({either} TIMEX3 have a value of another type, \"six years\" DATE valued P6Y, and match either type; by the type as written alone: matched {strict_hits}, F1 {strict_f1:.3})"
    );
    for (ty, (g, h)) in &by_type {
        let _ = writeln!(
            out,
            "  {:<16} gold {:>4}  recall {:.3}",
            ty,
            g,
            *h as f64 / (*g).max(1) as f64
        );
    }
    let _ = writeln!(
        out,
        "  values: {} of {} matched dates, times and durations with a resolved value equal the gold value ({:.3})",
        values.1,
        values.0,
        values.1 as f64 / values.0.max(1) as f64
    );
    let fp: Vec<String> = false_pos.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(out, "  unmatched figures by kind: {}", fp.join(", "));
    timex.write(&mut out);
    Ok(out)
}

/// Whether `f` is the gold figure at `start..end` (with or without its
/// leading modifier) and of one of the `kinds` it accepts.
fn is_gold(f: &Found, start: usize, end: usize, kinds: &[FigureKind]) -> bool {
    (f.start == start || f.core == start) && f.end == end && kinds.contains(&f.kind)
}

/// Whether a TIMEX3 value is resolved (a date, time or duration), not a
/// reference like "PRESENT_REF" or "XXXX-XX-XX".
fn is_resolved(v: &str) -> bool {
    !v.is_empty() && !v.contains('X') && !v.ends_with("_REF")
}

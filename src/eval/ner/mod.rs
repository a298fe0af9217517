//! Entity scores: exact spans, per type and micro-averaged over PER, ORG and
//! LOC, and the same with the type left out (span only).
//!
//! Paths are recognized by their layout: a folder, or a file ending in
//! `.xml`, is MEANTIME (see [`meantime`]); any other file is CoNLL. On CoNLL
//! the tagger runs on the gold tokens through the same path as `analyze`
//! (features, decoding and mention clean-up), article by article; on
//! MEANTIME `analyze` runs on the text itself, with its own tokenizer.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::entities;
use crate::error::Error;

mod conll;
mod meantime;

pub(crate) use conll::{read_conll, GoldDoc};

/// A mention: where it starts and ends (tokens or bytes) and its type, an
/// index into `entities::TYPES` (PER, ORG, LOC).
type Mention = (usize, usize, usize);

/// Counts of one type.
#[derive(Default, Clone, Copy)]
pub(crate) struct Counts {
    pub correct: usize,
    pub found: usize,
    pub gold: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.correct += other.correct;
        self.found += other.found;
        self.gold += other.gold;
    }

    pub(crate) fn f1(self) -> f64 {
        let p = self.correct as f64 / self.found.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The counts of one set of documents: per type, and by span alone.
#[derive(Default, Clone, Copy)]
pub(crate) struct Scores {
    by_type: [Counts; 3],
    span: Counts,
}

impl Scores {
    /// Adds the mentions of one document (each counted once).
    fn add_document(&mut self, gold: &[Mention], found: &[Mention]) {
        let gold: BTreeSet<Mention> = gold.iter().copied().filter(|m| m.2 < 3).collect();
        let found: BTreeSet<Mention> = found.iter().copied().filter(|m| m.2 < 3).collect();
        for m in &gold {
            self.by_type[m.2].gold += 1;
        }
        for m in &found {
            self.by_type[m.2].found += 1;
            if gold.contains(m) {
                self.by_type[m.2].correct += 1;
            }
        }
        let spans = |set: &BTreeSet<Mention>| -> BTreeSet<(usize, usize)> {
            set.iter().map(|&(s, e, _)| (s, e)).collect()
        };
        let (gold, found) = (spans(&gold), spans(&found));
        self.span.add(Counts {
            correct: found.intersection(&gold).count(),
            found: found.len(),
            gold: gold.len(),
        });
    }
}

/// Scores the tagger's mentions on `docs`: counts per type (PER, ORG, LOC).
pub(crate) fn score<F>(docs: &[GoldDoc], mut find: F) -> [Counts; 3]
where
    F: FnMut(&GoldDoc) -> Vec<Mention>,
{
    let mut scores = Scores::default();
    for doc in docs {
        scores.add_document(&doc.mentions, &find(doc));
    }
    scores.by_type
}

/// The micro-averaged counts over PER, ORG and LOC.
pub(crate) fn micro(counts: &[Counts; 3]) -> Counts {
    let mut all = Counts::default();
    for c in counts {
        all.add(*c);
    }
    all
}

fn line(out: &mut String, name: &str, c: Counts) {
    let p = c.correct as f64 / c.found.max(1) as f64;
    let r = c.correct as f64 / c.gold.max(1) as f64;
    let _ = writeln!(
        out,
        "{name:<6} {p:>9.4} {r:>9.4} {:>9.4} {:>7} {:>7}",
        c.f1(),
        c.gold,
        c.found
    );
}

/// The table of one set of documents: per type, micro-averaged, span only.
fn table(out: &mut String, scores: &Scores) {
    let _ = writeln!(
        out,
        "{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "type", "precision", "recall", "F1", "gold", "found"
    );
    for (k, c) in scores.by_type.iter().enumerate() {
        line(out, entities::TYPES[k], *c);
    }
    line(out, "micro", micro(&scores.by_type));
    line(out, "span", scores.span);
}

/// Scores entity mentions against token-per-line files (CoNLL, Universal
/// NER, BTC, WNUT, CrossNER: see `conll.rs`) and MEANTIME folders (exact span,
/// per type, micro-averaged and span only), each path a set of its own, then
/// a summary: each set's micro and ORG F1, and the mean micro F1 of all sets
/// but the first (the first set is taken as the in-domain one; the others
/// are out of domain).
pub fn eval_ner(paths: &[&Path]) -> Result<String, Error> {
    if paths.is_empty() {
        return Err(Error::format(
            "eval ner: give one or more CoNLL files or MEANTIME folders",
        ));
    }
    let mut out = String::new();
    let mut sets: Vec<(String, Scores)> = Vec::new();
    for path in paths {
        if path.is_dir() || path.extension().is_some_and(|e| e == "xml") {
            let mut documents: Vec<PathBuf> = Vec::new();
            super::meantime::find_xml(path, &mut documents)?;
            documents.sort();
            let (report, scores) = meantime::eval(&documents)?;
            out.push_str(&report);
            out.push('\n');
            sets.push((path.display().to_string(), scores));
            continue;
        }
        let docs = read_conll(&super::read(path)?);
        let tokens: usize = docs.iter().map(|d| d.words.len()).sum();
        let mut scores = Scores::default();
        for doc in &docs {
            let found = entities::tag_tokens(&doc.words, &doc.sentences);
            scores.add_document(&doc.mentions, &found);
            if super::verbose() {
                list_token_errors(doc, &found);
            }
        }
        let _ = writeln!(
            out,
            "{}: {} documents, {tokens} tokens",
            path.display(),
            docs.len()
        );
        table(&mut out, &scores);
        out.push('\n');
        sets.push((path.display().to_string(), scores));
    }
    summary(&mut out, &sets);
    Ok(out)
}

/// Prints to stderr the mentions of `doc` missed and found in excess (PER,
/// ORG, LOC), each with its words (`PRESSLIGHT_EVAL_VERBOSE=1`).
fn list_token_errors(doc: &GoldDoc, found: &[Mention]) {
    let text = |&(s, e, _): &Mention| doc.words[s..e].join(" ");
    let context = |&(s, e, _): &Mention| {
        doc.words[s.saturating_sub(4)..(e + 4).min(doc.words.len())].join(" ")
    };
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.2 < 3 && !found.contains(m))
    {
        eprintln!(
            "MISS {} {:?} in {:?}",
            entities::TYPES[m.2],
            text(m),
            context(m)
        );
    }
    for m in found
        .iter()
        .filter(|m| m.2 < 3 && !doc.mentions.contains(m))
    {
        eprintln!(
            "EXTRA {} {:?} in {:?}",
            entities::TYPES[m.2],
            text(m),
            context(m)
        );
    }
}

/// The summary lines: `set <micro F1> <ORG F1> <path>` for each set, then
/// `out-of-domain mean <F1>` over all sets but the first (when there are two
/// or more). `make ner-seeds` reads these lines.
fn summary(out: &mut String, sets: &[(String, Scores)]) {
    let _ = writeln!(out, "summary: micro F1, ORG F1, set");
    for (name, scores) in sets {
        let _ = writeln!(
            out,
            "set {:.4} {:.4} {name}",
            micro(&scores.by_type).f1(),
            scores.by_type[1].f1()
        );
    }
    if sets.len() > 1 {
        let others = &sets[1..];
        let mean = others
            .iter()
            .map(|(_, s)| micro(&s.by_type).f1())
            .sum::<f64>()
            / others.len() as f64;
        let _ = writeln!(out, "out-of-domain mean {mean:.4} ({} sets)", others.len());
    }
}

/// The gold of `paths` as JSON lines, for scoring other taggers the same way
/// (`make compare`). MEANTIME folders or `.xml` files: one article a line,
/// `{"document", "text", "names": [[start, end, type]], "neutral": [[start,
/// end]]}`, the names reduced as `eval ner` scores them, offsets in code
/// points (see `src/eval/ner/meantime.rs`). Token files (read as `eval ner`
/// reads them, fine types mapped): one document a line, `{"document",
/// "words": [...], "sentences": [[first, end]], "mentions": [[first, end,
/// type]]}`, in tokens; type is PER, ORG, LOC or MISC.
pub fn dump_ner_gold(paths: &[&Path]) -> Result<String, Error> {
    if paths.is_empty() {
        return Err(Error::format(
            "eval ner --dump-gold: give one or more MEANTIME folders or token files",
        ));
    }
    let mut out = String::new();
    for path in paths {
        if path.is_dir() || path.extension().is_some_and(|e| e == "xml") {
            let mut documents: Vec<PathBuf> = Vec::new();
            super::meantime::find_xml(path, &mut documents)?;
            documents.sort();
            out.push_str(&meantime::gold_lines(&documents)?);
            continue;
        }
        for (n, doc) in read_conll(&super::read(path)?).iter().enumerate() {
            let line = serde_json::json!({
                "document": format!("{}#{n}", path.display()),
                "words": doc.words,
                "sentences": doc.sentences.iter().map(|s| [s.start, s.end]).collect::<Vec<_>>(),
                "mentions": doc
                    .mentions
                    .iter()
                    .map(|&(s, e, k)| serde_json::json!([s, e, entities::TYPES[k]]))
                    .collect::<Vec<_>>(),
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    Ok(out)
}

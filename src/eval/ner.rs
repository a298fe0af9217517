//! Entity scores on CoNLL files: exact spans, per type and micro-averaged
//! over PER, ORG and LOC.
//!
//! Reads `token POS chunk tag` or `token tag` lines, IOB1 or IOB2 tags,
//! `-DOCSTART-` between documents and a blank line between sentences. The
//! tagger runs on the gold tokens through the same path as `analyze`
//! (features, decoding and mention clean-up), article by article.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use crate::entities;
use crate::error::Error;

/// One annotated document.
pub(crate) struct GoldDoc {
    pub words: Vec<String>,
    pub sentences: Vec<Range<usize>>,
    /// Mentions: first token, end token, type (index into `entities::TYPES`).
    pub mentions: Vec<(usize, usize, usize)>,
}

/// Reads the documents of a CoNLL file.
pub(crate) fn read_conll(text: &str) -> Vec<GoldDoc> {
    let mut docs = Vec::new();
    let mut doc = GoldDoc {
        words: Vec::new(),
        sentences: Vec::new(),
        mentions: Vec::new(),
    };
    let mut sentence_start = 0;
    let mut open: Option<(usize, usize)> = None;
    let mut prev_type: Option<String> = None;
    let close = |doc: &mut GoldDoc, open: &mut Option<(usize, usize)>| {
        if let Some((start, kind)) = open.take() {
            let end = doc.words.len();
            doc.mentions.push((start, end, kind));
        }
    };
    let end_sentence = |doc: &mut GoldDoc, start: &mut usize| {
        if doc.words.len() > *start {
            doc.sentences.push(*start..doc.words.len());
        }
        *start = doc.words.len();
    };
    for line in text.lines() {
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else {
            close(&mut doc, &mut open);
            prev_type = None;
            end_sentence(&mut doc, &mut sentence_start);
            continue;
        };
        let tag = cols.last().unwrap_or("O");
        if word == "-DOCSTART-" {
            close(&mut doc, &mut open);
            prev_type = None;
            end_sentence(&mut doc, &mut sentence_start);
            if !doc.words.is_empty() {
                docs.push(std::mem::replace(
                    &mut doc,
                    GoldDoc {
                        words: Vec::new(),
                        sentences: Vec::new(),
                        mentions: Vec::new(),
                    },
                ));
            }
            sentence_start = 0;
            continue;
        }
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        let starts = prefix == "B" || prev_type.as_deref() != Some(kind);
        if prefix == "O" || starts {
            close(&mut doc, &mut open);
        }
        if prefix != "O" {
            if starts {
                open = entities::TYPES
                    .iter()
                    .position(|t| *t == kind)
                    .map(|k| (doc.words.len(), k));
            }
            prev_type = Some(kind.to_string());
        } else {
            prev_type = None;
        }
        doc.words.push(word.to_string());
    }
    close(&mut doc, &mut open);
    end_sentence(&mut doc, &mut sentence_start);
    if !doc.words.is_empty() {
        docs.push(doc);
    }
    docs
}

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

/// Scores the tagger's mentions on `docs`: counts per type (PER, ORG, LOC).
pub(crate) fn score<F>(docs: &[GoldDoc], mut find: F) -> [Counts; 3]
where
    F: FnMut(&GoldDoc) -> Vec<(usize, usize, usize)>,
{
    let mut counts = [Counts::default(); 3];
    for doc in docs {
        let found = find(doc);
        for &(s, e, k) in &found {
            if k < 3 {
                counts[k].found += 1;
                if doc.mentions.contains(&(s, e, k)) {
                    counts[k].correct += 1;
                }
            }
        }
        for &(_, _, k) in &doc.mentions {
            if k < 3 {
                counts[k].gold += 1;
            }
        }
    }
    counts
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

/// Scores entity mentions against CoNLL files (exact span, per type and micro-averaged).
pub fn eval_ner(paths: &[&Path]) -> Result<String, Error> {
    if paths.is_empty() {
        return Err(Error::format("eval ner: give one or more CoNLL files"));
    }
    let mut out = String::new();
    let mut total = [Counts::default(); 3];
    for path in paths {
        let docs = read_conll(&super::read(path)?);
        let tokens: usize = docs.iter().map(|d| d.words.len()).sum();
        let counts = score(&docs, |d| entities::tag_tokens(&d.words, &d.sentences));
        let _ = writeln!(
            out,
            "{}: {} documents, {tokens} tokens",
            path.display(),
            docs.len()
        );
        let _ = writeln!(
            out,
            "{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}",
            "type", "precision", "recall", "F1", "gold", "found"
        );
        for (k, c) in counts.iter().enumerate() {
            line(&mut out, entities::TYPES[k], *c);
            total[k].add(*c);
        }
        line(&mut out, "micro", micro(&counts));
        out.push('\n');
    }
    if paths.len() > 1 {
        let _ = writeln!(out, "all files:");
        line(&mut out, "micro", micro(&total));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2() {
        let iob2 = "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nin IN O O\nEU NNP B-NP B-ORG\n\nParis B-LOC\nLyon B-LOC\n";
        let docs = read_conll(iob2);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].sentences, vec![0..4, 4..6]);
        assert_eq!(
            docs[0].mentions,
            vec![(0, 2, 0), (3, 4, 1), (4, 5, 2), (5, 6, 2)]
        );
        let iob1 =
            "The I-ORG\nMad I-ORG\nCapsule I-ORG\nof O\nJapan I-LOC\nJapan I-LOC\nJohn B-PER\n";
        let docs = read_conll(iob1);
        assert_eq!(docs[0].mentions, vec![(0, 3, 1), (4, 6, 2), (6, 7, 0)]);
    }
}

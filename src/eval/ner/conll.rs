//! The reader of CoNLL files: `token POS chunk tag` or `token tag` lines,
//! IOB1 or IOB2 tags, `-DOCSTART-` between documents and a blank line
//! between sentences.

use std::ops::Range;

use crate::entities;

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

//! The reader of token-per-line NER files, in all the layouts of the sets in
//! `../shared/data`:
//!
//! - CoNLL-2003: `token POS chunk tag`, `-DOCSTART-` between documents;
//! - `token tag` (WikiGold, BTC, WNUT 2017, CrossNER, SEC filings, Re-DocRED);
//! - Universal NER (`.iob2`): `# newdoc id = ...` and `# text = ...` comment
//!   lines, then tab columns `index token tag - annotator`;
//!
//! with IOB1, IOB2 or IO tags and a blank line between sentences. Fine types
//! are mapped onto PER, ORG, LOC and MISC by [`entity_type`]. A file without
//! document markers (tweets, Wikipedia sentences) is one document a sentence,
//! so that no evidence crosses from one to the next.

use std::ops::Range;

/// One annotated document.
pub(crate) struct GoldDoc {
    pub words: Vec<String>,
    pub sentences: Vec<Range<usize>>,
    /// Mentions: first token, end token, type (index into `entities::TYPES`).
    pub mentions: Vec<(usize, usize, usize)>,
}

impl GoldDoc {
    fn new() -> GoldDoc {
        GoldDoc {
            words: Vec::new(),
            sentences: Vec::new(),
            mentions: Vec::new(),
        }
    }
}

/// The tagger's type (0 PER, 1 ORG, 2 LOC, 3 MISC) of a gold type, or None
/// for types outside names (times, numbers) and for terms that are not names
/// in the CoNLL sense (CrossNER's algorithms, genres, chemical compounds:
/// mostly lowercase common nouns). The map follows the sets' own guidelines:
/// WNUT 2017 `corporation` and `group` and CrossNER's parties, universities,
/// bands, journals, magazines and conferences are organizations; `country`
/// and `geo-loc` are places; products, works, awards and events are MISC.
pub(crate) fn entity_type(kind: &str) -> Option<usize> {
    let kind = kind.to_ascii_lowercase();
    Some(match kind.as_str() {
        "per" | "person" | "politician" | "scientist" | "writer" | "musicalartist"
        | "researcher" => 0,
        "org" | "organisation" | "organization" | "corporation" | "group" | "company"
        | "politicalparty" | "university" | "band" | "academicjournal" | "magazine"
        | "conference" | "sportsteam" => 1,
        "loc" | "location" | "country" | "geo-loc" | "gpe" | "facility" => 2,
        "misc" | "product" | "creative-work" | "award" | "event" | "election" | "album"
        | "song" | "book" | "poem" | "programlang" | "astronomicalobject" | "movie" | "tvshow"
        | "other" | "musicalinstrument" => 3,
        _ => return None,
    })
}

/// Reads the documents of a token-per-line NER file (see the module docs).
pub(crate) fn read_conll(text: &str) -> Vec<GoldDoc> {
    let mut docs = Vec::new();
    let mut doc = GoldDoc::new();
    let mut marked = false;
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
        let new_doc = if let Some(comment) = line.strip_prefix("# ") {
            if !comment.contains(" = ") {
                None
            } else if comment.starts_with("newdoc") {
                Some(true)
            } else {
                continue;
            }
        } else {
            None
        };
        let cols: Vec<&str> = if line.contains('\t') {
            line.split('\t').map(str::trim).collect()
        } else {
            line.split_whitespace().collect()
        };
        // `index token tag - annotator`, tab-separated (a CoNLL-2003 line
        // "1996 CD I-NP O" also opens with digits, but has spaces and four columns).
        let uner =
            line.contains('\t') && cols.len() >= 5 && cols[0].bytes().all(|b| b.is_ascii_digit());
        let (word, tag) = match (uner, cols.first()) {
            (true, _) => (Some(cols[1]), cols[2]),
            (false, Some(w)) if !w.is_empty() => (Some(*w), *cols.last().unwrap_or(&"O")),
            _ => (None, "O"),
        };
        let Some(word) = word.filter(|_| new_doc.is_none()) else {
            close(&mut doc, &mut open);
            prev_type = None;
            end_sentence(&mut doc, &mut sentence_start);
            if new_doc.is_some() {
                marked = true;
                if !doc.words.is_empty() {
                    docs.push(std::mem::replace(&mut doc, GoldDoc::new()));
                }
                sentence_start = 0;
            }
            continue;
        };
        if word == "-DOCSTART-" {
            marked = true;
            close(&mut doc, &mut open);
            prev_type = None;
            end_sentence(&mut doc, &mut sentence_start);
            if !doc.words.is_empty() {
                docs.push(std::mem::replace(&mut doc, GoldDoc::new()));
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
                open = entity_type(kind).map(|k| (doc.words.len(), k));
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
    if marked {
        docs
    } else {
        docs.iter().flat_map(split_sentences).collect()
    }
}

/// One document a sentence.
fn split_sentences(doc: &GoldDoc) -> Vec<GoldDoc> {
    doc.sentences
        .iter()
        .map(|s| GoldDoc {
            words: doc.words[s.clone()].to_vec(),
            sentences: std::iter::once(0..s.len()).collect(),
            mentions: doc
                .mentions
                .iter()
                .filter(|m| m.0 >= s.start && m.1 <= s.end)
                .map(|&(a, b, k)| (a - s.start, b - s.start, k))
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2() {
        let iob2 = "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nin IN O O\nEU NNP B-NP B-ORG\n\nParis B-LOC\nLyon B-LOC\n\n1996 CD I-NP O\n";
        let docs = read_conll(iob2);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].sentences, vec![0..4, 4..6, 6..7]);
        assert_eq!(docs[0].words[6], "1996");
        assert_eq!(
            docs[0].mentions,
            vec![(0, 2, 0), (3, 4, 1), (4, 5, 2), (5, 6, 2)]
        );
        let iob1 =
            "The I-ORG\nMad I-ORG\nCapsule I-ORG\nof O\nJapan I-LOC\nJapan I-LOC\nJohn B-PER\n";
        let docs = read_conll(iob1);
        assert_eq!(docs[0].mentions, vec![(0, 3, 1), (4, 6, 2), (6, 7, 0)]);
    }

    #[test]
    fn reads_universal_ner_with_documents_and_comments() {
        let uner = "# newdoc id = a\n# sent_id = a-1\n# text = Ana at Acme\n1\tAna\tB-PER\t-\tx\n2\tat\tO\t-\t-\n3\tAcme\tB-ORG\t-\tx\n\n# sent_id = a-2\n1\t#\tO\t-\t-\n\n# newdoc id = b\n1\tin\tO\t-\t-\n2\tnew\tB-LOC\t-\tx\n3\tyork\tI-LOC\t-\tx\n";
        let docs = read_conll(uner);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].words, ["Ana", "at", "Acme", "#"]);
        assert_eq!(docs[0].sentences, vec![0..3, 3..4]);
        assert_eq!(docs[0].mentions, vec![(0, 1, 0), (2, 3, 1)]);
        assert_eq!(docs[1].mentions, vec![(1, 3, 2)]);
    }

    #[test]
    fn maps_fine_types_and_splits_unmarked_files_by_sentence() {
        let tweets = "#MH17\tO\nMALAYSIA\tB-corporation\nAIRLINES\tI-corporation\n\nmet\tO\nDr\tO\nAmina\tB-politician\nin\tO\nKano\tB-country\n\nGPT\tB-algorithm\nrocks\tO\n";
        let docs = read_conll(tweets);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].words, ["#MH17", "MALAYSIA", "AIRLINES"]);
        assert_eq!(docs[0].mentions, vec![(1, 3, 1)]);
        assert_eq!(docs[1].mentions, vec![(2, 3, 0), (4, 5, 2)]);
        assert!(docs[2].mentions.is_empty(), "algorithms are no names");
    }
}

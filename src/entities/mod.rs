//! People, organizations and places: finding mentions and merging them into entities.
//!
//! - [`tagger`]: a BILOU sequence tagger (averaged perceptron, Viterbi) over
//!   hashed [`features`]; the weights are `model.bin`, embedded and parsed once.
//! - [`gazetteer`]: place names and first names, generated from public data
//!   (`gazetteers/generate.py`, sources and licenses in `gazetteers/SOURCES.md`).
//! - [`merge`]: mentions to entities ("Mr Trump", "Trump" -> "Donald Trump").
//! - [`train`]: how `model.bin` is made, with the exact command.
//!
//! Titles ("Mr", "President", "spokesperson") and possessives ("’s") never
//! sit inside a mention: the tagger learns them as context, and [`clean`]
//! trims any that slip in.

mod features;
mod gazetteer;
mod merge;
mod tagger;
mod train;

use std::ops::Range;

use crate::analysis::{Entity, EntityKind};
use crate::text::{tokenize, Document, TokenKind};
use features::Input;

pub(crate) use tagger::TYPES;
pub use train::train_tagger;

/// Words that precede a name as a title: never the first word of a mention.
const TITLES: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame",
    "lord", "lady", "president", "vice", "prime", "minister", "senator", "sen", "sen.", "gov",
    "gov.", "governor", "rep", "rep.", "representative", "general", "gen", "gen.", "king",
    "queen", "prince", "princess", "pope", "chancellor", "secretary", "spokesperson", "spokesman",
    "spokeswoman", "judge", "justice", "rev", "rev.", "father", "sister", "coach", "captain",
    "capt", "capt.", "col", "col.", "lt", "lt.", "sgt", "sgt.", "mayor", "ambassador", "premier",
    "chairman", "chairwoman", "ceo", "director", "commissioner", "inspector", "officer",
    "detective", "professor", "archbishop", "bishop", "cardinal", "sheikh", "emir", "sultan",
];

/// Capitalized words that open sentences of boilerplate or address the
/// reader; a one-word mention made of one of them is dropped.
const NOT_NAMES: &[&str] = &[
    "read", "more", "now", "your", "you", "our", "we", "support", "subscribe", "sign", "share",
    "follow", "click", "watch", "listen", "advertisement", "related", "comments", "image",
    "photo", "gallery", "the", "a", "an", "he", "she", "it", "they", "this", "that", "i",
];

fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

fn kind_of_word(word: &str) -> TokenKind {
    if word.eq_ignore_ascii_case("'s") || word == "’s" || word == "’S" {
        return TokenKind::Possessive;
    }
    tokenize(word).first().map_or(TokenKind::Punct, |t| t.kind)
}

/// The tagger's view of pre-tokenized words (CoNLL files).
pub(crate) fn input_of_words<'a>(words: &'a [String], sentences: &[Range<usize>]) -> Input<'a> {
    Input {
        words: words.iter().map(String::as_str).collect(),
        kinds: words.iter().map(|w| kind_of_word(w)).collect(),
        sentences: sentences.to_vec(),
    }
}

fn input_of_document<'a>(doc: &Document<'a>) -> Input<'a> {
    Input {
        words: (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect(),
        kinds: doc.tokens.iter().map(|t| t.kind).collect(),
        sentences: doc.sentences.iter().map(|s| s.tokens.clone()).collect(),
    }
}

/// Trims titles, punctuation and possessives from the tagger's mentions and
/// drops what names nothing. Keeps PER, ORG and LOC (token ranges, type).
pub(crate) fn clean(input: &Input, found: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(found.len());
    for (mut s, mut e, k) in found {
        if k >= 3 {
            continue;
        }
        let word_like = |i: usize| matches!(input.kinds[i], TokenKind::Word | TokenKind::Number);
        while s < e && (!word_like(s) || (k == 0 && e - s > 1 && is_title(input.words[s]))) {
            s += 1;
        }
        while e > s && !word_like(e - 1) {
            e -= 1;
        }
        if s == e {
            continue;
        }
        let capitalized = (s..e).any(|i| {
            input.words[i]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        });
        if !capitalized {
            continue;
        }
        if e == s + 1 && NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(input.words[s])) {
            continue;
        }
        if (s..e).any(|i| matches!(input.kinds[i], TokenKind::Url | TokenKind::Handle)) {
            continue;
        }
        out.push((s, e, k));
    }
    out
}

/// Tags pre-tokenized words: the mentions (token ranges, type) of PER, ORG and LOC.
pub(crate) fn tag_tokens(words: &[String], sentences: &[Range<usize>]) -> Vec<(usize, usize, usize)> {
    let Some(model) = tagger::MODEL.as_ref() else {
        return Vec::new();
    };
    let input = input_of_words(words, sentences);
    clean(&input, tagger::tag_article(model, &input))
}

/// Finds the mentions of people, organizations and places in `doc`.
pub(crate) fn find(doc: &Document) -> Vec<Entity> {
    let Some(model) = tagger::MODEL.as_ref() else {
        return Vec::new();
    };
    let input = input_of_document(doc);
    let found = clean(&input, tagger::tag_article(model, &input));
    let mut entities: Vec<Entity> = found
        .into_iter()
        .map(|(s, e, k)| {
            let span = crate::text::Span::new(doc.tokens[s].span.start, doc.tokens[e - 1].span.end);
            let text = doc.slice(span);
            Entity {
                start: span.start,
                end: span.end,
                text: text.to_string(),
                kind: match k {
                    0 => EntityKind::Person,
                    1 => EntityKind::Organization,
                    _ => EntityKind::Place,
                },
                entity: String::new(),
            }
        })
        .collect();
    merge::merge(&mut entities);
    entities
}


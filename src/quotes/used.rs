//! Quotes that are the words a verb of using words takes: "likened the plan
//! to “…”", "used the phrase “…”", "calling him “Low Energy Dan”". Read by the
//! classification of quotes (`mod.rs`) and by the attribution of speakers.

use crate::text::{Document, TokenKind};

use super::marks::Marked;
use super::words;

/// Whether a quote is the words a verb of using words takes ([`words::is_using_verb`]):
/// "likened the plan to “…”", "has coined a phrase, “…”", "used the phrase
/// “…”", "referenced “…”", "hailed Ruiz as “…”", "singing “…”". The verb
/// stands a few words before the quote, with only its object between: no
/// clause word, copula, preposition but "to" and "as", or other punctuation
/// (but the comma after "a phrase"); or it names a person a nickname
/// ([`nickname_verb`]). Returns the verb's token.
pub(super) fn words_used(doc: &Document, q: &Marked) -> Option<usize> {
    if q.close.is_none() || q.open < 2 {
        return None;
    }
    if let Some(v) = nickname_verb(doc, q.open) {
        return Some(v);
    }
    let mut k = q.open - 1;
    // "coined a new phrase, “…”": a comma after a noun of words.
    if doc.token_text(k) == "," {
        if !words::is_term_cue(doc.token_text(k - 1)) {
            return None;
        }
        k -= 1;
    }
    // The verb and at most four tokens of its object.
    for _ in 0..5 {
        let t = &doc.tokens[k];
        let w = doc.token_text(k);
        if t.kind == TokenKind::Word && words::is_using_verb(w) {
            // A verb, not a noun: "Trump's offer to make an “exception”", "the use of “…”".
            let noun = k > 0
                && (doc.tokens[k - 1].kind == TokenKind::Possessive
                    || words::is_determiner(doc.token_text(k - 1)));
            return (w.starts_with(|c: char| c.is_lowercase()) && !noun).then_some(k);
        }
        // "talks about “…”": the verb's own preposition.
        let talk_about = w == "about" && k > 0 && doc.token_text(k - 1).starts_with("talk");
        let object = talk_about
            || t.kind == TokenKind::Possessive
            || t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word
                && !words::is_reporting_verb(w)
                // "adopt the measures passed under “…”": another verb.
                && !w.ends_with("ed")
                && !ends_an_object(w));
        if !object || k == 0 {
            return None;
        }
        k -= 1;
    }
    None
}

/// Whether `w` cannot stand inside the object between a verb of using words
/// and its quote: a clause word ("that", "when"), a form of "be", or a
/// preposition other than "to", "as", "with", "than", "like".
fn ends_an_object(w: &str) -> bool {
    let clause_word = matches!(
        w,
        "that" | "which" | "who" | "whose" | "when" | "while" | "if" | "because" | "but"
    );
    let preposition =
        words::is_preposition(w) && !matches!(w, "to" | "as" | "with" | "than" | "like");
    clause_word || preposition || words::is_copula(w)
}

/// "calling him “Low Energy Dan”", "called Rubio “Little Marco”", "dubbed
/// her “the Iron Lady”": a verb of naming, then a person (a pronoun or one
/// to three capitalized words), then the quote opening at `open`; returns
/// the verb's token.
pub(super) fn nickname_verb(doc: &Document, open: usize) -> Option<usize> {
    let capitalized = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && doc.token_text(k).starts_with(|c: char| c.is_uppercase())
            && !words::is_function_word(doc.token_text(k))
    };
    let mut k = open.checked_sub(1)?;
    if matches!(doc.token_text(k), "him" | "her" | "them") {
        k = k.checked_sub(1)?;
    } else {
        let last = k;
        while k > 0 && last - k < 3 && capitalized(k) {
            k -= 1;
        }
        if k == last {
            return None;
        }
    }
    let w = doc.token_text(k);
    let naming = ["call", "dub", "label", "brand", "nickname"]
        .iter()
        .any(|base| {
            w.strip_prefix(base).is_some_and(|rest| {
                matches!(
                    rest,
                    "" | "s" | "ed" | "bed" | "led" | "ing" | "bing" | "ling"
                )
            })
        });
    let noun = k > 0
        && (doc.tokens[k - 1].kind == TokenKind::Possessive
            || words::is_determiner(doc.token_text(k - 1)));
    (naming && !noun).then_some(k)
}

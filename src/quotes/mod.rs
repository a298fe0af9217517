//! Quotations and who said them.
//!
//! Quote marks are paired into quotations ([`marks`]), each is attributed to
//! a speaker mention by the patterns of news writing ([`attribution`], with
//! the mentions in [`mention`], verb subjects in [`subject`] and the patterns
//! in [`before_quote`] and [`after_quote`]), the mention is resolved to an
//! entity ([`resolve`]), and each quotation is classed as speech (someone's
//! words) or a term (scare quotes, titles, nicknames, words mentioned as
//! words).
//!
//! A quotation without an attribution of its own takes the speaker of the
//! sentence before it, or of the previous quotation when it goes on from it
//! (a split quote, the next paragraph of a long quotation).

mod after_quote;
mod attribution;
mod before_quote;
mod credit;
mod marks;
mod mention;
mod resolve;
mod subject;
mod used;
mod words;

#[cfg(test)]
mod tests;

use crate::analysis::{Entity, Quote, QuoteKind, Speaker};
use crate::text::{Document, TokenKind};

use attribution::Attributor;
use attribution::Mention;
use marks::Marked;
/// The honorifics, roles and determiners attribution knows, also used by
/// the entity evaluation to tell a title from a name.
pub(crate) use words::{honorific, is_determiner, is_person_role};

/// Finds the quotations of `doc` and names their speakers from `entities`.
pub(crate) fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let quotes = marked_quotes(doc, entities);
    let turns = &doc.turns;
    if turns.is_empty() {
        return quotes;
    }
    // A transcript's turns are its speakers' words, marks or not; a quote
    // inside a turn is part of it.
    let mut out: Vec<Quote> = quotes
        .into_iter()
        .filter(|q| {
            !turns
                .iter()
                .any(|t| t.words.start < q.end && q.start < t.words.end)
        })
        .collect();
    let interviewee = interviewee(entities, turns[0].label.start);
    for t in turns {
        let speaker = match t.name {
            Some(name) => Speaker {
                start: name.start,
                end: name.end,
                text: doc.slice(name).to_string(),
                entity: entities
                    .iter()
                    .find(|e| e.start == name.start && e.end == name.end)
                    .map(|e| e.entity.clone()),
            },
            // "A:" stands for the person interviewed, the one the
            // introduction is about, as a pronoun stands for its referent;
            // "Q:" is the interviewer: the label is the speaker's mention,
            // no person the article names.
            None => Speaker {
                start: t.label.start,
                end: t.label.end,
                text: doc.slice(t.label).to_string(),
                entity: matches!(doc.slice(t.label), "A" | "ANSWER")
                    .then_some(interviewee)
                    .flatten()
                    .map(|e| e.entity.clone()),
            },
        };
        out.push(turn_quote(doc, t, Some(speaker)));
    }
    out.sort_by_key(|q| q.start);
    out
}

/// A transcript turn as a speech quote.
fn turn_quote(doc: &Document, t: &crate::text::Turn, speaker: Option<Speaker>) -> Quote {
    Quote {
        start: t.words.start,
        end: t.words.end,
        text: doc.slice(t.words).to_string(),
        kind: QuoteKind::Speech,
        speaker,
    }
}

/// The person an interview's introduction is about: the person mentioned
/// most often before byte `before` (the first turn), the earliest on a tie.
fn interviewee(entities: &[Entity], before: usize) -> Option<&Entity> {
    // Per person: mentions and the first mention.
    let mut people: std::collections::HashMap<&str, (usize, usize, &Entity)> =
        std::collections::HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.end > before || e.kind != crate::analysis::EntityKind::Person {
            continue;
        }
        people.entry(e.entity.as_str()).or_insert((0, i, e)).0 += 1;
    }
    people
        .into_values()
        .max_by_key(|&(n, first, _)| (n, std::cmp::Reverse(first)))
        .map(|(_, _, e)| e)
}

/// The quotations between quote marks, with their speakers.
fn marked_quotes(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let marked = marks::pair(doc);
    if marked.is_empty() {
        return Vec::new();
    }
    let attributor = Attributor::new(doc, entities, &marked);
    let mut quotes = Vec::with_capacity(marked.len());
    // The previous quotation with a speaker: its paragraph and speaker.
    let mut previous: Option<(usize, Mention, Option<usize>)> = None;
    for q in &marked {
        let paragraph = paragraph_of(doc, q.open);
        let mut mention = attributor.attribute(q);
        // “A?” said X, using a term Y used. “B.”: a quote right after an attributed
        // quote goes on from it before it takes the sentence's own source.
        let after_quote = previous.is_some_and(|(_, _, index)| {
            index
                .and_then(|i| quotes.get(i))
                .is_some_and(|p: &Quote| follows(doc, p.end, q.open))
        });
        if mention.is_none() && !after_quote {
            mention = attributor.context(q);
        }
        let mut inherited = None;
        if mention.is_none() {
            // A quotation that goes on without its own attribution.
            if let Some((p, m, index)) = previous {
                let close_enough = paragraph.is_some_and(|at| p + 1 >= at);
                // "“A,” she says. It's “B.”": a sentence of words in the same paragraph.
                let same_paragraph = paragraph == Some(p) && ends_sentence(doc, q);
                // "Moore thanked him for “…”": a quote inside a sentence with a
                // subject of its own is that subject's, not the last source's.
                let own_subject =
                    !opens_sentence(doc, q) && attributor.sentence_subject(q.open).is_some();
                if close_enough && (standalone(doc, q) || same_paragraph) && !own_subject {
                    mention = Some(m);
                    inherited = index;
                }
            }
        }
        let mut kind = classify(doc, q, mention.is_some());
        if kind == QuoteKind::Speech && mention.is_none() {
            // "his call for “a total and complete ban”": the phrase's owner
            // first, then the user of words ("A friend referred to him as “…”").
            mention = attributor
                .owner_of_words(q)
                .or_else(|| used::words_used(doc, q).and_then(|v| attributor.user_of_words(v)))
                .or_else(|| attributor.sentence_subject(q.open))
                .or_else(|| attributor.previous_subject(q));
        }
        if kind == QuoteKind::Term && mention.is_none() && reported_phrase(doc, q) {
            // "Robert Gibbs derided “the professional left”": a person's
            // words right after the person's verb.
            if let Some(m) = attributor.sentence_subject(q.open) {
                if attributor.is_person(&m) {
                    kind = QuoteKind::Speech;
                    mention = Some(m);
                }
            }
        }
        if kind == QuoteKind::Term && mention.is_none() {
            // "Romney’s “47 percent” comment", "his call for “a total ban”".
            if let Some(m) = attributor.owner_of_words(q) {
                kind = QuoteKind::Speech;
                mention = Some(m);
            }
        }
        // "Ruiz likened the plan to “a blank cheque”", "Ruiz has coined a
        // phrase, “the silent majority”": the words of the verb's subject. A
        // nickname ("Ruiz called him “Low Energy Dan”") is a person's words,
        // not those of "they" who call him so.
        let nickname = used::nickname_verb(doc, q.open).is_some();
        if kind == QuoteKind::Term && (mention.is_none() || nickname) {
            let user = used::words_used(doc, q)
                .and_then(|v| attributor.user_of_words(v))
                .filter(|m| !nickname || attributor.is_person(m) || attributor.is_name(m));
            if let Some(m) = user {
                kind = QuoteKind::Speech;
                mention = Some(m);
            }
        }
        let speaker = match (kind, inherited) {
            (QuoteKind::Term, _) => None,
            (_, Some(index)) => quotes.get(index).and_then(|q: &Quote| q.speaker.clone()),
            (_, None) => mention.map(|m| {
                let span = attributor.span(m);
                Speaker {
                    start: span.start,
                    end: span.end,
                    text: doc.slice(span).to_string(),
                    entity: attributor.resolve(m),
                }
            }),
        };
        if kind == QuoteKind::Speech {
            if let (Some(m), Some(p)) = (mention, paragraph) {
                let last = paragraph_of(doc, q.close.unwrap_or(q.open)).unwrap_or(p);
                let index = inherited.or(Some(quotes.len()));
                previous = Some((last, m, index));
            }
        }
        quotes.push(Quote {
            start: q.span.start,
            end: q.span.end,
            text: doc.slice(q.span).to_string(),
            kind,
            speaker,
        });
    }
    quotes
}

/// Whether a short quote reads as words taken from someone right after a
/// verb ("derided “the professional left”", "found “evidence”"): it opens
/// in lowercase, after a lowercase word that is no determiner, preposition
/// or term cue.
fn reported_phrase(doc: &Document, q: &Marked) -> bool {
    let Some(close) = q.close else {
        return false;
    };
    if q.open == 0 || close <= q.open + 1 {
        return false;
    }
    let first = doc.token_text(q.open + 1);
    let before = doc.token_text(q.open - 1);
    let lowercase_word = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    // A verb's form, not an adjective after a determiner ("a detailed “policy address”").
    let verb_like = (before.ends_with("ed")
        || (before.ends_with('s') && !before.ends_with("ss"))
        || matches!(
            before,
            "found" | "sent" | "made" | "took" | "gave" | "cry" | "repeat"
        ))
        && !(q.open >= 2 && words::is_determiner(doc.token_text(q.open - 2)));
    verb_like
        && doc.tokens[q.open - 1].kind == TokenKind::Word
        && doc.tokens[q.open + 1].kind == TokenKind::Word
        && lowercase_word(first)
        && lowercase_word(before)
        && !words::is_determiner(before)
        && !words::is_term_cue(before)
        && !words::is_preposition(before)
        && !words::is_copula(before)
        && !matches!(before, "and" | "or" | "called" | "dubbed" | "named")
}

/// Whether the quote opening at token `open` sits in the sentence that
/// ends the text at byte `end`, or in the one after it.
fn follows(doc: &Document, end: usize, open: usize) -> bool {
    let (Some(before), Some(at)) = (
        doc.sentence_at(end.saturating_sub(1)),
        doc.sentence_at(doc.tokens[open].span.start),
    ) else {
        return false;
    };
    at == before || at == before + 1
}

/// Whether the quote opens its sentence.
fn opens_sentence(doc: &Document, q: &Marked) -> bool {
    doc.sentence_at(doc.tokens[q.open].span.start)
        .is_some_and(|s| doc.sentences[s].tokens.start == q.open)
}

/// Whether a quote reads as words of its own (it opens its sentence, or is
/// long), not a phrase quoted inside the writer's sentence.
fn standalone(doc: &Document, q: &Marked) -> bool {
    let opens_sentence = opens_sentence(doc, q);
    let end = q.close.unwrap_or(q.open + 1).max(q.open + 1);
    let words = doc
        .tokens
        .get(q.open + 1..end)
        .unwrap_or(&[])
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    opens_sentence || words >= 6
}

/// Whether the quote sits in a headline: a line whose words are capitalized.
fn in_headline(doc: &Document, q: &Marked) -> bool {
    let Some(p) = paragraph_of(doc, q.open).and_then(|p| doc.paragraphs.get(p)) else {
        return false;
    };
    // A headline is short: a long paragraph (a wall of marks, say) is none, and is not read
    // again for each of its quotes.
    if p.tokens.len() > 400 {
        return false;
    }
    let (mut words, mut capitalized) = (0, 0);
    for (i, t) in doc.tokens[p.tokens.clone()].iter().enumerate() {
        let i = i + p.tokens.start;
        if t.kind != TokenKind::Word || (i > q.open && q.close.is_none_or(|c| i < c)) {
            continue;
        }
        words += 1;
        if doc.slice(t.span).starts_with(char::is_uppercase) {
            capitalized += 1;
        }
    }
    (3..=25).contains(&words) && capitalized * 10 >= words * 7
}

/// Whether the quoted words end in a full stop, question or exclamation mark.
fn ends_sentence(doc: &Document, q: &Marked) -> bool {
    q.close
        .and_then(|c| c.checked_sub(1))
        .filter(|&last| last > q.open)
        .is_some_and(|last| matches!(doc.token_text(last), "." | "!" | "?"))
}

fn paragraph_of(doc: &Document, token: usize) -> Option<usize> {
    let at = doc.tokens.get(token)?.span.start;
    doc.sentence_at(at)
        .and_then(|s| doc.sentences.get(s))
        .map(|s| s.paragraph)
}

/// Speech or term: attributed words and whole sentences are speech; short
/// unattributed phrases, titles and words after "so-called" are terms.
fn classify(doc: &Document, q: &Marked, attributed: bool) -> QuoteKind {
    let inner_end = q.close.unwrap_or(q.open + 1).max(q.open + 1);
    let inner = doc.tokens.get(q.open + 1..inner_end).unwrap_or(&[]);
    // Only small counts matter below; a long quote (or a wall of nested marks) is not counted out.
    let words = if inner.len() > 64 {
        inner.len()
    } else {
        inner
            .iter()
            .filter(|t| t.kind != TokenKind::Punct && t.kind != TokenKind::Quote)
            .count()
    };
    let cue_before = q.open > 0
        && doc.tokens[q.open - 1].kind == TokenKind::Word
        && words::is_term_cue(doc.token_text(q.open - 1));
    let known_as = q.open > 1
        && doc.token_text(q.open - 1) == "as"
        && matches!(doc.token_text(q.open - 2), "known" | "referred");
    if cue_before || known_as {
        return QuoteKind::Term;
    }
    let last = inner.last().map_or("", |t| doc.slice(t.span));
    let sentence_like = matches!(last, "." | "!" | "?" | "," | "…" | "...");
    // A title may end in the comma or period of the sentence around it
    // (''Billions,'' on Showtime), not in a question or exclamation.
    let title_like = words <= 6
        && !matches!(last, "!" | "?" | "…" | "...")
        && (last != "." || words >= 2)
        && inner.iter().all(|t| {
            let w = doc.slice(t.span);
            t.kind != TokenKind::Word
                || w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    w,
                    "a" | "an" | "the" | "of" | "and" | "in" | "on" | "to" | "for"
                )
        });
    // "CBS's ''Face the Nation''", "''The Fixers,'' by E. J. Fleming"
    let owned = q.open > 0 && doc.tokens[q.open - 1].kind == TokenKind::Possessive;
    let by = q
        .close
        .and_then(|c| doc.tokens.get(c + 1))
        .is_some_and(|t| doc.slice(t.span) == "by");
    if title_like && (owned || by) {
        return QuoteKind::Term;
    }
    let naming = (q.open.saturating_sub(3)..q.open).any(|k| {
        let mut buf = [0u8; 24];
        let w = words::lowercase(doc.token_text(k), &mut buf).unwrap_or("");
        w.starts_with("call") || w.starts_with("dub") || w.starts_with("nam")
    });
    // A title inside an attributed sentence ("said on NBC's “Meet the
    // Press”") is still a title, unless the quote follows its verb or colon.
    let verb_at = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word && words::is_reporting_verb(doc.token_text(k))
    };
    // "citing “Bill Maher” as his favourite": a verb of using words takes it too.
    let introduced = standalone(doc, q)
        || used::words_used(doc, q).is_some()
        || q.open > 0 && {
            let prev = q.open - 1;
            doc.token_text(prev) == ":"
                || verb_at(prev)
                || (doc.token_text(prev) == "," && prev > 0 && verb_at(prev - 1))
        };
    // In a headline every word is capitalized: that tells nothing of titles.
    if title_like && (!attributed || naming || !introduced) && !in_headline(doc, q) {
        return QuoteKind::Term;
    }
    // A short phrase inside the writer's own sentence, with no speaker, is a
    // term even when the sentence's comma or full stop sits inside its marks
    // (was ''deficit neutral,'' / to stream ''Seinfeld.'').
    // A question or exclamation mark inside the marks is the quote's own.
    let own_sentence =
        matches!(last, "!" | "?" | "…" | "...") || (sentence_like && standalone(doc, q));
    if attributed || own_sentence || words >= 5 || q.close.is_none() {
        QuoteKind::Speech
    } else {
        QuoteKind::Term
    }
}

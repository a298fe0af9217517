//! Quotations and who said them.
//!
//! A first version: paired quote marks within a paragraph; the speaker is
//! the nearest person in the same sentence.

use crate::analysis::{Entity, EntityKind, Quote, QuoteKind, Speaker};
use crate::text::{Document, TokenKind};

fn opens(mark: &str, prev_glued: bool) -> bool {
    matches!(mark, "“" | "«" | "„" | "``") || (matches!(mark, "\"" | "'" | "‘") && !prev_glued)
}

fn closes(mark: &str) -> bool {
    matches!(mark, "”" | "»" | "“" | "\"" | "''" | "’" | "'")
}

/// Finds the quotations of `doc` and names their speakers from `entities`.
pub(crate) fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for para in &doc.paragraphs {
        let mut open: Option<usize> = None;
        for i in para.tokens.clone() {
            let t = doc.tokens[i];
            if t.kind != TokenKind::Quote {
                continue;
            }
            let mark = doc.token_text(i);
            match open {
                None => {
                    let glued = i > para.tokens.start
                        && doc.tokens[i - 1].span.end == t.span.start
                        && doc.tokens[i - 1].kind == TokenKind::Word;
                    if opens(mark, glued && mark != "\"") {
                        open = Some(i);
                    }
                }
                Some(o) if closes(mark) => {
                    let span = crate::text::Span::new(doc.tokens[o].span.start, t.span.end);
                    let words = doc.slice(span).split_whitespace().count();
                    let speaker = nearest_person(doc, entities, span);
                    let kind = if speaker.is_some() || words > 3 {
                        QuoteKind::Speech
                    } else {
                        QuoteKind::Term
                    };
                    quotes.push(Quote {
                        start: span.start,
                        end: span.end,
                        text: doc.slice(span).to_string(),
                        kind,
                        speaker,
                    });
                    open = None;
                }
                Some(_) => {}
            }
        }
    }
    quotes
}

fn nearest_person(
    doc: &Document,
    entities: &[Entity],
    quote: crate::text::Span,
) -> Option<Speaker> {
    let sentence = doc.sentences.get(doc.sentence_at(quote.start)?)?;
    let para = &doc.paragraphs[sentence.paragraph];
    entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Person
                && para.span.contains(e.span())
                && !quote.contains(e.span())
        })
        .min_by_key(|e| {
            if e.start >= quote.end {
                e.start - quote.end
            } else {
                quote.start - e.end
            }
        })
        .map(|e| Speaker {
            start: e.start,
            end: e.end,
            text: e.text.clone(),
            entity: Some(e.entity.clone()),
        })
}

//! The text layer: paragraphs, sentences and tokens, all as byte spans.

mod cues;
mod offsets;
mod paragraphs;
mod span;
mod tokens;
mod transcript;

pub(crate) use cues::{is_reporting_verb, lowercase};
pub(crate) use offsets::OffsetMap;
pub use offsets::OffsetUnit;
pub(crate) use paragraphs::paragraph_spans;
pub use span::Span;
pub(crate) use tokens::{
    abbreviation_point, is_quote_mark, is_space, reading, tokenize, Token, TokenKind,
};
pub(crate) use transcript::Turn;

use std::ops::Range;

/// A paragraph: a line of non-space text (pasted articles put one paragraph
/// a line), or the lines of a hard-wrapped one (see [`paragraphs`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub span: Span,
    /// Indexes into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Indexes into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    /// Indexes into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

/// The analysed text split into paragraphs, sentences and tokens.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    /// The turns of a transcript ("SMITH: …"), read once for entities and
    /// quotes; empty when the text is none.
    pub turns: Vec<Turn>,
}

impl<'t> Document<'t> {
    pub(crate) fn new(text: &'t str) -> Document<'t> {
        let tokens = tokenize(text);
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut i = 0;
        for line in paragraph_spans(text) {
            let first = i;
            while i < tokens.len() && tokens[i].span.end <= line.end {
                i += 1;
            }
            if first == i {
                continue;
            }
            let para_tokens = first..i;
            let para_index = paragraphs.len();
            let sent_first = sentences.len();
            split_sentences(
                text,
                &tokens,
                para_tokens.clone(),
                para_index,
                &mut sentences,
            );
            paragraphs.push(Paragraph {
                span: Span::new(tokens[first].span.start, tokens[i - 1].span.end),
                tokens: para_tokens,
                sentences: sent_first..sentences.len(),
            });
        }
        let mut doc = Document {
            text,
            tokens,
            sentences,
            paragraphs,
            turns: Vec::new(),
        };
        doc.turns = transcript::turns(&doc);
        doc
    }

    /// The text of a token.
    pub(crate) fn token_text(&self, index: usize) -> &'t str {
        &self.text[self.tokens[index].span.range()]
    }

    /// The text of a span.
    pub(crate) fn slice(&self, span: Span) -> &'t str {
        &self.text[span.range()]
    }

    /// The index of the sentence holding byte `at`, if any.
    pub(crate) fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The index of the first token that ends after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= at)
    }
}

/// Closing marks that stay with the sentence they end.
fn is_closer(text: &str) -> bool {
    matches!(text, "”" | "’" | "\"" | "'" | "»" | ")" | "]" | "''")
}

fn split_sentences(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut first = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &text[tokens[i].span.range()];
        let ends = matches!(t, "." | "!" | "?" | "…" | "...")
            || t.ends_with("?!")
            || t.ends_with("!?")
            || dotted_abbreviation_ends(text, tokens, i, range.end);
        let mut end = i + 1;
        if ends {
            while end < range.end
                && is_closer(&text[tokens[end].span.range()])
                && tokens[end].span.start == tokens[end - 1].span.end
            {
                end += 1;
            }
            let next_starts = end >= range.end || {
                let next = &text[tokens[end].span.range()];
                let c = next.chars().next().unwrap_or(' ');
                c.is_uppercase()
                    || c.is_numeric()
                    || tokens[end].kind == TokenKind::Quote
                    || matches!(c, '(' | '[' | '-' | '–' | '—')
            };
            if next_starts
                && !(matches!(t, "…" | "...") && end < range.end && lower_start(text, tokens, end))
            {
                push(tokens, first..end, paragraph, out);
                first = end;
            }
        }
        i = end;
    }
    if first < range.end {
        push(tokens, first..range.end, paragraph, out);
    }
}

/// Words that start sentences and rarely follow "U.S." inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "A", "An", "And", "As", "But", "He", "Her", "His", "I", "If", "In", "It", "Its", "On", "She",
    "So", "That", "The", "Their", "There", "These", "They", "This", "We", "What", "When", "While",
    "You",
];

/// Whether the dotted abbreviation at `i` ("U.S.", "a.m.") also ends its
/// sentence: it is followed by a word that starts sentences.
fn dotted_abbreviation_ends(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = &text[tokens[i].span.range()];
    tokens[i].kind == TokenKind::Word
        && t.len() > 2
        && t.ends_with('.')
        && t[..t.len() - 1].contains('.')
        && i + 1 < end
        && SENTENCE_STARTERS.contains(&&text[tokens[i + 1].span.range()])
}

fn lower_start(text: &str, tokens: &[Token], i: usize) -> bool {
    text[tokens[i].span.range()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

fn push(tokens: &[Token], range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    );
    out.push(Sentence {
        span,
        tokens: range,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences.iter().map(|s| doc.slice(s.span)).collect()
    }

    #[test]
    fn splits_sentences_and_paragraphs() {
        assert_eq!(
            sentences("Mr. Smith went. He came back! Did he?"),
            ["Mr. Smith went.", "He came back!", "Did he?"]
        );
        assert_eq!(
            sentences("“We’ll go.” Then he left.\r\n\r\nNew paragraph"),
            ["“We’ll go.”", "Then he left.", "New paragraph"]
        );
        assert_eq!(
            sentences("It cost 3.5 million. Yes"),
            ["It cost 3.5 million.", "Yes"]
        );
        assert_eq!(sentences("a deal... We are"), ["a deal...", "We are"]);
        assert_eq!(
            sentences("in the U.S. The talks"),
            ["in the U.S.", "The talks"]
        );
        assert_eq!(
            sentences("the U.S. President spoke"),
            ["the U.S. President spoke"]
        );
        let doc = Document::new("One.\n\nTwo. Three.\n");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[1].sentences, 1..3);
    }

    #[test]
    fn empty_and_space_only() {
        assert!(Document::new("").tokens.is_empty());
        assert!(Document::new(" \n\u{a0}\u{200b}\n").paragraphs.is_empty());
    }
}

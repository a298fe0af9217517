//! Speaker labels of transcripts and interviews: "SMITH: We will not ...",
//! "MS. DOE: The people ...", "Q: What about ...", "A: Next year ...".
//!
//! A paragraph opens with a label when its first words, before a colon, are
//! a name in capitals (titles such as "MS." or "SEN." allowed) or one of
//! "Q", "A", "QUESTION", "ANSWER", and words follow the colon. A text is a
//! transcript when two paragraphs or more open with labels; then each such
//! paragraph is one turn: the label's words are the speaker's, the rest of
//! the paragraph is what they said. Labels of page furniture ("NOTE:",
//! "UPDATE:", "PHOTO:") are not speakers.

use super::{Document, Span, TokenKind};

/// One turn of a transcript.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    /// The speaker's name in the label, titles left out ("DOE" of "MS. DOE:");
    /// `None` for "Q" and "A".
    pub name: Option<Span>,
    /// The label as written, up to its colon's start ("MS. DOE", "Q").
    pub label: Span,
    /// What follows the colon, to the paragraph's end.
    pub words: Span,
}

/// Words in capitals before a colon that are no speaker.
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "CLARIFICATION",
    "EDITOR",
    "EDITORS",
    "EDITOR'S",
    "WARNING",
    "BREAKING",
    "SOURCE",
    "SOURCES",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "WATCH",
    "READ",
    "ADVERTISEMENT",
    "RELATED",
    "DISCLAIMER",
    "SUBJECT",
    "FROM",
    "TO",
    "DATE",
    "CC",
    "RE",
    "TEL",
    "EMAIL",
    "E-MAIL",
    "FAX",
    "WEB",
    "CAPTION",
    "TAGS",
    "TOPICS",
    "ALSO",
    "MORE",
    "LISTEN",
    "SEE",
    "WHAT",
    "WHY",
    "HOW",
    "WHO",
    "WHEN",
    "WHERE",
    "FACT",
    "CHECK",
    "VERDICT",
    "CLAIM",
    "RATING",
    "FILE",
    "AP",
    "AFP",
    "REUTERS",
    "PS",
    "P.S.",
    "UPDATES",
    "LIVE",
    "EXCLUSIVE",
    "OPINION",
    "ANALYSIS",
    "TRANSCRIPT",
    "SUMMARY",
    "BACKGROUND",
    "CONTEXT",
    "WASHINGTON",
    "LONDON",
];

/// Titles that may open a label before the name ("MS. DOE:", "SEN. WARREN:").
const TITLES: &[&str] = &[
    "MR",
    "MR.",
    "MS",
    "MS.",
    "MRS",
    "MRS.",
    "DR",
    "DR.",
    "SEN",
    "SEN.",
    "REP",
    "REP.",
    "GOV",
    "GOV.",
    "PRESIDENT",
    "SENATOR",
    "JUDGE",
    "GEN",
    "GEN.",
    "PROF",
    "PROF.",
    "REV",
    "REV.",
];

/// The turn that the paragraph `p` opens with its label, if any (for "Q"
/// and "A", a turn without a name).
fn label(doc: &Document, p: usize) -> Option<Turn> {
    let para = &doc.paragraphs[p];
    let tokens = para.tokens.clone();
    let colon = tokens.clone().take(6).find(|&i| doc.token_text(i) == ":")?;
    if colon == tokens.start || colon + 2 >= tokens.end {
        return None;
    }
    let words: Vec<usize> = (tokens.start..colon).collect();
    let capitals = |i: usize| {
        let t = doc.token_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
    };
    if !words.iter().all(|&i| capitals(i)) {
        return None;
    }
    // At least two words of speech after the colon.
    let spoken = (colon + 1..tokens.end)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count();
    if spoken < 2 {
        return None;
    }
    let label = Span::new(
        doc.tokens[tokens.start].span.start,
        doc.tokens[colon - 1].span.end,
    );
    let words_span = Span::new(doc.tokens[colon + 1].span.start, para.span.end);
    let first = doc.token_text(words[0]);
    if words.len() == 1 && matches!(first, "Q" | "A" | "QUESTION" | "ANSWER") {
        return Some(Turn {
            name: None,
            label,
            words: words_span,
        });
    }
    if words
        .iter()
        .any(|&i| NOT_SPEAKERS.contains(&doc.token_text(i)))
    {
        return None;
    }
    let name_start = words
        .iter()
        .position(|&i| !TITLES.contains(&doc.token_text(i)))?;
    let name = &words[name_start..];
    if name.len() > 3 || name.iter().any(|&i| doc.token_text(i).len() < 2) {
        return None;
    }
    Some(Turn {
        name: Some(Span::new(
            doc.tokens[name[0]].span.start,
            doc.tokens[name[name.len() - 1]].span.end,
        )),
        label,
        words: words_span,
    })
}

/// The turns of `doc` when it is a transcript (two labelled paragraphs or
/// more), in order; empty otherwise.
pub(crate) fn turns(doc: &Document) -> Vec<Turn> {
    let turns: Vec<Turn> = (0..doc.paragraphs.len())
        .filter_map(|p| label(doc, p))
        .collect();
    if turns.len() >= 2 {
        turns
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(Option<&str>, &str)> {
        let doc = Document::new(text);
        turns(&doc)
            .iter()
            .map(|t| (t.name.map(|n| &text[n.range()]), &text[t.words.range()]))
            .collect()
    }

    #[test]
    fn reads_labels_of_transcripts() {
        let text = "SMITH: We will not raise taxes.\nQ: What about next year?\nA: Next year is another matter.\nMS. DOE: The people deserve better.";
        assert_eq!(
            labels(text),
            [
                (Some("SMITH"), "We will not raise taxes."),
                (None, "What about next year?"),
                (None, "Next year is another matter."),
                (Some("DOE"), "The people deserve better."),
            ]
        );
    }

    #[test]
    fn one_label_or_furniture_is_no_transcript() {
        assert!(labels("NOTE: This story was updated.\nSMITH: Taxes will not rise.").len() < 2);
        assert!(labels("UPDATE: The vote was moved.\nPHOTO: A crowd in Kyiv.").is_empty());
        assert!(labels("The plan: more schools.\nThe cost: high and rising.").is_empty());
    }
}

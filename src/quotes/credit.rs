//! The credit lines of a report: its byline (`By Ana Ruiz`), dateline
//! (`LONDON, May 3 (Reuters) —`) and image captions or credits (`Photo: Ana
//! Ruiz/Reuters`). They name the writer, the place and the photographer,
//! never a source: a mention inside one is no speaker, and no antecedent of
//! a pronoun or description in an attribution.

use crate::text::{Document, TokenKind};

/// Words that open a caption or an image credit, before a colon.
const CAPTION_CUES: &[&str] = &[
    "Caption",
    "Credit",
    "Credits",
    "File",
    "Illustration",
    "Image",
    "Images",
    "Photo",
    "Photograph",
    "Photographs",
    "Photos",
    "Picture",
    "Pictured",
    "Video",
];

/// For each token of `doc`, whether it lies in a byline, a dateline or a caption.
pub(super) fn credit_tokens(doc: &Document) -> Vec<bool> {
    let mut credit = vec![false; doc.tokens.len()];
    for p in &doc.paragraphs {
        let (start, end) = (p.tokens.start, p.tokens.end.min(doc.tokens.len()));
        if start >= end {
            continue;
        }
        let covered = if is_byline(doc, start, end) || is_caption(doc, start, end) {
            end
        } else {
            dateline_end(doc, start, end).unwrap_or(start)
        };
        if let Some(tokens) = credit.get_mut(start..covered) {
            tokens.fill(true);
        }
    }
    credit
}

fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.token_text(i)
}

fn capitalized(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && word(doc, i).starts_with(char::is_uppercase)
}

/// A short paragraph with neither quote marks nor a reporting verb.
fn plain_short_line(doc: &Document, start: usize, end: usize, most: usize) -> bool {
    end - start <= most
        && (start..end).all(|i| {
            let t = doc.tokens[i];
            t.kind != TokenKind::Quote
                && !(t.kind == TokenKind::Word
                    && word(doc, i).starts_with(|c: char| c.is_lowercase())
                    && super::words::is_reporting_verb(word(doc, i)))
        })
}

/// `By Ana Ruiz`, `BY ANA RUIZ, Staff Writer`, `By Ana Ruiz and Dan Reyes`.
fn is_byline(doc: &Document, start: usize, end: usize) -> bool {
    matches!(word(doc, start), "By" | "BY")
        && capitalized(doc, start + 1)
        && start + 1 < end
        && plain_short_line(doc, start, end, 16)
}

/// `Photo: Ana Ruiz/Reuters`, `(Image: Getty)`, `Pictured: the mayor on
/// Monday`, `The hall in 2008. Image: City archive.`
fn is_caption(doc: &Document, start: usize, end: usize) -> bool {
    let first = if word(doc, start) == "(" {
        start + 1
    } else {
        start
    };
    let cue_at = |k: usize| {
        k + 1 < end
            && CAPTION_CUES.contains(&word(doc, k))
            && matches!(word(doc, k + 1), ":" | "credit" | "by")
    };
    // Or a caption whose credit closes it, as Wikinews writes them: "The
    // hall in 2008. Image: City archive." (the cue after a sentence's end).
    let credit_last = (start + 2..end.min(start + 60))
        .rev()
        .take(12)
        .any(|k| cue_at(k) && matches!(word(doc, k - 1), "." | "(" | "|" | "/" | "—" | "–"));
    (cue_at(first) && plain_short_line(doc, start, end, 40))
        || (credit_last && plain_short_line(doc, start, end, 60))
}

/// Where a dateline opening the paragraph ends (the token after its dash):
/// a place in capitals, perhaps a date and an agency in parentheses, then a
/// dash: `WASHINGTON (AP) —`, `PHILADELPHIA, July 25 (UPI) —`; or a place
/// and an agency: `Washington (AFP) –`.
fn dateline_end(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let first = word(doc, start);
    let capitals = doc.tokens[start].kind == TokenKind::Word
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    if !capitals && !capitalized(doc, start) {
        return None;
    }
    for i in start + 1..end.min(start + 14) {
        let t = doc.tokens[i];
        let w = word(doc, i);
        if matches!(w, "—" | "–" | "-" | "--" | "―") {
            // "Washington (AFP) –": a place in capitals, or an agency in parentheses.
            let agency = i >= start + 3 && word(doc, i - 1) == ")" && word(doc, i - 3) == "(";
            return (capitals || agency).then_some(i + 1);
        }
        let fits = match t.kind {
            TokenKind::Word => w.starts_with(char::is_uppercase),
            TokenKind::Number => true,
            _ => matches!(w, "," | "." | "(" | ")" | "/"),
        };
        if !fits {
            return None;
        }
    }
    None
}

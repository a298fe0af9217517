//! Pairing quote marks into quotations.
//!
//! Each quote-mark token is read as an opening mark, a closing mark, either,
//! or an apostrophe, from its shape and what touches it; then the marks of a
//! paragraph are paired with a stack, so nested quotes stay inside their
//! outer quote. A quote left open at the end of its paragraph continues into
//! the next paragraph when that one opens with a mark of the same family (the
//! news convention for quotations over several paragraphs); otherwise it
//! ends with its paragraph, so a stray mark never swallows the article.

use crate::text::{Document, Span, TokenKind};

/// How deep quotes may nest inside one another.
const MAX_DEPTH: usize = 8;

/// Quote marks pair within a family: “ " ” '' are doubles, ‘ ' ’ singles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark with words on both sides or neither: decided by
    /// whether a quote of its family is open.
    Either,
    /// An apostrophe, or a closing single mark with nothing to close.
    Not,
}

/// A quotation found by its marks, before it is classified and attributed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marked {
    /// From the opening mark through the closing mark (or the end of the
    /// paragraph for a quote never closed).
    pub span: Span,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, if it was closed.
    pub close: Option<usize>,
    /// Whether it runs over more than one paragraph.
    pub continued: bool,
}

#[derive(Clone, Copy)]
struct Open {
    family: Family,
    token: usize,
    /// Whether the mark could only open (not an ambiguous straight mark).
    sure: bool,
}

fn family(mark: &str) -> Option<Family> {
    Some(match mark {
        "“" | "”" | "„" | "‟" | "\"" | "''" | "``" | "＂" => Family::Double,
        "‘" | "’" | "‚" | "‛" | "'" | "`" => Family::Single,
        "«" | "»" | "‹" | "›" => Family::Angle,
        _ => return None,
    })
}

/// Whether the character touching a mark leaves it free on that side.
fn free_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        crate::text::is_space(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
    })
}

fn free_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        crate::text::is_space(c)
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
            )
    })
}

/// Words that an apostrophe starts ("’em", "'n'", "'tis"): not quotations.
fn elided(word: &str) -> bool {
    matches!(
        super::words::lowercase(word, &mut [0u8; 24]).unwrap_or(""),
        "em" | "n" | "tis" | "twas" | "cause" | "til" | "till" | "bout" | "round" | "nuff"
    )
}

/// How one quote-mark token reads in its context.
fn role(doc: &Document, i: usize, open_families: &[Open]) -> Role {
    let span = doc.tokens[i].span;
    let mark = doc.slice(span);
    let before = doc
        .text
        .get(..span.start)
        .and_then(|s| s.chars().next_back());
    let after = doc.text.get(span.end..).and_then(|s| s.chars().next());
    // A neighbouring quote mark counts as free space: “‘Yes’”.
    let before_free = free_before(before) || before.is_some_and(crate::text::is_quote_mark);
    let after_free = free_after(after) || after.is_some_and(crate::text::is_quote_mark);
    let is_open = |f: Family| open_families.iter().any(|o| o.family == f);
    let next_word = doc
        .tokens
        .get(i + 1)
        .filter(|t| t.span.start == span.end)
        .map(|t| doc.slice(t.span));
    match mark {
        "“" | "„" | "‟" | "``" | "«" | "‹" => {
            let f = family(mark).unwrap_or(Family::Double);
            if after_free && !before_free && is_open(f) {
                Role::Close
            } else {
                Role::Open
            }
        }
        "”" | "»" | "›" => {
            let f = family(mark).unwrap_or(Family::Double);
            if before_free && !after_free && !is_open(f) {
                Role::Open
            } else {
                Role::Close
            }
        }
        "\"" | "''" | "＂" => match (before_free, after_free) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            _ => Role::Either,
        },
        "‘" | "‚" | "‛" | "`" => {
            if after_free && !before_free && is_open(Family::Single) {
                Role::Close
            } else if before.is_some_and(char::is_alphabetic)
                && after.is_some_and(char::is_alphabetic)
            {
                // "National Review‘s founding": a mark between two letters is
                // an apostrophe typed the wrong way round.
                Role::Not
            } else if after_free && !before_free && before.is_some_and(char::is_alphanumeric) {
                // "On CBS‘ Face the Nation": a mark glued to a word's end, with
                // nothing to close, is an apostrophe typed the wrong way round.
                Role::Not
            } else {
                Role::Open
            }
        }
        "’" | "'" => {
            if after.is_some_and(|c| c.is_ascii_digit()) || next_word.is_some_and(elided) {
                return Role::Not;
            }
            match (before_free, after_free) {
                (true, false) if mark == "'" => Role::Open,
                (false, true) | (true, true) if is_open(Family::Single) => {
                    if possessive_inside(doc, i) {
                        Role::Not
                    } else {
                        Role::Close
                    }
                }
                _ => Role::Not,
            }
        }
        _ => Role::Not,
    }
}

/// Whether a single mark after a word in "s" ("the parents’ rights") is an
/// apostrophe, because another single mark later in the paragraph can close.
fn possessive_inside(doc: &Document, i: usize) -> bool {
    let span = doc.tokens[i].span;
    let after_word = doc
        .text
        .get(span.end..)
        .and_then(|s| s.strip_prefix(' '))
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic);
    let plural = doc
        .text
        .get(..span.start)
        .is_some_and(|s| s.ends_with('s') || s.ends_with('S'));
    if !(after_word && plural) {
        return false;
    }
    let para_end = doc
        .sentence_at(span.start)
        .and_then(|s| doc.sentences.get(s))
        .and_then(|s| doc.paragraphs.get(s.paragraph))
        .map_or(span.end, |p| p.span.end);
    doc.tokens[i + 1..]
        .iter()
        .take_while(|t| t.span.end <= para_end)
        .any(|t| t.kind == TokenKind::Quote && matches!(doc.slice(t.span), "’" | "'"))
}

/// Finds the quotations of `doc` by their marks, outermost only, in text order.
pub(crate) fn pair(doc: &Document) -> Vec<Marked> {
    let mut found = Vec::new();
    // A quote left open at the end of the previous paragraph.
    let mut pending: Option<Open> = None;
    let mut stack: Vec<Open> = Vec::new();
    // Quotations closed inside single marks that may never close: kept if
    // the paragraph ends with those marks still open (a stray ‘ swallows no
    // quotation), with the first of those marks.
    let mut inside_single: Vec<(Marked, usize)> = Vec::new();
    // Quotations closed one level inside a double-marked quotation.
    let mut inner: Vec<Marked> = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        stack.clear();
        inside_single.clear();
        inner.clear();
        let mut continued = false;
        let mut first_mark = true;
        for i in para.tokens.clone() {
            if doc.tokens[i].kind != TokenKind::Quote {
                continue;
            }
            let Some(fam) = family(doc.token_text(i)) else {
                continue;
            };
            let raw = role(doc, i, &stack);
            let mut role = raw;
            if role == Role::Either {
                role = if stack.iter().any(|o| o.family == fam) {
                    Role::Close
                } else {
                    Role::Open
                };
            }
            let starts_paragraph = i == para.tokens.start;
            if first_mark && role != Role::Not {
                first_mark = false;
                if let Some(prev) = pending.take() {
                    if starts_paragraph && role == Role::Open && prev.family == fam {
                        // The news convention: the quotation goes on.
                        stack.push(prev);
                        continued = true;
                        continue;
                    }
                    close_at_paragraph_end(doc, prev, p - 1, &mut found);
                }
            }
            match role {
                // Quotes nest a level or two in prose; a deeper pile of opening marks is noise,
                // and ignoring it keeps the pairing linear.
                Role::Open if stack.len() >= MAX_DEPTH => {}
                Role::Open => stack.push(Open {
                    family: fam,
                    token: i,
                    sure: raw == Role::Open,
                }),
                Role::Close => {
                    if let Some(at) = stack.iter().rposition(|o| o.family == fam) {
                        let opened = stack[at];
                        stack.truncate(at);
                        let marked = Marked {
                            span: Span::new(
                                doc.tokens[opened.token].span.start,
                                doc.tokens[i].span.end,
                            ),
                            open: opened.token,
                            close: Some(i),
                            continued,
                        };
                        if stack.is_empty() {
                            // "“You don’t win …,” Rubio responded.": a paragraph
                            // pasted whole in marks of another style, opening
                            // with a quotation of its own, is a wrapper: the
                            // quotations inside are the speech.
                            let wrapper = fam == Family::Double
                                && !marked.continued
                                && inner.first().is_some_and(|q| q.open == opened.token + 1);
                            if wrapper {
                                found.append(&mut inner);
                            } else {
                                found.push(marked);
                            }
                            continued = false;
                            inside_single.clear();
                            inner.clear();
                        } else if stack.len() == 1
                            && fam == Family::Double
                            && stack[0].family == fam
                        {
                            inner.push(marked);
                        } else if fam == Family::Double
                            && stack.iter().all(|o| o.family == Family::Single)
                        {
                            inside_single.push((marked, stack[0].token));
                        }
                    }
                }
                Role::Either | Role::Not => {}
            }
        }
        if let Some(prev) = pending.take() {
            close_at_paragraph_end(doc, prev, p.saturating_sub(1), &mut found);
        }
        // Single marks left open: the quotations inside them stand alone.
        if let Some(outer) = stack.first().filter(|o| o.family == Family::Single) {
            found.extend(
                inside_single
                    .iter()
                    .filter(|(_, o)| *o == outer.token)
                    .map(|(m, _)| *m),
            );
        }
        // Only the outermost open quote may go on into the next paragraph.
        if let Some(&outer) = stack.first() {
            if outer.family != Family::Single {
                pending = Some(outer);
            }
        }
    }
    if let Some(prev) = pending {
        close_at_paragraph_end(
            doc,
            prev,
            doc.paragraphs.len().saturating_sub(1),
            &mut found,
        );
    }
    found.sort_by_key(|m| m.span.start);
    found
}

/// Ends a quote never closed with the paragraph `p`, if its opening mark was
/// a sure one and some words follow it.
fn close_at_paragraph_end(doc: &Document, open: Open, p: usize, found: &mut Vec<Marked>) {
    let Some(para) = doc.paragraphs.get(p) else {
        return;
    };
    let words = doc.tokens[open.token + 1..para.tokens.end.max(open.token + 1)]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let start = doc.tokens[open.token].span.start;
    let own_paragraph = para.span.start <= start;
    if (open.sure || !own_paragraph) && words >= 3 {
        found.push(Marked {
            span: Span::new(start, para.span.end),
            open: open.token,
            close: None,
            continued: !own_paragraph,
        });
    }
}

//! Paragraphs of pasted text: where a line break ends a paragraph and where
//! it only wraps a line.
//!
//! Web pages paste as one paragraph a line; PDFs, e-mail and wire copy are
//! hard-wrapped at 60 to 100 columns, with a blank line, an indent or nothing
//! between paragraphs. A text is read as wrapped when its lines are short
//! (the longest line under [`MAX_WRAP_WIDTH`] characters, blank lines
//! aside) and a good share of its line breaks fall inside a sentence (the
//! line ends without a sentence's last mark and the next one starts in
//! lowercase). In a wrapped text, a line break ends a paragraph when the
//! next line is a bullet or numbered item, is indented, or starts with a word
//! that would have fit on the line before (a greedy wrapper would have put it
//! there, so the writer broke the line on purpose: a paragraph's end, a
//! headline, a byline); otherwise the two lines are one paragraph. A blank
//! line always ends a paragraph. Offsets point into the text as given:
//! nothing is rewritten.

use super::Span;

/// Lines longer than this (in characters) are not hard-wrapped lines.
pub(crate) const MAX_WRAP_WIDTH: usize = 120;

/// One line of the text, without its line break.
struct Line {
    span: Span,
    /// Characters from the first to the last non-space character.
    width: usize,
    /// Leading space characters.
    indent: usize,
    /// Characters of the first word.
    first_word: usize,
    blank: bool,
    /// Ends with a sentence's last mark: . ! ? : or a closing quote after one.
    ends_sentence: bool,
    /// Starts with a lowercase letter (a sentence going on).
    starts_lower: bool,
    /// Starts with an opening quote mark.
    starts_quote: bool,
    /// Curly opening marks less closing ones, and straight double marks.
    quote_balance: i32,
    straight_quotes: u32,
    /// Starts with a bullet or a number of a list ("•", "-", "1.", "(a)").
    starts_item: bool,
}

/// Whether `c` counts as space inside a line (no-break and zero-width
/// spaces included).
fn space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

impl Line {
    fn new(text: &str, span: Span) -> Line {
        let s = &text[span.range()];
        let body = s.trim_matches(space);
        let indent = s.chars().take_while(|&c| space(c)).count();
        let first = body.split(space).next().unwrap_or("");
        let last = body.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
        let bullet = first.chars().count() == 1
            && matches!(
                first,
                "•" | "▪" | "◦" | "·" | "*" | "-" | "–" | "—" | "‣" | "○" | "■"
            );
        let numbered = {
            let t = first.trim_start_matches('(');
            let digits = t.trim_end_matches(['.', ')']);
            t.len() > digits.len()
                && !digits.is_empty()
                && digits.len() <= 3
                && (digits.bytes().all(|b| b.is_ascii_digit())
                    || (digits.len() == 1 && digits.bytes().all(|b| b.is_ascii_lowercase())))
        };
        Line {
            span,
            width: body.chars().count(),
            indent,
            first_word: first.chars().count(),
            blank: body.is_empty(),
            ends_sentence: last.ends_with(['.', '!', '?', ':', '…']) || last.len() < body.len(),
            starts_lower: body.chars().next().is_some_and(char::is_lowercase),
            starts_quote: body.starts_with(['“', '"', '‘', '«']),
            quote_balance: body.matches(['“', '«']).count() as i32
                - body.matches(['”', '»']).count() as i32,
            straight_quotes: body.matches('"').count() as u32,
            starts_item: bullet || numbered,
        }
    }
}

/// The lines of `text`, split at \n, \r\n, \r and the Unicode line and
/// paragraph separators (a \r\n is one break).
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}') {
            out.push(Line::new(text, Span::new(start, i)));
            start = i + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
                start += 1;
            }
        }
    }
    out.push(Line::new(text, Span::new(start, text.len())));
    out
}

/// Whether the break between lines `a` and `b` (both with text, no blank
/// line between) only wraps a line, in a text wrapped at `width` characters.
/// `quote_opens`: a quotation opening here would start a paragraph (the
/// text has no blank lines between paragraphs, and every quotation opened
/// in the paragraph so far is closed or the line before ends a sentence).
fn wraps(a: &Line, b: &Line, width: usize, quote_opens: bool) -> bool {
    // A list item, an indented line, and (where no blank line parts
    // paragraphs) a quotation opening after a sentence's end or after every
    // quotation before it was closed ("“…” ― Sonya Herr⏎“…”": news paragraphs
    // open with quotes) start paragraphs.
    if b.starts_item || b.indent > a.indent + 1 || (b.starts_quote && quote_opens) {
        return false;
    }
    let continues = b.starts_lower && !a.ends_sentence;
    let would_fit = a.width + 1 + b.first_word <= width;
    // A long line that ends inside a sentence is wrapped even where the next
    // word would have fit: PDFs set text in proportional fonts, so their
    // lines vary in characters ("... our reporter Jane⏎Doe said").
    let long_open = !a.ends_sentence && a.width * 10 >= width * 6;
    continues || !would_fit || long_open
}

/// The spans of the paragraphs of `text`, in order, each from its first
/// line's start to its last line's end (line breaks inside a paragraph are
/// wraps). Blank lines give no paragraph.
pub(crate) fn paragraph_spans(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let filled: Vec<&Line> = lines.iter().filter(|l| !l.blank).collect();
    let width = filled.iter().map(|l| l.width).max().unwrap_or(0);
    // Breaks inside a sentence, between two lines with text.
    let pairs = lines.windows(2).filter(|p| !p[0].blank && !p[1].blank);
    let (mut breaks, mut inside) = (0, 0);
    for p in pairs {
        breaks += 1;
        if p[1].starts_lower && !p[0].ends_sentence {
            inside += 1;
        }
    }
    let wrapped = width <= MAX_WRAP_WIDTH && inside >= 2 && inside * 5 >= breaks;
    // Blank lines part the paragraphs: then a line break inside a block is a wrap
    // whatever opens the next line.
    let blank_parted = lines
        .windows(3)
        .filter(|w| !w[0].blank && w[1].blank && !w[2].blank)
        .count()
        >= 2;
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<Span> = None;
    let mut previous: Option<&Line> = None;
    // Quote marks of the paragraph so far: curly balance, straight count.
    let (mut balance, mut straight) = (0i32, 0u32);
    for line in &lines {
        if line.blank {
            out.extend(open.take());
            previous = None;
            continue;
        }
        let closed = balance <= 0 && straight % 2 == 0;
        let joins = wrapped
            && previous.is_some_and(|p| {
                wraps(p, line, width, !blank_parted && (p.ends_sentence || closed))
            });
        match (&mut open, joins) {
            (Some(span), true) => span.end = line.span.end,
            _ => {
                out.extend(open.take());
                open = Some(line.span);
                (balance, straight) = (0, 0);
            }
        }
        balance += line.quote_balance;
        straight += line.straight_quotes;
        previous = Some(line);
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<String> {
        paragraph_spans(text)
            .iter()
            .map(|s| {
                text[s.range()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn one_paragraph_a_line_when_lines_are_long_or_end_sentences() {
        let web = "Headline of the day\nThe first paragraph is here and it is long enough to be a paragraph of a web page, with more words.\nThe second one follows.";
        assert_eq!(paragraphs(web).len(), 3);
        let short = "Title\nBy Jane Doe\nA short line.\nAnother short line.";
        assert_eq!(paragraphs(short).len(), 4);
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_paragraph_ends_kept() {
        let text = "PROFITS RISE AT ACME\n\
                    By Jane Doe, Staff Writer\n\
                    Acme Motors said on Tuesday that profits rose 17.1\n\
                    percent to $1.2 billion in the quarter, helped by\n\
                    strong sales of its electric vans in Europe and\n\
                    Asia.\n\
                    \u{20}\u{20}\u{20}\"We are very pleased with the result,\" said chief\n\
                    executive Ana Ruiz, who took over in March.\n\
                    \n\
                    The shares rose 4 percent.";
        assert_eq!(
            paragraphs(text),
            [
                "PROFITS RISE AT ACME",
                "By Jane Doe, Staff Writer",
                "Acme Motors said on Tuesday that profits rose 17.1 percent to $1.2 billion in the quarter, helped by strong sales of its electric vans in Europe and Asia.",
                "\"We are very pleased with the result,\" said chief executive Ana Ruiz, who took over in March.",
                "The shares rose 4 percent.",
            ]
        );
    }

    #[test]
    fn lists_stay_lists_and_crlf_is_one_break() {
        let text = "The plan has three parts, which the minister set out in\r\nher speech on Monday to the assembly in the capital city:\r\n\u{2022} new schools\r\n\u{2022} more nurses\r\n1. lower taxes for\r\nsmall firms";
        assert_eq!(
            paragraphs(text),
            [
                "The plan has three parts, which the minister set out in her speech on Monday to the assembly in the capital city:",
                "\u{2022} new schools",
                "\u{2022} more nurses",
                "1. lower taxes for small firms",
            ]
        );
    }

    #[test]
    fn a_quotation_opens_a_paragraph_when_no_blank_line_parts_them() {
        let text = "\u{201c}He has empowered the worst of us and he represents our\n\
                    greatest shame as a nation and as a people.\u{201d} \u{2015} Sonya Herr\n\
                    \u{201c}He is ignorant of our culture and lives and of the lives of\n\
                    everyone who works here.\u{201d} \u{2015} Pamela Padilla";
        assert_eq!(paragraphs(text).len(), 2, "{:?}", paragraphs(text));
        // With blank lines between paragraphs, a line opening with a quotation is a wrap.
        let parted = "The senator spoke for an hour about the budget, and then she\n\
                      \u{201c}the deal is dead\u{201d} to the reporters waiting outside.\n\
                      \n\
                      The vote is on Friday, when the house returns from its long\n\
                      recess.\n\
                      \n\
                      Nobody expects it to pass, and the leaders of both parties\n\
                      have said as much.";
        assert_eq!(paragraphs(parted).len(), 3, "{:?}", paragraphs(parted));
    }
}

//! Splitting text into tokens as pasted news needs.

use super::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes and
    /// abbreviation periods: "Russia", "Mar-a-Lago", "U.S.", "Mr.", "don’t".
    Word,
    /// Starts with a digit: "1,200", "3.5", "21st", "20-point", "15:30".
    Number,
    /// A quote mark or an apostrophe that stands alone: " “ ” ‘ ’ ' « » „ `` ''.
    Quote,
    /// The possessive ending split from its word: "’s" in "Russia’s".
    Possessive,
    /// A currency or other symbol: $ £ € % °.
    Symbol,
    /// A web address.
    Url,
    /// A social media handle or hashtag: "@AP", "#Ukraine".
    Handle,
    /// Anything else: punctuation, dashes, ellipses.
    Punct,
}

/// One token: its byte span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Words that take a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "e.g", "esq", "etc", "feb", "fig", "fr", "ft", "gen", "gov", "hon", "i.e", "inc", "jan", "jr",
    "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct",
    "op", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "sr",
    "st", "supt", "vs", "approx", "est", "av", "ave", "blvd", "rd", "univ", "assn", "bros",
];

/// Whether `word` (without its period) is a known abbreviation.
fn is_abbreviation(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Abbreviations of [`ABBREVIATIONS`] that as often close a sentence as
/// they sit inside one: a company's "Inc.", "Co.", "etc.", "Jr.".
const CLOSING_ABBREVIATIONS: &[&str] = &[
    "co", "corp", "inc", "ltd", "etc", "jr", "sr", "bros", "assn", "esq", "est", "dept", "univ",
];

/// Whether the point after `word` (given without it) is an abbreviation's
/// and ends no sentence: a title's or a month's, "Sen. Ted Cruz", "Gov.
/// Christie", "on Oct. 31" (not "Apple Inc.", which as often ends one).
/// Any case.
pub(crate) fn abbreviation_point(word: &str) -> bool {
    let known = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    known(ABBREVIATIONS) && !known(CLOSING_ABBREVIATIONS)
}

/// Characters that are invisible separators: treated as space.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        )
}

pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‟'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '＂'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‑' | '‐')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '£'
            | '€'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₪'
            | '₺'
            | '₴'
            | '฿'
            | '¢'
            | '%'
            | '°'
            | '‰'
            | '©'
            | '®'
            | '™'
            | '§'
            | '+'
            | '='
            | '<'
            | '>'
            | '~'
            | '^'
            | '|'
            | '&'
            | '*'
            | '#'
            | '@'
    )
}

/// A cursor over the characters of `text` from byte `at`.
struct Scanner<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Scanner<'t> {
    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn peek_at(&self, byte: usize) -> Option<char> {
        self.text.get(byte..).and_then(|s| s.chars().next())
    }

    fn char_after(&self, byte: usize) -> Option<(usize, char)> {
        let c = self.peek_at(byte)?;
        Some((byte + c.len_utf8(), c))
    }

    fn starts_with(&self, s: &str) -> bool {
        self.text[self.at..].starts_with(s)
    }

    /// Consumes letters and digits (and combining marks), returning the end.
    fn run(&self, mut at: usize) -> usize {
        while let Some(c) = self.peek_at(at) {
            if is_word_char(c) {
                at += c.len_utf8();
            } else {
                break;
            }
        }
        at
    }
}

/// Splits `text` into tokens, skipping space. Spans never cut a character.
/// A word broken at a line's end ("govern-⏎ment") is one token; [`reading`]
/// gives the word it stands for.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut s = Scanner { text, at: 0 };
    while let Some(c) = s.peek() {
        let start = s.at;
        if is_space(c) {
            s.at += c.len_utf8();
            continue;
        }
        let (end, kind) = if let Some(end) = url_end(&s) {
            (end, TokenKind::Url)
        } else if (c == '@' || c == '#')
            && s.peek_at(start + 1)
                .is_some_and(|d| d.is_alphanumeric() || d == '_')
        {
            let mut end = start + 1;
            while let Some(d) = s.peek_at(end) {
                if d.is_alphanumeric() || d == '_' {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            (end, TokenKind::Handle)
        } else if c.is_ascii_digit() || (c.is_numeric() && c.is_alphanumeric()) {
            (number_end(&s, start), TokenKind::Number)
        } else if is_word_char(c) {
            push_word(&mut tokens, &s, start);
            s.at = tokens.last().map_or(start + c.len_utf8(), |t| t.span.end);
            continue;
        } else if s.starts_with("``") || s.starts_with("''") {
            (start + 2, TokenKind::Quote)
        } else if is_quote_mark(c) {
            (start + c.len_utf8(), TokenKind::Quote)
        } else if s.starts_with("...") || s.starts_with("--") {
            let ch = c;
            let mut end = start;
            while s.peek_at(end) == Some(ch) {
                end += 1;
            }
            (end, TokenKind::Punct)
        } else if is_symbol(c) {
            (start + c.len_utf8(), TokenKind::Symbol)
        } else {
            (start + c.len_utf8(), TokenKind::Punct)
        };
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        s.at = end;
    }
    tokens
}

fn url_end(s: &Scanner) -> Option<usize> {
    let rest = &s.text[s.at..];
    let starts = |prefix: &str| {
        rest.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let mut end = s.at;
    for c in rest.chars() {
        if is_space(c) || matches!(c, '"' | '“' | '”' | '<' | '>') {
            break;
        }
        end += c.len_utf8();
    }
    // Trailing punctuation belongs to the sentence, not the address.
    while let Some(c) = s.text[s.at..end].chars().next_back() {
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | '’') {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    (end > s.at + 4).then_some(end)
}

/// The end of a number starting at `start`: digits with inner separators,
/// letters glued on ("21st", "3pm", "1.2bn"), and hyphenated parts ("20-point").
fn number_end(s: &Scanner, start: usize) -> usize {
    let mut end = start;
    loop {
        end = s.run(end);
        match s.char_after(end) {
            Some((next, ',' | '.' | ':' | '/'))
                if s.peek_at(next).is_some_and(|d| d.is_ascii_digit()) =>
            {
                end = next
            }
            Some((next, c)) if is_hyphen(c) && s.peek_at(next).is_some_and(is_word_char) => {
                end = next
            }
            _ => return end,
        }
    }
}

/// Pushes the word starting at `start`, and a split-off possessive when it has one.
/// One to three capital letters: a side of "AT&T".
fn short_capitals(word: &str) -> bool {
    (1..=3).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Where a word goes on after the character `c` at `at` (the next one at
/// `next`): after a soft hyphen, or after a hyphen that ends a line (one line
/// break, then maybe spaces), when a letter or digit follows; `None` when the
/// word ends here.
fn line_end_join(s: &Scanner, c: char, next: usize) -> Option<usize> {
    if c == '\u{ad}' {
        return s.peek_at(next).filter(|&d| is_word_char(d)).map(|_| next);
    }
    if !is_hyphen(c) {
        return None;
    }
    let mut j = next;
    if s.text[j..].starts_with("\r\n") {
        j += 2;
    } else if s.text[j..].starts_with(['\n', '\r']) {
        j += 1;
    } else {
        return None;
    }
    while let Some(d) = s.peek_at(j).filter(|&d| d == ' ' || d == '\t') {
        j += d.len_utf8();
    }
    s.peek_at(j).filter(|&d| is_word_char(d)).map(|_| j)
}

/// A word as a reader reads it: a word broken at a line's end joined again
/// ("govern-⏎ment" is "government"; "Mar-a-⏎Lago" and "20-⏎point" keep their
/// hyphen, as a hyphen before a capital or a digit, or in a word that has
/// one already, is a real one), soft hyphens dropped, the ligatures of PDFs
/// ("ﬁ", "ﬂ") spelt out. Borrowed when there is nothing to change.
pub(crate) fn reading(word: &str) -> std::borrow::Cow<'_, str> {
    if !word.contains(['\n', '\r', '\u{ad}', 'ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ', 'ﬅ', 'ﬆ']) {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{ad}' => {}
            // Ligatures that PDFs leave in the text: "ﬁnance" is "finance".
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            '\n' | '\r' => {
                while chars.peek().is_some_and(|d| d.is_whitespace()) {
                    chars.next();
                }
                // A hyphen before the break joins the two parts; it goes
                // unless it is a real one. Any other break is a space.
                let next = chars.peek().copied().unwrap_or(' ');
                match out.chars().last().filter(|&h| is_hyphen(h)) {
                    Some(hyphen) => {
                        let body = &out[..out.len() - hyphen.len_utf8()];
                        let lower_before = body.chars().last().is_some_and(char::is_lowercase);
                        let compound = body.contains(is_hyphen);
                        if next.is_lowercase() && lower_before && !compound {
                            out.pop();
                        }
                    }
                    None => out.push(' '),
                }
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn push_word(tokens: &mut Vec<Token>, s: &Scanner, start: usize) {
    let mut end = s.run(start);
    while let Some((next, c)) = s.char_after(end) {
        if is_hyphen(c) && s.peek_at(next).is_some_and(is_word_char) {
            end = s.run(next);
        } else if let Some(after) = line_end_join(s, c, next) {
            // "govern-⏎ment", "Mar-a-⏎Lago", "govern\u{ad}ment": one word
            // broken at a line's end or by a soft hyphen.
            end = s.run(after);
        } else if c == '&' && short_capitals(&s.text[start..end]) {
            // "AT&T", "S&P", "H&M": one name, as news agencies write it.
            let after = s.run(next);
            if !short_capitals(&s.text[next..after]) {
                break;
            }
            end = after;
        } else if is_apostrophe(c) && s.peek_at(next).is_some_and(char::is_alphabetic) {
            // Possessive "’s" at the end of the word is its own token.
            let after = s.run(next);
            if s.text[next..after].eq_ignore_ascii_case("s") {
                tokens.push(Token {
                    span: Span::new(start, end),
                    kind: TokenKind::Word,
                });
                tokens.push(Token {
                    span: Span::new(end, after),
                    kind: TokenKind::Possessive,
                });
                return;
            }
            end = after;
        } else if c == '.' {
            let word = &s.text[start..end];
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            let dotted = word.contains('.');
            if single_letter || dotted {
                // Initials and dotted abbreviations: "J.", "U.S.", "e.g."
                end = next;
                let after = s.run(end);
                if after > end
                    && s.text[end..after].chars().count() == 1
                    && s.peek_at(after) == Some('.')
                {
                    end = after;
                    continue;
                }
                break;
            } else if is_abbreviation(word) {
                end = next;
                break;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    tokens.push(Token {
        span: Span::new(start, end),
        kind: TokenKind::Word,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    macro_rules! t {
        ($text:expr, [$($w:expr),*]) => {
            assert_eq!(words($text), vec![$($w),*], "{:?}", $text)
        };
    }

    #[test]
    fn splits_news_text() {
        t!("Russia’s war", ["Russia", "’s", "war"]);
        t!("Russia's war", ["Russia", "'s", "war"]);
        t!("the 20-point plan", ["the", "20-point", "plan"]);
        t!("at Mar-a-Lago.", ["at", "Mar-a-Lago", "."]);
        t!("Mr Trump and Dr. Who", ["Mr", "Trump", "and", "Dr.", "Who"]);
        t!("the U.S. said", ["the", "U.S.", "said"]);
        t!("J. K. Rowling", ["J.", "K.", "Rowling"]);
        t!(
            "1,200 and 3.5 at 15:30",
            ["1,200", "and", "3.5", "at", "15:30"]
        );
        t!(
            "“We’ll get it done,”",
            ["“", "We’ll", "get", "it", "done", ",", "”"]
        );
        t!("the\"barbarism\"", ["the", "\"", "barbarism", "\""]);
        t!("wait... no", ["wait", "...", "no"]);
        t!(
            "see https://example.com/a?b=1. Then",
            ["see", "https://example.com/a?b=1", ".", "Then"]
        );
        t!("@AP and #Ukraine", ["@AP", "and", "#Ukraine"]);
        t!("a\u{a0}b\u{200b}c", ["a", "b", "c"]);
        t!("$1.2bn and 5%", ["$", "1.2bn", "and", "5", "%"]);
        t!("the ’90s", ["the", "’", "90s"]);
        t!("``quoted''", ["``", "quoted", "''"]);
        t!("Café au lait", ["Café", "au", "lait"]);
        t!(
            "AT&T and S&P's index",
            ["AT&T", "and", "S&P", "'s", "index"]
        );
        t!(
            "R&amp;D, Procter & Gamble",
            ["R", "&", "amp", ";", "D", ",", "Procter", "&", "Gamble"]
        );
    }

    #[test]
    fn knows_abbreviations() {
        assert!(is_abbreviation("Mr"));
        assert!(is_abbreviation("Sept."));
        assert!(!is_abbreviation("said"));
        assert!(abbreviation_point("Sen") && abbreviation_point("OCT"));
        assert!(!abbreviation_point("Inc") && !abbreviation_point("said"));
    }

    #[test]
    fn reads_words_broken_at_line_ends() {
        let words = |t: &str| -> Vec<String> {
            tokenize(t)
                .iter()
                .map(|k| reading(&t[k.span.range()]).into_owned())
                .collect()
        };
        assert_eq!(words("govern-\nment"), ["government"]);
        assert_eq!(words("govern-\r\n  ment"), ["government"]);
        assert_eq!(words("Mar-a-\nLago"), ["Mar-a-Lago"]);
        assert_eq!(words("20-\npoint"), ["20", "-", "point"]);
        assert_eq!(words("Eliza-\nbeth"), ["Elizabeth"]);
        assert_eq!(words("sol\u{ad}diers"), ["soldiers"]);
        assert_eq!(words("the ﬁnance ﬂoor"), ["the", "finance", "floor"]);
        assert_eq!(words("end-\n\nNext"), ["end", "-", "Next"]);
    }
}

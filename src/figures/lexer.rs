//! A small lexer for figures: runs of digits, runs of letters, spaces and
//! single other characters, each with its byte span.

/// What an atom is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtomKind {
    /// ASCII digits: "2025".
    Digits,
    /// Letters: "million", "km", "元".
    Word,
    /// Spaces within a line; empty between two words glued together
    /// (`glued_cut`).
    Space,
    /// A line break (with any spaces around it): figures do not cross it.
    Break,
    /// Any other single character: "$", "%", "-", ".".
    Other(char),
}

/// One atom of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: AtomKind,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() && c != 'ª' && c != 'º'
}

/// Splits `text` into atoms, appending them to `out`.
pub(crate) fn lex(text: &str, out: &mut Vec<Atom>) {
    let bytes = text.as_bytes();
    out.reserve(text.len() / 3);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        let kind = if b.is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            AtomKind::Digits
        } else if b.is_ascii_alphabetic()
            || (!b.is_ascii() && char_at(text, i).is_some_and(is_letter))
        {
            // Letters, ASCII or not.
            loop {
                match bytes.get(i) {
                    Some(b) if b.is_ascii_alphabetic() => i += 1,
                    Some(b) if !b.is_ascii() => match char_at(text, i) {
                        Some(c) if is_letter(c) => i += c.len_utf8(),
                        _ => break,
                    },
                    _ => break,
                }
            }
            let cut = glued_cut(text, start, i);
            if cut < i {
                // The two words apart, as if a space were between them.
                out.push(Atom {
                    start,
                    end: cut,
                    kind: AtomKind::Word,
                });
                out.push(Atom {
                    start: cut,
                    end: cut,
                    kind: AtomKind::Space,
                });
                out.push(Atom {
                    start: cut,
                    end: i,
                    kind: AtomKind::Word,
                });
                continue;
            }
            AtomKind::Word
        } else {
            let c = char_at(text, i).unwrap_or(' ');
            if is_space(c) {
                let mut line = false;
                while let Some(c) = char_at(text, i).filter(|c| is_space(*c)) {
                    line |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
                    i += c.len_utf8();
                }
                if line {
                    AtomKind::Break
                } else {
                    AtomKind::Space
                }
            } else {
                i += c.len_utf8();
                AtomKind::Other(c)
            }
        };
        out.push(Atom {
            start,
            end: i,
            kind,
        });
    }
}

/// Where the word `text[start..end]` ends when it is two glued together, as
/// text copied from a web page joins the parts of a live blog's stamp: a
/// month after a lower-case letter, before a day ("FeaturedFebruary 6,
/// 2016"; four letters at least before it, not "McMay 5"), and "AM" or "PM"
/// after digits, before a capital and two letters more ("11:19PMDonald
/// Trump"; not "10PMS"). Else `end`.
fn glued_cut(text: &str, start: usize, end: usize) -> usize {
    let word = &text[start..end];
    let bytes = text.as_bytes();
    let after_digits = start > 0 && bytes[start - 1].is_ascii_digit();
    if after_digits
        && word.len() >= 5
        && matches!(word.get(..2), Some("AM" | "PM" | "am" | "pm"))
        && word.as_bytes()[2].is_ascii_uppercase()
    {
        return start + 2;
    }
    let day_after =
        bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    if day_after {
        for m in super::vocab::MONTHS {
            let cut = word.len().saturating_sub(m.len());
            // Capitalized: "February", not "FEBRUARY" nor "february".
            let month = word.get(cut..).is_some_and(|t| {
                t.as_bytes().first() == m.as_bytes().first().map(u8::to_ascii_uppercase).as_ref()
                    && t.get(1..) == m.get(1..)
            });
            if month && cut >= 4 && word.as_bytes()[cut - 1].is_ascii_lowercase() {
                return start + cut;
            }
        }
    }
    end
}

/// The character starting at byte `i`, if `i` is on a boundary.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms() {
        let mut atoms = Vec::new();
        lex("$1.2bn, 10–15\n°C", &mut atoms);
        let kinds: Vec<_> = atoms.iter().map(|a| a.kind).collect();
        use AtomKind::*;
        assert_eq!(
            kinds,
            [
                Other('$'),
                Digits,
                Other('.'),
                Digits,
                Word,
                Other(','),
                Space,
                Digits,
                Other('–'),
                Digits,
                Break,
                Other('°'),
                Word
            ]
        );
        assert_eq!(atoms.last().unwrap().end, "$1.2bn, 10–15\n°C".len());
    }

    #[test]
    fn glued_words_of_a_web_page() {
        let words = |text: &str| {
            let mut atoms = Vec::new();
            lex(text, &mut atoms);
            atoms
                .iter()
                .filter(|a| a.kind == AtomKind::Word)
                .map(|a| text[a.start..a.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words("moderatorFeaturedFebruary 6, 2016 11:19PMDonald"),
            ["moderatorFeatured", "February", "PM", "Donald"]
        );
        // Not a month without a day after it, nor a name in camel case.
        assert_eq!(words("ReMarch on, McMay 5"), ["ReMarch", "on", "McMay"]);
        assert_eq!(words("10PMS and 7AMount"), ["PMS", "and", "AMount"]);
    }
}

//! A small lexer for figures: runs of digits, runs of letters, spaces and
//! single other characters, each with its byte span.

/// What an atom is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtomKind {
    /// ASCII digits: "2025".
    Digits,
    /// Letters: "million", "km", "元".
    Word,
    /// Spaces within a line.
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
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_ascii_digit() {
            while chars.peek().is_some_and(|(_, c)| c.is_ascii_digit()) {
                chars.next();
            }
            AtomKind::Digits
        } else if is_letter(c) {
            while chars.peek().is_some_and(|(_, c)| is_letter(*c)) {
                chars.next();
            }
            AtomKind::Word
        } else if is_space(c) {
            let mut line = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            while let Some(&(_, c)) = chars.peek() {
                if !is_space(c) {
                    break;
                }
                line |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
                chars.next();
            }
            if line {
                AtomKind::Break
            } else {
                AtomKind::Space
            }
        } else {
            AtomKind::Other(c)
        };
        let end = chars.peek().map_or(bytes.len(), |(i, _)| *i);
        out.push(Atom { start, end, kind });
    }
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
}

//! Looking at atoms by index: the helpers every recognizer shares.

use super::lexer::{lex, Atom, AtomKind};
use super::vocab::{self, sense, Sense};
use crate::text::Span;

/// A text cut into atoms, with what each atom can mean: what a [`Scan`] reads.
pub(super) struct Atoms<'a> {
    text: &'a str,
    atoms: Vec<Atom>,
    senses: Vec<&'static Sense>,
}

impl<'a> Atoms<'a> {
    /// Cuts `text` into atoms and looks up what each can mean; a line
    /// break inside one of `paragraphs` (byte spans, in order) only wraps a
    /// line ("rose 17.1⏎percent"): it is a space.
    pub(super) fn of(text: &'a str, paragraphs: &[Span]) -> Self {
        let mut atoms = Vec::new();
        lex(text, &mut atoms);
        for atom in atoms.iter_mut().filter(|a| a.kind == AtomKind::Break) {
            let p = paragraphs.partition_point(|p| p.end <= atom.start);
            if paragraphs
                .get(p)
                .is_some_and(|p| p.start < atom.start && atom.end < p.end)
            {
                atom.kind = AtomKind::Space;
            }
        }
        let senses = senses(text, &atoms);
        Atoms {
            text,
            atoms,
            senses,
        }
    }

    pub(super) fn scan(&self) -> Scan<'_> {
        Scan {
            text: self.text,
            atoms: &self.atoms,
            senses: &self.senses,
        }
    }
}

/// The atoms of a text, read by index; out-of-range indexes read as nothing.
#[derive(Clone, Copy)]
pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub atoms: &'a [Atom],
    /// What each atom's word can mean (nothing for other atoms).
    pub senses: &'a [&'static Sense],
}

/// What each atom can mean, looked up once.
fn senses(text: &str, atoms: &[Atom]) -> Vec<&'static Sense> {
    atoms
        .iter()
        .map(|a| match a.kind {
            AtomKind::Word => sense(text.get(a.start..a.end).unwrap_or("")),
            _ => sense(""),
        })
        .collect()
}

impl<'a> Scan<'a> {
    pub(crate) fn len(&self) -> usize {
        self.atoms.len()
    }

    pub(crate) fn kind(&self, i: usize) -> Option<AtomKind> {
        self.atoms.get(i).map(|a| a.kind)
    }

    /// The text of atom `i`, or "".
    pub(crate) fn str(&self, i: usize) -> &'a str {
        self.atoms
            .get(i)
            .and_then(|a| self.text.get(a.start..a.end))
            .unwrap_or("")
    }

    pub(crate) fn word(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(AtomKind::Word)).then(|| self.str(i))
    }

    /// Whether atom `i` is the word `w` (ASCII case ignored).
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    /// Whether atom `i` is one of `words`.
    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|x| words.iter().any(|w| x.eq_ignore_ascii_case(w)))
    }

    pub(crate) fn ch(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(AtomKind::Other(c)) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn is_ch(&self, i: usize, c: char) -> bool {
        self.ch(i) == Some(c)
    }

    /// Whether atom `i` is a double quotation mark: curly (“ ”), straight
    /// ("), low („) or one of a doubled pair of single ones ('' as wire
    /// copy writes it).
    pub(crate) fn double_quote(&self, i: usize) -> bool {
        match self.ch(i) {
            Some('“' | '”' | '"' | '„') => true,
            Some('\'') => self.is_ch(i + 1, '\'') || self.is_ch(i.wrapping_sub(1), '\''),
            _ => false,
        }
    }

    /// Whether atom `i` is a hyphen or dash written inside a word or range.
    pub(crate) fn is_dash(&self, i: usize) -> bool {
        matches!(self.ch(i), Some('-' | '‐' | '‑' | '–' | '—'))
    }

    pub(crate) fn digits(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(AtomKind::Digits)).then(|| self.str(i))
    }

    pub(crate) fn is_space(&self, i: usize) -> bool {
        self.kind(i) == Some(AtomKind::Space)
    }

    /// Skips one space atom: the index of the next atom on the same line.
    pub(crate) fn sp(&self, i: usize) -> usize {
        if self.is_space(i) {
            i + 1
        } else {
            i
        }
    }

    /// The atom before `i`, skipping one space; `None` at the start or a line break.
    pub(crate) fn back(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if self.is_space(j) {
            j.checked_sub(1)
        } else if self.kind(j) == Some(AtomKind::Break) {
            None
        } else {
            Some(j)
        }
    }

    /// The byte where atom `i` starts (the text's end past the last atom).
    pub(crate) fn start(&self, i: usize) -> usize {
        self.atoms.get(i).map_or(self.text.len(), |a| a.start)
    }

    /// The byte where the atoms before `i` end.
    pub(crate) fn end(&self, i: usize) -> usize {
        i.checked_sub(1)
            .and_then(|j| self.atoms.get(j))
            .map_or(0, |a| a.end)
    }

    /// What the word at `i` can mean (nothing for other atoms).
    pub(crate) fn sense(&self, i: usize) -> &'static Sense {
        match self.senses.get(i) {
            Some(s) => s,
            None => sense(""),
        }
    }

    /// Whether the word at `i` starts with a capital letter.
    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Whether the word at `i` is capitalized and tells no part of a figure:
    /// no month, weekday, unit of time or measure, currency or scale
    /// ("Eleven" in "7-Eleven", "Nations" in "the Six Nations"; not "Hours",
    /// "May", "Million").
    pub(crate) fn name_word(&self, i: usize) -> bool {
        let sense = self.sense(i);
        self.capitalized(i)
            && sense.month == 0
            && sense.weekday == 0
            && sense.time_unit.is_none()
            && sense.currency.is_none()
            && sense.suffix_scale.is_none()
            && !matches!(sense.cardinal, Some(vocab::Cardinal::Scale(_)))
            && vocab::measure(self.str(i)).is_none()
    }

    /// Whether a clause ends at atom `k`: the end of the text or a line, or
    /// punctuation that closes a clause or a quote.
    pub(crate) fn clause_ends(&self, k: usize) -> bool {
        match self.kind(k) {
            None | Some(AtomKind::Break) => true,
            Some(AtomKind::Other(c)) => matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’'
            ),
            _ => false,
        }
    }

    /// Whether atom `k` is the "s" of an owner, after an apostrophe
    /// ("Clinton's", "NBC’s").
    pub(crate) fn owner_s(&self, k: usize) -> bool {
        self.is(k, "s") && matches!(self.ch(k.wrapping_sub(1)), Some('\'' | '’'))
    }

    /// Whether a sentence (or a clause after ";") ends at atom `k`: the end
    /// of the text or a line, or ".", "!", "?" or ";". A point between
    /// digits is a decimal one ("10.30am"), and one after a single letter
    /// and a point ends an abbreviation ("5 p.m. on Friday", "the U.S.
    /// will"), as does one after a title or a month
    /// ([`crate::text::abbreviation_point`]: "Sen. Ted Cruz will", "On Oct.
    /// 31, traders filed"): no full stop.
    pub(crate) fn sentence_ends(&self, k: usize) -> bool {
        match self.kind(k) {
            None | Some(AtomKind::Break) => true,
            Some(AtomKind::Other('!' | '?' | ';')) => true,
            Some(AtomKind::Other('.')) => {
                let decimal =
                    self.digits(k.wrapping_sub(1)).is_some() && self.digits(k + 1).is_some();
                let letter = |i: usize| self.word(i).is_some_and(|w| w.len() == 1);
                let abbreviation = letter(k.wrapping_sub(1))
                    && (self.is_ch(k.wrapping_sub(2), '.')
                        || letter(k + 1) && self.is_ch(k + 2, '.'))
                    || self
                        .word(k.wrapping_sub(1))
                        .is_some_and(crate::text::abbreviation_point);
                !decimal && !abbreviation
            }
            _ => false,
        }
    }

    /// Whether atom `i` is glued to the atom before it (no space between).
    pub(crate) fn glued(&self, i: usize) -> bool {
        i > 0 && !matches!(self.kind(i - 1), Some(AtomKind::Space | AtomKind::Break))
    }

    /// Whether atom `i` ends a figure: the end, a space, a break or punctuation
    /// other than a joining character.
    pub(crate) fn boundary(&self, i: usize) -> bool {
        match self.kind(i) {
            None | Some(AtomKind::Space | AtomKind::Break) => true,
            Some(AtomKind::Other(c)) => !matches!(c, '-' | '/' | '_' | '@' | '&'),
            _ => false,
        }
    }

    /// Whether atom `e` ends a figure ([`Self::boundary`]) or joins a word
    /// to it by a dash, as a compound's first part: "a 1930s-era theater",
    /// "a '60s-style diner".
    pub(crate) fn ends_or_joins(&self, e: usize) -> bool {
        self.boundary(e) || self.is_dash(e) && self.glued(e + 1) && self.word(e + 1).is_some()
    }

    /// Whether the word at `w` has a capital letter anywhere ("Boeing", "iPhone").
    pub(super) fn has_capital(&self, w: usize) -> bool {
        self.word(w)
            .is_some_and(|x| x.chars().any(char::is_uppercase))
    }
}

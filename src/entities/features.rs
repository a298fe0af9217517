//! The features of the tagger, hashed as they are made: no string is built
//! per feature, only one reused buffer per token for its lowercase form.
//!
//! Per token: the word, its lowercase form (digits as 0), prefixes and
//! suffixes, word shape, capitalization class; a window of two words on
//! each side with their shapes; its position in the sentence and whether
//! the sentence is an all-caps headline; gazetteer matches; the run of
//! capitalized words it sits in; and document-level evidence: whether the
//! same word is capitalized mid-sentence (or written lowercase) elsewhere in
//! the article, and which type the tagger gave it earlier in the article.

use std::ops::Range;

use super::gazetteer::{self, GAZETTEER};

use super::hashing::{hash_bytes, hash_lower, mix, normalize, seq_hash, HashMap64, HashSet64};
use crate::text::TokenKind;

/// One article as the tagger sees it: token texts, kinds and sentences.
pub(crate) struct Input<'a> {
    pub words: Vec<&'a str>,
    pub kinds: Vec<TokenKind>,
    pub sentences: Vec<Range<usize>>,
}

impl Input<'_> {
    /// The first word or number of the sentence `s`: the one token where an
    /// ordinary word is capitalized (after an opening quote or bracket).
    pub(crate) fn sentence_first(&self, s: &Range<usize>) -> Option<usize> {
        s.clone()
            .find(|&i| matches!(self.kinds[i], TokenKind::Word | TokenKind::Number))
    }

    /// Per token: whether it is the first word of its sentence.
    pub(crate) fn sentence_initial(&self) -> Vec<bool> {
        let mut out = vec![false; self.words.len()];
        for s in &self.sentences {
            if let Some(f) = self.sentence_first(s) {
                out[f] = true;
            }
        }
        out
    }
}

/// How a token is capitalized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cap {
    /// No letters.
    None,
    /// Starts with a lowercase letter.
    Lower,
    /// Starts with a capital, has lowercase letters: "Russia", "McCain".
    Title,
    /// Two or more letters, all capitals: "NATO", "U.S.".
    Upper,
    /// One capital letter, maybe with a period: "J.", "A".
    Initial,
}

impl Cap {
    pub(crate) fn is_capitalized(self) -> bool {
        matches!(self, Cap::Title | Cap::Upper | Cap::Initial)
    }
}

/// What is known of one token before tagging.
pub(crate) struct TokenInfo {
    pub word: u64,
    pub lower: u64,
    shape: u64,
    short_shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    pub cap: Cap,
    gaz: u8,
    /// The listed name this token is part of (`names.txt`): its type bits,
    /// and the token's place in it (B, I, L, U) in bits 4-5; 0 when none.
    name: u8,
    /// No capital letter and no digit: "said", ",", "’s".
    plain: bool,
}

const K: u64 = 0x9e3779b97f4a7c15;

fn f1(template: u64, a: u64) -> u64 {
    mix(a ^ template.wrapping_mul(K))
}

fn f2(template: u64, a: u64, b: u64) -> u64 {
    mix(a.rotate_left(23) ^ b.wrapping_mul(0x2545f4914f6cdd1d) ^ template.wrapping_mul(K))
}

fn shape_char(c: char) -> u8 {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => b'X',
            'a'..='z' => b'x',
            '0'..='9' => b'd',
            _ => c as u8,
        };
    }
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'o'
    }
}

fn capitalization(word: &str) -> Cap {
    let mut letters = 0;
    let mut upper = 0;
    let mut first_upper = None;
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
            if first_upper.is_none() {
                first_upper = Some(c.is_uppercase());
            }
        }
    }
    match first_upper {
        None => Cap::None,
        Some(false) => Cap::Lower,
        Some(true) if letters == 1 => Cap::Initial,
        Some(true) if upper == letters => Cap::Upper,
        Some(true) => Cap::Title,
    }
}

impl TokenInfo {
    fn new(word: &str, kind: TokenKind, buf: &mut String) -> TokenInfo {
        // "govern-⏎ment" is read as "government".
        let word = &*crate::text::reading(word);
        let mut cased = 0xcbf29ce484222325u64;
        let mut shape = 0xcbf29ce484222325u64;
        let mut short = 0xcbf29ce484222325u64;
        let (mut last, mut run) = (0u8, 0);
        for c in word.chars() {
            let c = normalize(c);
            let mut utf8 = [0; 4];
            for &b in c.encode_utf8(&mut utf8).as_bytes() {
                cased = (cased ^ u64::from(b)).wrapping_mul(0x100000001b3);
            }
            let s = shape_char(c);
            if s == last {
                run += 1;
            } else {
                run = 0;
                short = (short ^ u64::from(s)).wrapping_mul(0x100000001b3);
            }
            if run < 4 {
                shape = (shape ^ u64::from(s)).wrapping_mul(0x100000001b3);
            }
            last = s;
        }
        let lower = hash_lower(word, buf);
        let mut prefix = [0; 4];
        let mut suffix = [0; 4];
        let mut prefix_end = [buf.len(); 4];
        for (n, (at, _)) in buf.char_indices().skip(1).take(4).enumerate() {
            prefix_end[n] = at;
        }
        let mut suffix_start = [0; 4];
        for (n, (at, _)) in buf.char_indices().rev().take(4).enumerate() {
            suffix_start[n] = at;
        }
        for n in 0..4 {
            prefix[n] = hash_bytes(&buf.as_bytes()[..prefix_end[n]]) ^ n as u64;
            suffix[n] = hash_bytes(&buf.as_bytes()[suffix_start[n]..]) ^ (n as u64) << 8;
        }
        let kind_bits = kind as u64;
        let plain = !word.chars().any(|c| c.is_uppercase() || c.is_numeric());
        TokenInfo {
            word: cased,
            lower,
            shape: shape ^ kind_bits,
            short_shape: short,
            prefix,
            suffix,
            cap: capitalization(word),
            gaz: 0,
            name: 0,
            plain,
        }
    }
}

/// Per-article state: token facts, sentence facts and document evidence.
pub(crate) struct Context {
    pub tokens: Vec<TokenInfo>,
    /// Per sentence: is it an all-caps headline?
    pub all_caps: Vec<bool>,
    /// Per token: is it the first word of its sentence?
    initial: Vec<bool>,
    /// Lowercase forms seen capitalized mid-sentence in normal-case sentences.
    cap_mid: HashSet64,
    /// Lowercase forms seen written in lowercase.
    seen_lower: HashSet64,
    /// Per lowercase form: how often the tagger tagged it PER, ORG, LOC, MISC so far.
    history: HashMap64<[u16; 4]>,
}

impl Context {
    pub(crate) fn new(input: &Input) -> Context {
        let mut buf = String::new();
        let mut tokens: Vec<TokenInfo> = input
            .words
            .iter()
            .zip(&input.kinds)
            .map(|(w, &k)| TokenInfo::new(w, k, &mut buf))
            .collect();
        let mut all_caps = Vec::with_capacity(input.sentences.len());
        let initial = input.sentence_initial();
        let mut cap_mid = HashSet64::default();
        let mut seen_lower = HashSet64::default();
        for s in &input.sentences {
            let (mut upper, mut lower) = (0, 0);
            for t in &tokens[s.clone()] {
                match t.cap {
                    Cap::Upper => upper += 1,
                    Cap::Title | Cap::Lower => lower += 1,
                    _ => {}
                }
            }
            let caps = upper >= 2 && upper > 3 * lower;
            all_caps.push(caps);
            let first = input.sentence_first(s);
            for i in s.clone() {
                let t = &tokens[i];
                if t.cap == Cap::Lower {
                    seen_lower.insert(t.lower);
                } else if t.cap.is_capitalized() && !caps && Some(i) != first {
                    let after_quote = i > s.start && input.kinds[i - 1] == TokenKind::Quote;
                    if !after_quote {
                        cap_mid.insert(t.lower);
                    }
                }
            }
        }
        mark_gazetteer(&mut tokens);
        Context {
            tokens,
            all_caps,
            initial,
            cap_mid,
            seen_lower,
            history: HashMap64::default(),
        }
    }

    /// Whether token `i` and its neighbours in `s` are plain lowercase words
    /// or punctuation: such a token is outside every name (a small word
    /// inside one, "Bank of England", has a capital beside it), and the
    /// tagger spends no time on it: most tokens of an article.
    pub(crate) fn plain(&self, s: &Range<usize>, i: usize) -> bool {
        let lo = i.saturating_sub(1).max(s.start);
        let hi = (i + 2).min(s.end);
        self.tokens[lo..hi].iter().all(|t| t.plain)
    }

    /// Records the types given to the tokens `range` (0 PER, 1 ORG, 2 LOC, 3 MISC).
    pub(crate) fn remember(&mut self, range: Range<usize>, kind: usize) {
        for i in range {
            if let (Some(t), true) = (self.tokens.get(i), kind < 4) {
                if t.cap.is_capitalized() {
                    let counts = self.history.entry(t.lower).or_default();
                    counts[kind] = counts[kind].saturating_add(1);
                }
            }
        }
    }

    /// Pushes the feature hashes of token `i` of the sentence `s` (its index `si`).
    ///
    /// Without `lexical`, the features naming this word itself are left out
    /// (training drops them now and then, so that context and shape learn to
    /// carry unknown names).
    pub(crate) fn features(
        &self,
        s: &Range<usize>,
        si: usize,
        i: usize,
        lexical: bool,
        out: &mut Vec<u64>,
    ) {
        const BOUNDARY: u64 = 0x5bd1e995;
        let toks = &self.tokens;
        let at = |j: isize| -> Option<&TokenInfo> {
            if j >= s.start as isize && j < s.end as isize {
                toks.get(j as usize)
            } else {
                None
            }
        };
        let i_ = i as isize;
        let t = &toks[i];
        let lower = |j: isize| at(j).map_or(BOUNDARY, |t| t.lower);
        let word = |j: isize| at(j).map_or(BOUNDARY, |t| t.word);
        let shape = |j: isize| at(j).map_or(BOUNDARY, |t| t.shape);
        let short = |j: isize| at(j).map_or(BOUNDARY, |t| t.short_shape);
        let cap = t.cap as u64;
        let caps = u64::from(self.all_caps.get(si).copied().unwrap_or(false));
        let initial = u64::from(self.initial[i]);

        out.push(f1(1, 0));
        if lexical {
            out.push(f1(2, t.word));
            out.push(f1(3, t.lower));
            out.push(f2(23, lower(i_ - 1), t.lower));
            out.push(f2(24, t.lower, lower(i_ + 1)));
            out.push(f2(26, caps, t.lower));
            out.push(f2(27, initial, t.word));
        }
        out.push(f1(4, t.shape));
        out.push(f1(5, t.short_shape));
        for n in 0..4 {
            out.push(f1(6 + n as u64, t.prefix[n]));
            out.push(f1(10 + n as u64, t.suffix[n]));
        }
        out.push(f1(14, lower(i_ - 1)));
        out.push(f1(15, lower(i_ + 1)));
        out.push(f1(16, lower(i_ - 2)));
        out.push(f1(17, lower(i_ + 2)));
        out.push(f1(18, word(i_ - 1)));
        out.push(f1(19, word(i_ + 1)));
        out.push(f1(20, shape(i_ - 1)));
        out.push(f1(21, shape(i_ + 1)));
        out.push(f2(
            22,
            short(i_ - 1) ^ short(i_ + 1).rotate_left(31),
            t.short_shape,
        ));
        out.push(f2(25, initial << 8 | caps << 4 | cap, 0));
        // Gazetteers.
        let gaz = |j: isize| at(j).map_or(0xff, |t| t.gaz);
        out.push(f2(28, u64::from(t.gaz), cap));
        out.push(f2(29, u64::from(gaz(i_ - 1)), u64::from(gaz(i_ + 1))));
        out.push(f2(30, u64::from(gaz(i_ - 1)), u64::from(t.gaz)));
        let name = |j: isize| at(j).map_or(0xff, |t| t.name);
        out.push(f2(37, u64::from(t.name), cap | initial << 4));
        out.push(f2(38, u64::from(name(i_ - 1)), u64::from(name(i_ + 1))));
        // The run of capitalized words around this one.
        if t.cap.is_capitalized() {
            // Five steps each way decide both features (pos caps at 3, len at 5),
            // and keep a long run of capitals linear.
            let mut a = i;
            while a > s.start && a + 5 > i && toks[a - 1].cap.is_capitalized() {
                a -= 1;
            }
            let mut b = i + 1;
            while b < s.end && b < i + 6 && toks[b].cap.is_capitalized() {
                b += 1;
            }
            let pos = (i - a).min(3) as u64;
            let len = (b - a).min(5) as u64;
            out.push(f2(31, pos << 4 | len, caps));
            // Document evidence.
            let evidence = u64::from(self.cap_mid.contains(&t.lower))
                | u64::from(self.seen_lower.contains(&t.lower)) << 1;
            out.push(f2(32, evidence, initial << 8 | caps << 4 | cap));
            let history = self.history.get(&t.lower).map_or(7, |c| {
                let (k, n) = c
                    .iter()
                    .enumerate()
                    .max_by_key(|&(_, n)| *n)
                    .unwrap_or((0, &0));
                if *n == 0 {
                    7
                } else {
                    k as u64
                }
            });
            out.push(f1(33, history));
            if lexical {
                out.push(f2(34, history, t.lower));
            }
        }
        out.push(f2(35, t.suffix[2], lower(i_ + 1)));
        out.push(f2(36, lower(i_ - 1), shape(i_ + 1)));
    }
}

/// The longest run of tokens from `i` (up to `gazetteer::MAX_LEN`) whose
/// key `lookup` knows, and what it returns for it: (0, 0) when none.
fn longest_match(tokens: &[TokenInfo], i: usize, lookup: impl Fn(u64) -> u8) -> (usize, u8) {
    let mut h = 0;
    let mut best = (0, 0);
    for k in 0..gazetteer::MAX_LEN.min(tokens.len() - i) {
        h = seq_hash(h, tokens[i + k].lower, k);
        let found = lookup(h);
        if found != 0 {
            best = (k + 1, found);
        }
    }
    best
}

/// Marks the longest listed name (`names.bin`) starting at each capitalized
/// token, left to right.
fn mark_names(tokens: &mut [TokenInfo]) {
    let gaz = &*GAZETTEER;
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].cap.is_capitalized() {
            i += 1;
            continue;
        }
        let (longest, types) = longest_match(tokens, i, |h| gaz.name_types(h));
        if longest == 0 {
            i += 1;
            continue;
        }
        for (k, t) in tokens[i..i + longest].iter_mut().enumerate() {
            let pos = match (k, longest) {
                (_, 1) => 3,
                (0, _) => 0,
                (k, n) if k + 1 == n => 2,
                _ => 1,
            };
            t.name = types | pos << 4;
        }
        i += longest;
    }
}

/// Marks the gazetteer matches on `tokens` (longest place name first).
fn mark_gazetteer(tokens: &mut [TokenInfo]) {
    mark_names(tokens);
    let gaz = &*GAZETTEER;
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].cap.is_capitalized() {
            i += 1;
            continue;
        }
        if gaz.is_first_name(tokens[i].lower) {
            tokens[i].gaz |= gazetteer::FIRST_NAME;
        }
        if gaz.is_surname(tokens[i].lower) {
            tokens[i].gaz |= gazetteer::SURNAME;
        }
        if gaz.is_company_word(tokens[i].lower) {
            tokens[i].gaz |= gazetteer::COMPANY_WORD;
        }
        let (longest, _) = longest_match(tokens, i, |h| u8::from(gaz.is_place(h)));
        match longest {
            0 => i += 1,
            1 => {
                tokens[i].gaz |= gazetteer::PLACE_UNIT;
                i += 1;
            }
            n => {
                tokens[i].gaz |= gazetteer::PLACE_BEGIN;
                for t in &mut tokens[i + 1..i + n - 1] {
                    t.gaz |= gazetteer::PLACE_INSIDE;
                }
                tokens[i + n - 1].gaz |= gazetteer::PLACE_LAST;
                i += n;
            }
        }
    }
}

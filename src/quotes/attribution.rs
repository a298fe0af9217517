//! Naming who said a quotation: the attribution patterns of news, and the
//! entity a speaker mention (name, pronoun or description) refers to.

use std::cell::Cell;

/// How many tokens before a quote its attribution is looked for.
const BEFORE_WINDOW: usize = 80;

use crate::analysis::{Entity, EntityKind};
use crate::text::{Document, Span, TokenKind};

use super::marks::Marked;
use super::words::{
    honorific, is_determiner, is_function_word, is_reporting_verb, is_role, is_skippable,
    lowercase, pronoun, Pronoun,
};

/// What a speaker mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A mention the entity tagger found (index into the entities).
    Entity(usize),
    /// A capitalized name the tagger missed.
    Name,
    /// "he", "she", "they"...
    Pronoun(Pronoun),
    /// "the US president", "a spokesman".
    Description,
}

/// The mention an attribution points at, as token indexes `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
}

const NONE: u32 = u32::MAX;

/// Attribution over one document: token lookups built once.
pub(crate) struct Attributor<'a, 't> {
    pub(super) doc: &'a Document<'t>,
    pub(super) entities: &'a [Entity],
    /// For each token, the entity covering it, or `NONE`.
    entity_of: Vec<u32>,
    /// For each token, whether it lies inside a quotation (marks included).
    pub(super) quoted: Vec<bool>,
    /// For each token, whether it is a reporting verb: 0 not yet known, 1 yes, 2 no.
    verbs: Vec<Cell<u8>>,
    /// The tokens "according" followed by "to", outside quotations, in order.
    according: Vec<usize>,
}

impl<'a, 't> Attributor<'a, 't> {
    pub(crate) fn new(doc: &'a Document<'t>, entities: &'a [Entity], quotes: &[Marked]) -> Self {
        let n = doc.tokens.len();
        let mut entity_of = vec![NONE; n];
        for (e, entity) in entities.iter().enumerate() {
            let mut i = doc.token_at(entity.start);
            while i < n && doc.tokens[i].span.end <= entity.end {
                entity_of[i] = e as u32;
                i += 1;
            }
        }
        let mut quoted = vec![false; n];
        for q in quotes {
            let mut i = q.open;
            while i < n && doc.tokens[i].span.end <= q.span.end {
                quoted[i] = true;
                i += 1;
            }
        }
        let according = (0..n.saturating_sub(1))
            .filter(|&k| {
                !quoted[k]
                    && doc.token_text(k).eq_ignore_ascii_case("according")
                    && doc.token_text(k + 1) == "to"
            })
            .collect();
        Attributor {
            doc,
            entities,
            entity_of,
            quoted,
            verbs: vec![Cell::new(0); n],
            according,
        }
    }

    pub(super) fn word(&self, i: usize) -> &'t str {
        self.doc.token_text(i)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub(super) fn entity(&self, i: usize) -> Option<usize> {
        match self.entity_of.get(i) {
            Some(&e) if e != NONE => Some(e as usize),
            _ => None,
        }
    }

    pub(super) fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_verb(&self, i: usize) -> bool {
        if !self.is_word(i) || self.quoted[i] {
            return false;
        }
        match self.verbs[i].get() {
            1 => return true,
            2 => return false,
            _ => {}
        }
        let verb = self.reporting(i);
        self.verbs[i].set(if verb { 1 } else { 2 });
        verb
    }

    fn reporting(&self, i: usize) -> bool {
        let w = self.word(i);
        let sentence_start = || {
            self.doc
                .sentence_at(self.doc.tokens[i].span.start)
                .is_some_and(|s| self.doc.sentences[s].tokens.start == i)
        };
        if !(w.starts_with(|c: char| c.is_ascii_lowercase()) || (w == "Said" && sentence_start())) {
            return false;
        }
        is_reporting_verb(w)
            || (matches!(w, "made" | "make" | "makes" | "making")
                && i + 2 < self.doc.tokens.len()
                && self.word(i + 1) == "it"
                && self.word(i + 2) == "clear")
    }

    /// Whether the mention can speak where the sentence does not say so
    /// plainly: people, organizations, pronouns, descriptions, names.
    fn can_speak(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Entity(e) => {
                self.entities[e].kind != EntityKind::Place
                    && !is_function_word(self.doc.slice(self.span(*m)))
            }
            MentionKind::Pronoun(p) => p != Pronoun::First || self.word(m.first) == "I",
            _ => true,
        }
    }

    /// The tokens of an entity around token `i`.
    fn entity_mention(&self, e: usize, i: usize) -> Mention {
        let mut first = i;
        while first > 0 && self.entity(first - 1) == Some(e) {
            first -= 1;
        }
        let mut last = i;
        while self.entity(last + 1) == Some(e) {
            last += 1;
        }
        Mention {
            first,
            last,
            kind: MentionKind::Entity(e),
        }
    }

    /// A name, pronoun or description that ends at token `end`, not before `limit`.
    pub(super) fn mention_ending_at(&self, end: usize, limit: usize) -> Option<Mention> {
        if !self.is_word(end) || self.quoted[end] {
            return None;
        }
        let w = self.word(end);
        if let Some(p) = pronoun(w) {
            return Some(Mention {
                first: end,
                last: end,
                kind: MentionKind::Pronoun(p),
            });
        }
        if let Some(e) = self.entity(end) {
            return Some(self.entity_mention(e, end));
        }
        if self.is_capitalized(end) && !is_function_word(w) {
            let mut first = end;
            while first > limit
                && self.is_capitalized(first - 1)
                && !is_function_word(self.word(first - 1))
                && self.entity(first - 1).is_none()
            {
                first -= 1;
            }
            // "Department of Agriculture"
            while first > limit + 1
                && matches!(self.word(first - 1), "of" | "for")
                && self.is_capitalized(first - 2)
                && !is_function_word(self.word(first - 2))
            {
                first -= 2;
                while first > limit
                    && self.is_capitalized(first - 1)
                    && !is_function_word(self.word(first - 1))
                {
                    first -= 1;
                }
            }
            return Some(Mention {
                first,
                last: end,
                kind: MentionKind::Name,
            });
        }
        if is_role(w) {
            let mut first = end;
            while first > limit && end - first < 6 {
                let k = first - 1;
                let t = self.doc.tokens[k];
                if t.kind == TokenKind::Possessive {
                    first = k;
                    continue;
                }
                if t.kind != TokenKind::Word || self.quoted[k] {
                    break;
                }
                let wk = self.word(k);
                if is_determiner(wk) {
                    first = k;
                    break;
                }
                if is_function_word(wk)
                    || is_reporting_verb(wk)
                    || matches!(
                        lowercase(wk, &mut [0u8; 24]).unwrap_or(""),
                        "and" | "or" | "of" | "to" | "with" | "for" | "by" | "as" | "who" | "said"
                    )
                {
                    break;
                }
                first = k;
            }
            return Some(Mention {
                first,
                last: end,
                kind: MentionKind::Description,
            });
        }
        // "Another commenter said": a noun after a determiner.
        if w.starts_with(|c: char| c.is_ascii_lowercase()) && !is_reporting_verb(w) {
            // "Clinton’s response": the owner opens the phrase.
            if end > limit + 1 && self.doc.tokens[end - 1].kind == TokenKind::Possessive {
                if let Some(owner) = self.mention_ending_at(end - 2, limit) {
                    return Some(Mention {
                        first: owner.first,
                        last: end,
                        kind: MentionKind::Description,
                    });
                }
            }
            let det = (limit..end)
                .rev()
                .take(3)
                .take_while(|&k| self.is_word(k) && !self.quoted[k])
                .find(|&k| is_determiner(self.word(k)))?;
            let plain = (det + 1..end).all(|k| {
                let wk = self.word(k);
                !is_function_word(wk) && !is_reporting_verb(wk) && !is_determiner(wk)
            });
            return plain.then_some(Mention {
                first: det,
                last: end,
                kind: MentionKind::Description,
            });
        }
        None
    }

    /// The subject of the verb at `verb`: the mention just before it,
    /// past adverbs and an apposition between commas.
    fn subject_before(&self, verb: usize, limit: usize) -> Option<Mention> {
        let mut j = verb;
        while j > limit && self.is_word(j - 1) && is_skippable(self.word(j - 1)) {
            j -= 1;
        }
        if j <= limit {
            return None;
        }
        // "Mr. Trump was prompted to say": back over the infinitive's verbs.
        if self.word(j - 1) == "to" {
            let mut k = j - 1;
            let mut steps = 0;
            while k > limit && steps < 4 {
                let w = self.word(k - 1);
                let verbish = self.is_word(k - 1)
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (is_skippable(w) || w.ends_with("ed") || w.ends_with('s') || w == "went");
                if !verbish {
                    break;
                }
                k -= 1;
                steps += 1;
            }
            if steps > 0 {
                j = k;
            }
        }
        let end = j - 1;
        if matches!(self.word(end), "and" | "but" | "then") {
            // "Ms. Sherry smiled and said": a name just before the first verb.
            let mut k = end;
            while k > limit && end - k < 5 {
                k -= 1;
                if let Some(m) = self.mention_ending_at(k, limit) {
                    if m.kind != MentionKind::Description && self.can_speak(&m) {
                        return Some(m);
                    }
                    break;
                }
                if !self.is_word(k) || !self.word(k).starts_with(|c: char| c.is_lowercase()) {
                    break;
                }
            }
            // "Ushakov said ... and urged": the subject of the verb before.
            if let Some(m) = (limit..end)
                .find(|&k| self.is_verb(k))
                .and_then(|k| self.subject_before(k, limit))
            {
                return Some(m);
            }
        }
        if matches!(
            self.word(end),
            "that" | "which" | "who" | "and" | "but" | "then"
        ) {
            // "a video that said": the clause's first speaker.
            return self
                .first_mention(limit, end)
                .filter(|m| m.kind != MentionKind::Description);
        }
        if self.word(end) != "," {
            return self.mention_ending_at(end, limit);
        }
        // "Gov. John Kasich (R-OH), said": the name right before the comma.
        let mut e = end;
        if e > limit + 1 && self.word(e - 1) == ")" {
            if let Some(open) = (limit..e - 1).rev().take(8).find(|&k| self.word(k) == "(") {
                e = open + 1;
            }
        }
        if e > limit + 1 {
            if let Some(m) = self.mention_ending_at(e - 1, limit) {
                if matches!(
                    m.kind,
                    MentionKind::Entity(_) | MentionKind::Name | MentionKind::Pronoun(_)
                ) && self.can_speak(&m)
                {
                    return Some(m);
                }
            }
        }
        // "X, a pollster, said" / "Lavrov, without evidence, accused".
        let mut fallback = None;
        let mut k = end;
        for _ in 0..3 {
            let Some(comma) = (limit..k)
                .rev()
                .take(20)
                .find(|&c| self.word(c) == "," && !self.quoted[c])
            else {
                break;
            };
            if comma == 0 {
                break;
            }
            match self.mention_ending_at(comma - 1, limit) {
                Some(m) if m.kind != MentionKind::Description => return Some(m),
                Some(m) if fallback.is_none() => fallback = Some(m),
                _ => {}
            }
            k = comma;
        }
        fallback
    }

    /// The first mention in `from..to`: a pronoun, a name or a description.
    fn first_mention(&self, from: usize, to: usize) -> Option<Mention> {
        let mut k = from;
        while k < to {
            if self.quoted[k] || !self.is_word(k) {
                k += 1;
                continue;
            }
            let w = self.word(k);
            if pronoun(w).is_some() {
                return self.mention_ending_at(k, from);
            }
            if let Some(e) = self.entity(k) {
                let m = self.entity_mention(e, k);
                if self.can_speak(&m) {
                    return Some(m);
                }
                k = m.last + 1;
                continue;
            }
            if self.is_capitalized(k) && !is_function_word(w) && honorific(w).is_none() {
                let mut last = k;
                while last + 1 < to
                    && self.is_capitalized(last + 1)
                    && !is_function_word(self.word(last + 1))
                {
                    last += 1;
                }
                let first =
                    if k > from && self.is_word(k - 1) && honorific(self.word(k - 1)).is_some() {
                        k - 1
                    } else {
                        k
                    };
                return Some(Mention {
                    first,
                    last,
                    kind: MentionKind::Name,
                });
            }
            if is_determiner(w) || is_role(w) {
                // "the former US president said"
                let mut last = k;
                while last + 1 < to && last - k < 5 && self.is_word(last + 1) {
                    if is_role(self.word(last + 1)) {
                        last += 1;
                        while last + 1 < to && is_role(self.word(last + 1)) {
                            last += 1;
                        }
                        return Some(Mention {
                            first: k,
                            last,
                            kind: MentionKind::Description,
                        });
                    }
                    if is_reporting_verb(self.word(last + 1)) {
                        break;
                    }
                    last += 1;
                }
                if is_role(w) {
                    return Some(Mention {
                        first: k,
                        last: k,
                        kind: MentionKind::Description,
                    });
                }
            }
            k += 1;
        }
        None
    }

    /// The mention right after a verb: "said Kremlin spokesperson Yury Ushakov".
    fn mention_after(&self, from: usize, to: usize) -> Option<Mention> {
        let mut end = from;
        while end < to && end - from < 10 {
            let t = self.doc.tokens[end];
            if t.kind == TokenKind::Possessive || (t.kind == TokenKind::Number && end > from) {
                end += 1;
                continue;
            }
            if t.kind != TokenKind::Word || self.quoted[end] {
                break;
            }
            let w = self.word(end);
            if end > from && pronoun(w).is_some() {
                break;
            }
            if !self.is_capitalized(end)
                && matches!(
                    w,
                    "who"
                        | "which"
                        | "that"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "as"
                        | "to"
                        | "from"
                        | "of"
                        | "and"
                        | "with"
                        | "according"
                        | "about"
                        | "because"
                        | "for"
                        | "but"
                        | "adding"
                        | "told"
                        | "last"
                        | "this"
                        | "earlier"
                        | "later"
                        | "recently"
                        | "also"
                )
            {
                break;
            }
            end += 1;
        }
        if end == from {
            return None;
        }
        if pronoun(self.word(from)).is_some() {
            return self.mention_ending_at(from, from);
        }
        // "said the New York businessman": a phrase with its own head noun.
        let head = end - 1;
        if end > from + 1
            && is_determiner(self.word(from))
            && self.is_word(head)
            && self
                .word(head)
                .starts_with(|c: char| c.is_ascii_lowercase())
        {
            return Some(Mention {
                first: from,
                last: head,
                kind: MentionKind::Description,
            });
        }
        // The last name in the phrase, else the phrase as a description.
        for k in (from..end).rev() {
            if let Some(e) = self.entity(k) {
                if matches!(
                    self.entities[e].kind,
                    EntityKind::Person | EntityKind::Organization
                ) {
                    return Some(self.entity_mention(e, k));
                }
            }
        }
        for k in (from..end).rev() {
            if self.is_capitalized(k) && !is_function_word(self.word(k)) {
                return self.mention_ending_at(k, from);
            }
        }
        (from..end)
            .rev()
            .find(|&k| is_role(self.word(k)))
            .or_else(|| (is_determiner(self.word(from)) && end > from + 1).then_some(end - 1))
            .map(|last| Mention {
                first: from,
                last,
                kind: MentionKind::Description,
            })
    }

    /// The speaker mention of quotation `q`, from the words around it.
    pub(crate) fn attribute(&self, q: &Marked) -> Option<Mention> {
        let doc = self.doc;
        let open_sentence = doc.sentence_at(doc.tokens[q.open].span.start)?;
        let sentence_start = doc.sentences[open_sentence].tokens.start;
        let paragraph = doc.sentences[open_sentence].paragraph;
        let after = q.close.and_then(|c| {
            let s = doc.sentence_at(doc.tokens.get(c + 1)?.span.start)?;
            let p = doc.sentences[s].paragraph;
            (p == paragraph || q.continued)
                .then(|| (c + 1, doc.paragraphs[p].tokens.end.min(c + 30)))
        });
        // “…,” he said: the words right after a quote ending in a comma come first.
        let comma = q.close.is_some_and(|c| {
            (c > 0 && matches!(self.word(c - 1), "," | "—" | "–" | "-"))
                || doc
                    .tokens
                    .get(c + 1)
                    .is_some_and(|t| matches!(doc.slice(t.span), "," | "—" | "–"))
        });
        let asks = q
            .close
            .is_some_and(|c| c > 0 && matches!(self.word(c - 1), "?" | "!"));
        let tagged = comma || asks;
        let before = || self.before(q.open, sentence_start);
        // A quote that ends its sentence ("“…” Trump said" is rare) takes
        // only words right after it.
        let loose = tagged
            || q.close.is_some_and(|c| {
                doc.tokens.get(c + 1).is_some_and(|t| {
                    doc.sentence_at(t.span.start) == doc.sentence_at(doc.tokens[c].span.start)
                })
            });
        let after_fn = || after.and_then(|(from, to)| self.after(from, to, loose, loose));
        let found = if comma {
            after_fn().or_else(before)
        } else if asks {
            // “Why now?” Obama asked. — but a new sentence after a question
            // is often the writer's own.
            after
                .and_then(|(from, to)| self.after(from, to, false, true))
                .or_else(before)
        } else {
            before().or_else(after_fn)
        };
        found
            .or_else(|| after.and_then(|(from, to)| self.tail(from, to)))
            .or_else(|| self.according_to(sentence_start, after.map_or(q.open, |a| a.1)))
            .or_else(|| self.colon_lead_in(q.open))
    }

    /// For a quote that opens its sentence with no attribution of its own:
    /// the speaker of the sentence before, in its paragraph or the one before.
    pub(crate) fn context(&self, q: &Marked) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens[q.open].span.start)?;
        if doc.sentences[s].tokens.start != q.open || s == 0 {
            return None;
        }
        let prev = &doc.sentences[s - 1];
        if prev.paragraph + 1 < doc.sentences[s].paragraph {
            return None;
        }
        let start = prev.tokens.start;
        (start..prev.tokens.end)
            .filter(|&v| self.is_verb(v))
            .find_map(|v| self.subject_before(v, start))
            .filter(|m| {
                self.can_speak(m) && !matches!(m.kind, MentionKind::Pronoun(Pronoun::First))
            })
    }

    /// `X said: “…”`, `X told Y that … “…”`: the nearest verb before the quote.
    fn before(&self, open: usize, sentence_start: usize) -> Option<Mention> {
        let mut start = sentence_start;
        // "He added:" closing the paragraph before.
        if sentence_start == open && open > 0 && self.word(open - 1) == ":" {
            start = self
                .doc
                .sentence_at(self.doc.tokens[open - 1].span.start)
                .map_or(open, |s| self.doc.sentences[s].tokens.start);
        }
        // An attribution sits within a few dozen words of its quote; the bound keeps a long run of
        // quotes in one sentence linear.
        let start = start.max(open.saturating_sub(BEFORE_WINDOW));
        let mut v = open;
        while v > start {
            v -= 1;
            if !self.is_verb(v) {
                continue;
            }
            let w = self.word(v);
            if w.ends_with("ing") {
                // "Nefzi said, adding": the subject of a verb before,
                // else the first speaker of the sentence.
                let earlier = (start..v)
                    .rev()
                    .filter(|&k| self.is_verb(k) && !self.word(k).ends_with("ing"))
                    .find_map(|k| self.subject_before(k, start));
                if let Some(m) =
                    earlier.or_else(|| self.first_mention(start, v).filter(|m| self.can_speak(m)))
                {
                    return Some(m);
                }
            }
            if let Some(m) = self.subject_before(v, start) {
                return Some(m);
            }
        }
        None
    }

    /// `“…,” X said`, `“…,” said X`, `“…,” X told Y`.
    /// `tagged`: the quote ends in a comma, "?" or "!" or runs on in its
    /// sentence, so the attribution may come a few words on; `guess`: an
    /// unlisted verb may do ("he surmised").
    fn after(&self, from: usize, to: usize, tagged: bool, guess: bool) -> Option<Mention> {
        let mut first = from;
        // Closing marks and a comma or dash: a few tokens at most (a wall of marks stays linear).
        while first < to.min(from + 6)
            && (self.doc.tokens[first].kind == TokenKind::Quote
                || matches!(self.word(first), "," | "—" | "–" | "-" | "―"))
        {
            first += 1;
        }
        let mut v = first;
        while v < to {
            if self.doc.tokens[v].kind == TokenKind::Quote || (!tagged && v > first + 4) {
                break;
            }
            if matches!(self.word(v), "." | "!" | "?") && (!tagged || v >= first + 8) {
                break;
            }
            if self.is_verb(v) {
                let introduces_next = (v + 1..(v + 3).min(self.doc.tokens.len())).any(|k| {
                    self.doc.tokens[k].kind == TokenKind::Quote
                        && matches!(self.word(k - 1), ":" | ",")
                });
                // “A,” X said, “B” — the verb serves both halves of a split
                // quote; after a question it may introduce only the next.
                let split = from >= 2 && self.word(from - 2) == ",";
                if introduces_next && !split {
                    return None;
                }
                if v == first {
                    // "said Mr X." but not "said the candidate could win".
                    return self.mention_after(v + 1, to).filter(|m| {
                        let next = m.last + 1;
                        next >= to
                            || !self.is_word(next)
                            || !self.word(next).starts_with(|c: char| c.is_lowercase())
                            || matches!(
                                self.word(next),
                                "of" | "who"
                                    | "in"
                                    | "at"
                                    | "on"
                                    | "from"
                                    | "and"
                                    | "to"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "for"
                                    | "with"
                                    | "as"
                                    | "when"
                                    | "while"
                                    | "last"
                                    | "this"
                                    | "earlier"
                                    | "later"
                                    | "told"
                                    | "adding"
                                    | "said"
                                    | "says"
                                    | "wrote"
                            )
                    });
                }
                return self
                    .first_mention(first, v)
                    .filter(|m| self.can_speak(m))
                    .or_else(|| self.subject_before(v, first))
                    .or_else(|| self.description(first, v));
            }
            if matches!(
                self.word(v),
                ";" | "that" | "because" | "but" | "as" | "while" | "when" | "if" | "since"
            ) {
                break;
            }
            v += 1;
        }
        if !guess || first >= to {
            return None;
        }
        // An unlisted verb: “…,” he surmised / “…,” exhorted Jamie Curtis.
        let lower = |k: usize| {
            self.is_word(k) && self.word(k).chars().next().is_some_and(char::is_lowercase)
        };
        if lower(first) && self.word(first).ends_with("ed") && self.is_capitalized(first + 1) {
            return self.mention_after(first + 1, to);
        }
        let m = match self.mention_ending_at(first, first) {
            Some(m) if m.kind != MentionKind::Name => m,
            _ => self.first_mention(first, (first + 6).min(to))?,
        };
        let next = m.last + 1;
        // "he surmised", "Trump went on": a word that reads as a past verb.
        let verb_like = next < to && lower(next) && {
            let w = self.word(next);
            w.ends_with("ed") || matches!(w, "went" | "shot" | "wrote" | "spoke" | "began" | "put")
        };
        // “…,” Cecelia Purner, 67, a retired ... / “…” ― Jacklyn Ashley
        let name_alone = next >= to
            || matches!(self.word(next), "," | "." | "(" | ";")
            || self.doc.tokens[next].span.start > self.doc.tokens[m.last].span.end + 1;
        let named = matches!(m.kind, MentionKind::Name | MentionKind::Entity(_));
        ((verb_like || (name_alone && named))
            && m.first == first
            && m.kind != MentionKind::Description)
            .then_some(m)
    }

    /// `“…” that X would win, he said.`: an attribution closing the
    /// sentence the quote sits in, after a comma.
    fn tail(&self, from: usize, to: usize) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens.get(from)?.span.start)?;
        let end = doc.sentences[s].tokens.end.min(to);
        let mut k = from;
        while k < end {
            if doc.tokens[k].kind == TokenKind::Quote {
                return None;
            }
            if self.is_verb(k) {
                // The words after the quote have their own verb: not a tail.
                return None;
            }
            if self.word(k) == "," {
                if let Some(m) = self.after(k, end.min(k + 14), true, false) {
                    return Some(m);
                }
            }
            k += 1;
        }
        None
    }

    /// The words from a determiner to the verb: "the gambling tycoon told".
    fn description(&self, first: usize, verb: usize) -> Option<Mention> {
        (first < verb && verb - first <= 5 && is_determiner(self.word(first))).then_some(Mention {
            first,
            last: verb - 1,
            kind: MentionKind::Description,
        })
    }

    /// "according to X" anywhere in the sentence.
    fn according_to(&self, from: usize, to: usize) -> Option<Mention> {
        let to = to.min(self.doc.tokens.len().saturating_sub(1));
        let at = self.according.partition_point(|&k| k < from);
        self.according
            .get(at)
            .copied()
            .filter(|&k| k < to)
            .and_then(|k| self.mention_after(k + 2, (k + 12).min(self.doc.tokens.len())))
    }

    /// "Trump on Clinton: “…”": the first name before a colon.
    fn colon_lead_in(&self, open: usize) -> Option<Mention> {
        if open == 0 || self.word(open - 1) != ":" {
            return None;
        }
        let s = self.doc.sentence_at(self.doc.tokens[open - 1].span.start)?;
        let start = self.doc.sentences[s].tokens.start;
        // "Rubio fired back forcefully:": past lowercase words to a name.
        let mut k = open - 1;
        let mut skipped = 0;
        while k > start && skipped < 6 {
            k -= 1;
            if let Some(m) = self.mention_ending_at(k, start) {
                let before = m.first.checked_sub(1).map(|b| self.word(b));
                if self.can_speak(&m)
                    && !matches!(before, Some("on" | "about" | "of" | "to" | "with" | "for"))
                {
                    return Some(m);
                }
                break;
            }
            if !self.is_word(k) {
                break;
            }
            skipped += 1;
        }
        self.first_mention(start, open - 1).filter(|m| {
            matches!(m.kind, MentionKind::Entity(e) if self.entities[e].kind != EntityKind::Place)
                || m.kind == MentionKind::Name
        })
    }

    /// The text span of a mention.
    pub(crate) fn span(&self, m: Mention) -> Span {
        Span::new(
            self.doc.tokens[m.first].span.start,
            self.doc.tokens[m.last].span.end,
        )
    }
}

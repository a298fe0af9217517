//! Speaker mentions ([`Mention`], defined with the [`Attributor`]): the
//! places the attribution patterns look for one: the mention that ends at a
//! token, the first mention in a stretch, the mention right after a verb.

use crate::analysis::EntityKind;
use crate::text::TokenKind;

use super::attribution::{Attributor, Mention, MentionKind};
use super::words::{
    honorific, is_determiner, is_function_word, is_reporting_verb, is_role, lowercase, pronoun,
    Pronoun,
};

impl Attributor<'_, '_> {
    /// Whether the mention can speak where the sentence does not say so
    /// plainly: people, organizations, pronouns, descriptions, names.
    pub(super) fn can_speak(&self, m: &Mention) -> bool {
        if self.credit.get(m.first).copied().unwrap_or(false) {
            return false;
        }
        match m.kind {
            MentionKind::Entity(e) => {
                self.entities[e].kind != EntityKind::Place
                    && !is_function_word(self.doc.slice(self.span(*m)))
                    && !self.opening_word(m)
            }
            MentionKind::Pronoun(p) => p != Pronoun::First || self.word(m.first) == "I",
            MentionKind::Name => !self.opening_word(m),
            MentionKind::Description => !self.owned_thing(m),
        }
    }

    /// Whether a description is someone's thing, not someone: "her record",
    /// "his Mexican heritage", "her watch" — an owner, then a head that is
    /// no role, document, kin or group of people ("her spokesman", "his
    /// letter", "her husband", "their supporters" speak).
    pub(super) fn owned_thing(&self, m: &Mention) -> bool {
        let owned = matches!(
            self.word(m.first),
            "his" | "her" | "its" | "their" | "our" | "my" | "His" | "Her" | "Its" | "Their"
        );
        if !owned || m.last == m.first {
            return false;
        }
        let head = self.word(m.last);
        let mut buf = [0u8; 24];
        let lower = lowercase(head, &mut buf).unwrap_or("");
        let base = lower.strip_suffix('s').unwrap_or(lower);
        let person = is_role(head)
            || super::words::is_document(base)
            || super::words::is_cue_noun(head)
            || is_person_noun(base);
        !person && lower.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    }

    /// Whether a description is an owner's people: "his friends", "her
    /// aides", "their supporters" (an owner, then a head no thing).
    pub(super) fn owned_people(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Description
            && m.last > m.first
            && matches!(
                self.word(m.first),
                "his" | "her" | "their" | "His" | "Her" | "Their"
            )
            && !self.owned_thing(m)
    }

    /// Whether a one-word mention is an ordinary word that opens its
    /// sentence, taken for a name ("Hours later, …", "Back in 1999, …",
    /// "Hastily …"): a word of the common vocabulary not followed by a
    /// reporting verb, an auxiliary or a comma, as a surname would be
    /// ("Brown said", "Brown has said", "Brown, the mayor, said").
    fn opening_word(&self, m: &Mention) -> bool {
        let w = self.word(m.first);
        // "Reprising one of her lines, …", "Hastily politicizing …": a
        // participle or an adverb no list of names holds.
        let formed = w.len() >= 6
            && (w.ends_with("ing") || w.ends_with("ly"))
            && !crate::entities::is_name_word(w);
        if m.first != m.last || !(crate::entities::is_common_word(w) || formed) {
            return false;
        }
        let opens = self
            .doc
            .sentence_at(self.doc.tokens[m.first].span.start)
            .is_some_and(|s| self.doc.sentences[s].tokens.start == m.first);
        let next = m.last + 1;
        // "Farmers marching through the capital chanted": a participle modifies it.
        let speaks_next = next < self.doc.tokens.len()
            && (self.is_verb(next)
                || self.participle_modifier(next)
                || self.doc.tokens[next].kind == TokenKind::Number
                || matches!(
                    self.word(next),
                    "," | "("
                        | "of"
                        | "has"
                        | "had"
                        | "was"
                        | "is"
                        | "will"
                        | "would"
                        | "also"
                        | "and"
                ));
        // "Bush offered …": the surname of a person the article names in full.
        let surname = || {
            self.entities.iter().any(|e| {
                e.kind == EntityKind::Person
                    && e.entity.contains(' ')
                    && e.entity.rsplit(' ').next() == Some(w)
            })
        };
        // "Hastily, …": an adverb opening the sentence, comma or not.
        let adverb = w.ends_with("ly");
        opens && (!speaks_next || adverb) && !surname()
    }

    /// Whether the mention is a time after a preposition ("in the past",
    /// "at the time", "in recent weeks"), no subject of a verb.
    pub(super) fn time_adverbial(&self, m: &Mention) -> bool {
        let head = self.word(m.last);
        self.after_preposition(m)
            && matches!(
                head.strip_suffix('s').unwrap_or(head),
                "past"
                    | "time"
                    | "moment"
                    | "end"
                    | "meantime"
                    | "interim"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "day"
                    | "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "hour"
            )
    }

    /// Whether the mention is the object of a preposition ("in the past",
    /// "to a fourth term as prime minister"), no subject of a verb.
    pub(super) fn after_preposition(&self, m: &Mention) -> bool {
        // Past an article: "at the State University of New York".
        let mut b = m.first;
        if b > 0 && matches!(self.word(b - 1), "the" | "a" | "an") {
            b -= 1;
        }
        b > 0
            && matches!(
                self.word(b - 1),
                "in" | "on"
                    | "at"
                    | "to"
                    | "of"
                    | "for"
                    | "from"
                    | "by"
                    | "about"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "into"
                    | "over"
                    | "under"
                    | "against"
                    | "among"
                    | "between"
                    | "through"
                    | "In"
                    | "On"
                    | "At"
                    | "To"
                    | "For"
                    | "From"
                    | "By"
                    | "During"
                    | "After"
                    | "Before"
            )
    }

    /// Whether the mention may have used the words a verb of using words
    /// quotes ("Ruiz coined “…”", "The minister referenced “…”", "A Post
    /// editorial hailed Ruiz as “…”", "A friend referred to him as “…”"): a
    /// person, an organization, a name, or a description headed by a role, a
    /// document or a noun for people.
    pub(crate) fn uses_words(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Entity(e) => self.entities[e].kind != EntityKind::Place,
            MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She),
            MentionKind::Name => self.is_name(m),
            MentionKind::Description => {
                let head = self.word(m.last);
                let mut buf = [0u8; 24];
                let lower = lowercase(head, &mut buf).unwrap_or("");
                let base = lower.strip_suffix('s').unwrap_or(lower);
                is_role(head) || super::words::is_document(head) || is_person_noun(base)
            }
        }
    }

    /// Whether the mention is a capitalized name the tagger missed, no common word.
    pub(crate) fn is_name(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Name && !crate::entities::is_common_word(self.word(m.first))
    }

    /// Whether the mention is a person: a person the tagger found, or "he", "she".
    pub(crate) fn is_person(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Entity(e) => self.entities[e].kind == EntityKind::Person,
            MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She),
            _ => false,
        }
    }

    /// The tokens of an entity around token `i`.
    pub(super) fn entity_mention(&self, e: usize, i: usize) -> Mention {
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
        if !self.is_word(end) || self.quoted[end] || self.credit[end] {
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
        // "Some chanted “USA! USA!”", "Others said": a part of a group named before.
        if matches!(w, "Some" | "Many" | "Others" | "others" | "Several" | "Few") {
            return Some(Mention {
                first: end,
                last: end,
                kind: MentionKind::Description,
            });
        }
        if let Some(e) = self.entity(end) {
            return Some(self.entity_mention(e, end));
        }
        if self.is_capitalized(end) && !is_function_word(w) {
            return Some(self.name_ending_at(end, limit));
        }
        if is_role(w) {
            return Some(self.role_ending_at(end, limit));
        }
        // "the secretary of state said", "the head of the agency said": a
        // role with what it heads.
        if let Some(m) = self.role_of_ending_at(end, limit) {
            return Some(m);
        }
        // "Another commenter said": a noun after a determiner; "a separate email".
        if w.starts_with(|c: char| c.is_ascii_lowercase())
            && (!is_reporting_verb(w) || self.noun_after_determiner(end))
        {
            return self.noun_phrase_ending_at(end, limit);
        }
        None
    }

    /// The capitalized words the tagger missed that end at `end`, with an
    /// "of" or "for" inside: "Department of Agriculture".
    fn name_ending_at(&self, end: usize, limit: usize) -> Mention {
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
        Mention {
            first,
            last: end,
            kind: MentionKind::Name,
        }
    }

    /// A description that ends in the role at `end`, back over a few words
    /// and owners to its determiner, stopping before a function word, a
    /// reporting verb or a quotation: "the Kremlin spokesperson", "Trump's lawyer".
    fn role_ending_at(&self, end: usize, limit: usize) -> Mention {
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
        Mention {
            first,
            last: end,
            kind: MentionKind::Description,
        }
    }

    /// A role and the "of" phrase after it, ending at the lowercase noun at
    /// `end`: "the secretary of state", "the head of the agency".
    fn role_of_ending_at(&self, end: usize, limit: usize) -> Option<Mention> {
        if !self.is_word(end) || !self.word(end).starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let of = (end.saturating_sub(2).max(limit + 1)..end)
            .rev()
            .find(|&k| self.word(k) == "of")?;
        // Between "of" and the noun at most an article.
        if of + 1 < end && !matches!(self.word(of + 1), "the" | "a" | "an") {
            return None;
        }
        let role = of
            .checked_sub(1)
            .filter(|&r| r >= limit && is_role(self.word(r)))?;
        let m = self.role_ending_at(role, limit);
        Some(Mention { last: end, ..m })
    }

    /// A lowercase noun at `end` as a description: after an owner
    /// ("Clinton’s response") or after a determiner within three words
    /// ("another commenter").
    fn noun_phrase_ending_at(&self, end: usize, limit: usize) -> Option<Mention> {
        // "the council when asked", "the crowd began to": a clause word or a
        // preposition is no head noun.
        if matches!(
            self.word(end),
            "to" | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "from"
                | "with"
                | "by"
                | "when"
                | "who"
                | "which"
                | "that"
                | "while"
                | "as"
                | "if"
                | "because"
                | "and"
                | "or"
                | "but"
                | "where"
                | "whom"
                | "whose"
        ) {
            return None;
        }
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
        // "21 percent said": a number opens the phrase as a determiner does.
        let number = |k: usize| self.doc.tokens[k].kind == TokenKind::Number;
        let det = (limit..end)
            .rev()
            .take(3)
            .take_while(|&k| (self.is_word(k) || (number(k) && k + 1 == end)) && !self.quoted[k])
            .find(|&k| number(k) || is_determiner(self.word(k)))?;
        // "said that scout leaders", "noted that the": "that" opens a clause, no noun phrase.
        if self.word(det) == "that" {
            return None;
        }
        // A role or "to" before the last word ends the noun phrase there: "the
        // senator fired back", "the flap to bring" are no speakers.
        let plain = (det + 1..end).all(|k| {
            let wk = self.word(k);
            !is_function_word(wk)
                && !is_reporting_verb(wk)
                && !is_determiner(wk)
                && !is_role(wk)
                && wk != "to"
        });
        plain.then_some(Mention {
            first: det,
            last: end,
            kind: MentionKind::Description,
        })
    }

    /// The first mention in `from..to`: a pronoun, a name or a description.
    pub(super) fn first_mention(&self, from: usize, to: usize) -> Option<Mention> {
        let mut k = from;
        while k < to {
            if self.quoted[k] || self.credit[k] || !self.is_word(k) {
                k += 1;
                continue;
            }
            let w = self.word(k);
            if pronoun(w).is_some() {
                return self.mention_ending_at(k, from);
            }
            if let Some(e) = self.entity(k) {
                let m = self.entity_mention(e, k);
                // "Democratic candidate Ana Ruiz", "Clinton spokesman Brian
                // Fallon": a name before a role modifies it; its holder speaks.
                if let Some(holder) = self.holder_after_name(&m, to) {
                    return Some(holder);
                }
                if self.can_speak(&m) {
                    return Some(m);
                }
                k = m.last + 1;
                continue;
            }
            // "About 200 protesters": a word that qualifies a number opens no name.
            let before_number = self
                .doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number);
            if before_number && k + 2 < to && is_role(self.word(k + 2)) {
                return Some(Mention {
                    first: k,
                    last: k + 2,
                    kind: MentionKind::Description,
                });
            }
            if self.is_capitalized(k) && !is_function_word(w) && honorific(w).is_none() {
                let m = self.name_starting_at(k, from, to);
                if let Some(holder) = self.holder_after_name(&m, to) {
                    return Some(holder);
                }
                // "Attorney General Loretta E. Lynch": titles before a name the tagger found.
                if m.last + 1 < to {
                    if let Some(e) = self.entity(m.last + 1) {
                        let named = self.entity_mention(e, m.last + 1);
                        if self.can_speak(&named) {
                            return Some(named);
                        }
                    }
                }
                // "Hours later, …": an ordinary word opening the sentence is passed by.
                if !self.opening_word(&m) {
                    return Some(m);
                }
                k = m.last + 1;
                continue;
            }
            if is_determiner(w) || is_role(w) {
                if let Some(m) = self.description_starting_at(k, to) {
                    // "New York attorney Eric Levine said": a role, then the
                    // person who holds it, named right after; "the state
                    // director, Mike Rubino, reached out": or set off by commas.
                    return Some(
                        self.holder_of_role(&m, to)
                            .or_else(|| self.apposed_person(&m, to))
                            .unwrap_or(m),
                    );
                }
            }
            k += 1;
        }
        None
    }

    /// The person named right after a description that ends in a role
    /// ("attorney Eric Levine", "the company's chief executive Ana Ruiz"),
    /// before `to`.
    fn holder_of_role(&self, d: &Mention, to: usize) -> Option<Mention> {
        let next = d.last + 1;
        if next >= to || !is_role(self.word(d.last)) {
            return None;
        }
        let e = self.entity(next)?;
        let m = self.entity_mention(e, next);
        (self.is_person(&m) && self.can_speak(&m)).then_some(m)
    }

    /// The person named after a name and a role of one to three lowercase
    /// words ("Democratic candidate Ana Ruiz", "Clinton campaign spokesman
    /// Brian Fallon"), before `to`.
    fn holder_after_name(&self, m: &Mention, to: usize) -> Option<Mention> {
        let mut j = m.last + 1;
        while j < to
            && j - m.last <= 3
            && self.is_word(j)
            && !self.quoted[j]
            && self.word(j).starts_with(|c: char| c.is_ascii_lowercase())
        {
            j += 1;
        }
        if j == m.last + 1 || j >= to || !is_role(self.word(j - 1)) {
            return None;
        }
        let e = self.entity(j)?;
        let p = self.entity_mention(e, j);
        (self.is_person(&p) && self.can_speak(&p)).then_some(p)
    }

    /// The person named between commas right after a description ("the
    /// state director, Mike Rubino, reached out"), before `to`.
    fn apposed_person(&self, d: &Mention, to: usize) -> Option<Mention> {
        let next = d.last + 2;
        if next >= to || self.word(d.last + 1) != "," {
            return None;
        }
        let e = self.entity(next)?;
        let m = self.entity_mention(e, next);
        let closed = m.last + 1 < to && self.word(m.last + 1) == ",";
        (closed && self.is_person(&m) && self.can_speak(&m)).then_some(m)
    }

    /// The capitalized words from `k` on, before `to`, with an honorific just
    /// before them (not before `from`): "Mr Trump".
    fn name_starting_at(&self, k: usize, from: usize, to: usize) -> Mention {
        let mut last = k;
        // A name the tagger found ends the run: "Former Arkansas Gov." stops before "Mike Huckabee".
        while last + 1 < to
            && self.is_capitalized(last + 1)
            && !is_function_word(self.word(last + 1))
            && self.entity(last + 1).is_none()
        {
            last += 1;
        }
        let first = if k > from && self.is_word(k - 1) && honorific(self.word(k - 1)).is_some() {
            k - 1
        } else {
            k
        };
        Mention {
            first,
            last,
            kind: MentionKind::Name,
        }
    }

    /// A description from the determiner or role at `k` to the role that
    /// follows within a few words, before any reporting verb ("the former US
    /// president said"); else, when `k` is itself a role, that word alone.
    fn description_starting_at(&self, k: usize, to: usize) -> Option<Mention> {
        let mut last = k;
        // A role runs on only into roles ("woman rallied supporters" is no description).
        let open = is_determiner(self.word(k));
        while open && last + 1 < to && last - k < 5 && self.is_word(last + 1) {
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
        if !is_role(self.word(k)) {
            return None;
        }
        let mut last = k;
        while !open && last + 1 < to && is_role(self.word(last + 1)) {
            last += 1;
        }
        Some(Mention {
            first: k,
            last,
            kind: MentionKind::Description,
        })
    }

    /// The mention right after a verb: "said Kremlin spokesperson Yury Ushakov".
    pub(super) fn mention_after(&self, from: usize, to: usize) -> Option<Mention> {
        let end = self.speaker_phrase_end(from, to);
        if end == from {
            return None;
        }
        if pronoun(self.word(from)).is_some() {
            return self.mention_ending_at(from, from);
        }
        // "“…,” read one. “…,” said another.": a member of a group named before.
        if end == from + 1 && matches!(self.word(from), "one" | "another") {
            return Some(Mention {
                first: from,
                last: from,
                kind: MentionKind::Description,
            });
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

    /// Where the phrase that may name a speaker after a verb ends
    /// (exclusive): at most ten tokens, up to a pronoun, a quotation, or a
    /// lowercase word that opens a clause or an adverbial.
    fn speaker_phrase_end(&self, from: usize, to: usize) -> usize {
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
            // A pronoun or a second determiner opens another phrase: "saying the city embodied the".
            let article = matches!(w, "the" | "a" | "an") && self.word(end - 1) != "of";
            if end > from && (pronoun(w).is_some() || article) {
                break;
            }
            // "said one of the organizers", "said some of those advisers".
            if w == "of" && end == from + 1 && is_quantifier(self.word(from)) {
                end += 1;
                continue;
            }
            if !self.is_capitalized(end) && ends_speaker_phrase(w) {
                break;
            }
            end += 1;
        }
        end
    }
}

/// Lowercase words that end the phrase naming a speaker after a verb:
/// "said Ushakov on Monday", "said the mayor of Kyiv".
fn ends_speaker_phrase(w: &str) -> bool {
    matches!(
        w,
        "could"
            | "would"
            | "should"
            | "will"
            | "can"
            | "may"
            | "might"
            | "must"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "who"
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
}

/// Words that take "of" before the group they pick from: "one of the aides".
fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "some"
            | "many"
            | "several"
            | "another"
            | "each"
            | "most"
            | "none"
    )
}

/// Nouns for people or bodies of people, in the singular without its "s"
/// ("friend", "wive", "allie"): kin, friends, staff, supporters, rivals.
fn is_person_noun(base: &str) -> bool {
    matches!(
        base,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "parent"
            | "children"
            | "child"
            | "family"
            | "friend"
            | "colleague"
            | "ally"
            | "allie"
            | "team"
            | "staff"
            | "fan"
            | "follower"
            | "backer"
            | "donor"
            | "partner"
            | "boss"
            | "lawyer"
            | "attorney"
            | "counsel"
            | "doctor"
            | "coach"
            | "teammate"
            | "neighbor"
            | "neighbour"
            | "peer"
            | "rival"
            | "opponent"
            | "successor"
            | "predecessor"
            | "deputy"
            | "assistant"
            | "aide"
            | "adviser"
            | "advisor"
            | "publicist"
            | "agent"
            | "camp"
            | "side"
            | "party"
            | "administration"
            | "organization"
            | "group"
            | "union"
            | "firm"
            | "board"
            | "council"
            | "wive"
            | "kid"
            | "people"
            | "voter"
    )
}

//! The attribution patterns after a quote: `“…,” X said`, `“…,” said X`,
//! `“…,” X told Y`, an unlisted verb (`“…,” he surmised`), a name alone
//! (`“…” ― Jacklyn Ashley`), and an attribution closing the sentence after
//! a comma (`“…” that X would win, he said.`).

use crate::text::TokenKind;

use super::attribution::Attributor;
use super::attribution::{Mention, MentionKind};
use super::words::is_determiner;

impl Attributor<'_, '_> {
    /// `“…,” X said`, `“…,” said X`, `“…,” X told Y`.
    /// `tagged`: the quote ends in a comma, "?" or "!" or runs on in its
    /// sentence, so the attribution may come a few words on; `guess`: an
    /// unlisted verb may do ("he surmised").
    pub(super) fn after(
        &self,
        from: usize,
        to: usize,
        tagged: bool,
        guess: bool,
    ) -> Option<Mention> {
        let mut first = from;
        // Closing marks and a comma or dash: a few tokens at most (a wall of marks stays linear).
        while first < to.min(from + 6)
            && (self.doc.tokens[first].kind == TokenKind::Quote
                || matches!(self.word(first), "," | "—" | "–" | "-" | "―"))
        {
            first += 1;
        }
        if let Some(m) = self.came_from(first, to) {
            return Some(m);
        }
        if let Some(verb) = self.verb_after(first, to, tagged) {
            // “…” Ohio Gov. John Kasich said he would …: after a quote that
            // closed its sentence, a subject and verb that take a clause of
            // their own make a new statement, not the quote's attribution.
            if !tagged && verb > first && self.opens_clause(verb) {
                return None;
            }
            return self.speaker_of_verb_after(from, first, verb, to);
        }
        if !guess || first >= to {
            return None;
        }
        self.speaker_of_unlisted_verb(first, to)
    }

    /// `“…,” came shouts from the crowd`, `“…” rang out a voice from the
    /// back`, `“…,” came the reply from Ruiz`: the speech comes first, then
    /// the noun that names it, then its source after "from".
    fn came_from(&self, first: usize, to: usize) -> Option<Mention> {
        if first >= to
            || !matches!(
                self.word(first),
                "came" | "comes" | "rang" | "rings" | "rose" | "rises" | "went"
            )
        {
            return None;
        }
        let mut k = first + 1;
        if matches!(self.word(k), "out" | "up") {
            k += 1;
        }
        let mut spoken = false;
        while k < to.min(first + 7) {
            let w = self.word(k);
            if w == "from" {
                break;
            }
            // Nouns of speech: "shouts", "the reply", "a voice".
            let base = w.strip_suffix('s').unwrap_or(w);
            spoken |= super::words::is_cue_noun(w)
                || matches!(base, "voice" | "yell" | "scream" | "jeer" | "roar");
            if !self.is_word(k) || !w.starts_with(|c: char| c.is_lowercase()) {
                return None;
            }
            k += 1;
        }
        if !spoken || k >= to || self.word(k) != "from" {
            return None;
        }
        self.mention_after(k + 1, to.min(k + 9))
            .filter(|m| self.can_speak(m))
    }

    /// Whether the token at `k` is the last of its sentence.
    fn ends_sentence_at(&self, k: usize) -> bool {
        let doc = self.doc;
        match (doc.tokens.get(k), doc.tokens.get(k + 1)) {
            (Some(t), Some(next)) => {
                doc.sentence_at(t.span.start) != doc.sentence_at(next.span.start)
            }
            _ => true,
        }
    }

    /// Whether the words after the verb at `verb` open a reported clause
    /// ("said he would", "said that", "said the plan"), not the end of an
    /// attribution ("said.", "said on Monday") or the verb's object ("told
    /// the cheering crowd", "asked the mogul").
    fn opens_clause(&self, verb: usize) -> bool {
        let k = verb + 1;
        if k >= self.doc.tokens.len() || self.quoted[k] {
            return false;
        }
        let takes_object = matches!(
            self.word(verb),
            "told"
                | "tells"
                | "tell"
                | "asked"
                | "asks"
                | "ask"
                | "urged"
                | "warned"
                | "reminded"
                | "assured"
        );
        match self.word(k) {
            "he" | "she" | "they" | "it" | "we" | "I" | "that" => true,
            "the" | "a" | "an" | "his" | "their" => !takes_object,
            _ => false,
        }
    }

    /// The first reporting verb in `first..to`, before a quotation, the end
    /// of the sentence or a word that opens another clause; untagged, only
    /// within the first few words.
    fn verb_after(&self, first: usize, to: usize, tagged: bool) -> Option<usize> {
        let mut v = first;
        while v < to {
            if self.doc.tokens[v].kind == TokenKind::Quote && tagged {
                // "Bill Eastland, wearing “Ted Cruz” pins, said": a short
                // quoted name inside an aside set off by a comma is passed.
                let aside = (first..v).any(|k| self.word(k) == ",");
                let close =
                    (v + 1..to.min(v + 6)).find(|&k| self.doc.tokens[k].kind == TokenKind::Quote);
                match close {
                    Some(c) if aside && c > v + 1 => {
                        v = c + 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            if self.doc.tokens[v].kind == TokenKind::Quote || (!tagged && v > first + 4) {
                return None;
            }
            // A full stop ends the search where it ends the sentence, not
            // after an initial or an abbreviation ("Harry M. Reid (D-Nev.)
            // said"): the next sentence's verb is not the quote's ("“…,”
            // which votes in June. Still, Devine acknowledged").
            if matches!(self.word(v), "." | "!" | "?") && self.ends_sentence_at(v) {
                return None;
            }
            if self.is_verb(v) {
                return Some(v);
            }
            if matches!(
                self.word(v),
                ";" | "that" | "because" | "but" | "as" | "while" | "when" | "if" | "since"
            ) {
                return None;
            }
            v += 1;
        }
        None
    }

    /// The speaker of the reporting verb at `verb`, found after a quote that
    /// closed before `from`; the words after it start at `first`.
    fn speaker_of_verb_after(
        &self,
        from: usize,
        first: usize,
        verb: usize,
        to: usize,
    ) -> Option<Mention> {
        // "Mills then writes back, “…”": a particle may stand between.
        let introduces_next = (verb + 1..(verb + 4).min(self.doc.tokens.len())).any(|k| {
            self.doc.tokens[k].kind == TokenKind::Quote && matches!(self.word(k - 1), ":" | ",")
        });
        // “A,” X said, “B” — the verb serves both halves of a split
        // quote; after a question it may introduce only the next. The comma
        // is the quote's own, inside its closing mark (a tail read from a
        // later comma is no split quote).
        let split = from >= 2
            && self.doc.tokens[from - 1].kind == TokenKind::Quote
            && self.word(from - 2) == ",";
        if introduces_next && !split {
            return None;
        }
        if verb == first && self.word(verb).ends_with("ing") {
            // "X defended “New York values,” saying …": the participle's source opens the sentence.
            let s = self.doc.sentence_at(self.doc.tokens[verb].span.start)?;
            let start = self.doc.sentences[s].tokens.start;
            if let Some(m) = self.participle_subject(start, verb) {
                return Some(m);
            }
        }
        if verb == first {
            // "said Mr X." but not "said the candidate could win".
            let m = self.mention_after(verb + 1, to).filter(|m| {
                // "denounced her record": the verb's object, no speaker.
                if self.owned_thing(m) {
                    return false;
                }
                let next = m.last + 1;
                next >= to
                    || !self.is_word(next)
                    || !self.word(next).starts_with(|c: char| c.is_lowercase())
                    || may_follow_speaker(self.word(next))
            });
            // "said chief of staff Dan Reyes", "said the head of the union,
            // Dan Reyes": a role, then the person who holds it.
            if let Some(d) = m.filter(|m| m.kind == MentionKind::Description) {
                if let Some(p) = self.person_after_role(d.last + 1, to) {
                    return Some(p);
                }
            }
            // "said master of ceremonies Dana Whitfield", "said 9/11 widow
            // Ana Ruiz", "said 34-year-old Dan Reyes": a role of a few plain
            // nouns and "of", numbers among them, no article, then the person.
            if m.is_none() {
                let role = (verb + 1..to.min(verb + 8))
                    .take_while(|&k| {
                        let w = self.word(k);
                        let number = self.doc.tokens[k].kind == TokenKind::Number
                            || (matches!(w, "/" | "-") && k > verb + 1);
                        !self.quoted[k]
                            && (number
                                || self.is_word(k)
                                    && w.starts_with(|c: char| c.is_lowercase())
                                    && (w == "of"
                                        || !(is_determiner(w)
                                            || (super::words::is_skippable(w) && w != "first")
                                            || may_follow_speaker(w)
                                            || w.ends_with("ed")
                                            || w.ends_with("ly"))))
                    })
                    .last();
                if let Some(last) = role.filter(|&l| self.word(l) != "of") {
                    if let Some(e) = self.entity(last + 1) {
                        let p = self.entity_mention(e, last + 1);
                        if self.is_person(&p) && self.can_speak(&p) {
                            return Some(p);
                        }
                    }
                }
            }
            return m;
        }
        // "“…” for Clinton, said Kunin.": after a comma the verb comes before its subject.
        let inverts = matches!(
            self.word(verb),
            "said" | "says" | "added" | "adds" | "asked" | "asks" | "wrote" | "writes"
        );
        if inverts && verb > first && self.word(verb - 1) == "," {
            let to = to.min(verb + 12);
            if let Some(m) = self.mention_after(verb + 1, to).filter(|m| {
                matches!(m.kind, MentionKind::Entity(_) | MentionKind::Name) && self.can_speak(m)
            }) {
                return Some(m);
            }
        }
        if self.in_headline(verb) {
            // "‘…’ Donald Trump Is Like A Client, Trevor Noah Says": the name next to the verb.
            if let Some(m) = self
                .subject_before(verb, first)
                .filter(|m| self.can_speak(m))
            {
                return Some(m);
            }
        }
        // "“…,” Will wrote", "“…,” From said": a surname that is also a
        // function word, alone between the quote and its verb.
        if verb == first + 1
            && self.is_capitalized(first)
            && crate::quotes::words::pronoun(self.word(first)).is_none()
            && first > 0
            && self.doc.tokens[first - 1].kind == TokenKind::Quote
        {
            return Some(match self.entity(first) {
                Some(e) => self.entity_mention(e, first),
                None => Mention {
                    first,
                    last: first,
                    kind: MentionKind::Name,
                },
            });
        }
        // "“I held and hugged” grieving family members before laying flowers,
        // he said": after a comma, the subject just before the verb.
        if let Some(comma) = (first..verb).rev().find(|&k| self.word(k) == ",") {
            if let Some(m) = self.subject_before(verb, comma).filter(|m| {
                m.first == comma + 1
                    && (m.last + 1..verb).all(|k| super::words::is_skippable(self.word(k)))
                    && matches!(
                        m.kind,
                        MentionKind::Pronoun(_) | MentionKind::Entity(_) | MentionKind::Name
                    )
                    && self.can_speak(m)
            }) {
                return Some(m);
            }
        }
        // "“…” at the Democratic convention, he said": no object of a preposition.
        self.first_mention(first, verb)
            .filter(|m| self.can_speak(m) && !self.after_preposition(m))
            .or_else(|| self.subject_before(verb, first))
            .or_else(|| self.description(first, verb))
    }

    /// An unlisted verb: “…,” he surmised / “…,” exhorted Jamie Curtis; or a
    /// name alone: “…,” Cecelia Purner, 67, a retired ... / “…” ― Jacklyn Ashley
    /// / “…” -Councillor Ana Ruiz.
    fn speaker_of_unlisted_verb(&self, first: usize, to: usize) -> Option<Mention> {
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
        // "-Councillor Ana Ruiz": titles before the name, outside the mention.
        let titled = (first..m.first).all(|k| crate::entities::is_title(self.word(k)));
        // "an angry Hollande retaliated": a determiner and a word or two that describe the name.
        let described = m.first > first
            && m.first - first <= 3
            && is_determiner(self.word(first))
            && (first + 1..m.first).all(lower);
        let mut m = m;
        if named {
            while m.first < m.last && crate::entities::is_title(self.word(m.first)) {
                m.first += 1;
            }
        }
        ((verb_like || (name_alone && named))
            && (m.first == first || (named && (titled || (described && verb_like))))
            && m.kind != MentionKind::Description)
            .then_some(m)
    }

    /// `“…” that X would win, he said.`: an attribution closing the
    /// sentence the quote sits in, after a comma.
    pub(super) fn tail(&self, from: usize, to: usize) -> Option<Mention> {
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

    /// The words from a determiner to the verb: "the gambling tycoon told",
    /// before any auxiliary ("a reporter could be heard asking").
    fn description(&self, first: usize, verb: usize) -> Option<Mention> {
        if !(first < verb && verb - first <= 5 && is_determiner(self.word(first))) {
            return None;
        }
        let last = (first + 1..verb)
            .find(|&k| super::words::is_skippable(self.word(k)))
            .map_or(verb - 1, |k| k - 1);
        (last > first || !is_determiner(self.word(last))).then_some(Mention {
            first,
            last,
            kind: MentionKind::Description,
        })
    }
}

impl Attributor<'_, '_> {
    /// The person named right after a role that ends at `from` ("of staff
    /// Dan Reyes", "of the union, Dan Reyes"): the role's words run on in
    /// lower case, "of" and "the" and capitalized names of what it heads, then
    /// a person, after at most one comma and within eight tokens.
    fn person_after_role(&self, from: usize, to: usize) -> Option<Mention> {
        let end = to.min(from + 8).min(self.doc.tokens.len());
        let mut commas = 0;
        for k in from..end {
            if let Some(e) = self.entity(k) {
                let m = self.entity_mention(e, k);
                return (self.is_person(&m) && self.can_speak(&m)).then_some(m);
            }
            let w = self.word(k);
            if w == "," {
                commas += 1;
                if commas > 1 {
                    return None;
                }
                continue;
            }
            let role_word = self.is_word(k)
                && (w.starts_with(|c: char| c.is_lowercase()) && !may_follow_speaker(w)
                    || matches!(w, "of" | "the"));
            if !role_word {
                return None;
            }
        }
        None
    }
}

/// Words that may follow a speaker named right after the verb ("said Mr X
/// of the agency", "said Mr X last week"), where other lowercase words mean
/// the verb's object goes on ("said the candidate could win").
fn may_follow_speaker(w: &str) -> bool {
    matches!(
        w,
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
}

//! The subject of a reporting verb: the mention just before it, past
//! adverbs and auxiliaries, an infinitive, a coordination ("smiled and
//! said") or an apposition between commas ("X, a pollster, said").

use super::attribution::Attributor;
use super::attribution::{Mention, MentionKind};
use super::words::{is_pictograph, is_reporting_verb, is_skippable};

impl Attributor<'_, '_> {
    /// The subject of the verb at `verb`: the mention just before it,
    /// past adverbs and an apposition between commas, not before `limit`.
    pub(super) fn subject_before(&self, verb: usize, limit: usize) -> Option<Mention> {
        let mut end = self.subject_end(verb, limit)?;
        // "Rep. Paul Ryan (R-WI) said": past a parenthesis to the name.
        if self.word(end) == ")" && end > limit + 1 {
            if let Some(open) = (limit..end).rev().take(8).find(|&k| self.word(k) == "(") {
                if open > limit && self.is_word(open - 1) {
                    end = open - 1;
                }
            }
        }
        let w = self.word(end);
        if matches!(w, "and" | "but" | "then") {
            if let Some(m) = self.subject_of_coordinated_verb(end, limit) {
                return Some(m);
            }
        }
        if w == "who" && end > limit + 1 && self.word(end - 1) == "," {
            // "Attorney General Dan Reyes, who told": the name before the relative clause.
            if let Some(m) = self.name_before_comma(end - 1, limit) {
                return Some(m);
            }
        }
        if matches!(w, "that" | "which" | "who" | "and" | "but" | "then") {
            // "a video that said": the clause's first speaker; past an
            // opening clause for a coordinated verb ("When I asked him, he
            // looked up and said").
            let from = if matches!(w, "and" | "but" | "then") {
                self.clause_start_at_sentence(limit, end)
            } else {
                limit
            };
            return self
                .first_mention(from, end)
                .filter(|m| m.kind != MentionKind::Description);
        }
        if w != "," {
            // "An official who spoke on condition of anonymity said",
            // "A source speaking to Fox News said": the subject before its modifier.
            if let Some(m) = self.subject_before_modifier(end, limit) {
                return Some(m);
            }
            // "Beck, who has in the past described": no subject.
            return self
                .mention_ending_at(end, limit)
                .filter(|m| !(m.kind == MentionKind::Description && self.time_adverbial(m)))
                // "Aris Shirvanian of the Armenian Patriarchate of Jerusalem": twice at most.
                .map(|m| {
                    let head = self.head_of_place(m, limit).unwrap_or(m);
                    self.head_of_place(head, limit).unwrap_or(head)
                })
                .or_else(|| self.definite_description(end, limit));
        }
        if let Some(open) = self.parenthetical_before(end, limit) {
            // "Fiorina, speaking to Iowans, said": the subject is before the aside.
            if let Some(m) = self.name_before_comma(open, limit) {
                return Some(m);
            }
        }
        // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore
        // Romano, said": a person opening the appositions before a name that is none.
        match self.name_before_comma(end, limit) {
            Some(m)
                if matches!(m.kind, MentionKind::Entity(_) | MentionKind::Name)
                    && !self.is_person(&m) =>
            {
                Some(
                    self.subject_before_apposition(end, limit)
                        .filter(|p| self.is_person(p))
                        .unwrap_or(m),
                )
            }
            Some(m) => Some(m),
            None => self.subject_before_apposition(end, limit),
        }
    }

    /// The subject of a verb whose last words before it modify the subject
    /// without commas: a relative clause ("an official who spoke on
    /// condition of anonymity said") or a participle or adjective with its
    /// object ("a source speaking to Fox News said", "an aide familiar with
    /// the talks said"). `end` is the last word before the verb.
    fn subject_before_modifier(&self, end: usize, limit: usize) -> Option<Mention> {
        let lower = |k: usize| {
            self.is_word(k)
                && !self.quoted[k]
                && self.word(k).starts_with(|c: char| c.is_ascii_lowercase())
        };
        // The relative pronoun or the modifier, back over lowercase words and names.
        let mut k = end;
        for _ in 0..12 {
            // The subject may open the stretch: "Farmers marching through …".
            if k <= limit {
                return None;
            }
            let w = self.word(k);
            let relative = w == "who" && lower(k + 1);
            let modifier = (matches!(
                w,
                "speaking" | "talking" | "writing" | "close" | "familiar" | "briefed"
            ) && matches!(self.word(k + 1), "to" | "with" | "on" | "in"))
                || self.participle_modifier(k);
            if relative || modifier {
                return self
                    .mention_ending_at(k - 1, limit)
                    .filter(|m| self.can_speak(m) && !self.after_preposition(m));
            }
            if !(lower(k) || self.is_capitalized(k)) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// "The senator from Ohio added", "a resident of Toledo said", "Aris
    /// Shirvanian of the Armenian Patriarchate told": for a place (or, after
    /// a person, an organization or a name) after "from", "of" or "in", the
    /// person or description it qualifies, with the place in a description.
    fn head_of_place(&self, m: Mention, limit: usize) -> Option<Mention> {
        let place = match m.kind {
            MentionKind::Entity(e) => self.entities[e].kind == crate::analysis::EntityKind::Place,
            MentionKind::Name => false,
            _ => return None,
        };
        let mut of = m.first.checked_sub(1)?;
        if self.word(of) == "the" {
            of = of.checked_sub(1)?;
        }
        if of < limit + 1 || !matches!(self.word(of), "from" | "of" | "in") {
            return None;
        }
        let head = self.mention_ending_at(of - 1, limit)?;
        match head.kind {
            // "the senator from Ohio"; not "the transition in Syria".
            MentionKind::Description if place => super::words::is_role(self.word(head.last))
                .then_some(Mention {
                    last: m.last,
                    ..head
                }),
            _ if place => self.can_speak(&head).then_some(head),
            _ => (self.is_person(&head) && self.can_speak(&head)).then_some(head),
        }
    }

    /// A definite description that ends at `end` and opens its clause: "the
    /// 34-year-old mother of three replied", "Later, the former prosecutor
    /// added": "the" after the clause's start or a comma, then words,
    /// numbers and hyphens (with "of"), no clause word or verb; or a plural
    /// of a few words opening the sentence ("Corporate lobbyists describe").
    fn definite_description(&self, end: usize, limit: usize) -> Option<Mention> {
        // The head: a lowercase noun ("secretary of state" is no "secretary of").
        let head = self.word(end);
        if !self.is_word(end)
            || !head.starts_with(|c: char| c.is_ascii_lowercase())
            || head == "of"
            || !self.description_word(end)
        {
            return None;
        }
        let mut k = end;
        for _ in 0..10 {
            if k <= limit {
                // "Corporate lobbyists describe such work as “…”": a plural
                // without an article opening the sentence, a few words long.
                let opens_sentence = self
                    .doc
                    .sentence_at(self.doc.tokens[k].span.start)
                    .is_some_and(|s| self.doc.sentences[s].tokens.start == k);
                let plural = head.ends_with('s') && !head.ends_with("ss");
                let bare = k == limit
                    && opens_sentence
                    && plural
                    && end - k <= 3
                    && self.is_capitalized(k)
                    && !super::words::is_function_word(self.word(k))
                    && self.entity(k).is_none();
                return bare.then_some(Mention {
                    first: k,
                    last: end,
                    kind: MentionKind::Description,
                });
            }
            k -= 1;
            let w = self.word(k);
            if matches!(w, "the" | "The") {
                let opens = k == limit || matches!(self.word(k - 1), "," | "—" | "–");
                return (opens && k < end).then_some(Mention {
                    first: k,
                    last: end,
                    kind: MentionKind::Description,
                });
            }
            if !self.description_word(k) {
                return None;
            }
        }
        None
    }

    /// Whether token `k` may stand inside a description after its "the": a
    /// number, a hyphen, "of" or a word that is no function word, pronoun,
    /// verb, clause word or preposition.
    fn description_word(&self, k: usize) -> bool {
        let w = self.word(k);
        match self.doc.tokens[k].kind {
            crate::text::TokenKind::Number => true,
            crate::text::TokenKind::Word => {
                !self.quoted[k]
                    && (w == "of"
                        || !(super::words::is_function_word(w)
                            // "mother of three": a count is no determiner here.
                            || (super::words::is_determiner(w)
                                && !matches!(w, "one" | "two" | "three"))
                            || super::words::pronoun(w).is_some()
                            || is_reporting_verb(w)
                            || is_skippable(w)
                            || matches!(
                                w,
                                "and"
                                    | "or"
                                    | "but"
                                    | "who"
                                    | "that"
                                    | "which"
                                    | "to"
                                    | "in"
                                    | "on"
                                    | "at"
                                    | "for"
                                    | "with"
                                    | "by"
                                    | "from"
                            )))
            }
            _ => w == "-",
        }
    }

    /// Whether the word at `k` is a participle that opens a phrase modifying
    /// the noun before it: "Farmers marching through the capital",
    /// "Residents living near the plant", "The audience gathered in the East
    /// Room" (a lowercase "-ing" or "-ed" word, then a preposition).
    pub(super) fn participle_modifier(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is_word(k)
            && !self.quoted[k]
            && w.len() >= 6
            && (w.ends_with("ing") || w.ends_with("ed"))
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_reporting_verb(w)
            && k + 1 < self.doc.tokens.len()
            && matches!(
                self.word(k + 1),
                "through"
                    | "near"
                    | "in"
                    | "on"
                    | "at"
                    | "outside"
                    | "inside"
                    | "across"
                    | "along"
                    | "around"
                    | "from"
                    | "behind"
                    | "into"
            )
    }

    /// The comma that opens an aside closed by the comma at `end`, when the
    /// aside is a participle or relative clause ("X, speaking to Y, said",
    /// "X, who leads Y, said"): the names inside it are not the subject.
    fn parenthetical_before(&self, end: usize, limit: usize) -> Option<usize> {
        let open = (limit..end)
            .rev()
            .take(15)
            .find(|&c| self.word(c) == "," && !self.quoted[c])?;
        let first = self.word(open + 1);
        // "X, speaking to Y, said", "X, asked about Y, said".
        let aside = (first.len() > 4
            && (first.ends_with("ing") || first.ends_with("ed"))
            && first.starts_with(|c: char| c.is_ascii_lowercase()))
            || matches!(first, "who" | "whose" | "which");
        (aside && open > limit).then_some(open)
    }

    /// The token where the subject of the verb at `verb` should end: back
    /// over adverbs and auxiliaries ("has also said") and the verbs before an
    /// infinitive ("Mr. Trump was prompted to say"); `None` when that reaches
    /// `limit`.
    fn subject_end(&self, verb: usize, limit: usize) -> Option<usize> {
        let mut j = verb;
        // Past adverbs ("Okafor later said") and pictographs ("Okafor 🇳🇬 said").
        while j > limit
            && (self.is_word(j - 1) && is_skippable(self.word(j - 1))
                || is_pictograph(self.word(j - 1)))
        {
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
        // The subject ends before the verbs: at `limit` there is no room for one.
        (j > limit).then(|| j - 1)
    }

    /// Where the main clause starts ([`Self::clause_start`]) when `limit`
    /// opens its sentence; else `limit` ("by George Anders, Fiorina …" after
    /// a quote is no opening phrase).
    fn clause_start_at_sentence(&self, limit: usize, end: usize) -> usize {
        let opens = self
            .doc
            .tokens
            .get(limit)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .is_some_and(|s| self.doc.sentences[s].tokens.start == limit);
        if opens {
            self.clause_start(limit, end)
        } else {
            limit
        }
    }

    /// The subject of a verb after "and", "but" or "then" at `end`: a name
    /// just before the first verb ("Ms. Sherry smiled and said"), else the
    /// subject of the first reporting verb from `limit` ("Ushakov said ...
    /// and urged").
    fn subject_of_coordinated_verb(&self, end: usize, limit: usize) -> Option<Mention> {
        // "When I asked Sanders …, he looked up and said": the opening
        // clause's verb is not the one coordinated.
        let limit = self.clause_start_at_sentence(limit, end);
        // "Ms. Sherry smiled and said": a name just before the first verb.
        let mut k = end;
        while k > limit && end - k < 5 {
            k -= 1;
            if let Some(m) = self.mention_ending_at(k, limit) {
                // A verb between the name and "and" ("made by Bill Bratton and
                // said": the name is an object, not the subject).
                if m.kind != MentionKind::Description && self.can_speak(&m) && k + 1 < end {
                    return Some(m);
                }
                break;
            }
            if !self.is_word(k) || !self.word(k).starts_with(|c: char| c.is_lowercase()) {
                break;
            }
        }
        // "Ushakov said ... and urged": the subject of the verb before.
        (limit..end)
            .find(|&k| self.is_verb(k))
            .and_then(|k| self.subject_before(k, limit))
    }

    /// "Gov. John Kasich (R-OH), said": the name, pronoun or entity right
    /// before the comma at `end` (past a parenthesis), if it can speak.
    fn name_before_comma(&self, end: usize, limit: usize) -> Option<Mention> {
        let mut e = end;
        if e > limit + 1 && self.word(e - 1) == ")" {
            if let Some(open) = (limit..e - 1).rev().take(8).find(|&k| self.word(k) == "(") {
                e = open;
            }
        }
        if e <= limit {
            return None;
        }
        self.mention_ending_at(e - 1, limit).filter(|m| {
            matches!(
                m.kind,
                MentionKind::Entity(_) | MentionKind::Name | MentionKind::Pronoun(_)
            ) && self.can_speak(m)
        })
    }

    /// "X, a pollster, said" / "Lavrov, without evidence, accused": the
    /// mention before one of the last three commas before `end`, a name
    /// before a description.
    fn subject_before_apposition(&self, end: usize, limit: usize) -> Option<Mention> {
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
            // A comma first in the window has no subject before it in the window.
            if comma <= limit {
                break;
            }
            match self.mention_ending_at(comma - 1, limit) {
                // "Clinton, during a town hall in Columbus, Ohio, said": no
                // object of a preposition.
                Some(m) if self.after_preposition(&m) => {
                    // "Proponents of the new bill, however, say", "a woman in
                    // Worcester, Massachusetts, told": the phrase the
                    // preposition belongs to.
                    let mut of = m.first - 1;
                    if matches!(self.word(of), "the" | "a" | "an") && of > limit {
                        of -= 1;
                    }
                    if matches!(self.word(of), "of" | "in" | "from" | "at")
                        && of > limit
                        && fallback.is_none()
                    {
                        // "Rep. Tom Cole of Oklahoma": the person himself.
                        fallback = self.mention_ending_at(of - 1, limit).map(|head| {
                            let plain = head.kind == MentionKind::Description
                                || (head.kind == MentionKind::Name
                                    && crate::entities::is_common_word(self.word(head.first)));
                            if plain {
                                Mention {
                                    last: m.last,
                                    kind: MentionKind::Description,
                                    ..head
                                }
                            } else {
                                head
                            }
                        });
                    }
                }
                Some(m) if m.kind != MentionKind::Description => return Some(m),
                Some(m) if fallback.is_none() => fallback = Some(m),
                _ => {}
            }
            k = comma;
        }
        fallback
    }
}

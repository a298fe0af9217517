//! The attribution patterns before a quote and leading into it: `X said:
//! “…”`, `X told Y that … “…”`, "according to X", a colon lead-in ("Trump on
//! Clinton: “…”"), and the speaker of the sentence before a quote that opens
//! its own.

use crate::analysis::EntityKind;
use crate::text::TokenKind;

use super::attribution::Attributor;
use super::attribution::{Mention, MentionKind};
use super::marks::Marked;
use super::words::{is_reporting_verb, Pronoun};

/// How many tokens before a quote its attribution is looked for.
const BEFORE_WINDOW: usize = 80;

impl Attributor<'_, '_> {
    /// `X said: “…”`, `X told Y that … “…”`: the nearest verb before the quote.
    pub(super) fn before(&self, open: usize, sentence_start: usize) -> Option<Mention> {
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
        // "Speaking to farmers in Iowa, Mendez said …": no name of an opening
        // participial phrase is the subject.
        let opener = match self.participle_opener_end(start, open) {
            Some(end) if start == sentence_start => Some(end),
            _ => None,
        };
        let start = opener.unwrap_or(start);
        let mut v = open;
        while v > start {
            v -= 1;
            if !self.is_verb(v) {
                continue;
            }
            // "Trump said, and I quote, “…”": the writer's aside is no attribution.
            if v > 0 && self.word(v) == "quote" && self.word(v - 1) == "I" {
                continue;
            }
            // "When Trump suggested that …, Rubio fired back forcefully: “…”":
            // a clause of its own before the colon, with an unlisted verb,
            // names the source before a verb in an earlier clause.
            if open > 0 && self.word(open - 1) == ":" && (v + 1..open).any(|k| self.word(k) == ",")
            {
                if let Some(m) = self
                    .colon_clause_subject(open)
                    .filter(|m| m.kind != MentionKind::Description)
                {
                    return Some(m);
                }
            }
            // "Said Comey, “…”", "Added the mayor: “…”": the source after its verb.
            if v == start && v == sentence_start {
                if let Some(m) = self
                    .mention_after(v + 1, open)
                    .filter(|m| self.can_speak(m))
                {
                    return Some(m);
                }
            }
            let w = self.word(v);
            if let Some(m) = self.display_before(v, start) {
                return Some(m);
            }
            if w.ends_with("ing") {
                // "…, with Trump reportedly yelling: “…”": the participle's own subject.
                let mut k = v;
                while k > start + 1 && super::words::is_skippable(self.word(k - 1)) {
                    k -= 1;
                }
                // "with one of her ads asking": a part of a group or a thing that speaks.
                let with = k
                    .checked_sub(1)
                    .and_then(|e| self.mention_ending_at(e, start))
                    .map(|m| {
                        let part = m.first >= start + 3
                            && self.word(m.first - 1) == "of"
                            && matches!(self.word(m.first - 2), "one" | "some" | "many" | "each");
                        if part {
                            Mention {
                                first: m.first - 2,
                                ..m
                            }
                        } else {
                            m
                        }
                    })
                    .filter(|m| m.first > start && self.word(m.first - 1) == "with")
                    .filter(|m| self.can_speak(m));
                if with.is_some() {
                    return with;
                }
                // "Nefzi said, adding": the subject of a verb before,
                // else the first speaker of the sentence, past an opening
                // phrase ("Alongside BLM calls for action, a strategist said").
                let start = self.clause_start(start, v);
                let earlier = (start..v)
                    .filter(|&k| self.is_verb(k) && !self.word(k).ends_with("ing"))
                    .find_map(|k| self.subject_before(k, start));
                if let Some(m) = earlier.or_else(|| self.participle_subject(start, v)) {
                    return Some(m);
                }
            }
            if let Some(m) = self.subject_before(v, start) {
                return Some(m);
            }
        }
        // "Speaking to reporters on Monday, Bush called the plan “…”": a
        // reporting participle opening the sentence is its subject's.
        if opener.is_some() && is_reporting_verb(self.word(sentence_start)) {
            return self.participle_subject(sentence_start, open);
        }
        None
    }

    /// The subject of a verb of using words at `v` ("Ruiz likened …", "Ruiz
    /// dismissed the report, citing …", "Ruiz used the speech to offer …"),
    /// when it may have used them ([`Self::uses_words`]). A gerund after a
    /// preposition ("credit for using …") has no subject here.
    pub(crate) fn user_of_words(&self, v: usize) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens[v].span.start)?;
        let start = doc.sentences[s].tokens.start;
        if v <= start {
            return None;
        }
        let before = self.word(v - 1);
        let participle = self.word(v).ends_with("ing");
        let m = if (participle && before == ",") || before == "to" {
            self.participle_subject(start, v)
        } else if participle && !super::words::is_skippable(before) {
            None
        } else {
            // "Democrats with ties to both Clintons cited": the head the
            // phrase after it modifies, no object of a preposition.
            let first = self.participle_subject(start, v);
            let near = self
                .subject_before(v, start)
                .filter(|m| !self.after_preposition(m));
            match (first, near) {
                (Some(f), Some(n))
                    if f.last < n.first
                        && matches!(
                            self.word(f.last + 1),
                            "with" | "of" | "from" | "in" | "at"
                        ) =>
                {
                    Some(f)
                }
                (_, Some(n)) => Some(n),
                (f, None) => f,
            }
        }?;
        self.uses_words(&m).then_some(m)
    }

    /// "held up a sign saying “…”", "wore a campaign hat reading, “…”": the
    /// thing that bears the words, a singular noun of display after its
    /// determiner (within six words), right before "saying" or "reading" at `v`.
    fn display_before(&self, v: usize, start: usize) -> Option<Mention> {
        if !matches!(self.word(v), "saying" | "reading") || v < start + 2 {
            return None;
        }
        let head = v - 1;
        let display = matches!(
            self.word(head),
            "sign"
                | "banner"
                | "placard"
                | "poster"
                | "hat"
                | "cap"
                | "shirt"
                | "T-shirt"
                | "t-shirt"
                | "sweatshirt"
                | "button"
                | "sticker"
                | "billboard"
        );
        if !display {
            return None;
        }
        let det = (head.saturating_sub(6).max(start)..head)
            .rev()
            .take_while(|&k| self.is_word(k) && !self.quoted[k])
            .find(|&k| matches!(self.word(k), "a" | "an" | "the" | "his" | "her" | "their"))?;
        Some(Mention {
            first: det,
            last: head,
            kind: MentionKind::Description,
        })
    }

    /// The owner of the words a quote gives in a phrase of speech: "Mitt
    /// Romney’s “47 percent” comment" (an owner, the quote, a noun of
    /// speech), "his call for “a total and complete ban”", "Clinton’s
    /// broadside against “printing money”" (an owner, one to four lowercase
    /// words, a preposition, the quote). The owner is a person, an
    /// organization, a name, or "his", "her", "their".
    pub(crate) fn owner_of_words(&self, q: &Marked) -> Option<Mention> {
        let c = q.close?;
        let doc = self.doc;
        let open = q.open;
        let cue_after = c + 1 < doc.tokens.len()
            && self.is_word(c + 1)
            && self.word(c + 1).starts_with(|ch: char| ch.is_lowercase())
            && super::words::is_cue_noun(self.word(c + 1));
        let owner_end = if cue_after && open > 0 {
            open - 1
        } else {
            let prep = open.checked_sub(1)?;
            if !matches!(self.word(prep), "of" | "for" | "against" | "about") {
                return None;
            }
            let mut k = prep;
            let mut words = 0;
            let owner = |j: usize| {
                doc.tokens[j].kind == TokenKind::Possessive
                    || matches!(
                        self.word(j),
                        "his" | "her" | "their" | "His" | "Her" | "Their"
                    )
            };
            while k > 0 && words < 4 {
                let w = self.word(k - 1);
                // "his long, pre-campaign embrace of": a comma between modifiers.
                if w == "," && k >= 2 && words > 0 && !owner(k - 2) {
                    k -= 1;
                    continue;
                }
                // "her call for “…”": a noun of speech right after its owner.
                let cue_noun = super::words::is_cue_noun(w) && k >= 2 && owner(k - 2);
                let plain = self.is_word(k - 1)
                    && !self.quoted[k - 1]
                    && w.starts_with(|ch: char| ch.is_lowercase())
                    && !super::words::is_determiner(w)
                    && !super::words::is_function_word(w)
                    && !super::words::is_skippable(w)
                    && (!is_reporting_verb(w) || cue_noun)
                    && super::words::pronoun(w).is_none();
                if !plain {
                    break;
                }
                k -= 1;
                words += 1;
            }
            if words == 0 || k == 0 {
                return None;
            }
            k - 1
        };
        let owner_word = self.word(owner_end);
        let pronoun = match owner_word {
            "his" | "His" => Some(Pronoun::He),
            "her" | "Her" => Some(Pronoun::She),
            "their" | "Their" => Some(Pronoun::Group),
            _ => None,
        };
        if let Some(p) = pronoun {
            // "his “Second Amendment people” remark": the owner's pronoun.
            return Some(Mention {
                first: owner_end,
                last: owner_end,
                kind: MentionKind::Pronoun(p),
            });
        }
        if doc.tokens[owner_end].kind != TokenKind::Possessive || owner_end == 0 {
            return None;
        }
        let m = self.mention_ending_at(owner_end - 1, 0)?;
        let named = matches!(m.kind, MentionKind::Entity(_)) || self.is_name(&m);
        (named && self.can_speak(&m)).then_some(m)
    }

    /// The source of a participle ("…, saying"): the first mention from
    /// `start` that can speak and is no object of a preposition ("On the eve
    /// of his election to a fourth term as prime minister, Netanyahu rallied
    /// supporters by warning").
    pub(super) fn participle_subject(&self, start: usize, v: usize) -> Option<Mention> {
        let mut from = self.clause_start(start, v);
        for _ in 0..8 {
            let m = self.first_mention(from, v)?;
            // "Ryan’s campaign shrugged off …, telling": the owner opens the
            // subject, whose head follows ("He’s" is no owner).
            let owner = !matches!(m.kind, MentionKind::Pronoun(_))
                && self
                    .doc
                    .tokens
                    .get(m.last + 1)
                    .is_some_and(|t| t.kind == TokenKind::Possessive);
            if owner {
                if let Some(head) = self
                    .first_mention(m.last + 2, v)
                    .filter(|h| h.first == m.last + 2 && self.can_speak(h))
                {
                    return Some(Mention {
                        first: m.first,
                        ..head
                    });
                }
            } else if self.can_speak(&m) && !self.after_preposition(&m) {
                return Some(m);
            }
            from = m.last + 1;
        }
        None
    }

    /// Where the main clause of the sentence opening at `start` begins,
    /// before `v`: past opening phrases that start with a preposition or a
    /// conjunction and end in a comma ("In response to Trump’s proposal to
    /// bar Muslims, Clinton’s aide rallied supporters, saying"), whose
    /// names are not the subject.
    pub(super) fn clause_start(&self, start: usize, v: usize) -> usize {
        // Past a dateline ("WASHINGTON (UPI) —").
        let mut from = start;
        while from < v && (self.credit[from] || matches!(self.word(from), "—" | "–" | "-" | "--"))
        {
            from += 1;
        }
        let dateline_end = from;
        if let Some(end) = self.participle_opener_end(from, v) {
            from = end;
        }
        // "And although he thanked them, Ruiz sounded …": a conjunction before the opening phrase.
        if from + 1 < v
            && matches!(self.word(from), "And" | "But" | "Yet" | "So")
            && opens_adverbial(self.word(from + 1))
        {
            from += 1;
        }
        for _ in 0..3 {
            if from >= v || !opens_adverbial(self.word(from)) {
                break;
            }
            let Some(comma) = (from + 1..v)
                .take(30)
                .find(|&k| self.word(k) == "," && !self.quoted[k])
            else {
                break;
            };
            from = comma + 1;
        }
        if from == dateline_end {
            start
        } else {
            from
        }
    }

    /// Where an opening participial phrase ends, before `v`: "Speaking to
    /// farmers in Iowa, Mendez said", "Asked whether Dan Reyes would run,
    /// Ana Ruiz said", "Hastily rewriting the plan ― much as he
    /// did last spring ― Okafor warned": past its comma, or past the aside
    /// its dash opens. The phrase's names are not the subject.
    pub(super) fn participle_opener_end(&self, from: usize, v: usize) -> Option<usize> {
        let opens = |k: usize| {
            let w = self.word(k);
            self.is_capitalized(k)
                && self.entity(k).is_none()
                && !crate::entities::is_name_word(w)
                && w.len() >= 5
                && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed"))
        };
        let participle = |k: usize| {
            let w = self.word(k);
            self.is_word(k) && w.len() >= 5 && w.ends_with("ing") && !self.quoted[k]
        };
        let lower =
            |k: usize| self.is_word(k) && self.word(k).starts_with(|c: char| c.is_lowercase());
        // "Speaking to", "Hastily politicizing": a participle taking its
        // object or a complement, or an adverb and a participle.
        let first = from;
        let ok = first + 2 < v
            && opens(first)
            && lower(first + 1)
            && (!self.word(first).ends_with("ly") || participle(first + 1));
        if !ok {
            return None;
        }
        let dash = |k: usize| matches!(self.word(k), "—" | "–" | "―" | "--");
        let end = (first + 2..v)
            .take(30)
            .find(|&k| !self.quoted[k] && (self.word(k) == "," || dash(k)))?;
        if self.word(end) == "," {
            return Some(end + 1);
        }
        // A dash opens an aside; the clause starts after the dash closing it.
        let close = (end + 1..v).take(30).find(|&k| dash(k))?;
        Some(close + 1)
    }

    /// For a quote that opens its sentence with no attribution of its own:
    /// the source of the sentence before, in its paragraph or the one before.
    /// A quote that opens its paragraph carries on the news convention: a
    /// paragraph of quotation after a paragraph attributed to X is X's, so
    /// the sentences of the paragraph before are read back to its last
    /// attribution.
    pub(crate) fn context(&self, q: &Marked) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens[q.open].span.start)?;
        if doc.sentences[s].tokens.start != q.open || s == 0 {
            return None;
        }
        let paragraph = doc.sentences[s].paragraph;
        // The sentence before, past captions and credits between (a photo's
        // caption may sit between two paragraphs of the same speaker).
        let mut last = s - 1;
        while last > 0 && self.is_credit_sentence(last) {
            last -= 1;
        }
        let prev = &doc.sentences[last];
        let credits_between = (prev.paragraph + 1..paragraph).all(|p| {
            let sentences = doc.paragraphs[p].sentences.clone();
            sentences.clone().all(|k| self.is_credit_sentence(k))
        });
        if prev.paragraph + 1 < paragraph && !credits_between {
            return None;
        }
        let opens_paragraph = doc.paragraphs[paragraph].sentences.start == s;
        let first = if opens_paragraph {
            // At most a few sentences back: a long paragraph's first
            // attribution is too far to carry.
            doc.paragraphs[prev.paragraph]
                .sentences
                .start
                .max((last + 1).saturating_sub(4))
        } else {
            last
        };
        (first..=last).rev().find_map(|k| self.sentence_source(k))
    }

    /// Whether every token of sentence `k` lies in a credit line ([`super::credit`]).
    fn is_credit_sentence(&self, k: usize) -> bool {
        let tokens = self.doc.sentences[k].tokens.clone();
        !tokens.is_empty()
            && tokens
                .into_iter()
                .all(|t| self.credit.get(t) == Some(&true))
    }

    /// The source of the first attribution in sentence `k` that can speak
    /// and is not the writer ("I", "we").
    fn sentence_source(&self, k: usize) -> Option<Mention> {
        let sentence = &self.doc.sentences[k];
        let start = sentence.tokens.start;
        (start..sentence.tokens.end)
            .filter(|&v| self.is_verb(v))
            .find_map(|v| self.subject_before(v, start))
            .filter(|m| {
                self.can_speak(m) && !matches!(m.kind, MentionKind::Pronoun(Pronoun::First))
            })
    }

    /// For speech that opens its sentence with no attribution anywhere
    /// near: the person the sentence before is about, when that person
    /// opens it as its subject ("Viguerie is upbeat about Cruz’s chances.
    /// “Not only can Ted Cruz win …”", "She pauses. “Well, thank you …”").
    pub(crate) fn previous_subject(&self, q: &Marked) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens[q.open].span.start)?;
        if doc.sentences[s].tokens.start != q.open || s == 0 {
            return None;
        }
        let prev = &doc.sentences[s - 1];
        if prev.paragraph + 1 < doc.sentences[s].paragraph {
            return None;
        }
        let start = self.clause_start(prev.tokens.start, prev.tokens.end);
        let m = self.first_mention(start, prev.tokens.end)?;
        let opens = m.first == start
            || (m.first == start + 1 && super::words::is_determiner(self.word(start)));
        let person = self.is_person(&m)
            || matches!(m.kind, MentionKind::Name)
            || (m.kind == MentionKind::Description
                && super::words::is_person_role(self.word(m.last)));
        // Its verb follows: "Viguerie is upbeat", "She pauses".
        let verb_next = self.is_word(m.last + 1)
            && self
                .word(m.last + 1)
                .starts_with(|c: char| c.is_ascii_lowercase());
        (opens && person && verb_next && self.can_speak(&m)).then_some(m)
    }

    /// "according to X": the first one outside quotations from token `from`
    /// (the start of the quote's sentence) to before `to` (the end of the
    /// sentence where the quote closes).
    pub(super) fn according_to(&self, from: usize, to: usize) -> Option<Mention> {
        let to = to.min(self.doc.tokens.len().saturating_sub(1));
        let at = self.according.partition_point(|&k| k < from);
        self.according
            .get(at)
            .copied()
            .filter(|&k| k < to)
            .and_then(|k| self.mention_after(k + 2, (k + 12).min(self.doc.tokens.len())))
    }

    /// "Trump on Clinton: “…”": the first name before a colon. In a
    /// headline ("Ryan: ‘Images’ Have ‘No Place’", "Trump Addresses Attack:
    /// ‘…’") the source opens the line, and every quote after the colon is
    /// its.
    pub(super) fn colon_lead_in(&self, open: usize) -> Option<Mention> {
        if open == 0 {
            return None;
        }
        let s = self.doc.sentence_at(self.doc.tokens[open - 1].span.start)?;
        let start = self.doc.sentences[s].tokens.start;
        if self.in_headline(open) {
            let colon = (start..open)
                .take(40)
                .find(|&k| self.word(k) == ":" && !self.quoted[k])?;
            // "Pollsters agree - Carl Bialik: “…”": a person named right before the colon.
            let named = colon
                .checked_sub(1)
                .and_then(|k| self.mention_ending_at(k, start))
                .filter(|m| {
                    // "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’": the person
                    // before the colon is an object unless set off by a dash.
                    let set_off = m.first == start
                        || matches!(self.word(m.first - 1), "-" | "–" | "—" | "―" | "--");
                    set_off && self.is_person(m) && self.can_speak(m)
                });
            return named.or_else(|| {
                self.first_mention(start, colon)
                    .filter(|m| self.can_speak(m))
            });
        }
        if self.word(open - 1) != ":" {
            return None;
        }
        if let Some(m) = self.colon_clause_subject(open) {
            return Some(m);
        }
        // "When Wallace died in 1998, President Clinton released the following
        // statement:": past an opening phrase to the subject, no object of a
        // preposition ("a familiar voice celebrated on Twitter:").
        self.participle_subject(start, open - 1).filter(|m| {
            (matches!(m.kind, MentionKind::Entity(e) if self.entities[e].kind != EntityKind::Place)
                || matches!(
                    m.kind,
                    MentionKind::Name | MentionKind::Pronoun(Pronoun::He | Pronoun::She)
                ))
                && self.can_speak(m)
        })
    }

    /// "Rubio fired back forcefully: “…”": the name before the few
    /// lowercase words that end at the colon before the quote at `open`.
    fn colon_clause_subject(&self, open: usize) -> Option<Mention> {
        let s = self.doc.sentence_at(self.doc.tokens[open - 1].span.start)?;
        let start = self.doc.sentences[s].tokens.start;
        // "Rubio fired back forcefully:": past lowercase words to a name.
        let mut k = open - 1;
        let mut skipped = 0;
        while k > start && skipped < 6 {
            k -= 1;
            if let Some(m) = self.mention_ending_at(k, start) {
                // "She then addressed the supporters again:": the object of a verb is no source.
                let object = m.kind == MentionKind::Description
                    && m.first > start
                    && self.is_word(m.first - 1)
                    && self
                        .word(m.first - 1)
                        .starts_with(|c: char| c.is_lowercase())
                    && !self.after_preposition(&m)
                    && self.word(m.first - 1) != "with";
                if object {
                    break;
                }
                let before = m
                    .first
                    .checked_sub(1)
                    .map(|b| self.word(b).to_ascii_lowercase());
                if self.can_speak(&m)
                    && !matches!(
                        before.as_deref(),
                        Some("on" | "about" | "of" | "to" | "with" | "for")
                    )
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
        None
    }
}

/// Words that open an adverbial phrase or clause before the subject of a
/// sentence: "In", "After", "Alongside", "When", "Despite", "Ever since",
/// "Even as".
fn opens_adverbial(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        super::words::lowercase(w, &mut buf).unwrap_or(""),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "despite"
            | "alongside"
            | "amid"
            | "among"
            | "as"
            | "while"
            | "when"
            | "although"
            | "though"
            | "because"
            | "if"
            | "unlike"
            | "following"
            | "throughout"
            | "under"
            | "until"
            | "without"
            | "within"
            | "for"
            | "from"
            | "by"
            | "to"
            | "upon"
            | "once"
            | "ever"
            | "even"
    )
}

//! Naming who said a quotation: the [`Attributor`], which holds the token
//! lookups of one document, and the order in which it tries the attribution
//! patterns of news writing.
//!
//! The patterns live beside it, each file adding methods to the `Attributor`:
//! what a speaker mention is and where one is found ([`super::mention`]), the
//! subject of a reporting verb ([`super::subject`]), the patterns after a quote
//! ([`super::after_quote`]) and those before it or leading into it
//! ([`super::before_quote`]). The entity a mention refers to is found in
//! [`super::resolve`].

use std::cell::Cell;

use crate::analysis::Entity;
use crate::text::{Document, Span, TokenKind};

use super::marks::Marked;
use super::words::{is_reporting_verb, Pronoun};

const NONE: u32 = u32::MAX;

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
    pub(super) according: Vec<usize>,
    /// For each token, whether it lies in a byline, dateline or caption ([`super::credit`]).
    pub(super) credit: Vec<bool>,
    /// For each paragraph, whether it reads as a headline: a short line of
    /// capitalized words (quoted words aside).
    headline: Vec<bool>,
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
            verbs: vec![Cell::new(0); n],
            according,
            credit: super::credit::credit_tokens(doc),
            headline: doc
                .paragraphs
                .iter()
                .map(|p| is_headline(doc, p.tokens.clone(), &quoted))
                .collect(),
            quoted,
        }
    }

    /// Whether token `i` lies in a headline.
    pub(super) fn in_headline(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .and_then(|s| self.headline.get(self.doc.sentences[s].paragraph))
            .copied()
            .unwrap_or(false)
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

    /// Whether token `i` is a reporting verb outside quotations (remembered per token).
    pub(super) fn is_verb(&self, i: usize) -> bool {
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

    /// Whether the word at `i` reports speech: a listed verb in lowercase
    /// ("Said" only where it opens a sentence), or "made it clear".
    fn reporting(&self, i: usize) -> bool {
        let w = self.word(i);
        let sentence_start = || {
            self.doc
                .sentence_at(self.doc.tokens[i].span.start)
                .is_some_and(|s| self.doc.sentences[s].tokens.start == i)
        };
        // "…, Trevor Noah Says": in a headline a verb after a name is capitalized.
        let headline_verb =
            || i > 0 && self.entity(i - 1).is_some() && !sentence_start() && self.in_headline(i);
        if !(w.starts_with(|c: char| c.is_ascii_lowercase())
            || (matches!(w, "Said" | "Says" | "Added" | "Adds") && sentence_start())
            || (w.starts_with(char::is_uppercase) && headline_verb()))
        {
            return false;
        }
        if is_reporting_verb(w) && self.noun_after_determiner(i) {
            return false;
        }
        is_reporting_verb(w)
            || (matches!(w, "made" | "make" | "makes" | "making")
                && i + 2 < self.doc.tokens.len()
                && self.word(i + 1) == "it"
                && self.word(i + 2) == "clear")
    }

    /// Whether the cue word at `i` is a noun here: a word that is also a
    /// noun ("email", "text", "chant", "post", "report"), not in "-ed" or
    /// "-ing", after a determiner or an owner, directly or past one modifier
    /// ("a separate email", "the caustic chant", "her tweets").
    pub(super) fn noun_after_determiner(&self, i: usize) -> bool {
        let w = self.word(i);
        if i == 0 || !super::words::is_cue_noun(w) {
            return false;
        }
        // "a video that posts": "that" opens a clause here.
        let owner_or_determiner = |k: usize| {
            self.doc.tokens[k].kind == TokenKind::Possessive
                || (self.is_word(k)
                    && self.word(k) != "that"
                    && super::words::is_determiner(self.word(k)))
        };
        // Past a modifier only a singular noun: "the suit claims", "the
        // editorial read" and "the officials claim" are verbs.
        let modifier = |k: usize| {
            let m = self.word(k);
            self.is_word(k)
                && !m.ends_with('s')
                && !is_reporting_verb(m)
                && !super::words::is_skippable(m)
        };
        // After "his", "her", "their" any form: "his recent remarks".
        let owned = |k: usize| {
            matches!(
                self.word(k),
                "his" | "her" | "its" | "their" | "our" | "my" | "His" | "Her" | "Its" | "Their"
            ) || self.doc.tokens[k].kind == TokenKind::Possessive
        };
        let singular = !w.ends_with('s') && w != "read";
        // "the private server email story": two modifiers, then a noun after the cue.
        let compound = singular
            && i >= 3
            && modifier(i - 1)
            && modifier(i - 2)
            && owner_or_determiner(i - 3)
            && self.is_word(i + 1)
            && self.word(i + 1).starts_with(|c: char| c.is_lowercase())
            && !is_reporting_verb(self.word(i + 1));
        // "the two lengthy investigative reports", "three separate tweets": a
        // count before the modifiers makes the plural a noun.
        let counted = !singular
            && (1..=4).take_while(|&b| b <= i).any(|b| {
                let k = i - b;
                // Not a numbered reference: "Isaiah 45:1 reads", "Section 230 states".
                let number = self.doc.tokens[k].kind == TokenKind::Number
                    && !(k > 0 && self.is_capitalized(k - 1));
                let counts = number
                    || matches!(
                        self.word(k),
                        "two" | "three" | "four" | "five" | "several" | "many" | "both" | "dozens"
                    );
                counts
                    && (k + 1..i).all(|m| {
                        modifier(m)
                            && !super::words::is_function_word(self.word(m))
                            && super::words::pronoun(self.word(m)).is_none()
                    })
            });
        owner_or_determiner(i - 1)
            || counted
            || (i >= 2
                && modifier(i - 1)
                && (owned(i - 2) || (singular && owner_or_determiner(i - 2))))
            || compound
    }

    /// Whether a description is a plain noun phrase: no verb or clause word
    /// inside ("This is why the senators" is none).
    fn plain_phrase(&self, m: &Mention) -> bool {
        (m.first + 1..m.last).all(|k| {
            let w = self.word(k);
            !super::words::is_skippable(w)
                && !matches!(
                    w,
                    "why" | "what" | "how" | "that" | "which" | "who" | "when"
                )
        })
    }

    /// The text span of a mention.
    pub(crate) fn span(&self, m: Mention) -> Span {
        Span::new(
            self.doc.tokens[m.first].span.start,
            self.doc.tokens[m.last].span.end,
        )
    }

    /// A quotation signed in the paragraph after it, as letters, press releases
    /// and fact-checks do: `“…”` then a paragraph `- Bernie Sanders.` or
    /// `— Ana Ruiz, mayor` (a dash, then a name; short).
    fn signature_below(&self, q: &Marked, paragraph: usize) -> Option<Mention> {
        let c = q.close?;
        let doc = self.doc;
        let next = doc.paragraphs.get(paragraph + 1)?;
        let last = doc.sentence_at(doc.tokens[c].span.start)?;
        let dash = next.tokens.start;
        let signed = doc.sentences[last].paragraph == paragraph
            && doc.paragraphs[paragraph].tokens.end == c + 1
            && next.tokens.len() <= 12
            && matches!(self.word(dash), "-" | "–" | "—" | "―" | "--");
        signed.then(|| self.after(dash, next.tokens.end, true, true))?
    }

    /// The speaker mention of quotation `q`, from the words around it:
    /// the patterns before and after it in the order the quote's last marks
    /// suggest, then a tail after a comma, "according to", a colon lead-in.
    pub(crate) fn attribute(&self, q: &Marked) -> Option<Mention> {
        self.attribute_words(q).map(|m| self.author_of(m))
    }

    /// `…, Hillary shot back, “…”`: a quote after a comma that closes a short
    /// clause of its own, a name or pronoun and one to three lowercase words
    /// (an unlisted verb and its particle), is that clause's subject's, not
    /// the subject of an earlier verb in the sentence.
    fn clause_before_comma(&self, open: usize) -> Option<Mention> {
        if open < 3 || self.word(open - 1) != "," {
            return None;
        }
        let s = self.doc.sentence_at(self.doc.tokens[open - 1].span.start)?;
        let start = self.doc.sentences[s].tokens.start;
        let mut k = open - 2;
        let mut words = 0;
        while k > start
            && words < 3
            && self.is_word(k)
            && self.word(k).starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                self.word(k),
                "and" | "or" | "but" | "that" | "which" | "who"
            )
        {
            k -= 1;
            words += 1;
        }
        // "Freddy circled it as his friends jeered, “…”": one verb after an
        // owner's people, in a clause after "as", "while" or "when".
        let people = open
            .checked_sub(3)
            .filter(|&e| e > start)
            .and_then(|e| self.mention_ending_at(e, start))
            .filter(|m| {
                m.first > start
                    && matches!(self.word(m.first - 1), "as" | "while" | "when")
                    && self.owned_people(m)
                    && self.can_speak(m)
            });
        if people.is_some() {
            return people;
        }
        if words == 0 || !(self.is_word(k) && self.word(k).ends_with(|c: char| c.is_alphabetic())) {
            return None;
        }
        let m = self.mention_ending_at(k, start)?;
        let starts_clause = m.first == start || matches!(self.word(m.first - 1), ",");
        let named = !matches!(m.kind, MentionKind::Description);
        (starts_clause && named && self.can_speak(&m)).then_some(m)
    }

    /// The author a document mention stands for: "a statement from Ana Ruiz
    /// said", "a post by the ministry", "a letter signed by X" name X.
    fn author_of(&self, m: Mention) -> Mention {
        let document = (m.first..=m.last).any(|k| super::words::is_document(self.word(k)));
        let by = m.last + 1;
        if !document
            || by >= self.doc.tokens.len()
            || !matches!(self.word(by), "from" | "by")
            || self.quoted[by]
        {
            return m;
        }
        match self.mention_after(by + 1, (by + 8).min(self.doc.tokens.len())) {
            Some(author) if self.can_speak(&author) => author,
            _ => m,
        }
    }

    /// `While Ryan laid out a vision for “…,” Carson …`: a quotation that ends
    /// an opening clause with its comma is the words of that clause's subject,
    /// not of the main clause after it.
    fn opening_clause_subject(&self, q: &Marked) -> Option<Mention> {
        let doc = self.doc;
        let c = q.close?;
        let s = doc.sentence_at(doc.tokens[q.open].span.start)?;
        let start = doc.sentences[s].tokens.start;
        if !matches!(
            self.word(start),
            "While"
                | "Whereas"
                | "Although"
                | "Though"
                | "When"
                | "As"
                | "After"
                | "Before"
                | "Because"
                | "Since"
        ) || q.open <= start + 2
        {
            return None;
        }
        // The clause ends with the quote: its comma inside or right after the
        // marks, then the main clause's subject.
        let n = doc.tokens.len();
        let comma_inside = c > 0 && self.word(c - 1) == ",";
        let comma_after = c + 1 < n && self.word(c + 1) == ",";
        let next = if comma_after { c + 2 } else { c + 1 };
        if !(comma_inside || comma_after) || next >= n || !self.is_word(next) {
            return None;
        }
        // No comma of the sentence's own between the clause and the quote
        // that could end the clause earlier, but asides: the subject opens the
        // clause, then its verb.
        let m = self.first_mention(start + 1, q.open)?;
        // "While Mr. Ryan …": titles may stand before the name.
        let opens = (start + 1..m.first)
            .all(|k| crate::entities::is_title(self.word(k)) || self.word(k) == ".");
        // A verb of its own, no copula ("While Trump is “brand building,”"
        // describes him).
        let verb = (m.last + 1..q.open)
            .find(|&k| self.is_word(k) && self.word(k).starts_with(|ch: char| ch.is_lowercase()));
        let verb_after = verb.is_some_and(|v| {
            !matches!(
                self.word(v),
                "is" | "was" | "are" | "were" | "be" | "been" | "being" | "seems" | "seemed"
            )
        });
        // The quote is inside the clause: no comma or colon before it but a
        // pair setting off an aside right after the subject ("While Ryan,
        // representing the governing wing, laid out …").
        let marks: Vec<usize> = (start + 1..q.open)
            .filter(|&k| matches!(self.word(k), "," | ":" | ";") && !self.quoted[k])
            .collect();
        let inside = match marks.as_slice() {
            [] => true,
            [a, b] => *a == m.last + 1 && self.word(*a) == "," && self.word(*b) == ",",
            _ => false,
        };
        (opens && inside && verb_after && m.kind != MentionKind::Description && self.can_speak(&m))
            .then_some(m)
    }

    /// `… the former mayor Ana Ruiz -- “It is a disgrace” -- and …`, `Ana
    /// Ruiz (“Never again”)`: a quote set off by dashes or parentheses right
    /// after a person's name is that person's; after the lowercase words of
    /// a clause, its subject's, when a person.
    fn set_off_after_name(&self, q: &Marked) -> Option<Mention> {
        let c = q.close?;
        let dash = |k: usize| matches!(self.word(k), "—" | "–" | "―" | "-" | "--");
        let n = self.doc.tokens.len();
        let mut k = q.open.checked_sub(1)?;
        let after = c + 1;
        let closed = after < n
            && if self.word(k) == "(" {
                self.word(after) == ")"
            } else {
                dash(k) && dash(after)
            };
        if !closed {
            return None;
        }
        // "--" may be two tokens.
        if dash(k) && k > 0 && dash(k - 1) {
            k -= 1;
        }
        let s = self.doc.sentence_at(self.doc.tokens[q.open].span.start)?;
        let start = self.doc.sentences[s].tokens.start;
        let before = k.checked_sub(1).filter(|&b| b >= start)?;
        let named = |m: &Mention| (self.is_person(m) || self.is_name(m)) && self.can_speak(m);
        if let Some(m) = self.mention_ending_at(before, start) {
            if named(&m) && !matches!(m.kind, MentionKind::Pronoun(_)) {
                return Some(m);
            }
        }
        // "Mr. Okafor brushed off the question -- “Not today” -- and left":
        // an aside in a clause after its lowercase words is its subject's.
        if !(self.is_word(before) && self.word(before).starts_with(|ch: char| ch.is_lowercase())) {
            return None;
        }
        self.participle_subject(start, before + 1).filter(named)
    }

    /// The attribution of `q` read from its words (see [`Self::attribute`]).
    fn attribute_words(&self, q: &Marked) -> Option<Mention> {
        if let Some(m) = self.opening_clause_subject(q) {
            return Some(m);
        }
        if let Some(m) = self.set_off_after_name(q) {
            return Some(m);
        }
        // "The committee issued a statement, offering “a deep apology” to Ana
        // Ruiz": a participle of using words after the main clause is its
        // subject's, whatever names follow.
        let participle = super::used::words_used(self.doc, q).filter(|&v| {
            v > 0
                && self.word(v - 1) == ","
                && self.word(v).ends_with("ing")
                && super::words::is_using_verb(self.word(v))
        });
        if let Some(m) = participle.and_then(|v| self.user_of_words(v)) {
            return Some(m);
        }
        let doc = self.doc;
        let open_sentence = doc.sentence_at(doc.tokens[q.open].span.start)?;
        let sentence_start = doc.sentences[open_sentence].tokens.start;
        let paragraph = doc.sentences[open_sentence].paragraph;
        // The words after the quote, in the paragraph where it closes: a
        // quote that runs to the end of its paragraph has no attribution in
        // the next one.
        let after = q.close.and_then(|c| {
            let s = doc.sentence_at(doc.tokens.get(c + 1)?.span.start)?;
            let p = doc.sentences[s].paragraph;
            let closes_in = doc.sentence_at(doc.tokens[c].span.start)?;
            (p == doc.sentences[closes_in].paragraph && (p == paragraph || q.continued))
                .then(|| (c + 1, doc.paragraphs[p].tokens.end.min(c + 30)))
        });
        // “…,” he said: the words right after a quote ending in a comma come first.
        let comma = q.close.is_some_and(|c| {
            (c > 0 && matches!(self.word(c - 1), "," | "—" | "–" | "-"))
                || doc
                    .tokens
                    .get(c + 1)
                    .is_some_and(|t| matches!(doc.slice(t.span), "," | "—" | "–" | "―" | "-"))
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
        // `X said, “…,” …`: a quote right after its verb belongs to that verb's subject.
        // "telling her, “…”", "told reporters: “…”": the verb and its object just before.
        let verb_before = q.open > 0 && {
            let prev = q.open - 1;
            let object_then_verb = |k: usize| {
                k > 0
                    && matches!(
                        self.word(k),
                        "her" | "him" | "them" | "me" | "us" | "you" | "reporters"
                    )
                    && self.is_verb(k - 1)
            };
            self.is_verb(prev)
                || (matches!(self.word(prev), "," | ":")
                    && prev > 0
                    && (self.is_verb(prev - 1) || object_then_verb(prev - 1)))
        };
        let found = if comma && !verb_before {
            // "Hillary Clinton cracked, “…” - he has": a clause of its own before the quote.
            self.clause_before_comma(q.open)
                .or_else(after_fn)
                .or_else(before)
        } else if asks && !verb_before {
            // “Why now?” Obama asked. — but a new sentence after a question
            // is often the writer's own. A lowercase word after the marks
            // goes on with the quote's sentence, as after a comma: “Will he
            // run?” a staffer in the room wondered.
            let runs_on = q.close.is_some_and(|c| {
                self.is_word(c + 1)
                    && self
                        .word(c + 1)
                        .starts_with(|ch: char| ch.is_ascii_lowercase())
            });
            // "as his friends jeered, “Goodbye!”": a clause of its own before the quote.
            self.clause_before_comma(q.open)
                .or_else(|| after.and_then(|(from, to)| self.after(from, to, runs_on, true)))
                .or_else(before)
        } else {
            self.clause_before_comma(q.open)
                .or_else(before)
                .or_else(after_fn)
        };
        found
            .or_else(|| after.and_then(|(from, to)| self.tail(from, to)))
            .or_else(|| self.signature_below(q, paragraph))
            .or_else(|| {
                // "according to X" in the quote's sentence, before or after the quote.
                let close_sentence = q
                    .close
                    .and_then(|c| doc.sentence_at(doc.tokens[c].span.start));
                let sentence_end = close_sentence.map_or(q.open, |s| doc.sentences[s].tokens.end);
                self.according_to(
                    sentence_start,
                    after.map_or(q.open, |a| a.1.min(sentence_end)),
                )
            })
            .or_else(|| self.colon_lead_in(q.open))
    }

    /// A quotation inside its sentence with no reporting verb: the sentence's
    /// subject, when it is a person, an organization, a name or a pronoun
    /// and a lowercase word (its verb) stands between it and the quotation
    /// ("Former spokesman Robert Gibbs derided “the professional left”",
    /// "The team cited “blocked toilets”").
    /// Asked only for a quote already read as speech, so that it names the
    /// speaker without turning a term into speech.
    pub(crate) fn sentence_subject(&self, open: usize) -> Option<Mention> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens[open].span.start)?;
        let start = doc.sentences[s].tokens.start;
        if open <= start + 1 {
            return None;
        }
        // The first person, organization or pronoun: a capitalized word that
        // the tagger left alone ("Former") is no subject.
        // Past an opening participial phrase ("Recalling a favorite story, the governor …").
        let clause = self.participle_opener_end(start, open).unwrap_or(start);
        let mut from = clause;
        let is_object = |m: &Mention| {
            m.first.checked_sub(1).is_some_and(|b| {
                b >= start
                    && matches!(
                        self.word(b),
                        "of" | "about" | "on" | "to" | "with" | "for" | "by" | "from" | "at" | "in"
                    )
            })
        };
        let m = loop {
            let m = self.first_mention(from, open)?;
            // "As part of the exchange with Ana Ruiz, Dan Reyes …": past an opening phrase.
            let opening_phrase = is_object(&m) && (m.last + 1..open).any(|k| self.word(k) == ",");
            if opening_phrase {
                from = m.last + 1;
                continue;
            }
            match m.kind {
                MentionKind::Entity(e)
                    if self.entities[e].kind != crate::analysis::EntityKind::Place =>
                {
                    break m
                }
                MentionKind::Pronoun(_) => break m,
                // "The ad targets “…”", "The senator cited “…”": a description
                // opening the sentence, headed by a role or a document.
                MentionKind::Description
                    if m.first == clause
                        && self.plain_phrase(&m)
                        && (super::words::is_role(self.word(m.last))
                            || super::words::is_document(self.word(m.last))) =>
                {
                    break m
                }
                // A name the tagger missed ("Moore thanked him"), not an
                // ordinary word that opens the sentence ("Former").
                // "Supporters waiting in line cheered “…”": a plain noun a participle modifies.
                MentionKind::Name
                    if !crate::entities::is_common_word(self.word(m.first))
                        || self.participle_modifier(m.last + 1) =>
                {
                    break m
                }
                _ => from = m.last + 1,
            }
        };
        let object = is_object(&m);
        let verb_between = (m.last + 1..open)
            .any(|k| self.is_word(k) && self.word(k).starts_with(|c: char| c.is_lowercase()));
        (verb_between && !object && self.can_speak(&m)).then_some(m)
    }
}

/// Whether the paragraph of `tokens` reads as a headline: three to
/// twenty-five words outside quotations, seven in ten capitalized.
fn is_headline(doc: &Document, tokens: std::ops::Range<usize>, quoted: &[bool]) -> bool {
    if tokens.len() > 60 {
        return false;
    }
    let (mut words, mut capitalized) = (0, 0);
    for i in tokens {
        let Some(t) = doc.tokens.get(i) else { break };
        if t.kind != TokenKind::Word || quoted.get(i).copied().unwrap_or(false) {
            continue;
        }
        words += 1;
        if doc.slice(t.span).starts_with(char::is_uppercase) {
            capitalized += 1;
        }
    }
    (3..=25).contains(&words) && capitalized * 10 >= words * 7
}

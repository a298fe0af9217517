//! Which entity a speaker mention refers to: names by their canonical
//! entity, pronouns by the subject of the nearest sentence that fits,
//! descriptions ("the US president") by the people the article described so.

use crate::analysis::{Entity, EntityKind};
use crate::entities;
use crate::text::TokenKind;

use super::attribution::Attributor;
use super::attribution::{Mention, MentionKind};
use super::words::{
    honorific, is_anyone, is_determiner, is_function_word, is_person_role, is_role, Pronoun,
};

impl<'a, 't> Attributor<'a, 't> {
    /// The canonical name of the entity a mention refers to, if the article tells.
    pub(crate) fn resolve(&self, m: Mention) -> Option<String> {
        match m.kind {
            MentionKind::Entity(e) => Some(self.entities[e].entity.clone()),
            MentionKind::Name => {
                let text = self.doc.slice(self.span(m));
                let last = text.rsplit(' ').next().unwrap_or(text);
                let known = self.entities.iter().find(|e| {
                    e.kind == EntityKind::Person && e.entity.rsplit(' ').next() == Some(last)
                });
                Some(match known {
                    Some(e) => e.entity.clone(),
                    None => strip_honorific(text).to_string(),
                })
            }
            MentionKind::Pronoun(p) => self.antecedent(m.first, p),
            MentionKind::Description => {
                // "Cornyn's statement": the owner named in the description.
                let owner = (m.first..m.last).find(|&k| {
                    self.doc.tokens[k + 1].kind == TokenKind::Possessive && self.is_capitalized(k)
                });
                match owner {
                    Some(k) => self.resolve(self.mention_ending_at(k, m.first)?),
                    None => self.described(m),
                }
            }
        }
    }

    /// The gender an honorific gives the entity `e` anywhere in the article.
    fn gender(&self, canonical: &str) -> Option<Pronoun> {
        self.entities
            .iter()
            .filter(|e| e.entity == canonical)
            .find_map(|e| {
                let first_word = e.text.split(' ').next().unwrap_or("");
                let before = self
                    .doc
                    .text
                    .get(..e.start)
                    .and_then(|s| s.trim_end().rsplit(' ').next())
                    .unwrap_or("");
                honorific(first_word)
                    .flatten()
                    .or_else(|| honorific(before).flatten())
            })
            .or_else(|| {
                // "Dianne Feinstein": a given name with a clear gender.
                let (first, _) = canonical.split_once(' ')?;
                entities::is_female_name(first).map(|f| if f { Pronoun::She } else { Pronoun::He })
            })
    }

    /// The entities mentioned in the sentence `s` before byte `before`,
    /// outside quotations, in text order.
    fn sentence_entities(&self, s: usize, before: usize) -> impl Iterator<Item = &'a Entity> + '_ {
        let span = self.doc.sentences[s].span;
        let from = self.entities.partition_point(|e| e.start < span.start);
        self.entities[from..]
            .iter()
            .take_while(move |e| e.start < span.end && e.end <= before)
            .filter(move |e| {
                let t = self.doc.token_at(e.start);
                !self.quoted.get(t).copied().unwrap_or(false)
                    && !self.credit.get(t).copied().unwrap_or(false)
            })
    }

    /// The most likely referent of a pronoun at token `at`: the first
    /// compatible entity of its sentence, else of the sentences before.
    fn antecedent(&self, at: usize, p: Pronoun) -> Option<String> {
        let start = self.doc.tokens[at].span.start;
        let s = self.doc.sentence_at(start)?;
        let fits = |e: &Entity| match p {
            Pronoun::He | Pronoun::She => {
                e.kind == EntityKind::Person && self.gender(&e.entity).is_none_or(|g| g == p)
            }
            Pronoun::Group => e.kind == EntityKind::Organization,
            Pronoun::First => false,
        };
        // The name a sentence going on about someone named before would take.
        let mut fallback: Option<&Entity> = None;
        for s in (s.saturating_sub(8)..=s).rev() {
            // "With a vote for Trump ruled out, Cross said he …": a subject
            // before an object of a preposition.
            let object = |e: &Entity| {
                let t = self.doc.token_at(e.start);
                let m = Mention {
                    first: t,
                    last: t,
                    kind: MentionKind::Name,
                };
                self.after_preposition(&m)
            };
            let found = self
                .sentence_entities(s, start)
                .find(|e| fits(e) && !object(e))
                .or_else(|| self.sentence_entities(s, start).find(|e| fits(e)));
            // "Mr. Clinton does not relish the fight. He has shrugged off
            // attacks from Donald J. Trump. … he does not see": a sentence
            // that opens with the same pronoun ("He", "But he") goes on about
            // the person named before it, not the one it names.
            let chained = match (p, found) {
                (Pronoun::He | Pronoun::She, Some(e)) => {
                    let first = self.doc.sentences[s].tokens.start;
                    (first..first + 2).any(|k| {
                        k < at
                            && self
                                .doc
                                .tokens
                                .get(k)
                                .is_some_and(|t| t.span.end <= e.start)
                            && !self.quoted[k]
                            && super::words::pronoun(self.word(k)) == Some(p)
                    })
                }
                _ => false,
            };
            match found {
                Some(e) if chained => {
                    fallback.get_or_insert(e);
                }
                Some(e) => return Some(e.entity.clone()),
                None => {}
            }
        }
        fallback.map(|e| e.entity.clone())
    }

    /// The person a description ("the US president") refers to: the most
    /// recent person not described otherwise ("Ukrainian president").
    fn described(&self, m: Mention) -> Option<String> {
        // "the secretary of state": the role before "of" heads the phrase.
        let last = (m.first + 1..m.last)
            .find(|&k| self.word(k) == "of")
            .map_or(m.last, |of| of - 1);
        let head = self.word(last).to_ascii_lowercase();
        if !is_person_role(&head) || head.ends_with('s') {
            return None;
        }
        // "the woman", "the congressman": a role that tells a gender.
        let told = gendered_role(&head);
        let fits = |entity: &str| match told {
            Some(g) => self.gender(entity).is_none_or(|h| h == g),
            None => true,
        };
        // "a White House official", "another source": an indefinite
        // description brings in someone new, no one named before.
        if matches!(
            self.word(m.first).to_ascii_lowercase().as_str(),
            "a" | "an" | "another" | "one" | "some"
        ) {
            return None;
        }
        let modifiers: Vec<&str> = (m.first..last)
            .map(|k| self.word(k))
            .filter(|w| !is_determiner(w))
            .collect();
        let start = self.doc.tokens[m.first].span.start;
        let before = self.entities.partition_point(|e| e.start < start);
        let mut excluded: Vec<&str> = Vec::new();
        let mut candidates: Vec<&str> = Vec::new();
        for e in self.entities[..before].iter().rev().take(60) {
            let credit = self.credit.get(self.doc.token_at(e.start)).copied();
            if e.kind != EntityKind::Person || credit.unwrap_or(false) {
                continue;
            }
            if !fits(&e.entity) {
                continue;
            }
            let mut role = self.role_before(e, false);
            // "the New Jersey governor" for "New Jersey Gov. Chris Christie":
            // an abbreviated title counts where the description's modifiers
            // all stand beside it (a bare "the senator" is rather the one
            // the article is about than any "Sen." named before).
            if !role.iter().any(|w| w.eq_ignore_ascii_case(&head)) && !modifiers.is_empty() {
                let full = self.role_before(e, true);
                if modifiers.iter().all(|m| full.contains(m)) {
                    role = full;
                }
            }
            if role.iter().any(|w| w.eq_ignore_ascii_case(&head)) {
                let conflict = !modifiers.is_empty()
                    && role
                        .iter()
                        .any(|w| !w.eq_ignore_ascii_case(&head) && !modifiers.contains(w));
                if conflict {
                    excluded.push(&e.entity);
                } else if !excluded.contains(&e.entity.as_str()) {
                    return Some(e.entity.clone());
                }
            }
            candidates.push(&e.entity);
        }
        // No one named with the role: the most recent person, for an office
        // the story is about ("the president"); not for anyone at all ("the
        // longtime resident", "the witness" is someone new).
        if is_anyone(&head) {
            return None;
        }
        candidates
            .into_iter()
            .find(|c| !excluded.contains(c))
            .map(str::to_string)
    }

    /// The words just before an entity mention that tell its role:
    /// "Ukrainian president" before "Volodymyr Zelensky".
    /// `abbreviated`: an abbreviated title counts as its role ("Sen." as
    /// "senator").
    fn role_before(&self, e: &Entity, abbreviated: bool) -> Vec<&'t str> {
        let first = self.doc.token_at(e.start);
        let mut words = Vec::new();
        let mut k = first;
        while k > 0 && words.len() < 3 {
            k -= 1;
            // "Sen. Pat Kowalski": the period of an abbreviated title.
            if abbreviated && self.word(k) == "." && k > 0 && full_title(self.word(k - 1)).is_some()
            {
                k -= 1;
            }
            if !self.is_word(k) || is_determiner(self.word(k)) {
                break;
            }
            let w = if abbreviated {
                full_title(self.word(k)).unwrap_or(self.word(k))
            } else {
                self.word(k)
            };
            if is_function_word(w) || (w.chars().all(char::is_lowercase) && !is_role(w)) {
                break;
            }
            words.push(w);
        }
        words
    }
}

fn strip_honorific(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest)) if honorific(first).is_some() => rest,
        _ => name,
    }
}

/// The gender a role noun tells: "congresswoman", "the woman"; "chairman".
fn gendered_role(head: &str) -> Option<Pronoun> {
    if head.ends_with("woman") || matches!(head, "mother" | "wife" | "daughter" | "sister") {
        Some(Pronoun::She)
    } else if head.ends_with("man") || matches!(head, "father" | "husband" | "son" | "brother") {
        Some(Pronoun::He)
    } else {
        None
    }
}

/// The role an abbreviated title stands for: "Sen." is a senator.
fn full_title(word: &str) -> Option<&'static str> {
    Some(match word.trim_end_matches('.') {
        "Sen" => "senator",
        "Rep" => "representative",
        "Gov" => "governor",
        "Gen" => "general",
        "Sec" | "Secy" => "secretary",
        "Atty" => "attorney",
        "Amb" => "ambassador",
        "Lt" => "lieutenant",
        "Col" => "colonel",
        "Sgt" => "sergeant",
        "Adm" => "admiral",
        "Supt" => "superintendent",
        "Prof" => "professor",
        _ => return None,
    })
}

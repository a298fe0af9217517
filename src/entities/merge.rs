//! Mentions to entities: every mention gets the canonical name of its
//! referent, the longest full form the article uses.
//!
//! - One text, one kind: the mentions written alike take the kind most of
//!   them were tagged with.
//! - People: "Trump" and "Mr Trump" (the title is already outside the span)
//!   resolve to the longest person mention ending with the same words,
//!   "Donald Trump"; when two full names share the surname ("Donald Trump",
//!   "Ivanka Trump"), a bare surname goes to the nearest full name before it
//!   (after it, when none precedes), and the full names stay apart.
//! - A full name whose last word is a person's surname in the article
//!   ("Volodymyr Zelensky" beside "Mr Zelensky") is that person.
//! - A one-word mention that is a later word of a person's full name
//!   ("Lula" in "Luiz Inacio Lula da Silva") is that person, unless it is a
//!   known place name.
//! - Organizations: an acronym resolves to the multi-word name whose
//!   initials it spells ("NATO" -> "North Atlantic Treaty Organization"),
//!   and "Independent" to "The Independent".

use std::collections::{HashMap, HashSet};

use super::gazetteer::GAZETTEER;
use crate::analysis::{Entity, EntityKind};

/// One distinct name of the article.
struct Name {
    text: String,
    /// Its words, lowercased.
    words: Vec<String>,
    kind: EntityKind,
    /// Indexes of its mentions, in order.
    mentions: Vec<usize>,
}

fn ends_with(long: &[String], short: &[String]) -> bool {
    long.len() > short.len() && long[long.len() - short.len()..] == *short
}

/// The initials of a multi-word name, without small words: "North Atlantic
/// Treaty Organization" -> "nato" (lowercase, as the words are).
fn initials(words: &[String], text: &str) -> String {
    let capitals = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let letters: String = words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "&" | "de"))
        .filter_map(|w| w.chars().next())
        .collect();
    if capitals >= 2 {
        letters
    } else {
        String::new()
    }
}

fn is_acronym(text: &str) -> bool {
    text.chars().count() >= 2 && text.chars().all(char::is_uppercase)
}

/// Sets `kind` and `entity` of every mention.
#[cfg(test)]
pub(crate) fn merge(mentions: &mut [Entity]) {
    merge_told(mentions, &[]);
}

/// The gender the honorific ending `before` (the text just before a
/// mention) tells, as [`super::honorific_gender`] reads it: "said Mrs. ".
pub(crate) fn told_gender(before: &str) -> Option<bool> {
    super::honorific_gender(before.trim_end().rsplit(char::is_whitespace).next()?)
}

/// Sets `kind` and `entity` of every mention; `female[i]`, when given, is the
/// gender an honorific tells of mention `i` (`Some(true)` a woman: "Mrs.
/// Harmon" is not "Bill Harmon", whose given name is a man's).
pub(crate) fn merge_told(mentions: &mut [Entity], female: &[Option<bool>]) {
    // Distinct names, with the kind most of their mentions were given.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<Name> = Vec::new();
    let mut votes: Vec<[usize; 3]> = Vec::new();
    let mut name_of = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let text = crate::text::reading(&m.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let n = *index.entry(text.clone()).or_insert_with(|| {
            names.push(Name {
                words: text.split(' ').map(str::to_lowercase).collect(),
                text,
                kind: m.kind,
                mentions: Vec::new(),
            });
            votes.push([0; 3]);
            names.len() - 1
        });
        names[n].mentions.push(i);
        votes[n][m.kind as usize] += 1;
        name_of.push(n);
    }
    const KINDS: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ];
    for (name, v) in names.iter_mut().zip(&votes) {
        let first = name.kind as usize;
        let best = (0..3).max_by_key(|&k| (v[k], k == first)).unwrap_or(first);
        name.kind = KINDS[best];
    }
    // A single word that is part of a person's full name in this article,
    // and is not a known place, is that person: "Lula" after "Luiz Inacio
    // Lula da Silva" even where the tagger called it a place.
    let part_of_person = |word: &str, names: &[Name]| {
        names.iter().any(|n| {
            n.kind == EntityKind::Person
                && n.words.len() >= 2
                && n.words[1..].iter().any(|w| w == word)
        })
    };
    for a in 0..names.len() {
        if names[a].kind != EntityKind::Person
            && names[a].words.len() == 1
            && part_of_person(&names[a].words[0], &names)
            && !GAZETTEER.is_place_name(&names[a].text)
        {
            names[a].kind = EntityKind::Person;
        }
    }
    // A full name of two or three words that ends in the surname of a person
    // of this article is that person: "Volodymyr Zelensky" where the tagger
    // said organization, once "Mr Zelensky" said person.
    let surnames: HashSet<String> = names
        .iter()
        .filter(|n| n.kind == EntityKind::Person && n.words.len() == 1)
        .map(|n| n.words[0].clone())
        .collect();
    for long in &mut names {
        if long.kind != EntityKind::Person
            && (2..=3).contains(&long.words.len())
            && long.words.last().is_some_and(|w| surnames.contains(w))
            && !GAZETTEER.is_place_name(&long.text)
        {
            long.kind = EntityKind::Person;
        }
    }
    // For each name, the longer names it may stand for.
    let mut longer: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    for (a, short) in names.iter().enumerate() {
        for (b, long) in names.iter().enumerate() {
            if a == b || short.kind != long.kind {
                continue;
            }
            let fits = match short.kind {
                EntityKind::Person => {
                    ends_with(&long.words, &short.words)
                        || (short.words.len() == 1
                            && long.words.len() >= 3
                            && long.words[1..].contains(&short.words[0]))
                }
                EntityKind::Organization => {
                    (short.words.len() == 1
                        && long.words.len() >= 2
                        && is_acronym(&short.text)
                        && initials(&long.words, &long.text) == short.words[0])
                        || (long.words.len() == short.words.len() + 1
                            && long.words[0] == "the"
                            && ends_with(&long.words, &short.words))
                }
                EntityKind::Place => false,
            };
            if fits {
                longer[a].push(b);
            }
        }
    }
    for (i, m) in mentions.iter_mut().enumerate() {
        let n = name_of[i];
        m.kind = names[n].kind;
        m.entity = names[n].text.clone();
        // "Mrs. Harmon": no full name whose given name is a man's.
        let told = female.get(i).copied().flatten();
        let fits = |c: usize| {
            let given = names[c].text.split(' ').next().unwrap_or("");
            match (told, GAZETTEER.is_female_name(given)) {
                (Some(w), Some(f)) => w == f,
                _ => true,
            }
        };
        let candidates: Vec<usize> = longer[n].iter().copied().filter(|&c| fits(c)).collect();
        if candidates.is_empty() {
            continue;
        }
        // The full name nearest before this mention; else the first after it.
        let before = candidates
            .iter()
            .filter_map(|&c| {
                let last = names[c].mentions.iter().rev().find(|&&j| j < i)?;
                Some((*last, c))
            })
            .max();
        let after = || {
            candidates
                .iter()
                .filter_map(|&c| Some((*names[c].mentions.first()?, c)))
                .min()
        };
        if let Some((_, c)) = before.or_else(after) {
            m.entity = names[c].text.clone();
        }
    }
}

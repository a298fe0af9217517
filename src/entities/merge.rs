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
//! - Organizations: an acronym resolves to the multi-word name whose
//!   initials it spells ("NATO" -> "North Atlantic Treaty Organization"),
//!   and "Independent" to "The Independent".

use std::collections::HashMap;

use crate::analysis::{Entity, EntityKind};

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn same(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

fn ends_with(long: &[&str], short: &[&str]) -> bool {
    long.len() > short.len()
        && long[long.len() - short.len()..]
            .iter()
            .zip(short)
            .all(|(a, b)| same(a, b))
}

/// The initials of a multi-word name, without small words: "North Atlantic
/// Treaty Organization" -> "NATO".
fn initials(text: &str) -> String {
    words(text)
        .iter()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "the" | "and" | "for" | "&" | "de"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Sets `kind` and `entity` of every mention.
pub(crate) fn merge(mentions: &mut [Entity]) {
    for m in mentions.iter_mut() {
        m.entity = words(&m.text).join(" ");
    }
    // One text, one kind.
    let mut votes: HashMap<String, [usize; 3]> = HashMap::new();
    for m in mentions.iter() {
        votes.entry(m.entity.clone()).or_default()[m.kind as usize] += 1;
    }
    for m in mentions.iter_mut() {
        if let Some(v) = votes.get(&m.entity) {
            let mine = v[m.kind as usize];
            let best = (0..3).max_by_key(|&k| (v[k], k == m.kind as usize)).unwrap_or(0);
            if v[best] > mine {
                m.kind = [EntityKind::Person, EntityKind::Organization, EntityKind::Place][best];
            }
        }
    }
    let names: Vec<String> = mentions.iter().map(|m| m.entity.clone()).collect();
    let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
    for i in 0..mentions.len() {
        let short = words(&names[i]);
        let mut best: Option<usize> = None;
        let better = |j: usize, best: Option<usize>| -> bool {
            let Some(b) = best else { return true };
            let (lj, lb) = (words(&names[j]).len(), words(&names[b]).len());
            // Prefer a full name before this mention, the nearest one; else the first after.
            let before = |x: usize| x < i;
            match (before(j), before(b)) {
                (true, false) => true,
                (false, true) => false,
                (true, true) => j > b || (lj > lb && same(&names[j], &names[b])),
                (false, false) => j < b,
            }
        };
        for j in 0..mentions.len() {
            if kinds[j] != kinds[i] {
                continue;
            }
            let long = words(&names[j]);
            let fits = match kinds[i] {
                EntityKind::Person => ends_with(&long, &short),
                EntityKind::Organization => {
                    (short.len() == 1
                        && long.len() >= 2
                        && short[0].chars().count() >= 2
                        && short[0].chars().all(|c| c.is_uppercase())
                        && initials(&names[j]) == short[0])
                        || (long.len() == short.len() + 1
                            && same(long[0], "the")
                            && ends_with(&long, &short))
                }
                EntityKind::Place => false,
            };
            if fits && better(j, best) {
                best = Some(j);
            }
        }
        if let Some(b) = best {
            // The full form may itself be short of a longer one ("Trump" -> "Donald Trump" -> "Donald J. Trump" is rare): one step is enough.
            mentions[i].entity = names[b].clone();
        }
    }
    // Full names that were resolved through a shorter one keep the longest form.
    let canon: HashMap<String, String> = mentions
        .iter()
        .map(|m| (names_key(&m.text), m.entity.clone()))
        .collect();
    for m in mentions.iter_mut() {
        if let Some(c) = canon.get(&names_key(&m.entity)) {
            if words(c).len() > words(&m.entity).len() {
                m.entity = c.clone();
            }
        }
    }
}

fn names_key(text: &str) -> String {
    words(text).join(" ")
}

//! People, organizations and places: finding mentions and merging them into entities.
//!
//! A first version: capitalized sequences, a small gazetteer and honorifics.

use std::collections::HashMap;

use crate::analysis::{Entity, EntityKind};
use crate::text::{Document, TokenKind};

const HONORIFICS: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "President",
    "Sir",
    "Dame",
    "Lord",
    "Prof",
    "Prof.",
];

const PLACES: &[&str] = &[
    "Ukraine",
    "Russia",
    "Florida",
    "Moscow",
    "Kyiv",
    "US",
    "U.S.",
    "UK",
    "China",
    "France",
    "Germany",
    "London",
    "Washington",
    "Europe",
    "Canada",
    "India",
    "Japan",
    "Israel",
    "Gaza",
    "Iran",
    "Paris",
    "Beijing",
];

const ORGANIZATIONS: &[&str] = &[
    "Kremlin", "NASA", "AP", "AFP", "Reuters", "TASS", "Politico", "NATO", "BBC", "EU", "UN",
];

/// Words that start sentences or headlines but name nothing.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "Your", "Our", "In", "On", "At",
    "But", "And", "Or", "If", "As", "For", "From", "To", "This", "That", "These", "Those", "Later",
    "Prior", "Ahead", "Read", "More", "Now", "Support", "Whether", "While", "When", "After",
    "Before", "With", "By", "Of",
];

/// Finds the mentions of people, organizations and places in `doc`.
pub(crate) fn find(doc: &Document) -> Vec<Entity> {
    let mut found = Vec::new();
    let toks = &doc.tokens;
    let mut i = 0;
    while i < toks.len() {
        let honorific = HONORIFICS.contains(&doc.token_text(i));
        if !is_name_word(doc, i) || (NOT_NAMES.contains(&doc.token_text(i)) && !honorific) {
            i += 1;
            continue;
        }
        let first = if honorific { i + 1 } else { i };
        let mut j = first;
        while j < toks.len()
            && is_name_word(doc, j)
            && !NOT_NAMES.contains(&doc.token_text(j))
            && (j == 0 || toks[j].span.start <= toks[j - 1].span.end + 1)
        {
            j += 1;
        }
        if j > first {
            let span = crate::text::Span::new(toks[first].span.start, toks[j - 1].span.end);
            let text = doc.slice(span);
            let kind = if PLACES.contains(&text) {
                EntityKind::Place
            } else if ORGANIZATIONS.contains(&text) {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            found.push(Entity {
                start: span.start,
                end: span.end,
                text: text.to_string(),
                kind,
                entity: text.to_string(),
            });
        }
        i = j.max(i + 1);
    }
    merge(&mut found);
    found
}

fn is_name_word(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Gives each mention the longest name in the article that ends with it.
fn merge(mentions: &mut [Entity]) {
    let mut by_last: HashMap<String, String> = HashMap::new();
    for m in mentions.iter() {
        if m.kind != EntityKind::Person {
            continue;
        }
        let last = m.text.rsplit(' ').next().unwrap_or(&m.text).to_string();
        let best = by_last.entry(last).or_insert_with(|| m.text.clone());
        if m.text.len() > best.len() {
            *best = m.text.clone();
        }
    }
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person {
            let last = m.text.rsplit(' ').next().unwrap_or(&m.text);
            if let Some(best) = by_last.get(last) {
                m.entity = best.clone();
            }
        }
    }
}

//! People, organizations and places: finding mentions and merging them into entities.
//!
//! - [`tagger`]: a BILOU sequence tagger (averaged perceptron, Viterbi) over
//!   hashed [`features`]; the weights are `model.bin` (2^17 rows of one byte
//!   per tag, 2.2 MB, about 1 MB gzipped), embedded and parsed once.
//! - [`gazetteer`]: place names, given names and surnames (`gazetteers/generate.py`),
//!   a typed list of some 76,000 organizations, people and places of today's news as
//!   a compact hashed table (`gazetteers/names.py` and `examples/name_table.rs`), and
//!   word lists read off the training text (`gazetteers/common_words.py`); sources
//!   and licenses in `gazetteers/SOURCES.md`. All are features or checks, never answers.
//! - [`merge`]: mentions to entities ("Mr Trump", "Trump" -> "Donald Trump").
//! - [`train`]: how `model.bin` is made: `make model` (the recipe is `NER_TRAIN`
//!   in the Makefile: CoNLL-2003 news twice, WikiGold and CrossNER's Wikipedia
//!   domains but politics, UNER's web text, tweets of BTC but section G and of
//!   WNUT 2017), deterministic (same files and seed, same bytes; about 6 s).
//!
//! Measured with `make eval-ner` (exact spans, micro over PER, ORG, LOC), the
//! sets never trained on: CoNLL-2003 dev 0.931, MEANTIME 0.800, UNER EWT dev
//! 0.725, BTC section G 0.598, CrossNER politics dev 0.621 (2026-11-30). Each
//! change to the tagger was kept only when `make ner-seeds` (three seeds)
//! moved these by more than their spread.
//!
//! After the tagger, [`clean`] fixes what a reader would not accept: titles
//! ("Mr", "President", "spokesperson") and possessives ("’s") never sit inside
//! a mention; an ordinary word that only opens the sentence is trimmed off
//! ("Later Okafor added"); a "person" whose name ends like an organization's
//! is one ("Okafor Builders"); a listed company the tagger took for a product
//! is the company ("Airbus has confirmed", not "Airbus A380"); a name found
//! once is found where it recurs; a mid-sentence "The" opens a name ("Big
//! Tech, The Independent is"). Page furniture ("Read more", "Sign up") names
//! nothing, and photo credits ("(AFP via Getty Images)") name agencies.

mod features;
mod gazetteer;
mod hashing;
mod merge;
mod tagger;
mod train;

use std::ops::Range;

use crate::analysis::{Entity, EntityKind};
use crate::text::{tokenize, Document, TokenKind};
use features::Input;
use gazetteer::GAZETTEER;

pub(crate) use tagger::TYPES;

/// Whether `word` is an ordinary word that opens no name ("Later", "Former"),
/// as counted on the tagger's training text.
pub(crate) fn is_common_word(word: &str) -> bool {
    GAZETTEER.is_common_word(word)
}

/// Whether `word` alone is an organization of the gazetteer's typed name
/// list ("Boeing", "Airbus").
pub(crate) fn is_listed_organization(word: &str) -> bool {
    GAZETTEER.listed_types(&[word]) & gazetteer::NAME_ORG != 0
}

/// Whether `word` is a given name or a surname of the name lists ("Manning",
/// "Irving"), whatever else it may be.
pub(crate) fn is_name_word(word: &str) -> bool {
    let h = hashing::hash_lower(word, &mut String::new());
    GAZETTEER.is_surname(h) || GAZETTEER.is_first_name(h)
}

/// Whether a given name is a woman's (`Some(true)`) or a man's, when the
/// 1990 US census tells clearly ("Dianne", "Donald"; not "Jordan").
pub(crate) fn is_female_name(name: &str) -> Option<bool> {
    GAZETTEER.is_female_name(name)
}
pub use gazetteer::name_table;
pub use tagger::use_model;
pub use train::{train_tagger, Corpus, DEFAULT_SEED};

/// Words that precede a name as a title: never the first word of a mention.
const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "senator",
    "sen",
    "sen.",
    "gov",
    "gov.",
    "governor",
    "rep",
    "rep.",
    "representative",
    "general",
    "gen",
    "gen.",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "judge",
    "justice",
    "rev",
    "rev.",
    "father",
    "sister",
    "coach",
    "captain",
    "capt",
    "capt.",
    "col",
    "col.",
    "lt",
    "lt.",
    "sgt",
    "sgt.",
    "mayor",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "ambassador",
    "premier",
    "chairman",
    "chairwoman",
    "ceo",
    "director",
    "commissioner",
    "inspector",
    "officer",
    "detective",
    "professor",
    "archbishop",
    "bishop",
    "cardinal",
    "sheikh",
    "emir",
    "sultan",
    "administrator",
    "chief",
    "leader",
    "senior",
    "deputy",
    "foreign",
    "defence",
    "defense",
];

/// Titles that may trail an organization or place tagged with them:
/// "NASA Administrator", "Kremlin spokesperson".
const TRAILING_TITLES: &[&str] = &[
    "administrator",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "chairman",
    "chairwoman",
    "ceo",
    "minister",
    "secretary",
    "director",
    "commissioner",
    "chief",
    "official",
    "officials",
    "leader",
];

/// Small words that open a sentence and cling to the name after them: "As Heald told...".
const LEADING_SMALL_WORDS: &[&str] = &[
    "as",
    "at",
    "in",
    "on",
    "for",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "with",
    "by",
    "from",
    "to",
    "of",
    "according",
    "said",
    "says",
    "meanwhile",
    "however",
    "also",
    "then",
    "so",
    "yet",
    "like",
    "unlike",
    "since",
    "until",
    "during",
    "under",
    "over",
];

/// Words of page furniture and reader address ("Read more", "Sign up",
/// "Share this", "Your support"): a mention made only of these (and small
/// words) is page boilerplate, not a name.
const NOT_NAMES: &[&str] = &[
    "read",
    "more",
    "now",
    "your",
    "you",
    "our",
    "we",
    "us",
    "support",
    "subscribe",
    "sign",
    "up",
    "in",
    "log",
    "share",
    "follow",
    "click",
    "here",
    "watch",
    "listen",
    "donate",
    "advertisement",
    "related",
    "comments",
    "comment",
    "image",
    "photo",
    "gallery",
    "open",
    "close",
    "skip",
    "menu",
    "newsletter",
    "join",
    "get",
    "today",
    "free",
    "continue",
    "reading",
    "see",
    "also",
    "view",
    "all",
    "next",
    "previous",
    "from",
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "i",
    "to",
    "and",
    "or",
    "of",
    "on",
    "for",
    "with",
    "contribute",
    "download",
    "app",
    "save",
    "print",
    "email",
    "video",
    "live",
    "top",
    "home",
];

/// Words after a place name that make it the voice of an organization:
/// "Kremlin spokesperson", "Pentagon spokesman".
const SPEAKS_FOR: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "spokespeople"];

/// Words inside a photo credit that are not names: "(AP Photo/...)".
const CREDIT_WORDS: &[&str] = &["photo", "photos", "file", "pool", "handout"];

/// Faiths and their followers: no person, organization or place on their own
/// ("Muslims", "a Catholic"), though they open names ("Muslim Brotherhood").
const FAITHS: &[&str] = &[
    "buddhism",
    "buddhist",
    "buddhists",
    "catholic",
    "catholicism",
    "catholics",
    "christian",
    "christianity",
    "christians",
    "evangelical",
    "evangelicals",
    "hindu",
    "hinduism",
    "hindus",
    "islam",
    "jew",
    "jewish",
    "jews",
    "judaism",
    "mormon",
    "mormons",
    "muslim",
    "muslims",
    "protestant",
    "protestants",
    "shia",
    "shiite",
    "shiites",
    "sikh",
    "sikhs",
    "sunni",
    "sunnis",
];

fn is_faith(word: &str) -> bool {
    FAITHS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Whether `word` is furniture or a small word; acronyms ("US") are not.
fn is_not_name(word: &str) -> bool {
    let acronym = word.chars().count() >= 2 && !word.chars().any(char::is_lowercase);
    !acronym && NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// The gender an honorific tells: `Some(true)` for a woman ("Mrs.", "Ms",
/// "Miss", "Dame", "Lady", also in capitals), `Some(false)` for a man ("Mr.",
/// "Sir", "Lord"); `None` for any other word.
pub(crate) fn honorific_gender(word: &str) -> Option<bool> {
    match word.trim_end_matches('.') {
        "Mr" | "MR" | "Sir" | "Lord" => Some(false),
        "Mrs" | "MRS" | "Ms" | "MS" | "Miss" | "Dame" | "Lady" => Some(true),
        _ => None,
    }
}

/// Honorifics that only ever precede a person's name.
fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "prof"
    )
}

/// Titles that also begin names of things: "General Motors", "Prince Edward Island".
fn is_ambiguous_title(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "general"
            | "gen"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "lord"
            | "lady"
            | "father"
            | "sister"
            | "captain"
            | "coach"
            | "chief"
            | "senior"
            | "deputy"
            | "foreign"
            | "defence"
            | "defense"
            | "vice"
            | "prime"
            | "justice"
            | "officer"
            | "director"
            | "premier"
            | "sultan"
            | "emir"
            | "pope"
            | "cardinal"
            | "bishop"
    )
}

pub(crate) fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

fn kind_of_word(word: &str) -> TokenKind {
    if word.eq_ignore_ascii_case("'s") || word == "’s" || word == "’S" {
        return TokenKind::Possessive;
    }
    tokenize(word).first().map_or(TokenKind::Punct, |t| t.kind)
}

/// The tagger's view of pre-tokenized words (CoNLL files).
pub(crate) fn input_of_words<'a>(words: &'a [String], sentences: &[Range<usize>]) -> Input<'a> {
    Input {
        words: words.iter().map(String::as_str).collect(),
        kinds: words.iter().map(|w| kind_of_word(w)).collect(),
        sentences: sentences.to_vec(),
    }
}

fn input_of_document<'a>(doc: &Document<'a>) -> Input<'a> {
    Input {
        words: (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect(),
        kinds: doc.tokens.iter().map(|t| t.kind).collect(),
        sentences: doc.sentences.iter().map(|s| s.tokens.clone()).collect(),
    }
}

/// Trims titles, punctuation and possessives from the tagger's mentions and
/// drops what names nothing. Keeps PER, ORG and LOC (token ranges, type).
pub(crate) fn clean(
    input: &Input,
    found: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(found.len());
    let openers = input.sentence_initial();
    let lowercase = |i: usize| {
        input.kinds[i] == TokenKind::Word
            && input.words[i]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    for (mut s, mut e, k) in split_at_lowercase(input, found) {
        let k = match k {
            // A listed company the tagger took for a product: "Airbus has confirmed".
            3 if listed_company(input, s, e) => 1,
            // A "person" whose name ends like an organization's is one:
            // "Okafor Builders", "Reyes & Sons", "Muslim Brotherhood".
            0 if e - s > 1 && GAZETTEER.is_org_head(input.words[e - 1]) => 1,
            k => k,
        };
        if k >= 3 {
            continue;
        }
        let word_like = |i: usize| matches!(input.kinds[i], TokenKind::Word | TokenKind::Number);
        // "Mr", "Mrs", "Dr" open a person's name, whatever the tagger thought;
        // so does a title such as "Chancellor" before two or three capitalized words.
        let titled_name = e - s >= 3
            && e - s <= 4
            && is_title(input.words[s])
            && !is_ambiguous_title(input.words[s])
            && (s + 1..e).all(|i| {
                input.words[i]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            });
        let k = if (e - s > 1 && is_honorific(input.words[s])) || titled_name {
            0
        } else {
            k
        };
        let small = |w: &str| {
            LEADING_SMALL_WORDS
                .iter()
                .any(|t| t.eq_ignore_ascii_case(w))
        };
        let trailing = |w: &str| TRAILING_TITLES.iter().any(|t| t.eq_ignore_ascii_case(w));
        while s < e
            && (!word_like(s)
                || (e - s > 1 && small(input.words[s]))
                || (k == 0 && e - s > 1 && is_title(input.words[s])))
        {
            s += 1;
        }
        if e - s > 1 && openers[s] && ordinary_opener(input, &openers, s, e) {
            s += 1;
        }
        while e > s
            && (!word_like(e - 1)
                || lowercase(e - 1)
                || (k != 0 && e - s > 1 && trailing(input.words[e - 1])))
        {
            e -= 1;
        }
        if s == e {
            continue;
        }
        let capitalized = (s..e).any(|i| {
            input.words[i]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        });
        if !capitalized {
            continue;
        }
        if (s..e).all(|i| is_not_name(input.words[i]) || is_faith(input.words[i])) {
            continue;
        }
        let k = match input.words.get(e) {
            Some(next) if k == 2 && SPEAKS_FOR.iter().any(|w| w.eq_ignore_ascii_case(next)) => 1,
            _ if k != 0 && spoken_of_as_person(input, e) => 0,
            _ => k,
        };
        if (s..e).any(|i| matches!(input.kinds[i], TokenKind::Url | TokenKind::Handle)) {
            continue;
        }
        out.push((s, e, k));
    }
    credits(input, &mut out);
    regions(input, &mut out);
    propagate(input, &openers, &mut out);
    the_names(input, &openers, &mut out);
    out
}

/// A name with its article: "The" capitalized inside a sentence, then
/// capitalized words up to a lowercase one, none of them found by the
/// tagger ("Big Tech, The Independent is on the ground"). Inside a sentence
/// only a name capitalizes "The"; such a name in news is most often a
/// paper, a band or a body, so it is an organization. Not after a quote mark,
/// colon or dash (a quoted title or a headline may open there), and not
/// when the words are a listed place ("The Hague", "The Gambia"), nor in a
/// sentence where a third of the words or more are capitalized.
fn the_names(input: &Input, openers: &[bool], mentions: &mut Vec<(usize, usize, usize)>) {
    let title_word = |i: usize| {
        input.kinds[i] == TokenKind::Word
            && input.words[i].starts_with(char::is_uppercase)
            && input.words[i].chars().any(char::is_lowercase)
    };
    let mut added = Vec::new();
    for s in &input.sentences {
        // A sentence in title case ("Putting Back In To The Grid") says nothing.
        let words = s.clone().filter(|&i| input.kinds[i] == TokenKind::Word);
        let (n, capitalized) = words.fold((0, 0), |(n, c), i| {
            (
                n + 1,
                c + usize::from(input.words[i].starts_with(char::is_uppercase)),
            )
        });
        if capitalized * 3 > n {
            continue;
        }
        for i in s.clone() {
            if input.words[i] != "The" || openers[i] || i == s.start {
                continue;
            }
            if matches!(input.kinds[i - 1], TokenKind::Quote)
                || matches!(input.words[i - 1], ":" | "-" | "–" | "—" | "(" | "‘" | "'")
            {
                continue;
            }
            let mut e = i + 1;
            while e < s.end && e < i + 5 && title_word(e) {
                e += 1;
            }
            let lowercase_after = e < s.end
                && input.kinds[e] == TokenKind::Word
                && input.words[e].starts_with(char::is_lowercase);
            if e == i + 1 || !(lowercase_after || (e < s.end && input.kinds[e] == TokenKind::Punct))
            {
                continue;
            }
            if mentions.iter().any(|m| m.0 < e && i < m.1)
                || GAZETTEER.is_listed(&input.words[i..e])
                || GAZETTEER.is_listed(&input.words[i + 1..e])
            {
                continue;
            }
            added.push((i, e, 1));
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_unstable();
    }
}

/// Document-level consistency: a name the tagger found once is the same name
/// where it appears again, written the same way, as a whole run of
/// capitalized words ("Acme Motors fired its chief. Sacked Acme Motors chief
/// Dan Reyes ..."). Only names of two words or more: a one-word name is
/// too often a product or a word the tagger misread once ("Firefox" as a
/// place), and carrying it spreads the error (UNER EWT dev: 0.7224 -> 0.7188
/// with one-word names, 0.7224 without).
fn propagate(input: &Input, openers: &[bool], mentions: &mut Vec<(usize, usize, usize)>) {
    let capitalized = |i: usize| {
        input.kinds[i] == TokenKind::Word && input.words[i].starts_with(char::is_uppercase)
    };
    // The distinct names of two words or more, each with its first type.
    let mut names: std::collections::HashMap<&[&str], usize> = Default::default();
    for &(s, e, k) in mentions.iter().filter(|m| m.1 - m.0 > 1) {
        names.entry(&input.words[s..e]).or_insert(k);
    }
    if names.is_empty() {
        return;
    }
    // Where each capitalized word stands, so that a name is looked for only
    // where its first word is.
    let mut at: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for i in (0..input.words.len()).filter(|&i| capitalized(i)) {
        at.entry(input.words[i]).or_default().push(i);
    }
    let mut taken = vec![false; input.words.len()];
    for &(s, e, _) in mentions.iter() {
        taken[s..e].iter_mut().for_each(|t| *t = true);
    }
    let mut names: Vec<(&[&str], usize)> = names.into_iter().collect();
    names.sort_unstable();
    let mut added = Vec::new();
    for (words, k) in names {
        for &s in at.get(words[0]).map_or(&[][..], Vec::as_slice) {
            let e = s + words.len();
            if e > input.words.len()
                || taken[s..e].iter().any(|&t| t)
                || input.words[s..e] != *words
            {
                continue;
            }
            // A whole run: no capitalized word glued on either side (an
            // ordinary word opening the sentence does not count).
            let glued_before = s > 0
                && capitalized(s - 1)
                && !(openers[s - 1] && GAZETTEER.is_common_word(input.words[s - 1]));
            if glued_before || (e < input.words.len() && capitalized(e)) {
                continue;
            }
            taken[s..e].iter_mut().for_each(|t| *t = true);
            added.push((s, e, k));
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_unstable();
    }
}

/// Whether the tagger's MISC mention `s..e` is a listed organization named
/// as itself, not a product of it: CoNLL's guidelines make "Airbus" MISC
/// where it names an aircraft, and the tagger learned "Airbus" as MISC
/// everywhere; "Airbus has confirmed" is the company, "Airbus A380" a plane
/// (a word with a digit after the name).
fn listed_company(input: &Input, s: usize, e: usize) -> bool {
    let model_number = input
        .words
        .get(e)
        .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
    !model_number && GAZETTEER.listed_types(&input.words[s..e]) & gazetteer::NAME_ORG != 0
}

/// Whether the sentence's first word, at `s`, opening the mention `s..e`,
/// is an ordinary word capitalized only because it opens the sentence
/// ("Later Okafor added", "Yesterday Okafor said", "Sacked Acme Motors chief"):
/// a common word of the training text, not part of a listed name with the
/// words after it ("General Motors"), and never capitalized elsewhere in the
/// article but at the start of a sentence.
fn ordinary_opener(input: &Input, openers: &[bool], s: usize, e: usize) -> bool {
    let word = input.words[s];
    if !GAZETTEER.is_common_word(word) {
        return false;
    }
    if (s + 2..=e.min(s + gazetteer::MAX_LEN)).any(|end| GAZETTEER.is_listed(&input.words[s..end]))
    {
        return false;
    }
    !input.words.iter().enumerate().any(|(i, w)| {
        i != s && !openers[i] && w.starts_with(char::is_uppercase) && w.eq_ignore_ascii_case(word)
    })
}

/// Whether the words after a name (at `e`) speak of a person: "Musk, who
/// runs", "Musk said he would". Organizations take "which" and "it".
fn spoken_of_as_person(input: &Input, e: usize) -> bool {
    let word = |i: usize| input.words.get(i).copied().unwrap_or("");
    (word(e) == "," && word(e + 1) == "who")
        || (crate::text::is_reporting_verb(word(e))
            && matches!(word(e + 1), "he" | "she")
            && input
                .words
                .get(e + 2)
                .is_some_and(|w| w.starts_with(char::is_lowercase)))
}

/// Lowercase nouns that make the capitalized words before them a place:
/// "the Donetsk region", "Kherson oblast", "the Mekong delta".
const PLACE_NOUNS: &[&str] = &[
    "region",
    "regions",
    "province",
    "oblast",
    "county",
    "district",
    "valley",
    "peninsula",
    "delta",
    "governorate",
    "prefecture",
    "municipality",
    "canton",
    "state",
];

/// Marks the capitalized words (one or two) before a place noun as a place.
fn regions(input: &Input, mentions: &mut Vec<(usize, usize, usize)>) {
    let capitalized = |i: usize| {
        input.kinds[i] == TokenKind::Word
            && input.words[i]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && input.words[i].chars().any(char::is_lowercase)
            && !is_not_name(input.words[i])
            && !is_title(input.words[i])
    };
    let mut added = false;
    for s in &input.sentences {
        for noun in s.start + 1..s.end {
            if !PLACE_NOUNS.contains(&input.words[noun]) || !capitalized(noun - 1) {
                continue;
            }
            let mut start = noun - 1;
            if start > s.start + 1 && capitalized(start - 1) {
                start -= 1;
            }
            // Not the first word of a sentence: it may be capitalized for that alone.
            if start == s.start {
                continue;
            }
            match mentions.iter_mut().find(|m| m.0 < noun && start < m.1) {
                Some(m) if m.1 == noun => m.2 = 2,
                Some(_) => {}
                None => {
                    mentions.push((start, noun, 2));
                    added = true;
                }
            }
        }
    }
    if added {
        mentions.sort_unstable();
    }
}

/// Lowercase words that may sit inside a name: "Bank of England", "Charles
/// de Gaulle", "Museum of Flight", "Ludwig van Beethoven".
const NAME_PARTICLES: &[&str] = &[
    "of", "the", "and", "for", "de", "da", "do", "dos", "das", "del", "della", "der", "den", "van",
    "von", "du", "des", "la", "le", "les", "al", "el", "bin", "ibn", "y", "e", "on", "upon", "in",
    "at", "au", "aux", "di", "zu", "ter", "ten", "a",
];

/// Splits mentions at lowercase words that no name holds ("Goldman Sachs
/// said Apple" -> "Goldman Sachs", "Apple").
fn split_at_lowercase(
    input: &Input,
    found: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(found.len());
    for (s, e, k) in found {
        let mut start = s;
        for i in s..e {
            let w = input.words[i];
            let breaks = input.kinds[i] == TokenKind::Word
                && w.chars().next().is_some_and(char::is_lowercase)
                && !NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w));
            if breaks {
                if i > start {
                    out.push((start, i, k));
                }
                start = i + 1;
            }
        }
        if e > start {
            out.push((start, e, k));
        }
    }
    out
}

/// Photo credits at the end of a sentence, "(AFP via Getty Images)",
/// "(AP Photo/Jane Doe)": the agencies in them are organizations, the
/// photographer after "Photo/" a person.
fn credits(input: &Input, mentions: &mut Vec<(usize, usize, usize)>) {
    for s in &input.sentences {
        let Some(close) = (s.start..s.end)
            .rev()
            .find(|&i| !matches!(input.words[i], "." | "”" | "\"" | "'"))
        else {
            continue;
        };
        if input.words[close] != ")" {
            continue;
        }
        let Some(open) = (s.start..close).rev().find(|&i| input.words[i] == "(") else {
            continue;
        };
        let inner = open + 1..close;
        if inner.is_empty() || inner.len() > 10 {
            continue;
        }
        let separator = |w: &str| matches!(w, "via" | "/" | "," | "and" | "&" | ";" | ":");
        let has_via = inner
            .clone()
            .any(|i| input.words[i] == "via" || input.words[i] == "/");
        let all_fit = inner.clone().all(|i| {
            let w = input.words[i];
            separator(w) || w.chars().next().is_some_and(char::is_uppercase)
        });
        let single_agency = inner.len() == 1
            && input.words[open + 1].chars().count() >= 2
            && input.words[open + 1].chars().all(char::is_uppercase);
        if !all_fit || !(has_via || single_agency) {
            continue;
        }
        let mut found = Vec::new();
        let mut i = inner.start;
        while i < inner.end {
            if separator(input.words[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < inner.end && !separator(input.words[i]) {
                i += 1;
            }
            let mut end = i;
            while end > start && is_credit_word(input.words[end - 1]) {
                end -= 1;
            }
            if end == start {
                continue;
            }
            let after_photo = start >= inner.start + 2
                && input.words[start - 1] == "/"
                && is_credit_word(input.words[start - 2]);
            found.push((start, end, if after_photo { 0 } else { 1 }));
        }
        mentions.retain(|m| m.1 <= open || m.0 >= close);
        mentions.extend(found);
    }
    mentions.sort_unstable();
}

fn is_credit_word(word: &str) -> bool {
    CREDIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Tags pre-tokenized words: the mentions (token ranges, type) of PER, ORG and LOC.
pub(crate) fn tag_tokens(
    words: &[String],
    sentences: &[Range<usize>],
) -> Vec<(usize, usize, usize)> {
    let Some(model) = tagger::MODEL.as_ref() else {
        return Vec::new();
    };
    let input = input_of_words(words, sentences);
    clean(&input, tagger::tag_article(model, &input))
}

/// Phrases of a publisher's appeal to its readers ("Your support helps us
/// ... Read more ... Support Now"); a paragraph with two of them is a pitch.
const PITCH_PHRASES: &[&str] = &[
    "your support",
    "support now",
    "read more",
    "your donation",
    "donate",
    "subscribe",
    "subscription",
    "sign up",
    "newsletter",
    "paywall",
    "journalism",
    "support us",
];

/// Whether `hay` contains `needle` (lowercase ASCII), ignoring ASCII case, without a lowercased copy.
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// In a publisher's pitch, common words are capitalized for show ("From
/// climate change to Big Tech"): there an organization or place counts only
/// when the article names it elsewhere too, it is a known place, or it is a
/// "The ..." title (the publication itself).
fn drop_pitch_names(doc: &Document, input: &Input, found: &mut Vec<(usize, usize, usize)>) {
    let pitches: Vec<&Range<usize>> = doc
        .paragraphs
        .iter()
        .filter(|p| {
            let text = doc.slice(p.span).as_bytes();
            PITCH_PHRASES
                .iter()
                .filter(|c| contains_ignore_ascii_case(text, c.as_bytes()))
                .count()
                >= 2
        })
        .map(|p| &p.tokens)
        .collect();
    if pitches.is_empty() {
        return;
    }
    let in_pitch = |i: usize| pitches.iter().any(|p| p.contains(&i));
    let words = |m: &(usize, usize, usize)| &input.words[m.0..m.1];
    let keep: Vec<bool> = found
        .iter()
        .map(|m| {
            m.2 == 0
                || !in_pitch(m.0)
                || input.words[m.0] == "The"
                || GAZETTEER.is_place_name(&input.words[m.0..m.1].join(" "))
                || found.iter().any(|o| !in_pitch(o.0) && words(o) == words(m))
        })
        .collect();
    let mut k = keep.iter();
    found.retain(|_| k.next().copied().unwrap_or(true));
}

/// Finds the mentions of people, organizations and places in `doc`.
pub(crate) fn find(doc: &Document) -> Vec<Entity> {
    let Some(model) = tagger::MODEL.as_ref() else {
        return Vec::new();
    };
    let input = input_of_document(doc);
    let mut found = clean(&input, tagger::tag_article(model, &input));
    drop_pitch_names(doc, &input, &mut found);
    let mut entities: Vec<Entity> = found
        .into_iter()
        .map(|(s, e, k)| {
            let span = crate::text::Span::new(doc.tokens[s].span.start, doc.tokens[e - 1].span.end);
            let text = doc.slice(span);
            Entity {
                start: span.start,
                end: span.end,
                text: text.to_string(),
                kind: match k {
                    0 => EntityKind::Person,
                    1 => EntityKind::Organization,
                    _ => EntityKind::Place,
                },
                entity: String::new(),
            }
        })
        .collect();
    label_speakers(doc, &mut entities);
    let female: Vec<Option<bool>> = entities
        .iter()
        .map(|e| {
            let head = doc.text.get(..e.start).unwrap_or("");
            let from = head.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
            merge::told_gender(&head[from..])
        })
        .collect();
    merge::merge_told(&mut entities, &female);
    entities
}

/// The speakers named by a transcript's labels ("SMITH:", "MS. DOE:") are
/// people, whatever the tagger made of the words in capitals.
fn label_speakers(doc: &Document, entities: &mut Vec<Entity>) {
    let mut added = false;
    for name in doc.turns.iter().filter_map(|t| t.name) {
        entities.retain(|e| e.end <= name.start || name.end <= e.start);
        entities.push(Entity {
            start: name.start,
            end: name.end,
            text: doc.slice(name).to_string(),
            kind: EntityKind::Person,
            entity: String::new(),
        });
        added = true;
    }
    if added {
        entities.sort_by_key(|e| e.start);
    }
}

#[cfg(test)]
mod tests;

//! The small word lists attribution reads: reporting verbs, pronouns, roles.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Reporting verbs with regular inflections (base forms).
#[rustfmt::skip]
const REGULAR: &[&str] = &[
    "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "beg", "blast", "boast", "brag", "call", "caution",
    "chant", "charge", "claim", "comment", "complain", "concede", "conclude", "condemn", "confirm",
    "contend", "continue", "counter", "criticise", "criticize", "cry", "declare", "demand",
    "denounce", "deny", "describe", "disagree", "dismiss", "echo", "elaborate", "email", "emphasise",
    "emphasize", "exclaim", "explain", "hint", "implore", "indicate", "inform", "insist",
    "instruct", "interject", "joke", "lament", "laugh", "maintain", "mention", "mock", "muse",
    "note", "object", "observe", "opine", "plead", "pledge", "point", "post", "praise", "predict",
    "proclaim", "project", "promise", "protest", "question", "quip", "quote", "reassure", "recall", "recount",
    "reiterate", "remark", "remind", "repeat", "reply", "report", "respond", "retort", "reveal",
    "scoff", "scream", "shout", "sigh", "slam", "snap", "sneer", "state", "stress", "suggest",
    "testify", "text", "threaten", "tweet", "urge", "vow", "warn", "whisper", "wonder", "yell",
];

/// Irregular forms of reporting verbs.
#[rustfmt::skip]
const IRREGULAR: &[&str] = &[
    "insists", "issued", "put", "puts", "putting", "read", "reading", "reads", "said", "say",
    "saying", "says", "speak", "speaking", "speaks", "spoke", "swear", "swore", "sworn", "tell",
    "telling", "tells", "think", "thinks", "thought", "told", "write", "writes", "writing",
    "written", "wrote",
];

/// `word` in ASCII lowercase, written into `buf`; `None` when too long.
pub(crate) fn lowercase<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Every form of every reporting verb, built once: the base forms with
/// their regular endings (overgenerated: "admit" gives "admitted" and
/// "admited"; a form no one writes costs nothing) and the irregular forms.
static VERB_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut forms: HashSet<String> = IRREGULAR.iter().map(|w| w.to_string()).collect();
    for base in REGULAR {
        let stem = base.strip_suffix('e').unwrap_or(base);
        let last = base.chars().last().unwrap_or('e');
        let doubled = format!("{base}{last}");
        forms.insert(base.to_string());
        for ending in ["s", "es", "ed", "d", "ing"] {
            forms.insert(format!("{base}{ending}"));
            forms.insert(format!("{stem}{ending}"));
            forms.insert(format!("{doubled}{ending}"));
        }
        if let Some(y) = base.strip_suffix('y') {
            forms.insert(format!("{y}ies"));
            forms.insert(format!("{y}ied"));
        }
    }
    forms
});

/// Whether `word` (any case) is a form of a reporting verb.
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    lowercase(word, &mut buf).is_some_and(|w| VERB_FORMS.contains(w))
}

/// A personal pronoun that can name a speaker, and who it can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    /// "I", "we": the article's own voice or a quoted speaker.
    First,
    /// "they", "it": an organization or a group.
    Group,
}

pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word {
        "he" | "He" | "HE" => Pronoun::He,
        "she" | "She" | "SHE" => Pronoun::She,
        "I" | "we" | "We" => Pronoun::First,
        "they" | "They" | "it" | "It" => Pronoun::Group,
        _ => return None,
    })
}

/// Nouns that name a speaker by role: "the spokesman", "officials".
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "adviser", "advisor", "agency", "aide", "ambassador", "analyst", "attorney", "author",
    "campaign", "candidate", "chairman", "chairwoman", "chief", "commander", "committee",
    "company", "congressman", "congresswoman", "councillor", "critic", "delegate", "democrat",
    "department", "deputy", "diplomat", "director", "economist", "executive", "expert", "founder",
    "government", "governor", "head", "host", "judge", "lawmaker", "lawyer", "leader", "man",
    "manager", "mayor", "member", "minister", "ministry", "nominee", "observer", "office",
    "officer", "official", "organizer", "people", "police", "pollster", "premier", "president",
    "professor", "prosecutor", "protester", "rep", "report", "representative", "republican",
    "researcher", "resident", "secretary", "senator", "source", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "statement", "strategist", "supporter", "survey", "voter",
    "witness", "woman",
];

/// Roles that only a person has (a description with one of these as its
/// head refers to a person).
pub(crate) fn is_person_role(word: &str) -> bool {
    !matches!(
        word,
        "agency"
            | "campaign"
            | "committee"
            | "company"
            | "department"
            | "government"
            | "ministry"
            | "office"
            | "police"
            | "report"
            | "statement"
            | "survey"
            | "people"
    ) && is_role(word)
}

pub(crate) fn is_role(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lowercase(word, &mut buf) else {
        return false;
    };
    listed(ROLES, w)
        || w.strip_suffix('s').is_some_and(|s| listed(ROLES, s))
        || matches!(w, "men" | "women" | "spokesmen" | "spokeswomen")
}

/// Words that open a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lowercase(word, &mut buf).unwrap_or(""),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "this"
            | "that"
            | "another"
            | "one"
            | "two"
            | "three"
            | "several"
            | "many"
            | "some"
            | "other"
    )
}

/// Capitalized words that start a sentence without naming anyone.
pub(crate) fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "But"
            | "And"
            | "Or"
            | "In"
            | "On"
            | "At"
            | "As"
            | "So"
            | "Then"
            | "When"
            | "While"
            | "If"
            | "After"
            | "Before"
            | "Yet"
            | "Also"
            | "For"
            | "From"
            | "To"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Still"
            | "Now"
            | "However"
            | "Moreover"
            | "Furthermore"
            | "Nevertheless"
            | "Nonetheless"
            | "Additionally"
            | "Separately"
            | "Likewise"
            | "Similarly"
            | "Ultimately"
            | "Otherwise"
            | "Therefore"
            | "Thus"
            | "Hence"
            | "Besides"
            | "Overall"
            | "Initially"
            | "Finally"
            | "Eventually"
            | "Currently"
            | "Recently"
            | "Previously"
            | "Meanwhile"
            | "Later"
            | "Earlier"
            | "Asked"
            | "Speaking"
            | "Writing"
            | "With"
            | "By"
            | "Of"
            | "Since"
            | "Although"
            | "Though"
            | "Because"
            | "Even"
            | "Instead"
            | "Indeed"
            | "According"
            | "Despite"
            | "During"
            | "Following"
            | "Amid"
            | "Among"
            | "Under"
            | "Without"
            | "Unlike"
            | "Until"
            | "Against"
            | "Through"
            | "Last"
            | "Next"
            | "Do"
            | "Does"
            | "Did"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan."
            | "Feb."
            | "Mar."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
            | "Today"
            | "Yesterday"
            | "Tonight"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "There"
            | "Here"
            | "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Many"
            | "Some"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "Just"
            | "Please"
            | "Thank"
            | "Yes"
            | "Oh"
            | "Well"
            | "Said"
    )
}

/// Words between a speaker and the verb that do not end the subject:
/// "Trump also said", "she has repeatedly said", "he told reporters Friday".
pub(crate) fn is_skippable(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let lower = lowercase(word, &mut buf).unwrap_or("");
    matches!(
        lower,
        "also"
            | "has"
            | "had"
            | "have"
            | "was"
            | "is"
            | "were"
            | "are"
            | "would"
            | "will"
            | "could"
            | "did"
            | "does"
            | "do"
            | "later"
            | "then"
            | "again"
            | "once"
            | "further"
            | "previously"
            | "recently"
            | "repeatedly"
            | "reportedly"
            | "simply"
            | "just"
            | "often"
            | "never"
            | "not"
            | "quickly"
            | "since"
            | "last"
            | "on"
            | "week"
            | "night"
            | "today"
            | "yesterday"
            | "tonight"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "morning"
            | "afternoon"
            | "evening"
            | "earlier"
            | "been"
            | "being"
            | "be"
            | "may"
            | "might"
            | "should"
            | "must"
            | "can"
            | "went"
            | "even"
            | "still"
            | "famously"
            | "flatly"
            | "publicly"
            | "privately"
            | "angrily"
            | "bluntly"
            | "openly"
            | "first"
            | "subsequently"
            | "finally"
            | "only"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
    ) || (lower.len() > 5 && lower.ends_with("ly") && !is_role(lower))
}

/// Honorifics before a name, and the gender they tell.
pub(crate) fn honorific(word: &str) -> Option<Option<Pronoun>> {
    Some(match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" => Some(Pronoun::He),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" => Some(Pronoun::She),
        "Dr" | "Prof" | "President" | "Sen" | "Rep" | "Gov" | "Gen" | "Senator" | "Governor"
        | "Representative" | "Secretary" | "Judge" | "Justice" | "Speaker" => None,
        _ => return None,
    })
}

/// Forms of reporting verbs that are also nouns of speech or writing: "a
/// separate email", "the caustic chant", "her tweets".
pub(crate) fn is_cue_noun(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let w = lowercase(word, &mut buf).unwrap_or("");
    let base = w.strip_suffix('s').unwrap_or(w);
    matches!(
        base,
        "email"
            | "e-mail"
            | "text"
            | "chant"
            | "post"
            | "tweet"
            | "note"
            | "report"
            | "quote"
            | "comment"
            | "call"
            | "answer"
            | "claim"
            | "question"
            | "reply"
            | "replie"
            | "remark"
            | "promise"
            | "pledge"
            | "demand"
            | "protest"
            | "joke"
            | "boast"
            | "vow"
            | "cry"
            | "crie"
            | "shout"
            | "whisper"
            | "sigh"
            | "laugh"
            | "retort"
            | "charge"
            | "response"
            | "plea"
            | "threat"
            | "warning"
            | "statement"
            | "state"
            | "project"
            | "message"
            | "read"
    )
}

/// Nouns of documents that carry someone's words: "a statement from X",
/// "The ad targets “…”".
pub(crate) fn is_document(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "post"
            | "tweet"
            | "letter"
            | "release"
            | "memo"
            | "email"
            | "e-mail"
            | "message"
            | "note"
            | "filing"
            | "report"
            | "video"
            | "interview"
            | "ad"
            | "resolution"
            | "editorial"
    )
}

/// Words before a quote that make it a term, not speech: "so-called “X”".
pub(crate) fn is_term_cue(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lowercase(word, &mut buf).unwrap_or(""),
        "so-called"
            | "dubbed"
            | "nicknamed"
            | "word"
            | "words"
            | "term"
            | "phrase"
            | "titled"
            | "entitled"
            | "slogan"
            | "hashtag"
            | "nickname"
            | "label"
            | "labeled"
            | "labelled"
            | "branded"
            | "headlined"
            | "book"
            | "film"
            | "documentary"
            | "song"
            | "show"
            | "series"
            | "album"
            | "movie"
            | "article"
            | "op-ed"
            | "column"
            | "essay"
            | "poem"
            | "novel"
            | "headline"
    )
}

/// Whether `token` is made of pictographs only: emoji, flags, their
/// modifiers and joiners ("🇳🇬", "👩🏾‍💼", "✅"), which stand beside names in
/// posts and captions and say nothing of the grammar.
pub(super) fn is_pictograph(token: &str) -> bool {
    !token.is_empty()
        && token.chars().all(|c| {
            let u = c as u32;
            u >= 0x1F000 || (0x2600..=0x27BF).contains(&u) || matches!(u, 0x200D | 0xFE0F | 0x20E3)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [REGULAR, IRREGULAR, ROLES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn reporting_verbs_in_all_tenses() {
        for w in [
            "said",
            "says",
            "Saying",
            "told",
            "added",
            "adds",
            "adding",
            "warned",
            "noted",
            "noting",
            "urged",
            "denied",
            "denies",
            "replied",
            "argued",
            "admitted",
            "admitting",
            "insisted",
            "tweeted",
            "wrote",
            "described",
            "accused",
        ] {
            assert!(is_reporting_verb(w), "{w}");
        }
        for w in [
            "sad",
            "the",
            "president",
            "",
            "saidsaidsaidsaidsaid",
            "Zelensky’s",
        ] {
            assert!(!is_reporting_verb(w), "{w}");
        }
    }
}

//! The small word lists attribution reads: reporting verbs, pronouns, roles.

/// Reporting verbs with regular inflections (base forms).
const REGULAR: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "advise",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "beg",
    "blast",
    "boast",
    "brag",
    "call",
    "caution",
    "charge",
    "chant",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "condemn",
    "confirm",
    "contend",
    "continue",
    "counter",
    "criticise",
    "criticize",
    "cry",
    "declare",
    "demand",
    "denounce",
    "deny",
    "describe",
    "disagree",
    "dismiss",
    "echo",
    "email",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "hint",
    "implore",
    "indicate",
    "inform",
    "insist",
    "instruct",
    "interject",
    "joke",
    "lament",
    "laugh",
    "maintain",
    "mention",
    "mock",
    "muse",
    "note",
    "object",
    "observe",
    "opine",
    "plead",
    "pledge",
    "point",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "protest",
    "question",
    "quip",
    "quote",
    "reassure",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "scoff",
    "scream",
    "shout",
    "sigh",
    "slam",
    "snap",
    "sneer",
    "state",
    "stress",
    "suggest",
    "testify",
    "text",
    "threaten",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "yell",
];

/// Irregular forms of reporting verbs.
const IRREGULAR: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
    "wrote", "written", "writing", "speak", "speaks", "spoke", "speaking", "think", "thinks",
    "thought", "swear", "swore", "sworn", "put", "puts", "putting", "read", "reads", "reading",
    "insists",
];

/// Whether `word` (any case) is a form of a reporting verb.
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    if word.len() > 16 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let Ok(w) = std::str::from_utf8(lower) else {
        return false;
    };
    if IRREGULAR.contains(&w) || REGULAR.contains(&w) {
        return true;
    }
    let base = |stem: &str| REGULAR.contains(&stem);
    let undouble = |stem: &str| {
        let b = stem.as_bytes();
        b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] && base(&stem[..stem.len() - 1])
    };
    for suffix in ["ing", "ed"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if base(stem) || undouble(stem) || with_e(stem) {
                return true;
            }
        }
    }
    if let Some(stem) = w.strip_suffix("ied").or_else(|| w.strip_suffix("ies")) {
        if REGULAR.iter().any(|b| b.strip_suffix('y') == Some(stem)) {
            return true;
        }
    }
    if let Some(stem) = w.strip_suffix("es") {
        if base(stem) {
            return true;
        }
    }
    w.strip_suffix('s').is_some_and(base)
}

/// Whether `stem` + "e" is a base form ("not" -> "note").
fn with_e(stem: &str) -> bool {
    REGULAR.iter().any(|b| b.strip_suffix('e') == Some(stem))
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
const ROLES: &[&str] = &[
    "adviser",
    "advisor",
    "agency",
    "aide",
    "ambassador",
    "analyst",
    "attorney",
    "author",
    "campaign",
    "candidate",
    "chairman",
    "chairwoman",
    "chief",
    "commander",
    "committee",
    "company",
    "congressman",
    "congresswoman",
    "councillor",
    "critic",
    "delegate",
    "democrat",
    "department",
    "deputy",
    "diplomat",
    "director",
    "economist",
    "executive",
    "expert",
    "founder",
    "government",
    "governor",
    "head",
    "host",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "member",
    "minister",
    "ministry",
    "nominee",
    "observer",
    "office",
    "officer",
    "official",
    "organizer",
    "people",
    "police",
    "pollster",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "rep",
    "report",
    "representative",
    "republican",
    "researcher",
    "resident",
    "secretary",
    "senator",
    "source",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "statement",
    "strategist",
    "supporter",
    "survey",
    "voter",
    "witness",
    "woman",
    "man",
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
    let w = word.to_ascii_lowercase();
    let w = w.as_str();
    ROLES.contains(&w)
        || w.strip_suffix('s').is_some_and(|s| ROLES.contains(&s))
        || matches!(
            w,
            "men" | "women" | "officials" | "spokesmen" | "spokeswomen"
        )
}

/// Words that open a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
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
            | "Today"
            | "Yesterday"
            | "Tonight"
    )
}

/// Words between a speaker and the verb that do not end the subject:
/// "Trump also said", "she has repeatedly said", "he told reporters Friday".
pub(crate) fn is_skippable(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
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
    ) || (lower.len() > 5 && lower.ends_with("ly") && !is_role(&lower))
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

/// Words before a quote that make it a term, not speech: "so-called “X”".
pub(crate) fn is_term_cue(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
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

#[cfg(test)]
mod tests {
    use super::*;

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

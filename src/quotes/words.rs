//! The small word lists attribution reads: pronouns, roles (the reporting
//! verbs, its cues, are in [`crate::text`], which the entity tagger reads too).

pub(crate) use crate::text::{is_reporting_verb, lowercase};

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
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

/// Roles that anyone may hold, no office: a description with one of these as
/// its head ("the longtime resident", "the witness") is not the person the
/// story is about unless named with it.
pub(crate) fn is_anyone(word: &str) -> bool {
    matches!(
        word,
        "man"
            | "woman"
            | "resident"
            | "voter"
            | "witness"
            | "supporter"
            | "protester"
            | "observer"
            | "critic"
            | "expert"
            | "analyst"
            | "economist"
            | "researcher"
            | "pollster"
            | "strategist"
            | "member"
            | "delegate"
            | "organizer"
            | "author"
            | "source"
    )
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

/// Prepositions, in lower case ("of", "about", "as", "than").
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "by"
            | "about"
            | "as"
            | "than"
            | "like"
            | "into"
            | "over"
            | "under"
            | "against"
            | "after"
            | "before"
            | "during"
            | "through"
    )
}

/// Forms of "be", in lower case.
pub(crate) fn is_copula(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "be" | "been" | "being"
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
/// The gendered ones are [`crate::entities::honorific_gender`]'s.
pub(crate) fn honorific(word: &str) -> Option<Option<Pronoun>> {
    if let Some(female) = crate::entities::honorific_gender(word) {
        return Some(Some(if female { Pronoun::She } else { Pronoun::He }));
    }
    matches!(
        word.trim_end_matches('.'),
        "Dr" | "Prof"
            | "President"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Senator"
            | "Governor"
            | "Representative"
            | "Secretary"
            | "Judge"
            | "Justice"
            | "Speaker"
    )
    .then_some(None)
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

/// Verbs that put someone's words in quotes without reporting speech: "likened
/// the plan to “…”", "coined a phrase, “…”", "used the phrase “…”",
/// "referenced “…”", "hailed Ruiz as “…”", "singing “…”", "talks about
/// “…”", "referred to “…”" (any inflection).
pub(crate) fn is_using_verb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lowercase(word, &mut buf) else {
        return false;
    };
    #[rustfmt::skip]
    const BASES: &[&str] = &[
        "adopt", "borrow", "cite", "coin", "employ", "hail", "introduce", "invoke", "liken",
        "offer", "refer", "reference", "sing", "talk", "tout", "use",
    ];
    if matches!(w, "sang" | "sung" | "referred" | "referring") {
        return true;
    }
    // The word as it stands or less an ending; "-ing", "-ed" and "-es" may have
    // dropped a final "e" ("citing", "cited").
    let endings = [
        ("", false),
        ("s", false),
        ("d", false),
        ("es", true),
        ("ed", true),
        ("ing", true),
    ];
    endings.into_iter().any(|(ending, dropped_e)| {
        w.strip_suffix(ending).is_some_and(|stem| {
            BASES.contains(&stem)
                || (dropped_e && BASES.iter().any(|b| b.strip_suffix('e') == Some(stem)))
        })
    })
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
        assert!(ROLES.windows(2).all(|w| w[0] < w[1]));
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

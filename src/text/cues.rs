//! Cues of attribution: the reporting verbs ("said", "told", "tweeted"),
//! in every inflection. Quotes read them to find who speaks; entities read
//! them to tell a person from an organization ("Musk said he would").

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [REGULAR, IRREGULAR] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(is_reporting_verb("Tweeted") && !is_reporting_verb("table"));
    }
}

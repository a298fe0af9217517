//! What a count counts: the noun after it ("500 drones", "space shuttle
//! orbiters", "one shell").

use super::scan::Scan;
use super::vocab::PAST_WORDS;

/// Words that follow a count without being what it counts.
const NOT_COUNTED: &[&str] = &[
    "of",
    "and",
    "or",
    "to",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "per",
    "from",
    "with",
    "by",
    "more",
    "less",
    "than",
    "were",
    "was",
    "is",
    "are",
    "be",
    "been",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "did",
    "do",
    "does",
    "not",
    "also",
    "so",
    "as",
    "that",
    "this",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "after",
    "before",
    "over",
    "under",
    "into",
    "out",
    "up",
    "down",
    "off",
    "ago",
    "each",
    "times",
    "said",
    "says",
    "while",
    "when",
    "where",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "about",
    "among",
    "via",
    "through",
    "across",
    "against",
    "without",
    "within",
    "toward",
    "towards",
    "between",
    "during",
    "since",
    "until",
    "others",
    "other",
    "plus",
    "minus",
    "this",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "now",
    "then",
    "again",
    "last",
    "next",
    "is",
    "percent",
    "am",
    "pm",
    "lakhs",
    "crores",
    "votes",
    "yes",
    "no",
    "it",
    "all",
    "both",
    // Verbs in -s that no count counts: "As 2015 comes to an end".
    "comes",
    "goes",
    "seems",
    "remains",
    "means",
    "becomes",
    "appears",
    "happens",
    "begins",
    "gives",
    "brings",
    "continues",
    "includes",
    "arrives",
    "approaches",
    "follows",
    "occurs",
    "lies",
];

/// Nouns in -s that are no plurals: "-ss" ("process"), "-us" ("virus"),
/// "-is" ("crisis", "analysis"), "-ics" ("politics"), and a few more.
fn singular_in_s(w: &str) -> bool {
    ["ss", "us", "is", "ics"].iter().any(|end| w.ends_with(end))
        || [
            "gas", "bias", "news", "chaos", "ethos", "atlas", "canvas", "lens",
        ]
        .contains(&w)
}

/// Plural nouns that a year before them dates rather than counts: "2005
/// levels", "2018 sales", "the 2016 elections" ("2000 people" is a count).
const DATED_BY_A_YEAR: &[&str] = &[
    "levels",
    "figures",
    "prices",
    "sales",
    "results",
    "earnings",
    "elections",
    "games",
    "olympics",
    "standards",
    "rates",
    "accounts",
    "budgets",
    "rankings",
    "polls",
    "primaries",
    "midterms",
    "playoffs",
    "finals",
    "championships",
    "accords",
    "talks",
    "protests",
    "riots",
    "attacks",
    "floods",
    "wildfires",
    "fires",
    "bombings",
    "negotiations",
    "numbers",
    "data",
    "estimates",
    "forecasts",
    "guidelines",
    "rules",
    "regulations",
    "reforms",
    "sanctions",
    "tariffs",
    "taxes",
    "cuts",
    "filings",
    "candidates",
    "contenders",
    "hopefuls",
    "nominees",
    "campaigns",
    "conventions",
    "debates",
    "caucuses",
];

/// Whether what a count counts (the byte span [`counted`] gives) is what a
/// year dates: its noun is one of [`DATED_BY_A_YEAR`].
pub(super) fn dated_by_a_year(s: &Scan, (_, end): (usize, usize)) -> bool {
    s.text
        .get(..end)
        .and_then(|t| t.rsplit(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|noun| DATED_BY_A_YEAR.contains(&noun))
}

/// What a count at `k` counts: a plural noun, possibly after a word or two
/// that describe it ("drones", "space shuttle orbiters", "Russian drones");
/// after "one", a singular noun ("one shell").
pub(super) fn counted(s: &Scan, k: usize) -> Option<(usize, usize)> {
    let mut j = k;
    for n in 0..3 {
        let w = s.word(j)?;
        let lower = w.chars().all(char::is_lowercase);
        if w.len() < 3 || NOT_COUNTED.contains(&w) || (n == 0 && !lower && !s.has_capital(j)) {
            return None;
        }
        let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
        let plural = starts_lower
            && ((w.ends_with('s') && !singular_in_s(w))
                || [
                    "people",
                    "children",
                    "men",
                    "women",
                    "police",
                    "staff",
                    "personnel",
                    "aircraft",
                    "cattle",
                    "sheep",
                    "fish",
                    "deer",
                    "livestock",
                    "crew",
                ]
                .contains(&w));
        if plural {
            return Some((s.start(k), s.end(j + 1)));
        }
        // Only words that describe: no verbs in -ed/-ing or of the past ("a
        // 2009 paper found improvements"), no units of time.
        if w.ends_with("ed")
            || w.ends_with("ing") && n > 0
            || n > 0 && PAST_WORDS.contains(&w)
            || s.sense(j).time_unit.is_some()
        {
            return None;
        }
        if !s.is_space(j + 1) {
            return None;
        }
        j += 2;
    }
    None
}

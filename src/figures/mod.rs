//! Figures: numbers, ordinals, percentages, money, quantities, dates, times
//! and durations, with their values.
//!
//! The text is cut into atoms (digits, letters, spaces, single characters)
//! once, and each word's meaning is looked up once ([`vocab`]); recognizers
//! then read the atoms by index. At each atom that can start a figure, dates
//! and times are tried first ([`dates`]), then amounts: an optional modifier
//! ("almost", "more than"), a currency before, a number in digits or words
//! ([`numbers`]) or a range, and what follows it: a scale, "%", a currency or
//! unit, a unit of time, what a count counts.
//!
//! Values: numbers in the currency's main unit for money (50 cents = 0.5 USD),
//! `[low, high]` for ranges, ISO 8601 text for dates ("2025-12-28", "2025-12",
//! "--12-28" when the year is unknown, "2025-W52", "2009-Q1", "199" for the
//! 1990s), times ("T15:30Z", with the day when the article date is known) and
//! durations ("P20Y", "PT48H", "2009/2011" for a span of years); null when
//! vague ("dozens") or when a relative date has no article date to lean on.
//! A weekday is the most recent such day on or before the article date, or
//! the next one when the sentence speaks of the future ("will meet on Friday").
//!
//! Not figures: numbers in names ("Boeing 737", "G7", "iPhone 4", and the same
//! digits again in the text), references ("No. 1"), scores ("3-1"), phone
//! numbers, codes ("3D", "0958") and footnote marks ("[3]").

mod calendar;
mod dates;
mod lexer;
mod numbers;
mod scan;
mod vocab;

pub(crate) use calendar::CalendarDate;

use crate::analysis::{Entity, Figure, FigureKind, Value};
use crate::text::Document;
use lexer::{lex, AtomKind};
use numbers::{number, Num};
use scan::Scan;

/// A figure as found, in bytes of the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// Where the figure starts, with its modifier ("almost 500").
    pub start: usize,
    /// Where it starts without its modifier ("500").
    pub core: usize,
    /// Where its number starts (after any currency sign).
    pub num: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: Option<Value>,
    pub unit: Option<&'static str>,
    /// The byte span of what a count counts.
    pub counts: Option<(usize, usize)>,
}

/// Finds the figures of `doc`, skipping those inside entity names.
pub(crate) fn find(doc: &Document, entities: &[Entity], date: Option<CalendarDate>) -> Vec<Figure> {
    found(doc, entities, date)
        .into_iter()
        .map(|f| Figure {
            start: f.start,
            end: f.end,
            text: doc.text.get(f.start..f.end).unwrap_or("").to_string(),
            kind: f.kind,
            value: f.value,
            unit: f.unit.map(str::to_string),
            counts: f
                .counts
                .and_then(|(a, b)| doc.text.get(a..b))
                .map(str::to_string),
        })
        .collect()
}

/// The figures of `doc` as found (with the span of their core), outside entity names.
pub(crate) fn found(doc: &Document, entities: &[Entity], date: Option<CalendarDate>) -> Vec<Found> {
    let found = scan(doc.text, date);
    // Entity spans by start, with the furthest end reached so far.
    let mut spans: Vec<(usize, usize)> = entities.iter().map(|e| (e.start, e.end)).collect();
    spans.sort_unstable();
    let mut reach = 0;
    let reaches: Vec<usize> = spans
        .iter()
        .map(|&(_, end)| {
            reach = reach.max(end);
            reach
        })
        .collect();
    found
        .into_iter()
        .filter(|f| {
            // A figure whose number lies inside a name is the name's: "Boeing 737", "G7".
            let before = spans.partition_point(|&(start, _)| start <= f.num);
            let inside = before > 0 && reaches[before - 1] > f.num;
            !inside || matches!(f.kind, FigureKind::Date | FigureKind::Time)
        })
        .collect()
}

/// All figures of `text`, in order.
pub(crate) fn scan(text: &str, date: Option<CalendarDate>) -> Vec<Found> {
    let mut atoms = Vec::new();
    lex(text, &mut atoms);
    let senses = scan::senses(text, &atoms);
    let s = Scan {
        text,
        atoms: &atoms,
        senses: &senses,
    };
    let mut out = Vec::new();
    // Numbers seen as parts of names ("Boeing 737"): the same digits elsewhere
    // in the text are the same name ("the 737").
    let mut names: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // Most atoms cannot start a figure: skip them at once.
        let start = match s.kind(i) {
            Some(AtomKind::Word) => s.sense(i).trigger || s.capitalized(i) && s.str(i).len() <= 3,
            Some(AtomKind::Digits) => true,
            Some(AtomKind::Other(c)) => {
                !c.is_ascii() || matches!(c, '$' | '-' | '.' | '~' | '(' | '+')
            }
            _ => false,
        };
        if !start {
            i += 1;
            continue;
        }
        let step = match dates::date_at(&s, i, date) {
            Some((f, next)) => Some((Some(f), next)),
            None if s.digits(i).is_some() && name_like(&s, i) => {
                if !names.contains(&s.str(i)) {
                    names.push(s.str(i));
                }
                Some((None, i + 1))
            }
            None => figure_at(&s, i, date),
        };
        match step {
            Some((f, next)) => {
                out.extend(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    if !names.is_empty() {
        out.retain(|f| {
            f.kind != FigureKind::Number
                || f.counts.is_some()
                || !names.contains(&text.get(f.num..f.end).unwrap_or(""))
        });
    }
    out
}

/// The numbers of `text` alone (no money, units or dates), for checking the
/// number reader by itself.
pub(crate) fn numbers_of(text: &str) -> Vec<(usize, usize, Option<f64>)> {
    let mut atoms = Vec::new();
    lex(text, &mut atoms);
    let senses = scan::senses(text, &atoms);
    let s = Scan {
        text,
        atoms: &atoms,
        senses: &senses,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let n = signed_number(&s, i, false).filter(|(n, _)| !n.ordinal);
        match n {
            Some((n, start)) => {
                out.push((s.start(start), s.end(n.end), n.value));
                i = n.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The article's date from a dateline at its top, if any: the first full date
/// in its first lines ("Monday, July 28, 2014", "2025-12-28").
pub(crate) fn dateline(doc: &Document) -> Option<CalendarDate> {
    let mut end = doc
        .paragraphs
        .get(3)
        .map_or(doc.text.len(), |p| p.span.start);
    end = end.min(600);
    while !doc.text.is_char_boundary(end) {
        end -= 1;
    }
    let head = doc.text.get(..end)?;
    scan(head, None)
        .into_iter()
        .find_map(|f| match (f.kind, f.value) {
            (FigureKind::Date, Some(Value::Text(v))) => CalendarDate::parse_iso(&v),
            _ => None,
        })
}

/// A number as short text: "20", "1.5".
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Words that come before an amount and say it is approximate or a bound.
const MODIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["just", "over"],
    &["just", "under"],
    &["well", "over"],
    &["close", "to"],
    &["upwards", "of"],
    &["an", "estimated"],
    &["no", "more", "than"],
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["under"],
    &["below"],
    &["above"],
    &["estimated"],
    &["circa"],
    &["between"],
    &["all"],
];

/// A modifier phrase at `i`: the index of the first atom after it and its space.
fn modifier(s: &Scan, i: usize) -> Option<usize> {
    if s.is_ch(i, '~') {
        return Some(s.sp(i + 1));
    }
    s.word(i)?;
    'phrases: for phrase in MODIFIERS {
        let mut k = i;
        for (n, w) in phrase.iter().enumerate() {
            if n > 0 {
                if !s.is_space(k) {
                    continue 'phrases;
                }
                k += 1;
            }
            if !s.is(k, w) {
                continue 'phrases;
            }
            k += 1;
        }
        if s.is_space(k) {
            return Some(k + 1);
        }
    }
    None
}

/// Currency signs and codes written before the amount, longest first.
const CURRENCY_PREFIXES: &[(&[&str], &str)] = &[
    (&["U", ".", "S", ".", "$"], "USD"),
    (&["u", ".", "s", "$"], "USD"),
    (&["USD", "$"], "USD"),
    (&["US", "$"], "USD"),
    (&["AU", "$"], "AUD"),
    (&["A", "$"], "AUD"),
    (&["C", "$"], "CAD"),
    (&["CA", "$"], "CAD"),
    (&["CAN", "$"], "CAD"),
    (&["HK", "$"], "HKD"),
    (&["NZ", "$"], "NZD"),
    (&["S", "$"], "SGD"),
    (&["R", "$"], "BRL"),
    (&["NT", "$"], "TWD"),
    (&["Rs", "."], "INR"),
    (&["$"], "USD"),
    (&["£"], "GBP"),
    (&["€"], "EUR"),
    (&["¥"], "JPY"),
    (&["₹"], "INR"),
    (&["₽"], "RUB"),
    (&["₩"], "KRW"),
    (&["₪"], "ILS"),
    (&["₺"], "TRY"),
    (&["₴"], "UAH"),
    (&["₦"], "NGN"),
    (&["₱"], "PHP"),
    (&["฿"], "THB"),
    (&["Rs"], "INR"),
    (&["USD"], "USD"),
    (&["EUR"], "EUR"),
    (&["GBP"], "GBP"),
    (&["JPY"], "JPY"),
    (&["CNY"], "CNY"),
    (&["RMB"], "CNY"),
    (&["CHF"], "CHF"),
    (&["INR"], "INR"),
    (&["RUB"], "RUB"),
    (&["AUD"], "AUD"),
    (&["CAD"], "CAD"),
    (&["HKD"], "HKD"),
    (&["SEK"], "SEK"),
    (&["NOK"], "NOK"),
    (&["UAH"], "UAH"),
];

/// A currency before an amount at `i`: its code and the index of the amount.
fn currency_prefix(s: &Scan, i: usize) -> Option<(&'static str, usize)> {
    // Quick reject: prefixes start with a symbol or a capital letter (or u/c/hk in lower case text).
    match s.kind(i)? {
        AtomKind::Word if s.str(i).len() <= 3 => {
            let first = s.str(i).chars().next()?;
            if first.is_ascii_lowercase() && !matches!(first, 'u' | 'c' | 'h' | 'a' | 'r') {
                return None;
            }
            // A sign, a period or digits come next in every prefix ("US$", "Rs.", "USD 5").
            let next = s.sp(i + 1);
            if !(s.is_ch(i + 1, '$') || s.is_ch(next, '$') || s.is_ch(i + 1, '.'))
                && s.digits(next).is_none()
            {
                return None;
            }
        }
        AtomKind::Other(c) if !c.is_ascii() || c == '$' => {}
        _ => return None,
    }
    for (parts, code) in CURRENCY_PREFIXES {
        let mut k = i;
        let mut ok = true;
        for (n, part) in parts.iter().enumerate() {
            // Parts may be spaced in tokenized text ("c $ 16.4 million"), never after the sign.
            if n > 0 && s.is_space(k) && *part == "$" {
                k += 1;
            }
            let atom = s.str(k);
            let same = if part.len() == 1 && part.chars().all(|c| c.is_ascii_alphabetic()) {
                atom == *part || atom == "c" && *part == "C"
            } else if part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()) {
                atom.eq_ignore_ascii_case(part)
            } else {
                atom == *part
            };
            if !same {
                ok = false;
                break;
            }
            k += 1;
        }
        if !ok {
            continue;
        }
        // Letters-only prefixes ("USD", "Rs") need a space or a glued digit after them.
        let k = s.sp(k);
        if s.digits(k).is_some() || s.is_ch(k, '.') && s.digits(k + 1).is_some() {
            return Some((code, k));
        }
        if parts.len() == 1 && parts[0].len() > 1 && !s.glued(k) {
            // "USD one million" is rare: digits only after a code.
            continue;
        }
        if s.word(k).is_some() && parts.iter().any(|p| p.contains('$') || !p.is_ascii()) {
            return Some((code, k));
        }
    }
    None
}

/// Capitalized words after which a number is not part of a name.
const NOT_NAMES: &[&str] = &[
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "Since",
    "Until",
    "Till",
    "To",
    "Of",
    "And",
    "Or",
    "But",
    "The",
    "A",
    "An",
    "About",
    "Around",
    "Over",
    "Under",
    "Nearly",
    "Almost",
    "Some",
    "More",
    "Less",
    "Than",
    "Only",
    "Just",
    "All",
    "Another",
    "Each",
    "Every",
    "With",
    "After",
    "Before",
    "During",
    "Between",
    "Within",
    "Per",
    "Those",
    "These",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Approximately",
    "Roughly",
    "About",
    "Around",
    "Of",
    "Nearly",
    "Least",
    "Most",
    "Top",
    "Aged",
    "Age",
    "Ages",
    "Killed",
    "Some",
    "Another",
    "Almost",
    "Estimated",
    "Up",
    "When",
    "While",
    "If",
    "As",
    "That",
    "Then",
    "Now",
    "Also",
    "Still",
    "Why",
    "How",
    "What",
    "Who",
    "We",
    "They",
    "He",
    "She",
    "It",
    "I",
    "You",
    "There",
    "Here",
    "Today",
    "Yesterday",
    "Last",
    "Next",
    "This",
    "Over",
    "Exactly",
    "Nearly",
    "Fewer",
    "Than",
    "Both",
    "Another",
    "Around",
    "Until",
    "Some",
    "Total",
    "Like",
    "Unlike",
    "Including",
    "Among",
    "Across",
];

/// Whether the number at `i` reads as part of a name: "Boeing 737", "G7",
/// "Apollo 11", "COVID-19", "iPhone 4", "Boeing's 787", or a reference: "No. 1".
fn name_like(s: &Scan, i: usize) -> bool {
    let Some(j) = i.checked_sub(1) else {
        return false;
    };
    let dot = if s.is_space(j) {
        j.checked_sub(1)
    } else {
        Some(j)
    };
    if let Some(d) = dot.filter(|&d| s.is_ch(d, '.') && d > 0) {
        if s.is_any(d - 1, &["no", "nos", "nr", "nrs"]) {
            return true;
        }
    }
    let (w, j) = if s.is_space(j) || s.is_dash(j) {
        match j.checked_sub(1) {
            Some(w) => (w, j),
            None => return false,
        }
    } else if s.is_ch(j, '.') && j > 0 && s.is_space(j - 1) {
        return false;
    } else {
        (j, j)
    };
    // "Boeing's 787" when no count follows.
    if s.is(w, "s")
        && w >= 2
        && matches!(s.ch(w - 1), Some('\'' | '’'))
        && has_capital(s, w - 2)
        && s.is_space(j)
    {
        let k = s.sp(i + 1);
        return counted(s, k).is_none()
            && vocab::measure(s.str(k)).is_none()
            && s.sense(k).time_unit.is_none()
            && s.sense(k).currency.is_none();
    }
    if !has_capital(s, w) {
        return false;
    }
    let word = s.str(w);
    if NOT_NAMES.contains(&word) {
        return false;
    }
    let sense = s.sense(w);
    !(sense.month > 0
        || sense.weekday > 0
        || sense.currency.is_some() && word.len() >= 3
        || sense.cardinal.is_some()
        || sense.time_unit.is_some())
}

/// Whether the word at `w` has a capital letter anywhere ("Boeing", "iPhone").
fn has_capital(s: &Scan, w: usize) -> bool {
    s.word(w).is_some_and(|x| x.chars().any(char::is_uppercase))
}

/// A signed number at `i`: "-1", "minus five", "−4/5". Returns the number and
/// the index where it starts, sign included.
fn signed_number(s: &Scan, i: usize, money: bool) -> Option<(Num, usize)> {
    let sign_end = if matches!(s.ch(i), Some('-' | '−'))
        && s.digits(i + 1).is_some()
        && (i == 0
            || matches!(s.kind(i - 1), Some(AtomKind::Space | AtomKind::Break))
            || s.is_ch(i - 1, '('))
    {
        Some(i + 1)
    } else if s.is_any(i, &["minus", "negative"]) && s.is_space(i + 1) {
        Some(i + 2)
    } else {
        None
    };
    let mut n = number(s, sign_end.unwrap_or(i), money)?;
    if sign_end.is_some() {
        n.value = n.value.map(|v| -v);
        n.plain = None;
    }
    // "one over three", "1 over 3", "one out of three".
    let k = s.sp(n.end);
    let over = if s.is(k, "over") && s.is_space(k + 1) {
        Some(k + 2)
    } else if s.is(k, "out") && s.is_space(k + 1) && s.is(k + 2, "of") && s.is_space(k + 3) {
        Some(k + 4)
    } else {
        None
    };
    if let (Some(o), Some(a)) = (over, n.value) {
        if let Some(d) = number(s, o, false) {
            let end_ok = s.sp(d.end) >= s.len()
                || matches!(s.kind(s.sp(d.end)), Some(AtomKind::Other(c)) if c != '-' && c != '$')
                || s.is(s.sp(d.end), "equals");
            if let (Some(b), true) = (
                d.value.filter(|b| *b != 0.0),
                end_ok && !money && !d.ordinal,
            ) {
                let mut f = n;
                f.value = Some(a / b);
                f.end = d.end;
                f.plain = None;
                return Some((f, i));
            }
        }
    }
    Some((n, i))
}

/// Words between a count and its unit of time: "six straight days".
pub(crate) const TIME_ADJECTIVES: &[&str] = &[
    "straight",
    "consecutive",
    "successive",
    "trading",
    "business",
    "working",
    "full",
    "more",
    "additional",
    "calendar",
    "long",
];

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
];

/// What a count at `k` counts: a plural noun, possibly after a word or two
/// that describe it ("drones", "space shuttle orbiters", "Russian drones");
/// after "one", a singular noun ("one shell").
fn counted(s: &Scan, k: usize) -> Option<(usize, usize)> {
    let mut j = k;
    for n in 0..3 {
        let w = s.word(j)?;
        let lower = w.chars().all(char::is_lowercase);
        if w.len() < 3 || NOT_COUNTED.contains(&w) || (n == 0 && !lower && !has_capital(s, j)) {
            return None;
        }
        let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
        let plural = starts_lower
            && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
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
        // Only words that describe: no verbs in -ed/-ing, no units of time.
        if w.ends_with("ed") || w.ends_with("ing") && n > 0 || s.sense(j).time_unit.is_some() {
            return None;
        }
        if !s.is_space(j + 1) {
            return None;
        }
        j += 2;
    }
    None
}

/// Nationality words before a currency name: "australian dollars".
const CURRENCY_ADJECTIVES: &[(&str, &str, &str)] = &[
    ("us", "dollar", "USD"),
    ("american", "dollar", "USD"),
    ("australian", "dollar", "AUD"),
    ("canadian", "dollar", "CAD"),
    ("singapore", "dollar", "SGD"),
    ("taiwan", "dollar", "TWD"),
    ("zimbabwean", "dollar", "ZWL"),
    ("swiss", "franc", "CHF"),
    ("french", "franc", "FRF"),
    ("belgian", "franc", "BEF"),
    ("mexican", "peso", "MXN"),
    ("philippine", "peso", "PHP"),
    ("argentine", "peso", "ARS"),
    ("chilean", "peso", "CLP"),
    ("colombian", "peso", "COP"),
    ("finnish", "markka", "FIM"),
    ("dutch", "guilder", "NLG"),
    ("german", "mark", "DEM"),
    ("indian", "rupee", "INR"),
    ("pakistani", "rupee", "PKR"),
    ("sri", "rupee", "LKR"),
    ("egyptian", "pound", "EGP"),
    ("turkish", "lira", "TRY"),
    ("swedish", "krona", "SEK"),
    ("norwegian", "krone", "NOK"),
    ("danish", "krone", "DKK"),
];

/// A currency after an amount at `k`: its code, the index after it, and the
/// factor to the main unit (0.01 for cents).
fn currency_suffix(s: &Scan, k: usize, scaled: bool) -> Option<(&'static str, usize, f64)> {
    // Symbols after the amount: "100 €", "100元".
    if let Some(c) = s.ch(k) {
        let code = match c {
            '€' => "EUR",
            '£' => "GBP",
            '$' => "USD",
            '₡' => "CRC",
            '₾' => "GEL",
            '₭' => "LAK",
            '₹' => "INR",
            '₽' => "RUB",
            '¢' => return Some(("USD", k + 1, 0.01)),
            _ => return None,
        };
        return Some((code, k + 1, 1.0));
    }
    let w = s.word(k)?;
    let mut adjective = None;
    let mut at = k;
    if let Some(&(_, base, code)) = CURRENCY_ADJECTIVES
        .iter()
        .find(|(a, _, _)| w.eq_ignore_ascii_case(a))
    {
        let n = if s.is(k, "sri") { k + 4 } else { k + 2 };
        if s.is_space(n - 1)
            && s.word(n)
                .is_some_and(|x| x.to_ascii_lowercase().starts_with(base))
        {
            adjective = Some(code);
            at = n;
        }
    }
    if s.is(k, "hong") && s.is(k + 2, "kong") && s.is(k + 4, "dollars") {
        return Some(("HKD", k + 5, 1.0));
    }
    let word = s.word(at)?;
    let code = s.sense(at).currency?;
    if word == "p" && !s.glued(at) {
        return None;
    }
    // Short codes only in capitals ("40 USD"), so that "try" and "rub" stay words.
    if word.len() == 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !["yen", "rmb"].contains(&word)
    {
        return None;
    }
    // Pounds without a scale or "sterling" are more often weight.
    if s.is_any(at, &["pound", "pounds"])
        && !scaled
        && adjective.is_none()
        && !s.is(at + 2, "sterling")
    {
        return None;
    }
    let factor = if s.is_any(at, &["cent", "cents", "pence", "penny", "p"]) {
        0.01
    } else {
        1.0
    };
    let mut end = at + 1;
    if s.is_any(at, &["pound", "pounds"]) && s.is_space(end) && s.is(end + 1, "sterling") {
        end += 2;
    }
    Some((adjective.unwrap_or(code), end, factor))
}

/// A unit of measure after an amount at `k`: its name and the index after it.
fn unit_suffix(s: &Scan, k: usize, glued: bool) -> Option<(&'static str, usize)> {
    // Temperatures: "°C", "° F", "degrees Celsius".
    if s.is_ch(k, '°') {
        let j = s.sp(k + 1);
        return Some(if s.is_any(j, &["C", "Celsius"]) {
            ("°C", j + 1)
        } else if s.is_any(j, &["F", "Fahrenheit"]) {
            ("°F", j + 1)
        } else {
            ("degrees", k + 1)
        });
    }
    // An inch mark: '10" long', "15'' display".
    if (s.is_ch(k, '"') || s.is_ch(k, '″'))
        && s.is_space(k + 1)
        && s.word(k + 2)
            .is_some_and(|w| w.chars().all(char::is_lowercase))
    {
        return Some(("inches", k + 1));
    }
    // A unit in brackets: "20 (kg)", "20 [kg]".
    if let Some(open) = s.ch(k) {
        let close = match open {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            '<' => '>',
            _ => return None,
        };
        let unit = vocab::measure(s.word(k + 1)?)?;
        return s.is_ch(k + 2, close).then_some((unit, k + 3));
    }
    let w = s.word(k)?;
    if s.is_any(k, &["degrees", "degree"]) && s.is_space(k + 1) {
        if s.is_any(k + 2, &["Celsius", "centigrade", "C"]) {
            return Some(("°C", k + 3));
        }
        if s.is_any(k + 2, &["Fahrenheit", "F"]) {
            return Some(("°F", k + 3));
        }
    }
    // "square metres", "sq km", "cubic feet", "metric tons".
    let area = s.is_any(k, &["square", "sq"]);
    let cubic = s.is(k, "cubic");
    let metric = s.is(k, "metric");
    if (area || cubic || metric) && s.is_space(k + 1) || s.is(k, "sq") && s.is_ch(k + 1, '.') {
        let j = s.sp(k + 1 + usize::from(s.is_ch(k + 1, '.')));
        let unit = vocab::measure(s.word(j)?)?;
        let name = match (area, cubic, unit) {
            (true, _, "km") => "square kilometres",
            (true, _, "m") => "square metres",
            (true, _, "miles") => "square miles",
            (true, _, "feet") => "square feet",
            (true, _, _) => "square units",
            (_, true, "m") => "cubic metres",
            (_, true, "feet") => "cubic feet",
            (_, true, _) => "cubic units",
            (_, _, "tons" | "tonnes") => "tonnes",
            _ => return None,
        };
        return Some((name, j + 1));
    }
    // "30C", "-3C": temperatures written the British way, glued.
    if glued && (w == "C" || w == "F") && s.boundary(k + 1) {
        return Some((if w == "C" { "°C" } else { "°F" }, k + 1));
    }
    let sense = s.sense(k);
    let mut unit = vocab::measure(w)?;
    // Short cased symbols ("g", "t", "l") only glued to the number; "m" either way.
    if sense.unit_cased && !glued && !matches!(w, "m" | "W" | "Mt" | "kt" | "mi") {
        return None;
    }
    if (w == "m" || w == "mi") && s.is_ch(k + 1, '.') && !s.boundary(k + 2) {
        return None;
    }
    let mut end = k + 1;
    // Areas and volumes: "km2", "m²", "km³".
    match (s.digits(end), s.ch(end)) {
        (Some("2"), _) | (_, Some('²')) => {
            unit = match unit {
                "km" => "square kilometres",
                "m" => "square metres",
                _ => unit,
            };
            end += 1;
        }
        (Some("3"), _) | (_, Some('³')) => {
            unit = match unit {
                "m" => "cubic metres",
                _ => unit,
            };
            end += 1;
        }
        (Some(_), _) => return None,
        _ => {}
    }
    // Speeds: "km/h", "km per hour", "miles an hour".
    if s.is_ch(end, '/') && s.is_any(end + 1, &["h", "hr", "hour"]) {
        return Some(("km/h", end + 2));
    }
    if s.is_space(end)
        && s.is_any(end + 1, &["per", "an", "a"])
        && s.is_space(end + 2)
        && s.is(end + 3, "hour")
    {
        let name = if unit == "miles" { "mph" } else { "km/h" };
        return Some((name, end + 4));
    }
    // The unit must end here: "5 mb" but not "5 mbps" (a word glued on).
    if !s.boundary(end) && !s.is_dash(end) {
        return None;
    }
    Some((unit, end))
}

/// A percent sign or word after an amount at `k`, and the index after it.
fn percent_suffix(s: &Scan, k: usize) -> Option<(usize, Option<&'static str>)> {
    if s.is_ch(k, '%') || s.is_ch(k, '％') {
        return Some((k + 1, None));
    }
    if s.is_any(k, &["percent", "percents", "pct"]) {
        if s.is_space(k + 1) && s.is_any(k + 2, &["point", "points"]) {
            return Some((k + 3, Some("percentage points")));
        }
        return Some((k + 1, None));
    }
    if s.is(k, "percentage") {
        if s.is_space(k + 1) && s.is_any(k + 2, &["point", "points"]) {
            return Some((k + 3, Some("percentage points")));
        }
        return Some((k + 1, None));
    }
    if s.is(k, "per") && s.is_space(k + 1) && s.is(k + 2, "cent") {
        return Some((k + 3, None));
    }
    None
}

/// "per cent of twenty-two", "percent of 10": a share named before its number,
/// where no number comes before the percent word.
fn percent_of(s: &Scan, i: usize) -> Step {
    let (_, unit) = percent_suffix(s, i)?;
    if unit.is_some() {
        return None;
    }
    let k = if s.is(i, "per") { i + 3 } else { i + 1 };
    if !(s.is_space(k) && s.is(k + 1, "of") && s.is_space(k + 2)) {
        return None;
    }
    if let Some(b) = s.back(i) {
        if s.digits(b).is_some()
            || s.sense(b).cardinal.is_some()
            || s.is_any(
                b,
                &[
                    "the", "a", "what", "which", "that", "this", "per", "high", "low",
                ],
            )
        {
            return None;
        }
    }
    let n = number(s, k + 3, false).filter(|n| !n.ordinal)?;
    if !s.boundary(n.end) || s.word(s.sp(n.end)).is_some() {
        return None;
    }
    let f = Found {
        start: s.start(i),
        core: s.start(i),
        num: s.start(k + 3),
        end: s.end(n.end),
        kind: FigureKind::Percent,
        value: n.value.map(Value::Number),
        unit: None,
        counts: None,
    };
    Some((Some(f), n.end))
}

/// An amount at `i`: modifier, currency, number or range, and what follows.
/// What a recognizer made of the atoms at some index: a figure or nothing,
/// and the index to go on from.
type Step = Option<(Option<Found>, usize)>;

fn figure_at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Step {
    // Start only at the beginning of a word or number.
    let opener = |c: Option<char>| matches!(c, Some('(' | '"' | '“' | '‘' | '\'' | '['));
    let glued_ok = match s.kind(i) {
        Some(AtomKind::Digits) => {
            opener(s.ch(i.wrapping_sub(1)))
                || matches!(s.ch(i.wrapping_sub(1)), Some('$' | '£' | '€' | '~'))
                // "-5" after a space, not "737-800" or "24/7".
                || matches!(s.ch(i.wrapping_sub(1)), Some('-' | '–' | '−'))
                    && !s.glued(i.wrapping_sub(1))
        }
        Some(AtomKind::Word) => opener(s.ch(i.wrapping_sub(1))),
        _ => true,
    };
    if !glued_ok && s.glued(i) {
        return None;
    }
    if let Some(step) = percent_of(s, i) {
        return Some(step);
    }
    // Phone numbers: "+44 20 7946 0958".
    if s.is_ch(i, '+') && s.digits(i + 1).is_some() {
        let mut j = i + 2;
        while (s.is_space(j) || s.is_dash(j)) && s.digits(j + 1).is_some() {
            j += 2;
        }
        return skip_past_atoms(j);
    }
    let core = modifier(s, i).filter(|&k| s.word(k).is_some() || s.kind(k).is_some());
    let between = s.is(i, "between");
    let k = core.unwrap_or(i);
    let (prefix, k) = match currency_prefix(s, k) {
        Some((code, at)) => (Some(code), at),
        None => (None, k),
    };
    let (num, num_start) = signed_number(s, k, prefix.is_some())?;
    if between && !s.is(s.sp(num.end), "and") {
        return None;
    }
    let core_atom = if core.is_some() {
        match prefix {
            Some(_) => core.unwrap_or(i),
            None => num_start,
        }
    } else {
        i
    };
    let start_atom = if core.is_some() { i } else { core_atom };
    let start_atom = if prefix.is_none() && core.is_none() {
        num_start
    } else {
        start_atom
    };
    // Digits inside names and references.
    if prefix.is_none() && !num.words && name_like(s, num_start) {
        return skip_past(num);
    }
    // Footnote marks: "[3]".
    if s.is_ch(num_start.wrapping_sub(1), '[') && s.is_ch(num.end, ']') {
        return skip_past(num);
    }
    // Phone numbers: "+44 20 7946 0958"; codes with leading zeros: "0958".
    if prefix.is_none() && s.digits(num_start).is_some() {
        let zero = s.str(num_start).len() >= 3 && s.str(num_start).starts_with('0');
        if zero {
            let mut j = num_start + 1;
            while (s.is_space(j) || s.is_dash(j)) && s.digits(j + 1).is_some() {
                j += 2;
            }
            return skip_past_atoms(j);
        }
    }
    // Phone numbers and codes: "555-1234".
    if num.plain.is_some()
        && s.is_dash(num.end)
        && s.digits(num.end + 1).is_some_and(|d| d.len() >= 3)
        && prefix.is_none()
        && (s.is_dash(num.end + 2)
            || s.digits(num.end + 1).is_some_and(|d| d.len() >= 4)
            || num.plain == Some(3))
    {
        return skip_past_atoms(num.end + 2);
    }
    // "one" as a pronoun: "one of", "no one".
    if num.words
        && num.value == Some(1.0)
        && num.end == num.start + 1
        && core.is_none()
        && prefix.is_none()
    {
        let next = s.sp(num.end);
        let before = s.back(num.start);
        let after_unit = s.sense(next).time_unit.is_some()
            || s.sense(next).currency.is_some()
            || vocab::measure(s.str(next)).is_some();
        let pronoun = s.is_any(
            next,
            &[
                "of", "another", "who", "that", "which", "must", "can", "could", "would", "should",
                "may", "might", "point", "the", "thing", "day",
            ],
        ) || before.is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "the", "no", "any", "every", "each", "this", "that", "which", "someone",
                    "anyone", "everyone", "only", "last", "a", "such", "number", "at", "was", "is",
                ],
            )
        }) || s.boundary(next) && !after_unit && s.word(next).is_none();
        if pronoun && !after_unit {
            return None;
        }
    }
    // "the two companies", "these three": a reference, not a figure.
    if num.words
        && core.is_none()
        && prefix.is_none()
        && num.value.is_some_and(|v| v <= 10.0)
        && s.back(num.start)
            .is_some_and(|b| s.is_any(b, &["the", "these", "those", "both"]))
        && counted(s, s.sp(num.end)).is_some()
        && s.sense(s.sp(num.end)).time_unit.is_none()
    {
        return skip_past(num);
    }
    let mut value = num.value;
    let mut range: Option<f64> = None;
    let mut end = num.end;
    let mut money = prefix;
    let mut factor = 1.0;
    // Ranges: "10-15", "10 to 15", "between three and seven", "$16m to $28m".
    {
        let k = s.sp(end);
        let link = if s.is_dash(k) {
            Some(s.sp(k + 1))
        } else if s.is(k, "to") && s.is_space(k + 1)
            || between && s.is(k, "and") && s.is_space(k + 1)
        {
            // "rose by 40,000 to 1.4 million", "fell from 5% to 4%": two figures.
            Some(k + 2)
        } else {
            None
        };
        if let Some(l) = link {
            let (p2, l2) = match currency_prefix(s, l) {
                Some((c, at)) if Some(c) == prefix => (Some(c), at),
                _ => (None, l),
            };
            if let Some(n2) =
                number(s, l2, prefix.is_some()).filter(|n2| !n2.ordinal && n2.words == num.words)
            {
                let (lo, hi) = (value.unwrap_or(f64::NAN), n2.value.unwrap_or(f64::NAN));
                // A scale on the high end applies to both: "1-2 million".
                let lo = if n2.scaled && !num.scaled && lo < hi && hi >= 1e3 {
                    let scale = 10f64.powi((hi.log10().floor() as i32 / 3) * 3);
                    if lo * scale <= hi {
                        lo * scale
                    } else {
                        lo
                    }
                } else {
                    lo
                };
                let dash = s.is_dash(k);
                let year_range = num.plain == Some(4)
                    && (1800.0..=2100.0).contains(&lo)
                    && n2.plain.is_some_and(|p| p == 4 || p == 2 && dash);
                if year_range && core.is_none_or(|_| between) && prefix.is_none() {
                    // "2014-15", "from 2009 to 2011", "between 2014 and 2016": a span of years.
                    let hi = if n2.plain == Some(2) {
                        (lo / 100.0).floor() * 100.0 + hi
                    } else {
                        hi
                    };
                    if lo < hi {
                        let from = s.back(num_start).filter(|&b| s.is(b, "from") && !between);
                        let f = Found {
                            start: s.start(from.unwrap_or(start_atom)),
                            core: s.start(num_start),
                            num: s.start(num_start),
                            end: s.end(n2.end),
                            kind: FigureKind::Duration,
                            value: Some(Value::Text(format!("{:04}/{:04}", lo as i32, hi as i32))),
                            unit: None,
                            counts: None,
                        };
                        return Some((Some(f), n2.end));
                    }
                }
                if lo < hi
                    && !(dash && year_range)
                    && !(s.is(k, "to") && change_before(s, start_atom))
                    && (p2.is_some() || prefix.is_none() || s.is(k, "to"))
                {
                    range = Some(hi);
                    value = Some(lo);
                    end = n2.end;
                } else if dash
                    && num.plain.is_some()
                    && n2.plain.is_some()
                    && lo >= hi
                    && !s.is_space(k)
                {
                    // A score: "3-1".
                    return skip_past_atoms(n2.end);
                }
            }
        }
    }
    if between && range.is_none() {
        return None;
    }
    let start = s.start(start_atom);
    let core_byte = s.start(core_atom);
    let num_byte = s.start(num_start);
    let make = |kind, value: Option<Value>, unit, end: usize, counts| Found {
        start,
        core: core_byte,
        num: num_byte,
        end: s.end(end),
        kind,
        value,
        unit,
        counts,
    };
    let amount = |v: Option<f64>, range: Option<f64>, factor: f64| -> Option<Value> {
        let v = v? * factor;
        Some(match range {
            Some(hi) => Value::Range([v, hi * factor]),
            None => Value::Number(v),
        })
    };
    if num.ordinal {
        let v = value.map(Value::Number);
        return Some((
            Some(make(
                crate::analysis::FigureKind::Ordinal,
                v,
                None,
                end,
                None,
            )),
            end,
        ));
    }
    // Hyphenated modifiers: "20-point", "10-year-old", "six-mile", "12-cent".
    if money.is_none() && s.is_dash(end) && !s.is_space(end + 1) && s.word(end + 1).is_some() {
        let after = end + 2;
        let sense = s.sense(end + 1);
        if sense.time_unit.is_some() && s.is_dash(after) && s.is(after + 1, "old") {
            let v = amount(value, range, 1.0);
            return Some((
                Some(make(
                    FigureKind::Quantity,
                    v,
                    Some("years"),
                    after + 2,
                    None,
                )),
                after + 2,
            ));
        }
        if let Some(t) = sense.time_unit.filter(|_| !sense.plural) {
            let v = value.map(|v| Value::Text(t.iso(v)));
            return Some((
                Some(make(FigureKind::Duration, v, None, after, None)),
                after,
            ));
        }
        if let Some((code, e, f)) = currency_suffix(s, end + 1, num.scaled) {
            let v = amount(value, range, f);
            return Some((Some(make(FigureKind::Money, v, Some(code), e, None)), e));
        }
        if let Some((unit, e)) = unit_suffix(s, end + 1, true).filter(|(u, _)| *u != "points") {
            let v = amount(value, range, 1.0);
            return Some((Some(make(FigureKind::Quantity, v, Some(unit), e, None)), e));
        }
        // Any other word: "20-point plan" is the number 20.
        let v = amount(value, range, 1.0);
        return Some((Some(make(FigureKind::Number, v, None, end, None)), end));
    }
    let k = s.sp(end);
    let glued = k == end;
    // Percentages.
    if money.is_none() {
        if let Some((mut e, unit)) = percent_suffix(s, k) {
            // "4.25%-4.5%", "5% to 7%": a range with the sign on both ends.
            if range.is_none() && (s.is_dash(e) || s.is_space(e) && s.is(e + 1, "to")) {
                let l = if s.is_dash(e) { s.sp(e + 1) } else { e + 3 };
                if let Some(n2) = number(s, l, false).filter(|n| !n.ordinal) {
                    if let (Some((e2, _)), Some(lo), Some(hi)) =
                        (percent_suffix(s, n2.end), value, n2.value)
                    {
                        if lo < hi && !change_before(s, start_atom) {
                            range = Some(hi);
                            e = e2;
                        }
                    }
                }
            }
            let v = amount(value, range, 1.0);
            return Some((Some(make(FigureKind::Percent, v, unit, e, None)), e));
        }
    }
    // Currency after the amount ("40m euros", "$5.9 billion dollars").
    if let Some((code, e, f)) = currency_suffix(s, k, num.scaled) {
        if money.is_none() || money == Some(code) || code == "USD" && money.is_some() {
            if money.is_none() {
                factor = f;
            }
            money = money.or(Some(code));
            end = e;
            // "thirteen dollars and forty-five cents", "3 dollars 50 cents".
            if f == 1.0 {
                let k2 = s.sp(e);
                let k3 = if s.is(k2, "and") && s.is_space(k2 + 1) {
                    k2 + 2
                } else {
                    k2
                };
                if k2 > e {
                    if let Some(c) = number(s, k3, false)
                        .filter(|c| c.value.is_some_and(|v| v < 100.0) && !c.ordinal)
                    {
                        let k4 = s.sp(c.end);
                        let cents = s.is_any(k4, &["cents", "cent", "pence", "p"]);
                        if cents
                            || (c.words
                                && s.boundary(k4)
                                && s.word(k4).is_none()
                                && s.kind(k4).is_none())
                        {
                            value = value.zip(c.value).map(|(a, b)| a + b / 100.0);
                            end = if cents { k4 + 1 } else { c.end };
                        }
                    }
                }
            }
        }
    }
    if let Some(code) = money {
        let v = amount(value, range, factor);
        return Some((Some(make(FigureKind::Money, v, Some(code), end, None)), end));
    }
    // Units of time: durations, and "two years ago"; "six straight days".
    let k = if s.is_any(k, TIME_ADJECTIVES)
        && s.is_space(k + 1)
        && s.sense(k + 2).time_unit.is_some()
    {
        k + 2
    } else {
        k
    };
    if let Some(t) = s.sense(k).time_unit {
        // "a four day rally": a singular unit used as a modifier.
        let singular_ok = !s.sense(k).plural
            && (value == Some(1.0)
                || s.is_space(k + 1)
                    && s.word(k + 2)
                        .is_some_and(|w| w.chars().all(char::is_lowercase)));
        if s.sense(k).plural || singular_ok || !num.words {
            let e = k + 1;
            if s.is_space(e) && s.is(e + 1, "ago") {
                let v = value.and_then(|n| date.and_then(|d| dates::ago(d, t, n)));
                return Some((
                    Some(make(
                        FigureKind::Date,
                        v.map(Value::Text),
                        None,
                        e + 2,
                        None,
                    )),
                    e + 2,
                ));
            }
            let v = match (value, range) {
                (Some(lo), Some(hi)) => Some(Value::Text(format!("{}/{}", t.iso(lo), t.iso(hi)))),
                (Some(v), None) => Some(Value::Text(t.iso(v))),
                _ => None,
            };
            return Some((Some(make(FigureKind::Duration, v, None, e, None)), e));
        }
    }
    // Units of measure ("10 km", "500,000 barrels", "200lbs").
    if let Some((unit, e)) = unit_suffix(s, k, glued) {
        let v = amount(value, range, 1.0);
        return Some((Some(make(FigureKind::Quantity, v, Some(unit), e, None)), e));
    }
    // Years: "in 1996", "2014"; decades: "the 1990s".
    if num.plain == Some(4) && range.is_none() && core.is_none() {
        let y = value.unwrap_or(0.0);
        if (1000.0..=2100.0).contains(&y) {
            if s.is(end, "s") && s.boundary(end + 1) && y % 10.0 == 0.0 {
                let v = Value::Text(format!("{}", (y as i32) / 10));
                return Some((
                    Some(make(FigureKind::Date, Some(v), None, end + 1, None)),
                    end + 1,
                ));
            }
            if (1800.0..=2100.0).contains(&y) && counted(s, k).is_none() {
                let v = Value::Text(format!("{:04}", y as i32));
                return Some((Some(make(FigureKind::Date, Some(v), None, end, None)), end));
            }
        }
    }
    // Codes and models: "3D", "150px", "777s", "320x240".
    if glued && s.word(k).is_some() && !num.words {
        return skip_past_atoms(k + 1);
    }
    if s.is_ch(end, 'x') || s.is(end, "x") && s.digits(end + 1).is_some() {
        return skip_past_atoms(end + 2);
    }
    // "hundreds of points", "billions of dollars": vague amounts of something.
    if value.is_none() && s.is(k, "of") && s.is_space(k + 1) {
        if let Some((code, e, _)) = currency_suffix(s, k + 2, true) {
            return Some((Some(make(FigureKind::Money, None, Some(code), e, None)), e));
        }
        if let Some((unit, e)) = unit_suffix(s, k + 2, false) {
            return Some((
                Some(make(FigureKind::Quantity, None, Some(unit), e, None)),
                e,
            ));
        }
    }
    // "half a percent", "a quarter of a percentage point".
    let k = if s.is(k, "of") && s.is_space(k + 1) && s.is(k + 2, "a") {
        k + 2
    } else {
        k
    };
    if s.is(k, "a") && s.is_space(k + 1) {
        if let Some((e, unit)) = percent_suffix(s, k + 2) {
            let v = amount(value, range, 1.0);
            return Some((Some(make(FigureKind::Percent, v, unit, e, None)), e));
        }
    }
    let counts = counted(s, k).or_else(|| {
        // "hundreds of people".
        (num.value.is_none() && s.is(k, "of") && s.is_space(k + 1))
            .then(|| counted(s, k + 2))
            .flatten()
    });
    let v = amount(value, range, 1.0);
    Some((Some(make(FigureKind::Number, v, None, end, counts)), end))
}

/// Whether the amount at `i` is the start or size of a change ("rose by
/// 40,000 to 1.4 million", "fell from 5% to 4%"), so that "to" links two
/// figures rather than the ends of a range ("ranging from $5 to $10" is one).
fn change_before(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    if s.is(b, "by") {
        return true;
    }
    if !s.is(b, "from") {
        return false;
    }
    !s.back(b).is_some_and(|v| {
        s.is_any(
            v,
            &[
                "ranging", "ranged", "range", "ranges", "varying", "varied", "vary", "anywhere",
            ],
        )
    })
}

/// Skips the atoms of a number that is not a figure.
fn skip_past(num: Num) -> Step {
    Some((None, num.end))
}

/// Skips to atom `end`: what lies before it is not a figure.
fn skip_past_atoms(end: usize) -> Step {
    Some((None, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures of `text` read on `date`, as (text, kind, value, unit, counts).
    fn figures(
        text: &str,
        date: Option<&str>,
    ) -> Vec<(String, FigureKind, String, String, String)> {
        let date = date.and_then(CalendarDate::parse_iso);
        scan(text, date)
            .into_iter()
            .map(|f| {
                let value = match &f.value {
                    Some(Value::Number(n)) => format_number(*n),
                    Some(Value::Range([a, b])) => {
                        format!("{}..{}", format_number(*a), format_number(*b))
                    }
                    Some(Value::Text(t)) => t.clone(),
                    None => "null".to_string(),
                };
                let counts = f.counts.and_then(|(a, b)| text.get(a..b)).unwrap_or("");
                (
                    text[f.start..f.end].to_string(),
                    f.kind,
                    value,
                    f.unit.unwrap_or("").to_string(),
                    counts.to_string(),
                )
            })
            .collect()
    }

    /// One case a line: the text, the figure expected in it (as written),
    /// its kind and value, and optionally its unit (or what it counts).
    macro_rules! t {
        ($text:expr => $span:expr, $kind:ident, $value:expr) => {
            t!(@on None, $text => $span, $kind, $value, None)
        };
        ($text:expr => $span:expr, $kind:ident, $value:expr, $unit:expr) => {
            t!(@on None, $text => $span, $kind, $value, Some($unit))
        };
        (on $date:expr, $text:expr => $span:expr, $kind:ident, $value:expr) => {
            t!(@on Some($date), $text => $span, $kind, $value, None)
        };
        (@on $date:expr, $text:expr => $span:expr, $kind:ident, $value:expr, $unit:expr) => {{
            let found = figures($text, $date);
            let hit = found.iter().find(|f| f.0 == $span);
            let Some(f) = hit else {
                panic!("{:?}: no figure {:?} in {:?}", $text, $span, found);
            };
            assert_eq!(f.1, FigureKind::$kind, "kind of {:?} in {:?}", $span, $text);
            assert_eq!(f.2, $value, "value of {:?} in {:?}", $span, $text);
            let unit: Option<&str> = $unit;
            if let Some(u) = unit {
                assert!(f.3 == u || f.4 == u, "unit or counts of {:?} in {:?}: {:?}", $span, $text, f);
            }
        }};
    }

    /// No figure at all in the text, or none with the given text.
    macro_rules! none {
        ($text:expr) => {
            let found = figures($text, None);
            assert!(found.is_empty(), "{:?}: unexpected {:?}", $text, found);
        };
        ($text:expr => $span:expr) => {
            let found = figures($text, None);
            assert!(
                !found.iter().any(|f| f.0 == $span),
                "{:?}: unexpected {:?} in {:?}",
                $text,
                $span,
                found
            );
        };
    }

    #[test]
    fn numbers() {
        t!("Officials counted 1,200 ballots." => "1,200", Number, "1200", "ballots");
        t!("The rate rose to 3.5 on Monday." => "3.5", Number, "3.5");
        t!("They launched almost 500 drones overnight." => "almost 500", Number, "500", "drones");
        t!("He fired more than 40 missiles." => "more than 40", Number, "40", "missiles");
        t!("Dozens were hospitalised." => "Dozens", Number, "null");
        t!("Hundreds of people gathered." => "Hundreds", Number, "null", "people");
        t!("It has twenty-five members." => "twenty-five", Number, "25", "members");
        t!("She bought a dozen eggs." => "a dozen", Number, "12", "eggs");
        t!("Two-thirds of voters agreed." => "Two-thirds", Number, "0.6666666666666666");
        t!("A 20-point plan was agreed." => "20", Number, "20");
        t!("Between 10-15 boats sank." => "10-15", Number, "10..15", "boats");
        t!("They sold 1.2bn shares." => "1.2bn", Number, "1200000000", "shares");
        t!("We need 40 million doses." => "40 million", Number, "40000000", "doses");
        t!("Team finished third." => "third", Ordinal, "3");
        t!("The 21st century began." => "21st", Ordinal, "21");
        t!("Temperatures fell by a fifth." => "a fifth", Number, "0.2");
        t!("Jobs rose by 40,000 to 1.4 million." => "1.4 million", Number, "1400000");
        t!("Jobs rose by 40,000 to 1.4 million." => "40,000", Number, "40000");
        t!("Rates fell from 5% to 4%." => "4%", Percent, "4");
        t!("It will help 2.5m families." => "2.5m", Number, "2500000", "families");
        t!("Officials said 12,34,567 people voted." => "12,34,567", Number, "1234567");
    }

    #[test]
    fn percents_and_money() {
        t!("Prices rose 5% last year." => "5%", Percent, "5");
        t!("Prices rose 5 per cent." => "5 per cent", Percent, "5");
        t!("Turnout was five percent higher." => "five percent", Percent, "5");
        t!("Rates rose 5 percentage points." => "5 percentage points", Percent, "5", "percentage points");
        t!("The deal is worth $1.2bn." => "$1.2bn", Money, "1200000000", "USD");
        t!("It cost £40 million to build." => "£40 million", Money, "40000000", "GBP");
        t!("It raised 40m euros in a year." => "40m euros", Money, "40000000", "EUR");
        t!("Tickets cost Rs 500 each." => "Rs 500", Money, "500", "INR");
        t!("A meal costs US$3 here." => "US$3", Money, "3", "USD");
        t!("Revenue of $1MM is the target." => "$1MM", Money, "1000000", "USD");
        t!("Bids ranged from $5 to $10." => "$5 to $10", Money, "5..10", "USD");
        t!("Stamps cost 50 cents now." => "50 cents", Money, "0.5", "USD");
        t!("They paid 125 million Australian dollars for it." => "125 million Australian dollars", Money, "125000000", "AUD");
        t!("About €2 million was spent." => "About €2 million", Money, "2000000", "EUR");
        t!("He earns £5,000-a-year." => "£5,000", Money, "5000", "GBP");
        t!("Growth of 5-10% is likely." => "5-10%", Percent, "5..10");
        t!("They won by 52% to 48%." => "48%", Percent, "48");
        t!("A range of 4.25%-4.5% was set." => "4.25%-4.5%", Percent, "4.25..4.5");
        t!("It cut rates by a quarter of a percentage point." => "a quarter of a percentage point", Percent, "0.25");
        t!("Apple sold 50.6m iPhones." => "50.6m", Number, "50600000", "iPhones");
        t!("It cost between $5m and $10m." => "between $5m and $10m", Money, "5000000..10000000", "USD");
    }

    #[test]
    fn quantities() {
        t!("The road is 29 km long." => "29 km", Quantity, "29", "km");
        t!("They walked 10 miles." => "10 miles", Quantity, "10", "miles");
        t!("It weighs 200kg in all." => "200kg", Quantity, "200", "kg");
        t!("It shipped 5,000 tonnes of grain." => "5,000 tonnes", Quantity, "5000", "tonnes");
        t!("It reached 40°C in July." => "40°C", Quantity, "40", "°C");
        t!("The plant makes 300 MW of power." => "300 MW", Quantity, "300", "MW");
        t!("Output fell by 500,000 barrels a day." => "500,000 barrels", Quantity, "500000", "barrels");
        t!("The flat is 60 square metres." => "60 square metres", Quantity, "60", "square metres");
        t!("A 10-year-old boy was hurt." => "10-year-old", Quantity, "10", "years");
        t!("It is a six-mile trip." => "six-mile", Quantity, "6", "miles");
        t!("Temperatures dropped to -3C overnight." => "-3C", Quantity, "-3", "°C");
        t!("He ran the 100m in 9.58 seconds." => "100m", Quantity, "100", "m");
    }

    #[test]
    fn dates_and_times() {
        t!("Published 28 December 2025 in London." => "28 December 2025", Date, "2025-12-28");
        t!("Filed on Dec. 28 by staff." => "Dec. 28", Date, "--12-28");
        t!(on "2025-12-30", "Filed on Dec. 28 by staff." => "Dec. 28", Date, "2025-12-28");
        t!(on "2025-12-28", "It ends on Jan. 5, officials said." => "Jan. 5", Date, "2026-01-05");
        t!(on "2025-12-28", "She was elected in May." => "May", Date, "2025-05");
        t!(on "2025-03-10", "The vote is due on 28 April." => "28 April", Date, "2025-04-28");
        t!(on "2025-03-10", "It closed in November." => "November", Date, "2024-11");
        t!("Dated 2025-12-28." => "2025-12-28", Date, "2025-12-28");
        t!("It was founded in 1996." => "1996", Date, "1996");
        t!("Monday, July 28, 2014" => "Monday, July 28, 2014", Date, "2014-07-28");
        t!(on "2025-12-28", "It happened on Saturday." => "Saturday", Date, "2025-12-27");
        t!(on "2025-12-28", "It happened on Sunday." => "Sunday", Date, "2025-12-28");
        t!(on "2025-12-28", "They will meet on Tuesday." => "Tuesday", Date, "2025-12-30");
        t!(on "2025-12-28", "They met on Tuesday." => "Tuesday", Date, "2025-12-23");
        t!(on "2025-12-28", "It rose in the third quarter." => "the third quarter", Date, "2025-Q3");
        t!(on "2025-12-28", "The talks start at 3pm." => "3pm", Time, "2025-12-28T15:00");
        t!("It happened on Saturday." => "Saturday", Date, "null");
        t!(on "2025-12-28", "They met last week." => "last week", Date, "2025-W51");
        t!(on "2025-12-28", "They met yesterday." => "yesterday", Date, "2025-12-27");
        t!(on "2025-12-28", "It ended two years ago." => "two years ago", Date, "2023");
        t!("The talks start at 3pm." => "3pm", Time, "T15:00");
        t!("The talks start at 15:30 GMT." => "15:30 GMT", Time, "T15:30Z");
        t!("He served 20 years in jail." => "20 years", Duration, "P20Y");
        t!("It took three months." => "three months", Duration, "P3M");
        t!("It took 48 hours." => "48 hours", Duration, "PT48H");
        t!("Profits rose in the first quarter of 2009." => "the first quarter of 2009", Date, "2009-Q1");
        t!("It was built in the 1990s." => "1990s", Date, "199");
        t!("It will open in early 2027." => "early 2027", Date, "2027");
        t!("They governed from 2009 to 2011." => "from 2009 to 2011", Duration, "2009/2011");
        t!(on "2024-03-03", "They meet on 19-20 March." => "19-20 March", Date, "2024-03-19/2024-03-20");
        t!(on "2009-06-01", "It filed at 16:00 UTC today." => "16:00 UTC today", Time, "2009-06-01T16:00Z");
        t!(on "2025-12-28", "Sales fell at the end of last year." => "the end of last year", Date, "2024");
        t!(on "2025-12-28", "It opens in mid-October." => "mid-October", Date, "2025-10");
        t!("It opens on May 1st." => "May 1st", Date, "--05-01");
        t!("It opens on the 1st of May." => "1st of May", Date, "--05-01");
        t!("It starts at 10.30am." => "10.30am", Time, "T10:30");
    }

    #[test]
    fn not_figures() {
        none!("Boeing 737 jets were grounded.");
        none!("The G7 met in Italy.");
        none!("Apollo 11 landed on the Moon.");
        none!("The COVID-19 rules ended.");
        none!("They scored 3-1 in the final." => "3-1");
        none!("Call 555-1234 for details.");
        none!("Call +44 20 7946 0958 for details.");
        none!("As noted earlier.[3]");
        none!("The 3D model was new.");
        none!("No one came.");
        none!("One of them left.");
        none!("It may rain.");
        none!("Boeing's 787, a new jet, flew. The 787 was late." => "787");
    }

    #[test]
    fn datelines() {
        for (text, date) in [
            ("Title\n\nMonday, July 28, 2014\n\nBody text.", "2014-07-28"),
            ("date 2025-12-28 Your support helps us.", "2025-12-28"),
            (
                "Headline here\nWednesday, April 13, 2011\nThe story.",
                "2011-04-13",
            ),
            (
                "LONDON, 3 March 2024 (Reuters) - Markets fell.",
                "2024-03-03",
            ),
        ] {
            let doc = Document::new(text);
            assert_eq!(
                dateline(&doc).map(CalendarDate::iso).as_deref(),
                Some(date),
                "{text:?}"
            );
        }
        assert_eq!(
            dateline(&Document::new("No date at the top, only 1996 later.")),
            None
        );
    }

    #[test]
    fn figures_inside_names_are_left_to_them() {
        let text = "The Boeing 737 flew 500 miles.";
        let doc = Document::new(text);
        let entity = Entity {
            start: 4,
            end: 14,
            text: "Boeing 737".into(),
            kind: crate::analysis::EntityKind::Organization,
            entity: "Boeing 737".into(),
        };
        let found: Vec<_> = find(&doc, &[entity], None)
            .into_iter()
            .map(|f| f.text)
            .collect();
        assert_eq!(found, ["500 miles"]);
    }

    #[test]
    fn no_input_panics() {
        // Pseudo-random texts made of the pieces figures are made of.
        let pieces = [
            "1", "23", "2025", "1,200", ".", ",", "-", "–", "/", ":", "$", "£", "€", "%", "°", "C",
            "km", "m", "M", "bn", "k", "st", "th", " ", "  ", "\n", "a", "the", "one", "two",
            "twenty", "hundred", "million", "and", "half", "thirds", "point", "per", "cent",
            "percent", "of", "December", "May", "Dec", "Sunday", "last", "week", "years", "ago",
            "pm", "a.m.", "GMT", "US", "Rs", "(", ")", "[", "]", "'", "\"", "½", "²", "é", "日",
            "x", "e", "^", "+", "between", "to", "from", "early", "mid", "quarter", "first", "No",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let date = CalendarDate::parse_iso("2025-12-28");
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for f in scan(&text, date) {
                assert!(
                    f.start <= f.core && f.core <= f.end && f.end <= text.len(),
                    "{text:?}"
                );
                assert!(
                    text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                    "{text:?}"
                );
            }
            let _ = numbers_of(&text);
        }
    }

    #[test]
    fn spans_stay_on_char_boundaries() {
        for text in [
            "€€€ 5€ ½ ²³ 5²",
            "–5—6",
            "5 km² 3 m³",
            "10 µg",
            "Ω 3 Ω",
            "1e",
            "1^",
            "5/",
            "½ of £",
            "$",
            "20 (",
            "3 p.",
            "12:",
            "2025-13-45",
            "99/99/9999",
            "the end of",
            "a",
            "- - 1",
            "one and a",
            "point",
            "five point",
            "𝟓 people",
            "٣ people",
            "mid-",
            "between 3 and",
        ] {
            for f in scan(text, CalendarDate::parse_iso("2025-12-28")) {
                assert!(
                    text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                    "{text:?}"
                );
                assert!(f.start <= f.core && f.core <= f.end, "{text:?}");
            }
        }
    }
}
#[cfg(test)]
mod speed {
    /// Prints the scanner's speed on plain news-like text
    /// (`cargo test --release --lib figures::speed -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn words_per_second() {
        let paragraph =
            "Mr Zelensky travelled to Florida on Sunday hoping to make progress on the \
            proposed 20-point peace plan. Russia launched almost 500 drones and 40 missiles at \
            Ukraine on Saturday, killing two people, while dozens were hospitalised. The deal, \
            worth $1.2bn, was signed at 3pm on 28 December 2025 after talks that lasted three \
            months; prices rose 5% and output fell to 40,000 barrels a day, officials said.\n";
        let text = paragraph.repeat(5000);
        let words = text.split_whitespace().count();
        let start = std::time::Instant::now();
        let n = super::scan(&text, None).len();
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "{n} figures, {words} words in {secs:.3}s: {:.0} words/s",
            words as f64 / secs
        );
    }
}

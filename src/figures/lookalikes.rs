//! Numbers that look like amounts but are not figures: phone numbers
//! ("+44 20 7946 0958", "555-1234"), codes ("0958", "3D"), identifiers of 13
//! digits or more (a tweet's id), sizes ("320×240"), digits
//! in names ("Boeing 737", through [`names`](super::names)), footnote marks
//! ("\[3\]"), "one-on-one", "my two cents", a markup attribute's value
//! ('timestamp="1448038800"'), "one" as a pronoun ("no one", "the one
//! who") and "half" in a compound ("half-yearly", "half-brother"). Scores
//! ("3-1") are told from ranges in [`ranges`](super::ranges).

use super::candidate::Amount;
use super::lexer::AtomKind;
use super::names::{name_like, number_word_in_name, ordinal_in_name};
use super::numbers::number;
use super::ranges::{next_year_after_slash, years_joined};
use super::scan::Scan;
use super::vocab;

/// Words that make "first" before them a title, no rank: "the first
/// gentleman", "first dude".
const FIRST_TITLES: &[&str] = &["lady", "gentleman", "dude"];

/// Ordinals and the word after them, spaced, that make a term of no rank:
/// "her first name", "first aid", "second guess", "second nature" (as
/// [`vocab::ORDINAL_COMPOUNDS`] are when hyphenated).
const ORDINAL_TERMS: &[(&str, &[&str])] = &[
    ("first", &["name", "names", "aid"]),
    (
        "second",
        &["guess", "guessing", "guessed", "nature", "home", "homes"],
    ),
];

/// Words after a hyphenated number in words that make an idiom, no count:
/// "a five-alarm fire", "two-faced".
const NUMBER_IDIOMS: &[&str] = &["alarm", "faced"];

/// The books of the Bible whose names open with a number: "2 Timothy",
/// "1 Corinthians" (no figure).
const NUMBERED_BOOKS: &[&str] = &[
    "Kings",
    "Chronicles",
    "Corinthians",
    "Thessalonians",
    "Maccabees",
    "Esdras",
];

/// Books of the Bible named as people are ("2 Timothy", "1 John"): a book
/// only after "in" or before its chapter ("3 John Kasich" ranks a man).
const NUMBERED_BOOKS_OF_NAMES: &[&str] = &["Samuel", "Timothy", "Peter", "John"];

/// The United States' postal abbreviations, before a ZIP code ("NY, 10032",
/// "VA 22301": no figure).
const STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// The end of a phone number at `i` whose area code is spaced from it:
/// groups of three, three and four digits, "202 456 1414", or the last two
/// joined by a dash, "312 408-8750" (not "1 000 000", whose groups are all
/// of three). Read before a name's number: "Gilbert Le Gras 204 947 3548".
pub(super) fn spaced_phone(s: &Scan, i: usize) -> Option<usize> {
    let group = |k: usize, n: usize| s.digits(k).is_some_and(|d| d.len() == n);
    let phone = group(i, 3)
        && s.is_space(i + 1)
        && group(i + 2, 3)
        && (s.is_space(i + 3) || s.is_dash(i + 3) && s.glued(i + 3))
        && group(i + 4, 4)
        && s.boundary(i + 5);
    phone.then_some(i + 5)
}

/// A phone number with its country code at `i`: "+44 20 7946 0958",
/// "+442079460958", "+1 (212) 899-4425" (more groups of digits after the
/// code, an area code in brackets, or seven digits or more; "+32 point lead", "+5%" are signed amounts). The atom after it.
pub(super) fn international_phone(s: &Scan, i: usize) -> Option<usize> {
    (s.is_ch(i, '+') && s.digits(i + 1).is_some())
        .then(|| past_digit_groups(s, i + 2))
        .filter(|&end| {
            end > i + 2
                || s.digits(i + 1).is_some_and(|d| d.len() >= 7)
                // "+1 (212) 899-4425".
                || s.is_space(i + 2) && s.is_ch(i + 3, '(') && s.digits(i + 4).is_some()
        })
}

/// What the amount `a` only seems to start: digits in a name ("Boeing 737"),
/// a footnote mark ("\[3\]"), a code or phone number ("0958", "555-1234").
/// The atom to go on from.
pub(super) fn code_or_mark(s: &Scan, a: &Amount) -> Option<usize> {
    let (num, start) = (a.num, a.num_start);
    if let Some(end) = spaced_phone(s, start) {
        return Some(end);
    }
    // Digits inside names and references: "Boeing 737".
    if a.currency.is_none() && !num.words && name_like(s, start) {
        return Some(num.end);
    }
    // Numbers in words inside names: "the Big Three", "Hawaii Five-0".
    if a.currency.is_none() && num.words && number_word_in_name(s, start, num.end) {
        return Some(num.end);
    }
    // Ordinals opening names: "the Second Amendment", "the 3rd Circuit", "a
    // Third Eye Blind concert".
    let after_a = num.words && s.is_any(start, &["a", "an"]);
    if a.currency.is_none() && (num.ordinal || after_a) && ordinal_in_name(s, start, num.end) {
        return Some(num.end);
    }
    // "the second half" of a game, "first-half goals": a half, which the
    // readers of dates value when it is the year's; no ordinal and fraction.
    let next = if s.is_dash(num.end) {
        num.end + 1
    } else {
        s.sp(num.end)
    };
    if num.words && num.ordinal && s.is_any(next, &["half", "halves"]) && next > num.end {
        return Some(next + 1);
    }
    // "the first gentleman", "in the first place" (a title, an idiom);
    // "First, Trump attacked" (a sequence, no rank).
    if num.words && s.is(start, "first") && num.end == start + 1 {
        let title = s.is_space(num.end) && s.is_any(num.end + 1, FIRST_TITLES);
        let place_idiom = s.is(num.end + 1, "place")
            && s.back(start).is_some_and(|b| s.is(b, "the"))
            && s.back(start)
                .and_then(|b| s.back(b))
                .is_some_and(|b| s.is(b, "in"));
        let sequence = s.is_ch(num.end, ',')
            && s.capitalized(start)
            && s.back(start).is_none_or(|b| s.sentence_ends(b));
        if title || place_idiom || sequence {
            return Some(num.end);
        }
    }
    // "a third-party candidate", "second-hand cars", "first-class mail": an
    // ordinal in a compound that counts nothing.
    if num.words
        && num.ordinal
        && s.is_dash(num.end)
        && s.is_any(num.end + 1, vocab::ORDINAL_COMPOUNDS)
    {
        return Some(num.end + 2);
    }
    // "half-yearly", "his half-brother", "a half-hearted effort", "at
    // half-time": "half" hyphenated to a word that is no unit, scale or
    // count ("a half-hour", "a half-dozen", "a half-point" are amounts).
    if num.words && s.is(num.end - 1, "half") && s.is_dash(num.end) && !s.glued(num.end - 1) {
        let w = num.end + 1;
        let sense = s.sense(w);
        let amount = sense.amount_word()
            || vocab::measure(s.str(w)).is_some()
            || s.is_any(w, &["point", "points", "percent", "percentage"]);
        if s.word(w).is_some() && !amount {
            return Some(w + 1);
        }
    }
    // "per second", "a second.": the unit of time, not an ordinal ("a
    // second term" is one).
    if num.ordinal && s.is_any(start, &["second", "Second"]) && second_as_unit(s, start) {
        return Some(num.end);
    }
    // "9/11", "24/7": digits over digits that are no fraction (read before)
    // nor date are a name.
    if num.plain.is_some()
        && s.is_ch(num.end, '/')
        && s.digits(num.end + 1).is_some()
        && !next_year_after_slash(s, a)
    {
        return Some(num.end + 2);
    }
    // "just my two cents", "his two cents' worth": an opinion, no money.
    if num.words
        && s.is(start, "two")
        && num.end == start + 1
        && s.is_space(num.end)
        && s.is(num.end + 1, "cents")
        && s.back(start)
            .is_some_and(|b| s.is_any(b, &["my", "his", "her", "their", "our", "your"]))
    {
        return Some(num.end + 2);
    }
    // "could one day stretch", "hope to one day visit", "hope one day to
    // harness": some day, no
    // length; "one second hand" (second-hand), "don't care one bit": idioms.
    if num.words && s.is(start, "one") && num.end == start + 1 && s.is_space(num.end) {
        let next = num.end + 1;
        let before = s.back(start);
        // "Maybe one day we will know", "He might, one day, return".
        let governor = match before {
            Some(b) if s.is_ch(b, ',') => s.back(b),
            b => b,
        };
        // "hope to meet one day soon".
        let soon = s.is(next, "day") && s.is_space(next + 1) && s.is(next + 2, "soon");
        let someday = soon
            || s.is(next, "day")
                && governor.is_some_and(|b| {
                    s.is_any(b, vocab::MODALS)
                    || s.is_any(b, &["will", "ll", "shall", "to", "maybe", "perhaps"])
                    // "Hopefully one day every shop will", "Well one day he said".
                    || s.is_any(b, &["hopefully", "someday", "eventually", "well", "until"])
                    // "researchers hope one day to harness", "dreams one day
                    // of playing".
                    || s.is_any(
                        b,
                        &[
                            "hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed",
                            "dreaming", "wish", "wishes", "wished",
                        ],
                    )
                })
                && (s.is_ch(next + 1, ',')
                    || s.is_space(next + 1)
                        && s.word(next + 2)
                            .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        let second_hand = s.is(next, "second")
            && (s.is_space(next + 1) || s.is_dash(next + 1))
            && s.is(next + 2, "hand");
        let care_a_bit = s.is(next, "bit")
            && before.is_some_and(|b| {
                s.is_any(
                    b,
                    &[
                        "care", "cares", "cared", "not", "t", "matter", "me", "us", "him", "her",
                        "them", "it",
                    ],
                )
            });
        if someday || second_hand || care_a_bit {
            return Some(next + if second_hand { 3 } else { 1 });
        }
    }
    // "ground zero", "a one-two punch", "three-dimensional", "in the seven
    // figures", "a two-way street", "one way or another", "a glass half
    // empty": no figure.
    if num.words && num.end == start + 1 {
        let next = num.end + 1;
        const WAYS: &[&str] = &[
            "street",
            "streets",
            "ticket",
            "tickets",
            "radio",
            "radios",
            "mirror",
            "traffic",
            "trade",
            "communication",
            "conversation",
            "dialogue",
            "split",
        ];
        // "a glass half empty", "the glass is half full".
        let glass = || {
            let mut b = s.back(start);
            (0..3).any(|_| {
                let found = b.is_some_and(|k| s.is_any(k, &["glass", "glasses"]));
                b = b.and_then(|k| s.back(k));
                found
            })
        };
        let idiom = s.is(start, "zero") && s.back(start).is_some_and(|b| s.is(b, "ground"))
            || s.is(start, "one") && s.is_dash(num.end) && s.is(next, "two")
            || s.is_dash(num.end) && s.is(next, "dimensional")
            || s.is_dash(num.end)
                && s.is(next, "way")
                && s.is_space(next + 1)
                && s.is_any(next + 2, WAYS)
            || s.is(start, "one")
                && s.is_space(num.end)
                && s.word(next).is_some()
                && s.is_space(next + 1)
                && s.is(next + 2, "or")
                && s.is_space(next + 3)
                && s.is(next + 4, "another")
            || s.is(start, "half")
                && s.is_space(num.end)
                && s.is_any(next, &["empty", "full"])
                && glass()
            || s.is_space(num.end)
                && s.is(next, "figures")
                && s.back(start).is_some_and(|b| s.is(b, "the"));
        if idiom {
            return Some(if s.is(next, "two") || s.is(next, "way") {
                next + 1
            } else {
                num.end
            });
        }
    }
    // "one-time rivals" (former), "one another": no count.
    if num.words
        && s.is(start, "one")
        && (s.is_dash(num.end) && s.is(num.end + 1, "time")
            || s.is_space(num.end) && s.is(num.end + 1, "another"))
    {
        return Some(num.end);
    }
    // "a 911 call", "called 911": the emergency number.
    if s.digits(start).is_some_and(|d| d == "911" || d == "999")
        && num.end == start + 1
        && (s.is_space(num.end)
            && s.is_any(
                num.end + 1,
                &[
                    "call",
                    "calls",
                    "caller",
                    "dispatcher",
                    "operator",
                    "operators",
                ],
            )
            || s.back(start).is_some_and(|b| {
                s.is_any(
                    b,
                    &["called", "call", "calling", "dialed", "dialled", "dial"],
                )
            }))
    {
        return Some(num.end);
    }
    // A wire's sign-off: "-- Wellington newsroom 64 4 4734 746", its digits a
    // phone number to the end of the line.
    if s.back(start)
        .is_some_and(|b| s.is_any(b, &["newsroom", "newsdesk"]))
        && a.currency.is_none()
    {
        let mut k = start;
        while s.digits(k).is_some() || s.is_space(k) || s.is_dash(k) {
            k += 1;
        }
        if s.kind(k).is_none_or(|c| c == AtomKind::Break) {
            return Some(k);
        }
    }
    // Identifiers: ten digits or more in one run, no separators (a phone
    // number "7037686710", a tweet's id, an account or tracking number); no
    // amount is written so.
    if a.currency.is_none() && s.digits(start).is_some_and(|d| d.len() >= 10) {
        return Some(num.end);
    }
    if a.currency.is_none() && !num.words {
        let next = s.sp(num.end);
        // "2 Timothy", "1 Corinthians": a book of the Bible.
        let chapter = s.is_space(next + 1) && s.digits(next + 2).is_some();
        let book = next > num.end
            && s.digits(start).is_some_and(|d| d.len() == 1)
            && (NUMBERED_BOOKS.contains(&s.str(next))
                || NUMBERED_BOOKS_OF_NAMES.contains(&s.str(next))
                    && (chapter || s.back(start).is_some_and(|b| s.is(b, "in"))));
        // "New York, NY, 10032", "Alexandria VA 22301": a ZIP code.
        let state = |b: usize| STATE_CODES.contains(&s.str(b));
        let zip = s.digits(start).is_some_and(|d| d.len() == 5)
            && s.back(start)
                .is_some_and(|b| state(b) || s.is_ch(b, ',') && b > 0 && state(b - 1));
        // "runway 27L": a runway's number.
        let runway = s
            .back(start)
            .is_some_and(|b| s.is_any(b, &["runway", "runways"]));
        // "7-Eleven", "4-H": a number hyphenated to a capitalized word that
        // is no month, day or unit.
        let w = num.end + 1;
        let hyphen_name = s.is_ch(num.end, '-')
            && s.name_word(w)
            && num.plain.is_some_and(|p| p <= 2)
            // Not a headline's "A 5-Word Missile".
            && !(s.is_space(w + 1) && s.capitalized(w + 2));
        if book || zip || hyphen_name {
            return Some(if hyphen_name { w + 1 } else { num.end });
        }
        if runway {
            let end = if s.word(num.end).is_some() {
                num.end + 1
            } else {
                num.end
            };
            return Some(end);
        }
    }
    // "her first name", "first aid", "second guess": a term, no rank.
    if num.words && num.ordinal && num.end == start + 1 && s.is_space(num.end) {
        let next = num.end + 1;
        let term = ORDINAL_TERMS
            .iter()
            .any(|(o, words)| s.is(start, o) && s.is_any(next, words));
        if term {
            return Some(next + 1);
        }
    }
    // "a leap second": a unit of its own, no rank.
    if num.words
        && num.ordinal
        && s.is(start, "second")
        && s.back(start).is_some_and(|b| s.is(b, "leap"))
    {
        return Some(num.end);
    }
    // "a 4K display", "8K TVs": a screen's resolution, no thousands.
    if s.digits(start).is_some_and(|d| d == "4" || d == "8")
        && s.is_any(start + 1, &["K", "k"])
        && s.is_space(start + 2)
        && s.is_any(
            start + 3,
            &[
                "display",
                "displays",
                "screen",
                "screens",
                "resolution",
                "video",
                "videos",
                "TV",
                "TVs",
                "television",
                "televisions",
                "monitor",
                "monitors",
                "camera",
                "cameras",
                "streaming",
                "content",
                "UHD",
                "HDR",
                "Ultra",
            ],
        )
    {
        return Some(start + 2);
    }
    // "a five-alarm fire", "two-faced".
    if num.words && s.is_dash(num.end) && s.is_any(num.end + 1, NUMBER_IDIOMS) {
        return Some(num.end + 2);
    }
    // "one-on-one", "1-on-1", "one-to-one": a meeting of two, no figure
    // (not "18-to-34-year-olds").
    let linked = s.is(num.end + 1, "on") || num.words && s.is(num.end + 1, "to");
    if s.is_dash(num.end) && linked && s.is_dash(num.end + 2) {
        if let Some(other) = number(s, num.end + 3, false) {
            return Some(other.end);
        }
    }
    // The value of a markup attribute left in the text: timestamp="1448038800".
    if start >= 2 && s.is_ch(start - 1, '"') && s.is_ch(start - 2, '=') {
        return Some(num.end);
    }
    // Footnote marks: "[3]"; subsections: "Rule 26(b)(1)", "section 4(2)".
    if s.is_ch(start.wrapping_sub(1), '[') && s.is_ch(num.end, ']')
        || s.is_ch(start.wrapping_sub(1), '(')
            && s.glued(start.wrapping_sub(1))
            && s.is_ch(num.end, ')')
            && matches!(s.ch(start.wrapping_sub(2)), Some(')'))
                | s.digits(start.wrapping_sub(2)).is_some()
    {
        return Some(num.end);
    }
    // Streets named by ordinals, listed: "between 103rd and 104th streets".
    if num.ordinal && !num.words && street_ordinals(s, num.end) {
        return Some(num.end);
    }
    // Street numbers: "1711 Palmetto Drive", "the 4800 block of Halsted".
    if let Some(end) = street_number(s, a) {
        return Some(end);
    }
    // An area code in brackets before a phone number: "(954) 555-0148",
    // "(03) 9221 4101".
    let local = s.sp(num.end + 1);
    if s.is_ch(start.wrapping_sub(1), '(')
        && s.is_ch(num.end, ')')
        && s.digits(start).is_some_and(|d| (2..=4).contains(&d.len()))
        && s.digits(local).is_some_and(|d| d.len() >= 3)
        && s.digits(local + 2).is_some_and(|d| d.len() >= 3)
        && (s.is_dash(local + 1) || s.is_space(local + 1))
    {
        return Some(past_digit_groups(s, local + 1));
    }
    // Groups of digits joined by points: phone numbers ("202.456.1414",
    // "1.800.233.1234"), addresses and versions ("192.168.1.1", "2.0.1");
    // a date so written has been read before.
    if s.digits(start).is_some() && s.is_ch(start + 1, '.') && s.digits(start + 2).is_some() {
        let mut j = start + 1;
        let mut groups = 1;
        while s.is_ch(j, '.') && s.digits(j + 1).is_some() {
            j += 2;
            groups += 1;
        }
        if groups >= 3 {
            return Some(j);
        }
    }
    // Codes with leading zeros, and the phone numbers they start: "0958", "020 7946 0958".
    if a.currency.is_none()
        && s.digits(start)
            .is_some_and(|d| d.len() >= 3 && d.starts_with('0'))
    {
        return Some(past_digit_groups(s, start + 1));
    }
    // Phone numbers and codes: "555-1234"; not years, "2000-2050", nor a
    // range of round hundreds ("200-300 mm").
    if num.plain.is_some()
        && !years_joined(s, a)
        && !round_range(s, a)
        && s.is_dash(num.end)
        && s.digits(num.end + 1).is_some_and(|d| d.len() >= 3)
        && a.currency.is_none()
        && (s.is_dash(num.end + 2)
            || s.digits(num.end + 1).is_some_and(|d| d.len() >= 4)
            || num.plain == Some(3))
    {
        return Some(num.end + 2);
    }
    None
}

/// Whether the amount `a` is the first of two round numbers of three digits
/// joined by a dash, the second the greater ("200-300 mm", "150–250"): a
/// range, no code.
fn round_range(s: &Scan, a: &Amount) -> bool {
    let e = a.num.end;
    let round = |d: &str| d.len() == 3 && d.ends_with('0');
    let (Some(first), Some(second)) = (s.digits(a.num.start), s.digits(e + 1)) else {
        return false;
    };
    a.num.plain == Some(3) && round(first) && round(second) && second > first && !s.is_dash(e + 2)
}

/// Whether "second" at `i` is the unit of time: after "per", "each" or
/// "every" ("10 metres per second"), or after "a" or "a split" with its
/// clause ending ("5 litres a second.", "for a split second,").
/// Whether the ordinal in digits ending before atom `e` names a street of
/// a list: "103rd and 104th streets", "104th streets", "Fifth and 6th
/// avenues".
fn street_ordinals(s: &Scan, e: usize) -> bool {
    const STREETS: &[&str] = &["streets", "avenues", "Streets", "Avenues"];
    let n = s.sp(e);
    if n == e {
        return false;
    }
    s.is_any(n, STREETS)
        || (s.is_any(n, &["and", "to"]) || s.is_ch(n, '&'))
            && s.digits(s.sp(n + 1)).is_some()
            && s.is_any(s.sp(s.sp(n + 1) + 2), STREETS)
}

fn second_as_unit(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    let b = if s.is(b, "split") {
        s.back(b).unwrap_or(b)
    } else {
        b
    };
    // "at the last second", "in the final seconds": the moment.
    let last = s.is_any(b, &["last", "final", "dying"])
        && s.back(b).is_some_and(|t| s.is(t, "the"))
        && s.clause_ends(s.sp(i + 1));
    s.is_any(b, &["per", "Per", "each", "every"])
        || s.is_any(b, &["a", "A"]) && s.clause_ends(s.sp(i + 1))
        || last
}

/// Whether the amount `a` is "one" used as a pronoun: "no one", "one must",
/// "the one", "one on which", "one way", "which one of them" (but "one of
/// them", "one day", "one dollar", "one in five" stay figures); or "first"
/// ranking nothing: "first of all", "the first lady", "first responders".
pub(super) fn one_as_pronoun(s: &Scan, a: &Amount) -> bool {
    let num = a.num;
    if !(num.words
        && num.value == Some(1.0)
        && num.end == num.start + 1
        && a.after_modifier.is_none()
        && a.currency.is_none())
    {
        return false;
    }
    let next = s.sp(num.end);
    let before = s.back(num.start);
    // "one day", "one dollar", and glued by a hyphen: "a one-year term".
    let unit_at = if s.is_dash(num.end) {
        num.end + 1
    } else {
        next
    };
    // "at one per cent", "is one percent": a percent is a unit too.
    let percent = s.is_any(unit_at, &["percent", "pct", "percentage"])
        || s.is_ch(unit_at, '%')
        || s.is(unit_at, "per") && s.is(s.sp(unit_at + 1), "cent");
    let after_unit = s.sense(unit_at).time_unit.is_some()
        || s.sense(unit_at).currency.is_some()
        || percent
        || vocab::measure(s.str(unit_at)).is_some() && !s.is(unit_at, "point");
    // "one of a kind", "one on one": no count.
    let idiom =
        s.is(next, "of") && s.is(s.sp(next + 1), "a") && s.is(s.sp(s.sp(next + 1) + 1), "kind")
            || s.is(next, "on") && s.is(s.sp(next + 1), "one")
            || before.is_some_and(|b| s.is(b, "on") && s.back(b).is_some_and(|o| s.is(o, "one")));
    if idiom && !num.ordinal {
        return true;
    }
    // "one of the two cars", "one of them", "is one of 33": a count of a
    // part, as the MUC-7 and OntoNotes schemes tag it (not "no one of", nor
    // "first of all").
    if s.is(next, "of")
        && !num.ordinal
        && !before.is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "no", "any", "every", "each", "which", "someone", "anyone", "everyone", "the",
                ],
            )
        })
    {
        return false;
    }
    // "first": only "first of all", before a number ("the first 100 days",
    // read with the number), and in terms where it ranks nothing ("the
    // first lady", "first responders", "first aid"); "the first time", "was
    // first", "the first of four singles" are ordinals.
    if num.ordinal {
        let the = before.is_some_and(|b| s.is(b, "the"));
        // "At first, the office was small", "at first glance": at the
        // start, no rank ("at first place" ranks). Words after "at first"
        // that are no noun it ranks:
        const NO_NOUN: &[&str] = &[
            "and", "but", "or", "he", "she", "it", "they", "we", "i", "you", "the", "glance",
            "sight", "blush", "about", "with", "in", "on", "to", "for", "because", "when", "as",
            "though", "although", "that", "this", "was", "is", "were", "seemed",
        ];
        let ranks_a_noun = s
            .word(next)
            .is_some_and(|w| w.chars().all(char::is_lowercase))
            && !s.is_any(next, NO_NOUN);
        let at_first = before.is_some_and(|b| s.is(b, "at")) && !ranks_a_noun;
        // "as first reported by", "he first heard gunfire", "after first
        // backing two rivals": "first" before a verb, at the start (not "the
        // first elected mayor", "his first published novel": a rank).
        let owner = before.is_some_and(|b| s.is_any(b, vocab::DETERMINERS) || s.owner_s(b));
        let verb = s.word(next).is_some_and(|w| {
            w.chars().all(char::is_lowercase)
                && (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
                    || vocab::PAST_WORDS.contains(&w)
                    || ["heard", "felt"].contains(&w))
        });
        let adverb = !owner && next > num.end && verb;
        // "first and foremost": above all.
        let foremost = s.is(next, "and") && s.is(s.sp(next + 1), "foremost");
        return at_first
            || adverb
            || foremost
            || s.is(next, "of") && s.is(s.sp(next + 1), "all")
            || the && (s.digits(next).is_some() || s.sense(next).cardinal.is_some())
            || s.is_any(next, &["lady", "ladies", "responder", "responders", "aid"]);
    }
    let pronoun = s.is_any(
        next,
        &[
            "another", "who", "that", "which", "must", "can", "could", "would", "should",
            "may", "might", "point", "the", "thing", "day", "way",
        ],
    ) || s.is_any(
        next,
        &["on", "in", "for", "with", "by", "from", "at", "to", "about"],
    ) && s.is_any(s.sp(next + 1), &["which", "whom", "whose"])
        || before.is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "the", "no", "any", "every", "each", "this", "that", "which", "someone",
                    "anyone", "everyone", "last", "a", "such", "number", "at", "was", "is",
                    "another", "especially",
                ],
            )
        })
        // "the only one", "his only one" (not "only one bill passed").
        || before.is_some_and(|b| {
            s.is(b, "only")
                && s.back(b)
                    .is_some_and(|d| s.is_any(d, vocab::DETERMINERS) || s.owner_s(d))
        })
        // A word between an article and "one", and no noun after it, make
        // it a noun's stand-in: "a new one is", "the latest one by", "a
        // Democratic one under", "the third one was" (not "that left one
        // person", "with one voice").
        || !num.ordinal
            && !s.is_dash(num.end)
            && (s.word(next).is_none_or(|w| !w.chars().all(|c| c.is_ascii_lowercase()))
                || s.is_any(next, STAND_IN_FOLLOWERS))
            && before.is_some_and(|b| {
                s.word(b).is_some_and(|w| w.chars().any(char::is_lowercase))
                    && s.sense(b).cardinal.is_none()
                    && s.back(b).is_some_and(|d| {
                        s.is_any(d, &["a", "an", "the", "another", "its", "their"])
                    })
            })
        // "one has to ask": anyone; "no matter how one feels": anyone, a
        // generic subject before its verb.
        || s.is(next, "has") && s.is_space(next + 1) && s.is(next + 2, "to")
        || before.is_some_and(|b| s.is_any(b, &["how", "what", "whether", "if"]))
            && s.is_any(next, GENERIC_VERBS)
        // "one by one", "one after another": in turn.
        || s.is_any(next, &["by", "after"]) && s.is_any(s.sp(next + 1), &["one", "another"])
        || before.is_some_and(|b| s.is(b, "by") && s.back(b).is_some_and(|o| s.is(o, "one")))
        || s.boundary(next) && !after_unit && s.word(next).is_none();
    pronoun && !after_unit
}

/// Verbs that a generic "one" is the subject of: "how one feels", "what one
/// thinks", "whether one likes it".
const GENERIC_VERBS: &[&str] = &[
    "feels", "thinks", "knows", "sees", "says", "gets", "does", "wants", "needs", "finds", "likes",
    "believes", "looks", "is", "can", "should", "must", "would", "might",
];

/// A house number, the amount `a` in plain digits before a street's name of
/// up to four capitalized words ending in a suffix ("1711 Palmetto Drive",
/// "2900 Mission College Boulevard", "10 Downing Street"), or before "block
/// of" ("the 4800 block of South Halsted Street"): part of an address, no
/// figure. The atom after the number.
fn street_number(s: &Scan, a: &Amount) -> Option<usize> {
    let num = a.num;
    if a.currency.is_some() || num.words || num.plain.is_none_or(|p| p > 5) {
        return None;
    }
    let mut k = s.sp(num.end);
    if k == num.end {
        return None;
    }
    if s.is(k, "block") && s.is(s.sp(k + 1), "of") {
        return Some(num.end);
    }
    // A year told before a name: "In 1998 Main Street was empty".
    let year = a.value.is_some_and(|v| (1800.0..=2100.0).contains(&v));
    if year
        && s.back(a.start).is_some_and(|b| {
            s.is_any(
                b,
                &["in", "since", "until", "by", "before", "after", "during"],
            )
        })
    {
        return None;
    }
    for n in 0..4 {
        // A word of a headline in title case ("These 3 Words On Highway
        // Warning Sign") is not a street's.
        if !s.capitalized(k)
            || s.sense(k).month > 0
            || s.is_any(
                k,
                &["on", "in", "at", "of", "the", "and", "for", "to", "a", "by"],
            )
        {
            return None;
        }
        // A name comes before the suffix: "5 St. Louis marathons" is none.
        if n > 0 && s.is_any(k, vocab::STREET_WORDS) {
            return Some(num.end);
        }
        let next = s.sp(k + 1);
        if next == k + 1 {
            return None;
        }
        k = next;
    }
    None
}

/// Words after "one" standing for a noun named before ("a new one is
/// created", "the latest one by the office"): verbs and words that begin
/// no noun.
const STAND_IN_FOLLOWERS: &[&str] = &[
    "is", "was", "were", "will", "would", "could", "can", "has", "had", "that", "which", "who",
    "by", "for", "in", "under", "with", "where", "rather", "and", "or", "but", "to", "than", "now",
    "on", "at", "from",
];

/// A code or model number that the amount `a` is part of, seen from what
/// follows it at `k` (`glued` when nothing is between): "3D", "150px", "777s",
/// or a size in several dimensions ("320×240", "10 x 12 feet"). The atom to
/// go on from.
pub(super) fn code_after(s: &Scan, a: &Amount, k: usize, glued: bool) -> Option<usize> {
    if let Some(end) = dimensions(s, a, k) {
        return Some(end);
    }
    if glued && s.word(k).is_some() && !a.num.words {
        return Some(k + 1);
    }
    None
}

/// The end of a size in several dimensions that the amount `a` starts, the
/// sign at `k`: "320×240", "320 x 240", "2 × 4 × 8 feet".
///
/// No figure: a value holds one number (or the two ends of a range), and a
/// reader is misled by either side alone ("240 pixels" is not a count of
/// pixels, "320" is not the size), so the whole size is passed over. The
/// atom after its last number.
fn dimensions(s: &Scan, a: &Amount, mut k: usize) -> Option<usize> {
    if a.num.words || a.currency.is_some() {
        return None;
    }
    let mut end = None;
    while s.is_ch(k, '×') || s.is(k, "x") {
        let l = s.sp(k + 1);
        // Digits glued to "x" are not read as a number of their own ("x240").
        let next = match number(s, l, false) {
            Some(n) if !n.words && !n.ordinal => n.end,
            _ if s.digits(l).is_some() => l + 1,
            _ => break,
        };
        end = Some(next);
        k = s.sp(next);
    }
    end
}

/// The atom after the groups of digits that go on from `j`, spaced or
/// dashed: the rest of "+44 20 7946 0958", "0958-123".
fn past_digit_groups(s: &Scan, mut j: usize) -> usize {
    while (s.is_space(j) || s.is_dash(j)) && s.digits(j + 1).is_some() {
        j += 2;
    }
    j
}

/// Words of cricket, in whose sentences a century is a hundred runs: "his
/// ninth century in one-day cricket", "a 55-ball half-century", "a maiden
/// test century".
const CRICKET: &[&str] = &[
    "cricket", "innings", "wicket", "wickets", "ball", "balls", "batsman", "batting", "bowled",
    "bowling", "unbeaten", "overs",
];

/// Whether the unit of time at atom `k` is cricket's, no date or duration:
/// the "day" of "one-day" before "cricket" or "international(s)", a form of
/// the game; or a century ("century", "half-century") that is a batsman's
/// hundred runs: after "test", or with a word of cricket ([`CRICKET`], in
/// lower case; "one-day") within twelve atoms before or after it in its
/// sentence ("a half-century in the first innings").
pub(super) fn cricket_unit(s: &Scan, k: usize) -> bool {
    if s.is(k, "day") && s.is(k.wrapping_sub(2), "one") {
        return s.is_space(k + 1)
            && s.is_any(k + 2, &["cricket", "international", "internationals"]);
    }
    if s.sense(k).time_unit != Some(vocab::TimeUnit::Century) {
        return false;
    }
    // "one-day" is three atoms; its "day" glued after a dash.
    let cricket = |b: usize| {
        s.word(b).is_some_and(|w| CRICKET.contains(&w))
            || s.is(b, "day") && s.is_dash(b.wrapping_sub(1)) && s.is(b.wrapping_sub(2), "one")
    };
    // "a maiden test century".
    if s.back(k).is_some_and(|b| s.word(b) == Some("test")) {
        return true;
    }
    let before = (k.saturating_sub(12)..k)
        .rev()
        .take_while(|&b| !s.sentence_ends(b))
        .any(cricket);
    let after = (k + 1..k + 12)
        .take_while(|&b| !s.sentence_ends(b))
        .any(cricket);
    before || after
}

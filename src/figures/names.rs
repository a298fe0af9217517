//! Numbers that belong to names and references, not figures: "Boeing 737",
//! "G7", "Apollo 11", "COVID-19", "iPhone 4", "Boeing's 787", "No. 1".

use super::counts::counted;
use super::lexer::AtomKind;
use super::measures::{percent_suffix, unit_suffix};
use super::numbers::number;
use super::scan::Scan;
use super::vocab;

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
    "Least",
    "Most",
    "Top",
    "Aged",
    "Age",
    "Ages",
    "Killed",
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
    "Exactly",
    "Fewer",
    "Both",
    "Total",
    "Like",
    "Unlike",
    "Including",
    "Among",
    "Across",
    "Throughout",
    "Through",
    "Beyond",
    "Toward",
    "Towards",
    "Against",
    "Despite",
    "Amid",
    "Following",
    "Starting",
    "Beginning",
    "Effective",
    "Early",
    "Late",
    "Copyright",
    // Words that open a sentence before a count or a year: "Although 15 of
    // the 19 hijackers", "Perhaps 2016 will be the year".
    "Although",
    "Though",
    "Perhaps",
    "Maybe",
    "Even",
    "Because",
    "Whether",
    "Once",
    "Where",
    "Unless",
    "Yet",
    "So",
    "Nor",
    "Whereas",
    "Besides",
    "Plus",
    "Again",
    "Already",
    "Soon",
    "Never",
    "Otherwise",
    "Meanwhile",
    // Verbs that open instructions and listings ("Expect 20-30 mm of rain",
    // "Add 30 g of sugar", "Serves 6").
    "Expect",
    "Add",
    "Allow",
    "Bake",
    "Boil",
    "Buy",
    "Cook",
    "Heat",
    "Mix",
    "Preheat",
    "Serves",
    "Makes",
    "Simmer",
    "Stir",
    "Roast",
    "Whisk",
    "Chill",
    "Use",
    "Pay",
    "Save",
    "Spend",
    "Give",
    "Take",
    "Wait",
];

/// Lower-case words after which a number is a reference, not an amount:
/// "version 10.4", "chapter 11", "flight 370", "article 50".
const REFERENCE_WORDS: &[&str] = &[
    "version",
    "chapter",
    "article",
    "section",
    "clause",
    "paragraph",
    "flight",
    "route",
    "model",
    "episode",
    "volume",
    "platform",
    "gate",
    "room",
    "exit",
    "channel",
    "highway",
    "interstate",
    "precinct",
    "ward",
];

/// Whether the number at `i` reads as part of a name: "Boeing 737", "G7",
/// "Apollo 11", "COVID-19", "iPhone 4", "Boeing's 787", "the 787 Dreamliner",
/// or a reference: "No. 1", "version 10.4".
pub(super) fn name_like(s: &Scan, i: usize) -> bool {
    if model_number(s, i) {
        return true;
    }
    let Some(j) = i.checked_sub(1) else {
        return false;
    };
    if s.back(i).is_some_and(|w| s.is_any(w, REFERENCE_WORDS)) && s.is_space(j) {
        let word = s.str(s.back(i).unwrap_or(j));
        if word.chars().all(char::is_lowercase) {
            return true;
        }
    }
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
    // A name joins its number by a space or a hyphen ("Su-35"), not by a
    // dash of punctuation ("over Cruz—35 to 12 percent").
    let (w, j) = if s.is_space(j) || s.is_dash(j) && !matches!(s.ch(j), Some('—' | '–')) {
        match j.checked_sub(1) {
            Some(w) => (w, j),
            None => return false,
        }
    } else if s.is_ch(j, '.') && j > 0 && s.is_space(j - 1) {
        return false;
    } else {
        (j, j)
    };
    let possessive = w >= 2 && s.owner_s(w) && s.has_capital(w - 2) && s.is_space(j);
    if !possessive && !s.has_capital(w) {
        return false;
    }
    // The number's last atom: "2,000", "54.6".
    let end = number(s, i, false).map_or(i + 1, |n| n.end);
    if year_told_after_a_name(s, i, end) {
        return false;
    }
    // No model is numbered with a thousands separator ("Attendance 27,600",
    // "Hoechst Inc 357,143"), nor by an ordinal ("Keller 18th minute").
    // (An ordinal before a capitalized word is a name's: "West 23rd Street",
    // "Air Force 1st Lt.")
    let ordinal = s.is_any(i + 1, &["th", "st", "nd", "rd"])
        && !(s.is_space(i + 2) && s.word(i + 3).is_some() && s.capitalized(i + 3));
    if ordinal || (i..end).any(|k| s.is_ch(k, ',')) {
        return false;
    }
    // A percent, a unit or a currency after the number makes it an amount:
    // "Google 5 percent", "PRICES ROSE 5 PCT", "Shell 300,000 barrels",
    // "Exxon 35 cents", "Trump's 41 percent".
    let mut k = s.sp(end);
    // Past a scale: "Brazil 3 billion reais".
    if k > end && matches!(s.sense(k).cardinal, Some(vocab::Cardinal::Scale(_))) {
        k = s.sp(k + 1);
    }
    // A percent sign glued to the number too: "Trump 33% to 18%".
    if s.is_ch(end, '%') {
        return false;
    }
    if k > end
        && (percent_suffix(s, k).is_some()
            || unit_suffix(s, k, false).is_some()
            || s.sense(k).currency.is_some() && s.word(k).is_some_and(|w| w.len() > 3)
            || s.sense(k).time_unit.is_some()
                && (s.sense(k).plural || s.digits(i) == Some("1") && end == i + 1))
    {
        return false;
    }
    // A row of a table, numbers a space apart after a name: "Chelsea 3 2 1
    // 0 3 0 7" (the first is played, no model).
    let row = |k: usize| s.str(k) == " " && s.digits(k + 1).is_some();
    if row(end) && row(end + 2) {
        return false;
    }
    // "Boeing's 787" when no count follows; a number written with a
    // separator or a decimal point names no model ("Apple's 2,000"), nor
    // does a year ("Rowling's 2007 revelation").
    if possessive {
        let k = s.sp(end);
        let year = s
            .digits(i)
            .filter(|d| d.len() == 4)
            .and_then(|d| d.parse::<u16>().ok())
            .is_some_and(|y| (1800..=2100).contains(&y));
        // "Clinton's 16-point victory", "Obama's 10-year plan": a number
        // hyphenated to a word is an amount's ("Boeing's 787-9" is digits).
        // ("Standard & Poor's 500-stock index" is the index's name.)
        let hyphenated = s.is_dash(end) && s.word(end + 1).is_some() && !s.is(w - 2, "Poor");
        // "568 billionaires to America's 535", "306 votes to Clinton's 232":
        // the other side of a comparison, after "to", "than" or "versus"
        // with a number before it.
        let owner = s.back(w - 1).unwrap_or(w - 2);
        let before_owner = s.back(owner).map(|t| {
            if s.is(t, "the") {
                s.back(t).unwrap_or(t)
            } else {
                t
            }
        });
        let compared = before_owner.is_some_and(|t| {
            s.is_any(t, &["to", "than", "versus", "vs"])
                && (t.saturating_sub(16)..t).any(|k| s.digits(k).is_some())
        }) && (s.clause_ends(end)
            || s.is_any(s.sp(end), &["in", "on", "at", "for", "among"]));
        return end == i + 1
            && !compared
            && !year
            && !hyphenated
            && counted(s, k).is_none()
            && vocab::measure(s.str(k)).is_none()
            && s.sense(k).time_unit.is_none()
            && s.sense(k).currency.is_none();
    }
    let word = s.str(w);
    // An adverb opening a sentence names nothing: "Fully 250 companies",
    // "Ultimately 54 voted".
    if word.len() > 4 && word.ends_with("ly") && crate::entities::is_common_word(word) {
        return false;
    }
    // Nor does a verb in -ing opening a sentence before an amount of
    // something in lower case or a unit glued on: "Eating 50g of meat",
    // "Buying 3 houses" (not the club's "Reading 3 Chelsea 1").
    let opens_sentence = w == 0 || s.back(w).is_none_or(|b| s.sentence_ends(b));
    let lower_after = s.is_space(end)
        && s.word(end + 1)
            .is_some_and(|x| x.starts_with(|c: char| c.is_lowercase()))
        || s.word(end).is_some() && unit_suffix(s, end, true).is_some();
    if word.len() > 4
        && word.ends_with("ing")
        && opens_sentence
        && lower_after
        && crate::entities::is_common_word(word)
    {
        return false;
    }
    // A table's label, an ordinary word opening its line or after a dash or
    // colon, before a measure told with decimals or as a range: "Turnover
    // 273.6 vs 290.3", "Highs 82-96F", "SUMMARY- Showers 0.25-1.30 inch".
    let opens_line = w == 0
        || s.kind(w - 1) == Some(super::lexer::AtomKind::Break)
        || s.is_space(w - 1) && w >= 2 && (s.is_dash(w - 2) || s.is_ch(w - 2, ':'));
    let measured =
        (i..end).any(|k| s.is_ch(k, '.')) || s.is_dash(end) && s.digits(end + 1).is_some();
    if opens_line && measured && crate::entities::is_common_word(word) {
        return false;
    }
    // In any case: "COPYRIGHT 2024", "SINCE 2020".
    if NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(word)) {
        return false;
    }
    // A headline in capitals ("BETWEEN 1996 AND 1998"): an ordinary word in
    // capitals names nothing. (Any word in capitals but a listed name was
    // tried: acronyms such as "EADS" or "RAF" before a number are names, and
    // MEANTIME's figure F1 fell from 0.867 to 0.864.)
    if word.len() >= 2
        && !word.chars().any(char::is_lowercase)
        && crate::entities::is_common_word(word)
    {
        return false;
    }
    // Within a line in capitals ("PRICES ROSE 5 PCT", "COPYRIGHT 2024"), a
    // word in capitals is a name before a number only when it is a listed
    // organization ("BOEING 737"); an acronym in an ordinary sentence ("the
    // EADS 2 plan") still is one.
    if word.len() >= 2 && in_capitals(word) && capitals_run(s, w, i) {
        return crate::entities::is_listed_organization(word);
    }
    let sense = s.sense(w);
    !(sense.month > 0
        || sense.weekday > 0
        || sense.currency.is_some() && word.len() >= 3
        || sense.cardinal.is_some()
        || sense.time_unit.is_some())
}

/// Whether the four digits at `i` (to `end`) are a year, though a
/// capitalized word stands before them: a span of years ("Riksdag
/// 1998–2006", "Uppsala 1762–1770"), or a year before the singular noun it
/// dates ("the Swedish 1994 referendum", "the American 1984 champion").
fn year_told_after_a_name(s: &Scan, i: usize, end: usize) -> bool {
    let Some(y) = s
        .digits(i)
        .filter(|d| d.len() == 4 && end == i + 1)
        .and_then(|d| d.parse::<u32>().ok())
        .filter(|y| (1000..=2100).contains(y))
    else {
        return false;
    };
    let later = s
        .digits(end + 1)
        .filter(|d| s.glued(end + 1) && (d.len() == 2 || d.len() == 4))
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|z| {
            if z < 100 {
                z > y % 100
            } else {
                z > y && z - y <= 150
            }
        });
    let span = s.is_dash(end) && s.glued(end) && later && s.boundary(end + 2);
    // After a people's adjective ("Swedish", "American", "Chinese",
    // "French"), not a place's or an event's name ("Euro 2016 final").
    let adjective = s.back(i).and_then(|b| s.word(b)).is_some_and(|w| {
        ["ish", "an", "ese", "ch", "ic", "i"]
            .iter()
            .any(|e| w.ends_with(e))
    });
    let singular_noun = |k: usize| {
        s.word(k).is_some_and(|w| {
            w.len() > 3
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !w.ends_with('s')
                && vocab::measure(w).is_none()
        }) && s.sense(k).time_unit.is_none()
            && s.sense(k).currency.is_none()
    };
    // "the American 1984 and 1988 champion": a year listed before another.
    let listed = s.is_any(end + 1, &["and", "or"])
        && s.is_space(end + 2)
        && s.digits(end + 3).is_some_and(|d| d.len() == 4);
    let noun = (1800..=2100).contains(&y)
        && adjective
        && s.is_space(end)
        && (singular_noun(end + 1) || listed);
    span || noun
}

/// Whether the capitalized `word` opens no name before a number: "In",
/// "Since", "The".
pub(super) fn opens_no_name(word: &str) -> bool {
    NOT_NAMES.contains(&word)
}

/// Whether `word` has letters and all of them in capitals.
fn in_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Whether the word at `w`, before the number at `i`, is in a line in
/// capitals: the word before it or the word after the number is in capitals
/// too, or the two are the whole line ("COPYRIGHT 2024").
fn capitals_run(s: &Scan, w: usize, i: usize) -> bool {
    let caps = |k: Option<usize>| {
        k.and_then(|k| s.word(k))
            .is_some_and(|x| x.len() >= 2 && in_capitals(x))
    };
    let after = s.sp(i + 1);
    let line_ends = |k: usize| matches!(s.kind(k), None | Some(AtomKind::Break));
    caps(s.back(w))
        || (after > i + 1 && caps(Some(after)))
        || (s.back(w).is_none() && (line_ends(i + 1) || s.is_ch(i + 1, '.') && line_ends(i + 2)))
}

/// Words that can follow a model's name and end the phrase: "the 787
/// Dreamliner to go into service", "their new 787 Dreamliner at Everett".
const AFTER_MODEL: &[&str] = &[
    "to", "at", "in", "on", "for", "from", "with", "is", "was", "will", "has", "had", "and",
    "that", "which", "by",
];

/// Whether the three plain digits at `i` are a house number ("100 Haven
/// Avenue") or name a model before its name ("the 787 Dreamliner to go").
/// Not a count of capitalized things: "300 Americans", "120 Israeli
/// soldiers", "389 Democratic voters", "700 United Technologies jobs", nor a
/// time in a zone ("700 GMT").
fn model_number(s: &Scan, i: usize) -> bool {
    if s.digits(i).is_none_or(|d| d.len() != 3) || !s.is_space(i + 1) {
        return false;
    }
    let w = i + 2;
    let Some(word) = s.word(w) else {
        return false;
    };
    if !s.capitalized(w) || word.len() < 2 || in_capitals(word) || NOT_NAMES.contains(&word) {
        return false;
    }
    // The run of capitalized words: "United Technologies", "Haven Avenue".
    let mut last = w;
    while s.is_space(last + 1) && s.capitalized(last + 2) {
        last += 2;
    }
    if (w..=last)
        .step_by(2)
        .any(|k| s.is_any(k, vocab::STREET_WORDS))
    {
        return true;
    }
    let sense = s.sense(w);
    let lower = word.to_ascii_lowercase();
    let people = ["s", "ese", "ish", "ch", "an", "i", "ic"]
        .iter()
        .any(|end| lower.ends_with(end));
    if last != w
        || people
        || crate::entities::is_common_word(word)
        || sense.month > 0
        || sense.weekday > 0
        || sense.currency.is_some()
        || sense.cardinal.is_some()
        || sense.time_unit.is_some()
        || vocab::measure(word).is_some()
    {
        return false;
    }
    // What follows the name ends the phrase: "Dreamliner.", "Dreamliner to go".
    let next = s.sp(w + 1);
    match s.kind(next) {
        None | Some(AtomKind::Break) => true,
        Some(AtomKind::Other(c)) => c != '-',
        Some(AtomKind::Word) => next > w + 1 && s.is_any(next, AFTER_MODEL),
        _ => false,
    }
}

/// Whether the ordinal at `i` (ending at `end`), capitalized or in digits,
/// after a word in lower case, a capitalized determiner or a capitalized word
/// in running text, and before a capitalized word, opens a name: "the Second
/// Amendment", "European Third Countries", "down Fifth
/// Avenue", "Its Third World economy", "the 3rd Circuit", and after "a",
/// where it would be read as a fraction, "a Third Eye Blind concert". Not at
/// a sentence's start ("Second Amendment groups said") nor in a headline in
/// title case ("Police Arrest Second Suspect").
pub(super) fn ordinal_in_name(s: &Scan, i: usize, end: usize) -> bool {
    let (w, before) = if s.is_any(i, &["a", "an"]) && s.is_space(i + 1) {
        (i + 2, Some(i))
    } else {
        (i, s.back(i))
    };
    let opens = |b: usize| {
        s.word(b)
            .is_some_and(|x| x.starts_with(|c: char| c.is_lowercase()))
            || s.is_any(b, &["the", "a", "its", "his", "her", "their", "our"])
    };
    let next = s.sp(end);
    // In digits at a sentence's or a quote's start, before a name and a word
    // in lower case: "2nd Amendment people have spirit", "-- 2nd Amendment
    // people", "'2nd Amendment people'".
    let opens_sentence = || {
        s.digits(w).is_some()
            && before.is_none_or(|b| s.word(b).is_none() && s.digits(b).is_none())
            && s.word(s.sp(next + 1))
                .is_some_and(|x| x.starts_with(|c: char| c.is_lowercase()))
    };
    // After a capitalized word in running text: "in European Third
    // Countries".
    let name_before = |b: usize| s.capitalized(b) && in_running_text(s, b);
    // Ending a name, after a capitalized word or an acronym in running text,
    // before no capitalized word: "NZ First (8)", "the America First
    // movement".
    let ends_a_name = || {
        s.capitalized(w)
            && s.word(w).is_some_and(|x| !in_capitals(x))
            && before.is_some_and(|b| {
                s.is_space(w - 1)
                    && s.capitalized(b)
                    && s.sense(b).month == 0
                    && s.sense(b).weekday == 0
                    && !NOT_NAMES.contains(&s.str(b))
                    && (in_running_text(s, b) || in_capitals(s.str(b)) && s.str(b).len() >= 2)
            })
            && !s.capitalized(next)
    };
    (s.capitalized(w) || s.digits(w).is_some())
        && (before.is_some_and(|b| opens(b) || name_before(b)) || opens_sentence())
        && next > end
        && s.capitalized(next)
        || ends_a_name()
}

/// Whether atom `i` stands in running text, not in a headline in title
/// case: a word in lower case other than the short words a headline keeps
/// so ("of", "the", "in") comes among the six words before it in its
/// sentence ("victory in the Belgian Formula One Grand Prix", "it is
/// Americans Second Amendment rights"; not "Police Arrest Three Suspects",
/// "Man Charged in Death of Two Kids").
fn in_running_text(s: &Scan, i: usize) -> bool {
    const HEADLINE_LOWER: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
        "as", "up", "with", "from", "into", "over", "than", "vs", "via", "per",
    ];
    super::resolve::sentence_before(s, i, 24)
        .filter(|&b| s.word(b).is_some())
        .take(6)
        .any(|b| {
            s.word(b).is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase()) && !HEADLINE_LOWER.contains(&w)
            })
        })
}

/// Whether the number in words at `i`, capitalized inside a sentence, is
/// part of a name: "the Big Three automakers", "Hawaii Five-0", "the Gang of
/// Eight bill", "Fight for Fifteen", "the Ford Five Hundred", "Division two". Not in a
/// headline in title case ("Police Arrest Three Suspects") or in capitals.
pub(super) fn number_word_in_name(s: &Scan, i: usize, end: usize) -> bool {
    let Some(word) = s.word(i) else {
        return false;
    };
    // A league's division or a tournament's group, a storm's category or a
    // plan's phase, named by a number: "Division two", "Group three",
    // "Category Three Hurricane Gonzalo", "Phase Two".
    // In lower case after a preposition: "now play in group seven",
    // "moved into division two".
    if s.is_space(i.wrapping_sub(1))
        && s.back(i).is_some_and(|b| {
            s.capitalized(b) && s.is_any(b, &["Division", "Group", "Pool", "Category", "Phase"])
                || s.is_any(b, &["group", "pool", "division"])
                    && s.back(b)
                        .is_some_and(|p| s.is_any(p, &["in", "into", "from", "of", "to"]))
        })
    {
        return true;
    }
    if !s.capitalized(i) || in_capitals(word) || !s.is_space(i.wrapping_sub(1)) {
        return false;
    }
    // The word before is a name's ("Hawaii", "Big"), or "of"/"for" after one.
    let Some(b) = s.back(i) else {
        return false;
    };
    let name_before =
        |w: usize| s.capitalized(w) && !in_capitals(s.str(w)) && !NOT_NAMES.contains(&s.str(w));
    let before = name_before(b)
        || s.is_any(b, &["of", "for"])
            && s.is_space(b.wrapping_sub(1))
            && s.back(b).is_some_and(name_before);
    // What follows is not in title case ("automakers", "-0", ","), or the
    // name stands in running text ("the Belgian Formula One Grand Prix").
    let next = s.sp(end);
    let title_case = next > end && s.capitalized(next);
    // "The Six Nations begins", "the Big Ten" (not a headline's "The Three
    // Suspects Were"): after "the", before a capitalized word that is no
    // unit, month or day, and a word in lower case after it.
    let the_name = s.is(b, "the")
        && title_case
        && s.name_word(next)
        && s.is_space(next + 1)
        && s.word(next + 2)
            .is_some_and(|w| w.len() > 3 && w.starts_with(char::is_lowercase));
    before && (!title_case || in_running_text(s, i)) || the_name
}

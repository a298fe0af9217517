//! Units of measure and percentages after an amount: "10 km", "200kg",
//! "40°C", "60 square metres", "km/h", "5%", "5 per cent", "5 percentage
//! points"; and a share named before its number ("percent of 10").

use super::candidate::{Found, Step};
use super::numbers::number;
use super::scan::Scan;
use super::vocab;
use crate::analysis::{FigureKind, Value};

/// A unit of measure after an amount at `k`: its name and the index after it.
pub(super) fn unit_suffix(s: &Scan, k: usize, glued: bool) -> Option<(&'static str, usize)> {
    // "+0.4m / m", "23.0yr / yr", "2% q/q": a change over a period, no unit.
    if let Some(w) = s.word(k).filter(|w| ["m", "yr", "q", "y"].contains(w)) {
        let slash = s.sp(k + 1);
        if s.is_ch(slash, '/') && s.word(s.sp(slash + 1)) == Some(w) {
            return None;
        }
    }
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
    // An inch mark: '10" long', "15'' display" (two apostrophes, as text
    // in the Penn Treebank's conventions writes a double quote).
    let mark = if s.is_ch(k, '"') || s.is_ch(k, '″') {
        Some(k + 1)
    } else if s.is_ch(k, '\'') && s.is_ch(k + 1, '\'') {
        Some(k + 2)
    } else {
        None
    };
    // Not the closing quote of a quoted number: "dial ''1'' for English".
    let mut n = k;
    while n > 0 && (s.digits(n - 1).is_some() || matches!(s.ch(n - 1), Some('.' | ','))) {
        n -= 1;
    }
    let quoted = n > 0 && matches!(s.ch(n - 1), Some('"' | '\'' | '`' | '“' | '‘'))
        // A quote opened before in its line: 'the "Fight for 15" movement'.
        || s.is_ch(k, '"') && {
            let line = s.text[..s.start(k)].rsplit('\n').next().unwrap_or("");
            line.matches('"').count() % 2 == 1
        };
    // Only after digits: not the closing quote of '"thousands" of people'.
    if let Some(e) = mark.filter(|&e| {
        !quoted
            && (s.digits(k.wrapping_sub(1)).is_some()
                || s.is_space(k.wrapping_sub(1)) && s.digits(k.wrapping_sub(2)).is_some())
            && s.is_space(e)
            && s.word(e + 1)
                .is_some_and(|w| w.chars().all(char::is_lowercase))
    }) {
        return Some(("inches", e));
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
    // "4.0 Celsius", "39 Fahrenheit": the scale alone names the degrees.
    if s.is_any(k, &["Celsius", "centigrade"]) {
        return Some(("°C", k + 1));
    }
    if s.is(k, "Fahrenheit") {
        return Some(("°F", k + 1));
    }
    if s.is_any(k, &["degrees", "degree"]) && s.is_space(k + 1) {
        if s.is_any(k + 2, &["Celsius", "centigrade", "C"]) {
            return Some(("°C", k + 3));
        }
        if s.is_any(k + 2, &["Fahrenheit", "F"]) {
            return Some(("°F", k + 3));
        }
    }
    // "12 nautical miles"; "130 m.p.h.".
    if s.is(k, "nautical") && s.is_space(k + 1) && s.is_any(k + 2, &["mile", "miles"]) {
        return Some(("nautical miles", k + 3));
    }
    if s.is(k, "m")
        && s.is_ch(k + 1, '.')
        && s.is(k + 2, "p")
        && s.is_ch(k + 3, '.')
        && s.is(k + 4, "h")
    {
        let end = if s.is_ch(k + 5, '.') { k + 6 } else { k + 5 };
        return Some(("mph", end));
    }
    // "square metres", "sq km", "cubic feet", "metric tons".
    let area = s.is_any(k, &["square", "sq"]);
    let cubic = s.is(k, "cubic");
    let metric = s.is(k, "metric");
    // Glued by hyphens, as a modifier: "a 2,400-square-foot home", "a
    // 15,000 square-foot office".
    let spaced = s.is_space(k + 1) || s.is_dash(k + 1);
    if (area || cubic || metric) && spaced || s.is(k, "sq") && s.is_ch(k + 1, '.') {
        let j = if s.is_dash(k + 1) {
            k + 2
        } else {
            s.sp(k + 1 + usize::from(s.is_ch(k + 1, '.')))
        };
        let unit = vocab::measure(s.word(j)?)?;
        let name = match (area, cubic, unit) {
            (true, _, "km") => "square kilometres",
            (true, _, "m") => "square metres",
            (true, _, "miles") => "square miles",
            (true, _, "feet") => "square feet",
            (true, _, "cm") => "square centimetres",
            (true, _, "inches") => "square inches",
            (true, _, "yards") => "square yards",
            (true, _, _) => "square units",
            (_, true, "m") => "cubic metres",
            (_, true, "km") => "cubic kilometres",
            (_, true, "feet") => "cubic feet",
            (_, true, "cm") => "cubic centimetres",
            (_, true, "miles") => "cubic miles",
            (_, true, "yards") => "cubic yards",
            (_, true, "inches") => "cubic inches",
            (_, true, _) => "cubic units",
            (_, _, "tons" | "tonnes") => "tonnes",
            _ => return None,
        };
        return Some((name, j + 1));
    }
    // "30C", "-3C": temperatures written the British way, glued; spaced
    // before a word in lower case or the clause's end ("about 110 F for a
    // baby", "highs near 95 F."); not after a label's number ("Section 5
    // C", "a 5 C in math").
    let spaced_temperature = !glued
        && s.is_space(k.wrapping_sub(1))
        && s.digits(k.wrapping_sub(2)).is_some()
        && !s
            .back(k.wrapping_sub(2))
            .is_some_and(|b| s.capitalized(b) || s.is_any(b, &["a", "an"]))
        && (s.clause_ends(k + 1)
            || s.is_space(k + 1)
                && s.word(k + 2)
                    .is_some_and(|x| x.chars().all(|c| c.is_ascii_lowercase())));
    if (glued || spaced_temperature) && (w == "C" || w == "F") && s.boundary(k + 1) {
        return Some((if w == "C" { "°C" } else { "°F" }, k + 1));
    }
    // Units of two or three words: "40 parts per million", "13.4 billion
    // light years", "55 million light-years", "100 beats per minute".
    let joined = |j: usize| s.is_space(j) || s.is_dash(j);
    if s.is(k, "parts") && s.is_space(k + 1) && s.is(k + 2, "per") && s.is_space(k + 3) {
        if s.is(k + 4, "million") {
            return Some(("ppm", k + 5));
        }
        if s.is(k + 4, "billion") {
            return Some(("ppb", k + 5));
        }
    }
    if s.is(k, "light") && joined(k + 1) && s.is_any(k + 2, &["year", "years"]) {
        return Some(("light years", k + 3));
    }
    if s.is(k, "beats")
        && s.is_space(k + 1)
        && s.is(k + 2, "per")
        && s.is_space(k + 3)
        && s.is(k + 4, "minute")
    {
        return Some(("bpm", k + 5));
    }
    let sense = s.sense(k);
    let mut unit = vocab::measure(w)?;
    // Short cased symbols ("g", "t", "l") only glued to the number, or
    // before "of" or the clause's end ("30 g of sugar", "fat: 4.5 g."); "m"
    // either way.
    let spaced_ok = s.is_space(k + 1) && s.is(k + 2, "of") || s.clause_ends(k + 1);
    if sense.unit_cased && !glued && !spaced_ok && !matches!(w, "m" | "W" | "Mt" | "kt" | "mi") {
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
    // Speeds: "km/h", "km / hour" (as tokenized text spaces it), "km per
    // hour", "miles an hour".
    // Only a distance makes a speed ("5,200 tons / hr" stays tons).
    let speed = match unit {
        "km" => Some("km/h"),
        "miles" => Some("mph"),
        _ => None,
    };
    if s.is_ch(end, '/') && s.is_any(end + 1, &["h", "hr", "hour"]) {
        // "500 tons/hr": the amount in its unit, the rate left out.
        return Some(speed.map_or((unit, end), |name| (name, end + 2)));
    }
    if let Some(name) = speed.filter(|_| {
        s.is_space(end)
            && s.is_ch(end + 1, '/')
            && s.is_space(end + 2)
            && s.is_any(end + 3, &["h", "hr", "hour"])
    }) {
        return Some((name, end + 4));
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

/// Finer units that a measure goes on in, and how many of them make one of
/// the larger: "7 feet 10 inches", "2 km and 300 metres", "8 pounds 6 ounces".
const FINER_UNITS: &[(&str, &str, f64)] = &[
    ("km", "m", 1000.0),
    ("m", "cm", 100.0),
    ("cm", "mm", 10.0),
    ("miles", "yards", 1760.0),
    ("yards", "feet", 3.0),
    ("feet", "inches", 12.0),
    ("tonnes", "kg", 1000.0),
    ("kg", "g", 1000.0),
    ("pounds", "ounces", 16.0),
];

/// A measure of `value` `unit`, ending at atom `e`, that goes on in finer
/// units: "6 feet 2 inches", "6ft 2in", "2 yards, 7 feet and 10 inches",
/// "2 km and 300 metres", and the height "6-foot-4" (inches unnamed). The
/// total in the finest unit, that unit, and the atom after it.
pub(super) fn finer_measure(
    s: &Scan,
    value: f64,
    unit: &'static str,
    e: usize,
) -> Option<(f64, &'static str, usize)> {
    let (mut total, mut unit, mut end) = (value, unit, e);
    while let Some(&(_, fine, per)) = FINER_UNITS.iter().find(|(big, _, _)| *big == unit) {
        // "6-foot-4": a height in feet and inches.
        let height = unit == "feet" && s.is_dash(end) && s.digits(end + 1).is_some();
        let mut k = if height { end + 1 } else { s.sp(end) };
        if !height {
            if s.is_ch(k, ',') {
                k = s.sp(k + 1);
            } else if k == end {
                break;
            }
            if s.is(k, "and") && s.is_space(k + 1) {
                k += 2;
            }
        }
        let Some(n) = number(s, k, false).filter(|n| !n.ordinal) else {
            break;
        };
        let Some(v) = n.value.filter(|v| *v < per) else {
            break;
        };
        let j = s.sp(n.end);
        let named = unit_suffix(s, j, j == n.end).or_else(|| {
            (fine == "inches" && s.is(j, "in") && s.boundary(j + 1)).then_some((fine, j + 1))
        });
        let next = match named {
            Some((u, after)) if u == fine => after,
            None if height && s.boundary(n.end) && !s.is_dash(n.end) => n.end,
            _ => break,
        };
        total = total * per + v;
        unit = fine;
        end = next;
    }
    (end != e).then_some((total, unit, end))
}

/// A percent sign or word after an amount at `k`, and the index after it.
pub(super) fn percent_suffix(s: &Scan, k: usize) -> Option<(usize, Option<&'static str>)> {
    // "a 10 percentage-point lead", "5 per-cent": the two words hyphenated too.
    percent_words(s, k, |k| {
        s.is_space(k) || s.is_dash(k) && s.is_any(k + 1, &["point", "points", "cent"])
    })
}

/// A percent sign or word at `k` whose words are joined where `joint` says:
/// by spaces after a number ("5 percentage points", "50 basis points"), by
/// hyphens in a modifier ("a 25-basis-point cut", "a 5-per-cent rise"). The
/// index after it and its unit.
pub(super) fn percent_words(
    s: &Scan,
    k: usize,
    joint: impl Fn(usize) -> bool,
) -> Option<(usize, Option<&'static str>)> {
    if s.is_ch(k, '%') || s.is_ch(k, '％') {
        return Some((k + 1, None));
    }
    let points = |k: usize| joint(k) && s.is_any(k + 1, &["point", "points"]);
    if s.is_any(k, &["percent", "percents", "pct", "percentage"]) {
        if points(k + 1) {
            return Some((k + 3, Some("percentage points")));
        }
        return Some((k + 1, None));
    }
    if s.is(k, "per") && joint(k + 1) && s.is(k + 2, "cent") {
        return Some((k + 3, None));
    }
    // "4.3pc", "14 pc": per cent as the Telegraph and South Asian papers
    // write it (in lower case only: "10 PCs" are computers).
    if s.word(k) == Some("pc") && s.boundary(k + 1) {
        return Some((k + 1, None));
    }
    // "50 basis points", "25 bps": hundredths of a percentage point, as rates move.
    if s.is(k, "basis") && points(k + 1) {
        return Some((k + 3, Some("basis points")));
    }
    if s.is_any(k, &["bps", "bp"]) && s.boundary(k + 1) {
        return Some((k + 1, Some("basis points")));
    }
    None
}

/// "per cent of twenty-two", "percent of 10": a share named before its number,
/// where no number comes before the percent word.
pub(super) fn percent_of(s: &Scan, i: usize) -> Step {
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
        shift: None,
        toward: None,
        told_on: None,
    };
    Some((Some(f), n.end))
}

/// A unit named before its number at atom `i`: "Mach 2.04", "magnitude 7.1"
/// (and "a magnitude-7 quake"): a quantity in that unit. A magnitude's span
/// is its number alone, as MEANTIME, the numex sets and DocRED mark it
/// ("a 9.0 magnitude earthquake": "9.0").
pub(super) fn unit_before(s: &Scan, i: usize) -> Step {
    let unit = match s.str(i) {
        "Mach" => "Mach",
        "magnitude" | "Magnitude" => "magnitude",
        _ => return None,
    };
    let k = i + 1;
    if !(s.is_space(k) || s.is_dash(k)) {
        return None;
    }
    let n = number(s, k + 1, false).filter(|n| !n.ordinal && !n.words)?;
    let v = n.value?;
    // "Mach 2", "magnitude 6.1" or "magnitude 7 quake"; not "of this
    // magnitude 20 years ago".
    let decimal = (k + 1..n.end).any(|j| s.is_ch(j, '.'));
    let quake = s.is_space(n.end)
        && s.is_any(
            n.end + 1,
            &["quake", "earthquake", "tremor", "aftershock", "temblor"],
        );
    let fits = match unit {
        "Mach" => v <= 30.0,
        _ => v <= 10.0 && (decimal || quake),
    };
    if !fits || !s.boundary(n.end) {
        return None;
    }
    let start = if unit == "Mach" { i } else { k + 1 };
    let f = Found {
        start: s.start(start),
        core: s.start(start),
        num: s.start(k + 1),
        end: s.end(n.end),
        kind: FigureKind::Quantity,
        value: n.value.map(Value::Number),
        unit: Some(unit),
        counts: None,
        shift: None,
        toward: None,
        told_on: None,
    };
    Some((Some(f), n.end))
}

/// A unit named alone as the thing a conversion defines, "a" or "an" at
/// atom `i`: "a metric ton is equal to 2,204.62 pounds", "a mile equals
/// about 1.6 km". Its first atom, the atom after it, its unit, and the atom
/// where the amount it equals starts (which the caller reads and checks is
/// a quantity). No value: the sentence tells what the unit is, not how
/// much of it there is.
pub(super) fn unit_defined(s: &Scan, i: usize) -> Option<(usize, usize, &'static str, usize)> {
    if !(s.is_any(i, &["a", "an", "A", "An"]) && s.is_space(i + 1)) {
        return None;
    }
    let (unit, end) = unit_suffix(s, i + 2, false)?;
    let mut k = s.sp(end);
    if k == end || !s.is_any(k, &["is", "equals", "equal", "="]) {
        return None;
    }
    k = s.sp(k + 1);
    // "is equal to", "is roughly", "equals about".
    if s.is(k, "equal") && s.is_space(k + 1) && s.is(k + 2, "to") {
        k = s.sp(k + 3);
    }
    if s.is_any(
        k,
        &[
            "about",
            "roughly",
            "approximately",
            "exactly",
            "nearly",
            "almost",
            "some",
        ],
    ) {
        k = s.sp(k + 1);
    }
    s.digits(k).is_some().then_some((i + 2, end, unit, k))
}

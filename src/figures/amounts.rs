//! Amounts: at an atom, an optional modifier ("almost", "more than"), a
//! currency before ([`money`](super::money)), a number or a range ("10-15",
//! "between three and seven"), and what follows it: a scale, a percent sign
//! or unit ([`measures`](super::measures)), a currency, a unit of time, what
//! a count counts ([`counts`](super::counts)). Also what looks like an
//! amount but is not one: phone numbers, codes, scores, footnote marks.

use super::calendar::CalendarDate;
use super::counts::counted;
use super::lexer::AtomKind;
use super::measures::{percent_of, percent_suffix, unit_suffix};
use super::money::{currency_prefix, currency_suffix};
use super::names::name_like;
use super::numbers::{number, signed_number};
use super::scan::Scan;
use super::vocab::{self, TIME_ADJECTIVES};
use super::{dates, Found, Step};
use crate::analysis::{FigureKind, Value};

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

/// An amount at `i`: modifier, currency, number or range, and what follows.
pub(super) fn figure_at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Step {
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
        return skip_to(past_digit_groups(s, i + 2));
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
        return skip_to(num.end);
    }
    // Footnote marks: "[3]".
    if s.is_ch(num_start.wrapping_sub(1), '[') && s.is_ch(num.end, ']') {
        return skip_to(num.end);
    }
    // Phone numbers: "+44 20 7946 0958"; codes with leading zeros: "0958".
    if prefix.is_none() && s.digits(num_start).is_some() {
        let zero = s.str(num_start).len() >= 3 && s.str(num_start).starts_with('0');
        if zero {
            return skip_to(past_digit_groups(s, num_start + 1));
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
        return skip_to(num.end + 2);
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
        return skip_to(num.end);
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
                    return skip_to(n2.end);
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
        return skip_to(k + 1);
    }
    if s.is_ch(end, 'x') || s.is(end, "x") && s.digits(end + 1).is_some() {
        return skip_to(end + 2);
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

/// Skips to atom `end`: what lies before it is not a figure.
fn skip_to(end: usize) -> Step {
    Some((None, end))
}

/// The atom after the groups of digits that go on from `j`, spaced or
/// dashed: the rest of "+44 20 7946 0958", "0958-123".
fn past_digit_groups(s: &Scan, mut j: usize) -> usize {
    while (s.is_space(j) || s.is_dash(j)) && s.digits(j + 1).is_some() {
        j += 2;
    }
    j
}

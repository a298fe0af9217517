//! Amounts: at an atom, an optional modifier ("almost", "more than"), a
//! currency before ([`money`](super::money)), a number with its scale
//! ([`numbers`](super::numbers): "1.2bn") or a range ("10-15", "between
//! three and seven": [`ranges`](super::ranges)), and what follows it: a
//! percent sign or unit, a currency, a unit of time, what a count counts
//! ([`suffixes`](super::suffixes)). What looks like an amount but is not one
//! (phone numbers, codes, footnote marks) is passed over
//! ([`lookalikes`](super::lookalikes)); so are scores ("3-1", in `ranges`).
//!
//! [`figure_at`] reads an amount in that order, one named step at a time.

use super::candidate::{skip_to, Amount, Found, Step};
use super::lexer::AtomKind;
use super::lookalikes::{code_or_mark, international_phone, one_as_pronoun};
use super::measures::{percent_of, unit_before};
use super::money::currency_prefix;
use super::numbers::signed_number;
use super::ranges::{linked_number, Linked};
use super::scan::Scan;
use super::suffixes::{first_level, what_follows};
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

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
    &["plus", "or", "minus"],
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

/// A modifier phrase at `i` ("more than", "about", "~"): the index of the
/// first atom after it and its space.
pub(super) fn modifier(s: &Scan, i: usize) -> Option<usize> {
    if s.is_ch(i, '~') {
        return Some(s.sp(i + 1));
    }
    if !s.sense(i).modifier_start || particle(s, i) {
        return None;
    }
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

/// Whether "over" or "up" at atom `i` is its verb's particle, not a
/// modifier: "hand over three men", "turned over two files" (not "have
/// taken over 300 wickets", more than 300); "inched up to
/// 49", "moved up to third" (the amount is "49", reached).
fn particle(s: &Scan, i: usize) -> bool {
    const OVER: &[&str] = &[
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
        "signs", "signed",
    ];
    const UP: &[&str] = &[
        "inched", "inches", "inch", "crept", "creeps", "edged", "edges", "moved", "moves", "went",
        "goes", "climbed", "climbs", "jumped", "jumps", "shot", "ticked", "ticks", "stepped",
        "ramped", "bumped", "revised", "revises",
    ];
    let verb = |words: &[&str]| s.back(i).is_some_and(|b| s.is_any(b, words));
    s.is(i, "over") && verb(OVER) || s.is(i, "up") && verb(UP)
}

impl Amount {
    /// The amount at `i`, as far as its number: "more than $5". "between" wants
    /// an "and" after the number.
    fn at(s: &Scan, i: usize) -> Option<Amount> {
        let after_modifier = modifier(s, i).filter(|&k| s.kind(k).is_some());
        let between = s.is(i, "between");
        let k = after_modifier.unwrap_or(i);
        // "-$738 million": a minus before the currency, after a space.
        let minus = matches!(s.ch(k), Some('-' | '−'))
            && (k == 0
                || matches!(s.kind(k - 1), Some(AtomKind::Space | AtomKind::Break))
                || s.is_ch(k - 1, '('))
            && currency_prefix(s, k + 1).is_some();
        // "fell to minus $37.63 a barrel": the word before the currency.
        let minus_word = !minus
            && s.is_any(k, &["minus", "negative"])
            && s.is_space(k + 1)
            && currency_prefix(s, k + 2).is_some();
        let minus = minus || minus_word;
        let k = if minus_word {
            k + 2
        } else if minus {
            k + 1
        } else {
            k
        };
        let (currency, k) = match currency_prefix(s, k) {
            Some((code, at)) => (Some(code), at),
            None => (None, k),
        };
        let (mut num, num_start) = signed_number(s, k, currency.is_some())?;
        if minus {
            num.value = num.value.map(|v| -v);
        }
        // "between 3 and 5", "between 10% and 15%", "between 5 km and 7
        // km", "between 3 per cent and 4 per cent": "and" up to five atoms on.
        let and_after = |k: usize| s.is(s.sp(k), "and");
        if between && !(num.end..num.end + 6).any(and_after) {
            return None;
        }
        Some(Amount {
            start: i,
            after_modifier,
            between,
            currency,
            num,
            num_start,
            value: num.value,
            high: None,
            end: num.end,
        })
    }
}

/// An amount at `i`, with what it is: "almost 500", "$5.9 billion", "10-15
/// km", "between three and seven years", "two years ago".
pub(super) fn figure_at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Step {
    if !can_start(s, i) {
        return None;
    }
    if let Some(step) = percent_of(s, i).or_else(|| unit_before(s, i)) {
        return Some(step);
    }
    if let Some(end) = international_phone(s, i) {
        return skip_to(end);
    }
    let mut amount = Amount::at(s, i)?;
    if let Some(end) = code_or_mark(s, &amount) {
        return skip_to(end);
    }
    // "ninety (90) days", "one (1) member": a number in words with its
    // digits in brackets, as contracts write them, is one amount.
    let e = amount.end;
    let bracketed = amount.num.words
        && amount.high.is_none()
        && e == amount.num.end
        && s.is_space(e)
        && s.is_ch(e + 1, '(')
        && s.is_ch(e + 3, ')')
        && s.digits(e + 2)
            .and_then(|d| d.parse::<f64>().ok())
            .is_some_and(|d| Some(d) == amount.value);
    if bracketed {
        amount.end = e + 4;
        amount.num.end = e + 4;
    } else if one_as_pronoun(s, &amount) {
        return None;
    }
    match linked_number(s, &amount) {
        Some(Linked::Range { low, high, end }) => {
            amount.value = Some(low);
            amount.high = Some(high);
            amount.end = end;
        }
        Some(Linked::Years(found, end)) => return Some((Some(found), end)),
        Some(Linked::Score { end }) => return skip_to(end),
        // "fell from 5.2 to 4.9 percent": 5.2 percent.
        None => {
            if let Some(step) = first_level(s, &amount, date) {
                return Some(step);
            }
        }
    }
    if amount.between && amount.high.is_none() {
        // "between 10% and 15%": a range only when the suffix of each end
        // makes one.
        let step = what_follows(s, &amount, date)?;
        let range = matches!(&step.0, Some(f) if matches!(f.value, Some(Value::Range(_))));
        return range.then_some(step);
    }
    what_follows(s, &amount, date)
}

/// Whether an amount can start at atom `i`: after a space, a line break or
/// an opening bracket or quote ("(5", "“five", "’72"); a number also right after a
/// currency sign, "~", a minus after a space ("-5", not "737-800" or
/// "24/7"), "mid-" ("in his mid-30s") or a percent sign and a dash or slash
/// ("58%-33%"). A sign or mark ("$", "~") can always start one.
fn can_start(s: &Scan, i: usize) -> bool {
    let before = s.ch(i.wrapping_sub(1));
    let opener = matches!(before, Some('(' | '"' | '“' | '‘' | '\'' | '['));
    let glued_ok = match s.kind(i) {
        Some(AtomKind::Digits) => {
            opener
                // A year's elided century typed as a closing quote, "in ’72
                // or ’73" (not a title opened with one, "’13 Hours’").
                || before == Some('’')
                    && !s.glued(i.wrapping_sub(1))
                    && s.digits(i).is_some_and(|d| d.len() == 2)
                    && !s.capitalized(s.sp(i + 1))
                || matches!(before, Some('$' | '£' | '€' | '~'))
                || matches!(before, Some('-' | '–' | '−' | '+')) && !s.glued(i.wrapping_sub(1))
                // An em dash of punctuation after a word: "over Cruz—35 to
                // 12 percent".
                || before == Some('—') && s.word(i.wrapping_sub(2)).is_some()
                // A margin of error: "±3 points", "+/-3 percentage points".
                || before == Some('±')
                || s.is_ch(i.wrapping_sub(1), '-')
                    && s.is_ch(i.wrapping_sub(2), '/')
                    && s.is_ch(i.wrapping_sub(3), '+')
                || s.is_dash(i.wrapping_sub(1)) && s.is_any(i.wrapping_sub(2), &["mid", "Mid"])
                // A comma typed without its space after a word: "30 Egyptian
                // citizens,15 French nationals" (not "1,500").
                || before == Some(',')
                    && s.word(i.wrapping_sub(2)).is_some_and(|w| w.chars().all(char::is_alphabetic))
                // A poll's split: "58%-33%", "58%/33%".
                || (s.is_dash(i.wrapping_sub(1)) || s.is_ch(i.wrapping_sub(1), '/'))
                    && s.is_ch(i.wrapping_sub(2), '%')
        }
        Some(AtomKind::Word) => opener,
        _ => true,
    };
    glued_ok || !s.glued(i)
}

/// Amounts compared with money told before them in their sentence take its
/// currency: "176 million rand, from 281 million previously", "6.1 million
/// markka, up from 0.7 million", "$5 million from 3 million" (the second a
/// scaled number after "from", "against", "compared with" or "versus",
/// within a few words of the money; not a count: "$5 million from 3 million
/// users").
pub(super) fn compared_amounts(text: &str, found: &mut [Found]) {
    const SCALES: &[&str] = &["million", "billion", "trillion", "bn", "mn", "mln", "m"];
    const LINKS: &[&str] = &["from", "against", "with", "versus", "vs"];
    for n in 1..found.len() {
        let (before, rest) = found.split_at_mut(n);
        let (money, f) = (&before[n - 1], &mut rest[0]);
        if money.kind != FigureKind::Money || f.kind != FigureKind::Number || f.counts.is_some() {
            continue;
        }
        let told = text.get(f.start..f.end).unwrap_or("");
        let scaled = told
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| SCALES.contains(&w));
        let between = text.get(money.end..f.start).unwrap_or(".");
        let words: Vec<&str> = between.split_whitespace().collect();
        let linked = words.len() <= 5
            && words
                .last()
                .is_some_and(|w| LINKS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
            && !between.contains(['.', ';', '!', '?', '\n']);
        if scaled && linked {
            f.kind = FigureKind::Money;
            f.unit = money.unit;
        }
    }
}

/// A fraction of one percent is a percent: "less than one-half of 1
/// percent" is 0.5 percent, "one-tenth of one percent" 0.1 (they were a
/// number and 1 percent). `found` in the order of `text`.
pub(super) fn fraction_of_a_percent(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let between = text.get(a.end..b.start).unwrap_or("");
        let b_told = text.get(b.start..b.end).unwrap_or("");
        let one = ["1", "one", "a"].iter().any(|o| {
            b_told.split_whitespace().next() == Some(*o) || b_told.starts_with(&format!("{o}%"))
        });
        let fraction = match (&a.kind, &a.value) {
            (FigureKind::Number, Some(Value::Number(v))) if *v > 0.0 && *v < 1.0 => Some(*v),
            _ => None,
        };
        let one_percent = b.kind == FigureKind::Percent
            && b.value == Some(Value::Number(1.0))
            && b.unit.is_none();
        match fraction {
            Some(v) if between == " of " && one && one_percent => {
                let end = b.end;
                let f = &mut found[i];
                f.kind = FigureKind::Percent;
                f.value = Some(Value::Number(v));
                f.end = end;
                f.counts = None;
                found.remove(i + 1);
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MODIFIERS;
    use crate::figures::vocab::sense;

    #[test]
    fn every_word_after_the_is_known() {
        for w in crate::figures::vocab::AFTER_THE {
            assert!(sense(w).known(), "{w:?}");
        }
    }

    #[test]
    fn every_modifier_starts_with_a_flagged_word() {
        for phrase in MODIFIERS {
            assert!(sense(phrase[0]).modifier_start, "{:?}", phrase[0]);
        }
    }
}

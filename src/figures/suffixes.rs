//! What follows an amount's number or range, which says what figure it is:
//! an ordinal ("21st"), a hyphenated modifier ("10-year-old", "20-point"), a
//! percent sign or word and a unit of measure ([`measures`](super::measures)),
//! a currency ([`money`](super::money)), a unit of time ("three years", "two
//! years ago"), a year or decade ("1996", "the 1990s"), a vague amount of
//! something ("billions of dollars"), or what a count counts
//! ([`counts`](super::counts)). A plain number is what is left. Each kind
//! is one entry of the table [`AFTER_A_NUMBER`], tried in order.

use super::candidate::{found, skip_to, Amount, Found, Step};
use super::counts::{counted, dated_by_a_year};
use super::dates::year_of;
use super::lookalikes::code_after;
use super::measures::{finer_measure, percent_suffix, percent_words, unit_suffix};
use super::money::{currency_prefix, currency_suffix};
use super::names::opens_no_name;
use super::numbers::{and_a_half, number, scaled};
use super::ranges::{change_before, level_after_from, level_compared, number_before_and, scale_of};
use super::resolve::{ago, from_now, two_digit_year};
use super::scan::Scan;
use super::vocab::{self, TimeUnit, TIME_ADJECTIVES};
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// Where what follows an amount's number starts: `k`, the first atom after
/// the number and any spaces (`glued` when no space came between); `unit`,
/// past a time adjective ("three *fiscal* years"); `of_a`, past "of a"
/// ("a quarter *of a* percentage point"); and the article date.
struct After {
    k: usize,
    glued: bool,
    unit: usize,
    of_a: usize,
    date: Option<CalendarDate>,
}

/// A reader of one kind of figure from what follows the number.
type Reader = fn(&Scan, &Amount, &After) -> Step;

/// The kinds of figure that what follows an amount's number can make, tried
/// in this order; the first that reads something decides. A new kind after a
/// number is a new entry here.
const AFTER_A_NUMBER: &[(&str, Reader)] = &[
    // "C$715 million in the second quarter from C$973 million in the
    // first": the period named before, left out.
    ("period left out", |s, a, f| period_left_out(s, a, f.date)),
    // "21st", "third".
    ("ordinal", |s, a, _| {
        a.num
            .ordinal
            .then(|| {
                a.figure(
                    s,
                    FigureKind::Ordinal,
                    a.value.map(Value::Number),
                    None,
                    a.end,
                )
            })
            .flatten()
    }),
    // "a 6.1-magnitude quake", "a 9.0 magnitude earthquake": the number
    // alone, as MEANTIME, the numex sets and DocRED mark it.
    ("magnitude", |s, a, _| {
        let j = if s.is_dash(a.end) {
            a.end + 1
        } else {
            s.sp(a.end)
        };
        (s.is(j, "magnitude") && a.value.is_some_and(|v| v <= 10.0) && a.high.is_none())
            .then(|| {
                a.figure(
                    s,
                    FigureKind::Quantity,
                    a.value(1.0),
                    Some("magnitude"),
                    a.end,
                )
            })
            .flatten()
    }),
    // "10-year-old", "six-month", "12-cent", "20-point plan".
    ("hyphenated modifier", |s, a, f| hyphenated(s, a, f.date)),
    // "the movie “13 Hours”", "Dirty Dancing, 98 Degrees and": a title.
    ("title", |s, a, f| title_with_a_unit(s, a, f.k)),
    // "5%", "5 percent", "0.3 percentage points".
    ("percent", |s, a, f| percent(s, a, f.k)),
    // "5 dollars", "20 euros", "50 cents".
    ("money", |s, a, f| money(s, a, f.k)),
    // "three years", "two years ago", "two years later".
    ("unit of time", |s, a, f| time(s, a, f.unit, f.date)),
    // "10 below zero", "40 degrees below zero": a temperature under zero.
    ("below zero", |s, a, f| below_zero(s, a, f.unit)),
    // "10 km", "500,000 barrels", "6 feet 2 inches".
    ("unit of measure", |s, a, f| measure(s, a, f.unit, f.glued)),
    // "in her 60s", "in his mid-30s": an age.
    ("age by decade", |s, a, _| age_by_decade(s, a)),
    // "aged 52", "adults aged 50 to 79", "John Smith, 52,": an age.
    ("age after aged", |s, a, _| age_after_aged(s, a)),
    // "'82", "the '90s".
    ("year in two digits", |s, a, f| {
        short_year(s, a, f.unit, f.date)
    }),
    // "1996", "the 1990s", "2005 levels".
    ("year or decade", |s, a, f| {
        year_or_decade(s, a, f.unit, f.date)
    }),
    // "17x", "3.5x EBITDA": a multiple, as finance writes it.
    ("multiple", |s, a, f| {
        (f.glued && s.word(f.k) == Some("x") && s.boundary(f.k + 1) && !a.num.words)
            .then(|| a.figure(s, FigureKind::Number, a.value(1.0), None, f.k + 1))
            .flatten()
    }),
    // "3D", "4K": codes, no figure.
    ("code", |s, a, f| {
        code_after(s, a, f.unit, f.glued).and_then(skip_to)
    }),
    // "billions of dollars", "hundreds of points".
    ("vague amount of", |s, a, f| vague_amount_of(s, a, f.unit)),
    // "half a percent", "a quarter of a percentage point".
    ("share of a percent", |s, a, f| {
        share_of_a_percent(s, a, f.of_a)
    }),
    // "half a cent", "a quarter of a dollar".
    ("share of a currency", |s, a, f| {
        share_of_a_currency(s, a, f.of_a)
    }),
    // "half an hour", "half a century ago".
    ("share of a unit of time", |s, a, f| {
        share_of_a_unit_of_time(s, a, f.of_a, f.date)
    }),
    // "half a mile", "a quarter of a metre".
    ("share of a unit of measure", |s, a, f| {
        share_of_a_measure(s, a, f.of_a)
    }),
    // "500 people", "500": what is left.
    ("count or number", |s, a, f| count(s, a, f.of_a)),
];

/// The figure that the amount `a` makes with what follows it: the first
/// kind of [`AFTER_A_NUMBER`] that reads one ("21st", "10-year-old", "5%",
/// "$5", "five days", "10 km", "1996", a code "3D", "billions of dollars",
/// "half a percent", "half an hour", "500 people", "500").
pub(super) fn what_follows(s: &Scan, a: &Amount, date: Option<CalendarDate>) -> Step {
    let k = s.sp(a.end);
    let unit = past_time_adjective(s, k);
    let after = After {
        k,
        glued: k == a.end,
        unit,
        of_a: past_of_a(s, unit),
        date,
    };
    AFTER_A_NUMBER
        .iter()
        .find_map(|(_, read)| read(s, a, &after))
}

/// The atom after a title made of the amount `a` and a capitalized unit at
/// `k` ("13 Hours", "98 Degrees", "Seven Days"), which is no figure: inside
/// a sentence (after an opening quote mark, a comma or a word in lower
/// case), where a unit of time or measure is written in lower case.
fn title_with_a_unit(s: &Scan, a: &Amount, k: usize) -> Step {
    let w = s.word(k)?;
    let sense = s.sense(k);
    // Words, not symbols ("500 Mbps").
    let unit = sense.time_unit.is_some() || w.len() >= 5 && vocab::measure(w).is_some();
    let capitalized = w.len() > 2 && s.capitalized(k) && w.chars().skip(1).all(char::is_lowercase);
    let inside = s.back(a.start).is_some_and(|b| {
        matches!(s.ch(b), Some('“' | '"' | '\'' | '‘' | ','))
            || s.word(b)
                .is_some_and(|x| x.starts_with(|c: char| c.is_lowercase()))
    });
    if unit && capitalized && inside && k > a.end && a.currency.is_none() && a.high.is_none() {
        skip_to(k + 1)
    } else {
        None
    }
}

/// The first level of a change told from one level to another, in the unit
/// and scale of the second ([`level_after_from`]): "5.2" in "fell from 5.2
/// to 4.9 percent" is 5.2 percent, "3" in "grew from 3 to 5 million" is
/// 3,000,000, "10" in "from 10 to 50 km" is 10 km; "8.0" in "8.0 vs 9.1
/// pct" is 8.0 percent ([`level_compared`]); and the first of two
/// numbers joined by "and" or "or" ([`number_before_and`]): "5" in "by 5
/// and 10 percentage points", "20" in "20 and 50 years ago" (1996). Only
/// percents, money, quantities, durations, dates told back from today and
/// scaled numbers lend their unit; "from 3 to 5 people" leaves 3 a number.
pub(super) fn first_level(s: &Scan, a: &Amount, date: Option<CalendarDate>) -> Step {
    let second = level_after_from(s, a)
        .or_else(|| number_before_and(s, a))
        .or_else(|| level_compared(s, a))?;
    let (Some(next), _) = what_follows(s, &second, date)? else {
        return None;
    };
    let scale = scale_of(s, &second.num).filter(|_| !a.num.scaled);
    // A date lends its unit when told back from today: "20 and 50 years ago".
    let ago = s.text.get(..next.end).is_some_and(|t| t.ends_with(" ago"));
    let lends = match next.kind {
        FigureKind::Percent | FigureKind::Money | FigureKind::Quantity | FigureKind::Duration => {
            true
        }
        FigureKind::Date => ago,
        FigureKind::Number => scale.is_some(),
        _ => false,
    };
    if !lends {
        return None;
    }
    let mut first = *a;
    if let Some(by) = scale {
        first.value = a.value.map(|v| scaled(v, by));
    }
    // Read what follows the second number as if it followed the first.
    first.end = second.end;
    let (Some(mut found), _) = what_follows(s, &first, date)? else {
        return None;
    };
    if found.kind != next.kind {
        return None;
    }
    found.end = s.end(a.end);
    found.counts = None;
    Some((Some(found), a.end))
}

/// A unit of measure at `k`: "10 km", "500,000 barrels", "200lbs", and on in
/// finer units, "6 feet 2 inches" (74 inches).
fn measure(s: &Scan, a: &Amount, k: usize, glued: bool) -> Step {
    let (unit, e) = unit_suffix(s, k, glued)?;
    // "5 km to 7 km", "between 5kg and 7kg": one range.
    let second = |k: usize| {
        let at = s.sp(k);
        unit_suffix(s, at, at == k).map(|(u, e2)| (e2, u))
    };
    if let Some((high, e2)) = second_end(s, a, e, second, unit, ByTo::Any) {
        let range = Amount {
            high: Some(high),
            ..*a
        };
        return quantity(s, &range, unit, e2);
    }
    quantity(s, a, unit, e)
}

/// A temperature under zero after the amount `a`, "below zero" at `k` or
/// after "degrees" there: "10 below zero" and "40 degrees below zero" are
/// -10 and -40 degrees.
fn below_zero(s: &Scan, a: &Amount, k: usize) -> Step {
    let v = single(a)?;
    let k = if s.is_any(k, &["degrees", "degree"]) && s.is_space(k + 1) {
        k + 2
    } else {
        k
    };
    if !(s.is(k, "below") && s.is_space(k + 1) && s.is(k + 2, "zero")) || v <= 0.0 {
        return None;
    }
    a.figure(
        s,
        FigureKind::Quantity,
        Some(Value::Number(-v)),
        Some("degrees"),
        k + 3,
    )
}

/// The quantity of `a` in `unit`, which ends before atom `e`, and on in a
/// finer unit when one follows ("6 feet 2 inches", "6-foot-4": 74 inches).
fn quantity(s: &Scan, a: &Amount, unit: &'static str, e: usize) -> Step {
    if let Some((total, fine, end)) = single(a).and_then(|v| finer_measure(s, v, unit, e)) {
        return a.figure(
            s,
            FigureKind::Quantity,
            Some(Value::Number(total)),
            Some(fine),
            end,
        );
    }
    a.figure(s, FigureKind::Quantity, a.value(1.0), Some(unit), e)
}

/// A hyphenated modifier after the number: an age ("10-year-old"), a
/// duration ("six-month"), money ("12-cent"), a quantity ("six-mile"), or
/// any other word ("20-point plan" is the number 20). Not after a currency.
fn hyphenated(s: &Scan, a: &Amount, date: Option<CalendarDate>) -> Step {
    // A hyphen at the end of a wrapped line joins as one glued does: "a 34-
    // year-old man".
    let wrapped = s.is_space(a.end + 1) && s.str(a.end + 1).contains('\n');
    let word = a.end + 1 + usize::from(wrapped);
    let (end, after) = (a.end, word + 1);
    if a.currency.is_some() || !s.is_dash(end) || s.word(word).is_none() {
        return None;
    }
    // "a 55-ball half-century", "one-day cricket": no figure.
    if super::lookalikes::cricket_unit(s, word) {
        return skip_to(word + 1);
    }
    // "a four-and-a-half-year deal": 4.5 years.
    let glued_half = ["and", "a", "half"]
        .iter()
        .enumerate()
        .all(|(n, w)| s.is_dash(end + 2 * n) && s.is(end + 2 * n + 1, w));
    if glued_half && a.high.is_none() {
        let half = Amount {
            value: Some(a.value? + 0.5),
            end: end + 6,
            ..*a
        };
        // "two-and-a-half miles", "one-and-a-half times": what follows the
        // half, or the number alone.
        if !s.is_dash(end + 6) {
            return what_follows(s, &half, date)
                .or_else(|| half.figure(s, FigureKind::Number, half.value(1.0), None, end + 6));
        }
        return hyphenated(s, &half, date);
    }
    // "a six-figure sum", "a seven-figure deal": a number of that many
    // digits ("six-figure": 100,000 to 999,999), not the count 6.
    if s.is_any(word, &["figure", "figures"]) && a.high.is_none() {
        if let Some(n) = single(a).filter(|n| n.fract() == 0.0 && (2.0..=15.0).contains(n)) {
            let low = 10f64.powf(n - 1.0);
            let range = Value::Range([low, 10.0 * low - 1.0]);
            return a.figure(s, FigureKind::Number, Some(range), None, after);
        }
    }
    if let Some((e, unit)) = hyphenated_percent(s, a, word) {
        return a.figure(s, FigureKind::Percent, a.value(1.0), unit, e);
    }
    let sense = s.sense(word);
    // "74-year old", as the wire writes it too.
    // "17-year-olds", people of that age.
    let old = (s.is_dash(after) || s.is_space(after) && !sense.plural)
        && s.is_any(after + 1, &["old", "olds"]);
    if let Some(t) = sense.time_unit.filter(|_| old) {
        // An age, in the unit it is told in: "six-month-old" is 6 months.
        return a.figure(
            s,
            FigureKind::Quantity,
            a.value(1.0),
            Some(t.plural()),
            after + 2,
        );
    }
    // "a three-decades-long war", "a two-weeks-long strike": the unit's
    // plural before "-long" is a duration too.
    let long = s.is_dash(after) && s.is(after + 1, "long");
    if let Some(t) = sense.time_unit.filter(|_| !sense.plural || long) {
        // "a quarter-century ago": a date, that far back, read as "a
        // quarter century ago" is.
        if s.is_space(after) && s.is(after + 1, "ago") {
            return time(s, a, word, date);
        }
        return a.figure(s, FigureKind::Duration, duration(a, t), None, after);
    }
    if let Some((code, e, factor)) = currency_suffix(s, word, a.num.scaled) {
        return a.figure(s, FigureKind::Money, a.value(factor), Some(code), e);
    }
    // Points only of a margin or a change: "a 10-point lead", "a 16-point
    // swing", "a 16-point victory" (not "a 20-point plan", a count of points).
    const MARGINS: &[&str] = &[
        "lead",
        "margin",
        "advantage",
        "edge",
        "deficit",
        "gap",
        "increase",
        "drop",
        "gain",
        "jump",
        "rise",
        "decline",
        "fall",
        "swing",
        "loss",
        "deficits",
        "leads",
        "margins",
        // "Clinton's 16-point victory": the margin of a win.
        "victory",
        "win",
        "defeat",
        "rout",
        "landslide",
    ];
    // "a 3-point polling lead": one word may stand between.
    let of_a_margin = |e: usize| {
        let n = s.sp(e);
        s.is_any(n, MARGINS)
            || s.word(n).is_some_and(|w| w.starts_with(char::is_lowercase))
                && s.is_space(n + 1)
                && s.is_any(n + 2, MARGINS)
    };
    if let Some((unit, e)) =
        unit_suffix(s, word, true).filter(|&(u, e)| u != "points" || of_a_margin(e))
    {
        // "six-mile", and "6-foot-4": a height, in inches.
        return quantity(s, a, unit, e);
    }
    a.figure(s, FigureKind::Number, a.value(1.0), None, end)
}

/// A percentage or a change of one glued by a hyphen to the amount `a`, from
/// the word at `w`: "a 5-percent raise", "a 25-basis-point cut", "a
/// 0.25-percentage-point cut", and a share of a point ("a quarter-point cut",
/// "a half-point rise": a point of a rate, in percentage points). The atom
/// after it and its unit.
fn hyphenated_percent(s: &Scan, a: &Amount, w: usize) -> Option<(usize, Option<&'static str>)> {
    if let Some(read) = percent_words(s, w, |k| s.is_dash(k)).filter(|&(e, _)| s.boundary(e)) {
        return Some(read);
    }
    (s.is(w, "point") && s.boundary(w + 1) && a.value.is_some_and(|v| v < 1.0))
        .then_some((w + 1, Some("percentage points")))
}

/// A percentage, the sign or word at `k`: "5%", "5 per cent", "5 percentage
/// points"; a range with the sign on both ends: "4.25%-4.5%", "5% to 7%".
/// Not after a currency.
fn percent(s: &Scan, a: &Amount, k: usize) -> Step {
    if a.currency.is_some() {
        return None;
    }
    let (e, unit) = percent_suffix(s, k).or_else(|| share_of_a_point(s, a, k))?;
    let (high, e) = match second_percent(s, a, e) {
        Some((high, e2)) => (Some(high), e2),
        None => (a.high, e),
    };
    let value = Amount { high, ..*a }.value(1.0);
    a.figure(s, FigureKind::Percent, value, unit, e)
}

/// A share of a point of a rate told in words, "point" (or "of a point") at
/// `k` after a fraction below one: "cut rates a quarter point", "a half
/// point", "a quarter of a point" (percentage points, as "a quarter-point
/// cut" is). The atom after it and its unit.
fn share_of_a_point(s: &Scan, a: &Amount, k: usize) -> Option<(usize, Option<&'static str>)> {
    if !a.num.words || a.high.is_some() || !a.value.is_some_and(|v| v < 1.0) {
        return None;
    }
    let point = if s.is(k, "of") && s.is_space(k + 1) && s.is(k + 2, "a") && s.is_space(k + 3) {
        k + 4
    } else {
        k
    };
    (s.is(point, "point") && s.boundary(point + 1))
        .then_some((point + 1, Some("percentage points")))
}

/// The high end of a range of percentages, after the first one's sign at `e`
/// ("-4.5%" in "4.25%-4.5%", "to 7%" in "5% to 7%", "and 15 percent" in
/// "between 10 percent and 15 percent"), and the atom after it. Not "36
/// percent to 51 percent", as often the two sides of a vote as a range.
fn second_percent(s: &Scan, a: &Amount, e: usize) -> Option<(f64, usize)> {
    let suffix = |k: usize| percent_suffix(s, s.sp(k)).map(|(e2, _)| (e2, ()));
    second_end(s, a, e, suffix, (), ByTo::Glued)
}

/// Whether "to" links the two ends of a range whose ends both carry a
/// suffix ([`second_end`]).
#[derive(Clone, Copy, PartialEq)]
enum ByTo {
    /// Never: "14p to 250 pence" tells a change and a level.
    No,
    /// When the second's suffix is glued to it: "5% to 7%".
    Glued,
    /// Always: "5 km to 7 km".
    Any,
}

/// The high end of a range whose ends both carry the same suffix, after the
/// first one's suffix ends at atom `e`: a dash, "to" (as `by_to` allows), or
/// "and" after "between" ("4.25%-4.5%", "5 km to 7 km", "between 140p and
/// 150p"), then a number and a suffix that `suffix` reads as `first` (the
/// same unit). Not a change before a level ("rose 2% to 3%") unless after
/// "between". The high end and the atom after it.
fn second_end<T: PartialEq>(
    s: &Scan,
    a: &Amount,
    e: usize,
    suffix: impl Fn(usize) -> Option<(usize, T)>,
    first: T,
    by_to: ByTo,
) -> Option<(f64, usize)> {
    if a.high.is_some() {
        return None;
    }
    let to = s.is_space(e) && s.is(e + 1, "to") && by_to != ByTo::No;
    let l = if s.is_dash(e) {
        s.sp(e + 1)
    } else if to || s.is_space(e) && a.between && s.is(e + 1, "and") {
        e + 3
    } else {
        return None;
    };
    let second = number(s, l, false).filter(|n| !n.ordinal && n.words == a.num.words)?;
    if to && by_to == ByTo::Glued && s.sp(second.end) != second.end {
        return None;
    }
    let (e2, unit) = suffix(second.end)?;
    let (lo, hi) = (a.value?, second.value?);
    (unit == first && lo < hi && (a.between || !change_before(s, a.start))).then_some((hi, e2))
}

/// Money: a currency before the amount ("$5"), or after it at `k` ("40m
/// euros", "$5.9 billion dollars"), with any cents after a main unit
/// ("thirteen dollars and forty-five cents", "3 dollars 50 cents").
fn money(s: &Scan, a: &Amount, k: usize) -> Step {
    let mut currency = a.currency;
    let mut factor = 1.0;
    let mut value = a.value;
    let mut end = a.end;
    if let Some((code, e, f)) = currency_suffix(s, k, a.num.scaled) {
        if a.currency.is_none() || a.currency == Some(code) || code == "USD" && a.currency.is_some()
        {
            if a.currency.is_none() {
                factor = f;
            }
            currency = currency.or(Some(code));
            end = e;
            // "between 140p and 150p", "5 euros-7 euros": one range.
            let second = |k: usize| {
                currency_suffix(s, s.sp(k), a.num.scaled).map(|(c, e2, f2)| (e2, (c, f2)))
            };
            if let Some((high, e2)) = second_end(s, a, e, second, (code, f), ByTo::No) {
                let range = Amount {
                    high: Some(high),
                    ..*a
                };
                return a.figure(s, FigureKind::Money, range.value(factor), Some(code), e2);
            }
            if f == 1.0 {
                if let Some((cents, e)) = cents(s, e) {
                    value = value.map(|v| v + cents / 100.0);
                    end = e;
                }
            }
        }
    }
    // After a sign or code: "$20 and 43 cents", "US$3 and fourteen.".
    if end == a.end && a.currency.is_some() && a.high.is_none() && !a.num.scaled {
        if let Some((cents, e)) = cents(s, end) {
            value = value.map(|v| v + cents / 100.0);
            end = e;
        }
    }
    let code = currency?;
    let value = Amount { value, ..*a }.value(factor);
    a.figure(s, FigureKind::Money, value, Some(code), end)
}

/// Cents after a currency's main unit that ends at `e`: "and forty-five
/// cents", "50 cents", "50p"; in words without "cents" only where the clause
/// or its conjunct ends ("thirteen dollars and forty-five.", "one dollar and
/// two and …", not "and fifty people"). How many, and the atom after.
fn cents(s: &Scan, e: usize) -> Option<(f64, usize)> {
    let k = s.sp(e);
    if k == e {
        return None;
    }
    let k = if s.is(k, "and") && s.is_space(k + 1) {
        k + 2
    } else {
        k
    };
    let c = number(s, k, false).filter(|c| c.value.is_some_and(|v| v < 100.0) && !c.ordinal)?;
    let after = s.sp(c.end);
    let named = s.is_any(after, &["cents", "cent", "pence", "p"])
        || after == c.end && s.is(after, "c") && s.boundary(after + 1);
    if named {
        c.value.map(|v| (v, after + 1))
    } else if c.words
        && (s.clause_ends(c.end) || after > c.end && s.is_any(after, &["and", "or", "but"]))
    {
        c.value.map(|v| (v, c.end))
    } else {
        None
    }
}

/// Skips a word between an amount and its unit of time at `k`: "straight"
/// in "six straight days".
fn past_time_adjective(s: &Scan, k: usize) -> usize {
    if s.is_any(k, TIME_ADJECTIVES) && s.is_space(k + 1) && s.sense(k + 2).time_unit.is_some() {
        k + 2
    } else {
        k
    }
}

/// A unit of time at `k`: a duration ("three years", "10-15 days", "a four
/// day rally"), or a date counted back from the article's date ("two years
/// ago").
fn time(s: &Scan, a: &Amount, k: usize, date: Option<CalendarDate>) -> Step {
    let t = s.sense(k).time_unit?;
    // "scored a century in the test": a hundred runs; no figure.
    if super::lookalikes::cricket_unit(s, k) {
        return skip_to(k + 1);
    }
    let plural = s.sense(k).plural;
    // "for the 1996 year": a year named with its unit, not 1996 years.
    let y = a.value.unwrap_or(0.0);
    if !plural
        && t == TimeUnit::Year
        && s.is_space(k - 1)
        && a.num.plain == Some(4)
        && (1800.0..=2100.0).contains(&y)
    {
        let year = Value::Text(format!("{:04}", y as i32));
        return a.figure(s, FigureKind::Date, Some(year), None, k + 1);
    }
    // "One day, the war ended", "she hopes to be president one day": some
    // day, a date without a value, not a length ("it took one day", "will
    // last one day").
    if let Some(end) = some_day(s, a, k, t) {
        return a.figure(s, FigureKind::Date, None, None, end);
    }
    // "a four day rally": a singular unit used as a modifier.
    let singular_ok = !plural
        && (a.value == Some(1.0)
            || s.is_space(k + 1)
                && s.word(k + 2)
                    .is_some_and(|w| w.chars().all(char::is_lowercase)));
    if !(plural || singular_ok || !a.num.words) {
        return None;
    }
    let e = k + 1;
    // "34 years old", "six months old": an age, a quantity in its unit, as
    // "34-year-old" is.
    if s.is_space(e) && s.is(e + 1, "old") && s.boundary(e + 2) {
        return a.figure(
            s,
            FigureKind::Quantity,
            a.value(1.0),
            Some(t.plural()),
            e + 2,
        );
    }
    if super::resolve::ago_after(s, a.start, e) {
        // "3-4 years ago": from the farther to the nearer, "1992/1993".
        let value = match (a.value, a.high, date) {
            (Some(n), Some(h), Some(d)) => ago(d, t, h)
                .zip(ago(d, t, n))
                .map(|(far, near)| format!("{far}/{near}")),
            (n, _, d) => n.and_then(|n| d.and_then(|d| ago(d, t, n))),
        };
        return a.figure(s, FigureKind::Date, value.map(Value::Text), None, e + 2);
    }
    // "two weeks from now": the date that far ahead.
    // A range ("two or three months from now") is a date left unvalued.
    if let Some(end) = from_now(s, e) {
        let value = single(a).and_then(|n| date.and_then(|d| ago(d, t, -n)));
        return a.figure(s, FigureKind::Date, value.map(Value::Text), None, end);
    }
    // "two years earlier", "three days later": a point in time counted from
    // one the story told, not from the article's: a date without a value.
    // ("30 minutes later this week" is a duration, then "later this week").
    let of_unit = s.is_space(e + 2) && s.is_any(e + 3, &["this", "next", "last"]);
    if s.is_space(e) && s.is_any(e + 1, &["earlier", "later"]) && !of_unit {
        let sign = if s.is(e + 1, "later") { 1 } else { -1 };
        let shift = single(a)
            .filter(|v| v.fract() == 0.0 && (1.0..=1000.0).contains(v))
            .map(|v| (sign * v as i64, t, false));
        return a
            .figure(s, FigureKind::Date, None, None, e + 2)
            .map(|(f, end)| (f.map(|f| Found { shift, ..f }), end));
    }
    // "one hour and a half".
    if let (Some(half), Some(v), None) = (and_a_half(s, e), a.value, a.high) {
        let value = Some(Value::Text(t.iso(v + 0.5)));
        return a.figure(s, FigureKind::Duration, value, None, half);
    }
    let step = a.figure(s, FigureKind::Duration, duration(a, t), None, e);
    // "the 95 minute mark": a unit in the singular modifies what follows.
    if plural {
        with_article(s, a, step)
    } else {
        step
    }
}

/// The figure of `step` told with the "the" before the amount `a`, its core
/// after it, as TIMEX3 spans a determiner: "the 1990s", "the 12 months
/// ended June 30", "the three years since", "the first 100 days", with the
/// year it lies in ("the first nine months of 1997"). Not after a modifier
/// ("about the"), a currency or a range.
fn with_article(s: &Scan, a: &Amount, mut step: Step) -> Step {
    // "the first 100 days", "the final 10 minutes": an adjective of order
    // between.
    let mut b = s.back(a.start);
    if b.is_some_and(|k| s.is_any(k, &["first", "final", "initial", "opening"])) {
        b = b.and_then(|k| s.back(k));
    }
    let the = b.filter(|&b| s.is(b, "the") && a.start == a.num_start);
    if let (Some(b), Some((Some(f), end))) = (the, &mut step) {
        if a.high.is_none() && a.currency.is_none() {
            f.start = s.start(b);
            // "the first nine months of 1997", "the first 100 days of
            // fiscal 2025": the year the stretch lies in is part of it.
            let of = *end;
            if s.is_space(of) && s.is(of + 1, "of") && s.is_space(of + 2) {
                if let Some((Some(_), e)) = year_of(s, of + 2, None) {
                    f.end = s.end(e);
                    *end = e;
                }
            }
        }
    }
    step
}

/// The value of the amount `a` when it is one number, not a range.
fn single(a: &Amount) -> Option<f64> {
    a.value.filter(|_| a.high.is_none())
}

/// The duration of the amount `a` in units `t`: "P3Y", or both ends of a
/// range, "P10Y/P15Y".
fn duration(a: &Amount, t: TimeUnit) -> Option<Value> {
    match (a.value, a.high) {
        (Some(lo), Some(hi)) => Some(Value::Text(format!("{}/{}", t.iso(lo), t.iso(hi)))),
        (Some(v), None) => Some(Value::Text(t.iso(v))),
        _ => None,
    }
}

/// An age told by its decade after "his", "her" or "their", with its part:
/// "in her 60s" (60 to 69 years), "in his mid-30s" (33 to 36), "their early
/// 20s" (20 to 23), "her late 70s" (76 to 79). A quantity in years valued
/// by its range; not "the 30s" (a level: "rates in the 30s").
fn age_by_decade(s: &Scan, a: &Amount) -> Step {
    let n = a
        .value
        .filter(|&v| a.num.plain == Some(2) && v % 10.0 == 0.0 && v >= 10.0)?;
    if a.start != a.num_start || a.high.is_some() || !s.is(a.end, "s") || !s.boundary(a.end + 1) {
        return None;
    }
    let b = a.num_start.checked_sub(1)?;
    let before = if s.is_dash(b) && s.glued(b) {
        b.checked_sub(1)
    } else {
        s.back(a.num_start)
    }?;
    let (start, low, high) = if s.is_any(before, &["early"]) {
        (before, n, n + 3.0)
    } else if s.is_any(before, &["mid"]) {
        (before, n + 3.0, n + 6.0)
    } else if s.is_any(before, &["late"]) {
        (before, n + 6.0, n + 9.0)
    } else {
        (a.num_start, n, n + 9.0)
    };
    let mut owner = if start == before {
        s.back(start)?
    } else {
        before
    };
    // "in their 30s, 40s and 50s": the owner of the first in a list.
    for _ in 0..4 {
        if !(s.is_ch(owner, ',') || s.is_any(owner, &["and", "or"])) {
            break;
        }
        let Some(prev) = s.back(owner).filter(|&p| {
            s.is(p, "s") && s.glued(p) && s.digits(p - 1).is_some_and(|d| d.len() == 2)
        }) else {
            break;
        };
        let first = prev - 1;
        let b = s.back(first)?;
        owner = if s.is_any(b, &["early", "mid", "late"]) {
            s.back(b)?
        } else {
            b
        };
    }
    if !s.is_any(owner, &["his", "her", "their", "my", "our", "your"]) {
        return None;
    }
    let age = Amount { start, ..*a };
    age.figure(
        s,
        FigureKind::Quantity,
        Some(Value::Range([low, high])),
        Some("years"),
        a.end + 1,
    )
}

/// The end of "one day" meaning some day (the amount `a`, the unit `t` at
/// atom `k`): opening a sentence before a comma or a subject ("One day, the
/// war ended", "One day he left"), or ending a clause in the future tense
/// after a word that gives it no length ("she hopes to be president one
/// day"; not "will last one day", "for one day").
fn some_day(s: &Scan, a: &Amount, k: usize, t: TimeUnit) -> Option<usize> {
    const LENGTH: &[&str] = &[
        "last", "lasts", "take", "takes", "for", "in", "within", "after", "than", "just", "only",
        "every", "per", "each", "about", "over", "spend", "spends",
    ];
    if t != TimeUnit::Day || !s.is(a.num_start, "one") || a.start != a.num_start {
        return None;
    }
    let e = k + 1;
    let before = s.back(a.start);
    let opens = before.is_none_or(|b| s.sentence_ends(b) || s.is_ch(b, '"') || s.is_ch(b, '“'));
    let then_subject = s.is_ch(e, ',') || s.is_space(e) && s.is_any(e + 1, vocab::SUBJECTS);
    let ends_clause = s.sentence_ends(e) || s.is_ch(e, ',');
    let future = super::resolve::future_tense(s, a.start)
        && before.is_some_and(|b| s.word(b).is_some() && !s.is_any(b, LENGTH));
    (opens && then_subject || ends_clause && future && !opens).then_some(e)
}

/// A quarter or a half left out after its ordinal, the amount `a`, named
/// earlier in its sentence with another ordinal: "fell to C$715 million in
/// the second quarter from C$973 million in the first", "rose in the second
/// half after falling in the first." ("the first" ends its clause). Its
/// year as for "the first quarter" told there.
fn period_left_out(s: &Scan, a: &Amount, date: Option<CalendarDate>) -> Step {
    let q = a
        .value
        .filter(|v| (1.0..=4.0).contains(v) && v.fract() == 0.0)? as u8;
    let the = s.back(a.start).filter(|&b| s.is(b, "the"))?;
    if !(a.num.ordinal && a.num.words && a.start == a.num_start && s.clause_ends(a.end)) {
        return None;
    }
    // The period named before, after an ordinal: "the second quarter".
    let named = super::resolve::sentence_before(s, the, 48)
        .filter(|&k| s.word(k).is_some())
        .find(|&k| {
            s.is_any(k, &["quarter", "half"])
                && s.back(k)
                    .is_some_and(|o| s.sense(o).ordinal.is_some() || s.is_dash(k - 1))
        })?;
    let half = s.is(named, "half");
    if half && q > 2 {
        return None;
    }
    // The year of the period named ("the second half of the year", told in
    // January, is last year's: so is "the first" after it).
    let ordinal = if s.is_dash(named - 1) {
        named.checked_sub(2)?
    } else {
        s.back(named)?
    };
    let start = s
        .back(ordinal)
        .filter(|&b| s.is(b, "the"))
        .unwrap_or(ordinal);
    let told = super::dates::quarter(s, start, date).and_then(|(f, _)| match f.value {
        Some(Value::Text(v)) => v.get(..4).and_then(|y| y.parse::<i32>().ok()),
        _ => None,
    });
    let toward = super::resolve::Toward::at(s, the);
    let year = told.or_else(|| {
        date.map(|d| {
            if half {
                super::resolve::half_alone(d, q, toward)
            } else {
                super::resolve::quarter_alone(d, q, toward)
            }
        })
    });
    let value = year.map(|y| format!("{y:04}-{}{q}", if half { 'H' } else { 'Q' }));
    let f = found(s, the, a.end, FigureKind::Date, value);
    Some((Some(f), a.end))
}

/// An age told after "aged" or "ages": "a man aged 52", "adults aged 50 to
/// 79", "children aged between five and 11": a quantity in years (a range
/// for two ends).
fn age_after_aged(s: &Scan, a: &Amount) -> Step {
    let v = a
        .value
        .filter(|&v| (0.0..=130.0).contains(&v) && a.currency.is_none())?;
    if a.num.ordinal || a.high.is_some_and(|h| h > 130.0) || v.fract() != 0.0 {
        return None;
    }
    // A name's age in apposition is one number: "Millns (2-24)" is a
    // bowler's wickets and runs.
    if !(after_age(s, a.start)
        || a.high.is_none()
            && (in_apposition(s, a) || age_told_by_a_verb(s, a) || age_opening_a_sentence(s, a)))
    {
        return None;
    }
    a.figure(s, FigureKind::Quantity, a.value(1.0), Some("years"), a.end)
}

/// Whether the amount `a`, a whole number up to 130 that ends its clause, is
/// an age by the words before it: "she was 92.", "when you're 45,", "he
/// turned 50.", "turns 86 next Tuesday", "died at 81,", "Mr. Sperling, then 38," (not "the count was
/// 92.", "they were 55": a person's singular, or "you").
fn age_told_by_a_verb(s: &Scan, a: &Amount) -> bool {
    let Some(b) = s.back(a.start) else {
        return false;
    };
    let person = |k: Option<usize>| k.is_some_and(|k| s.is_any(k, &["he", "she", "i", "you"]));
    // "Bamberg, who is 28, said": "who" of a person too, the age set off by
    // a comma (not "someone who is 5’2”").
    let who = s.is_any(b, &["is", "was"])
        && s.back(b).is_some_and(|w| s.is(w, "who"))
        && s.is_ch(a.end, ',');
    // "you're", "she's", "I'm": the verb's letters after an apostrophe.
    let contracted = s.is_any(b, &["re", "s", "m"])
        && matches!(s.ch(b.wrapping_sub(1)), Some('\'' | '’'))
        && person(b.checked_sub(2));
    // "turned 50", "Turns 86" in a headline, "will turn 40".
    let turned = s.is_any(b, &["turned", "turns", "turning"])
        || s.is(b, "turn")
            && s.back(b)
                .is_some_and(|w| s.is_any(w, &["will", "ll", "to", "would"]));
    // "who turns 86 next Tuesday", "turned 50 on Friday", "turned 21 and
    // moved": the day, or the next verb, after it.
    let day_after = || {
        let n = s.sp(a.end);
        n > a.end
            && (s.is_any(
                n,
                &[
                    "on",
                    "next",
                    "this",
                    "last",
                    "today",
                    "tomorrow",
                    "yesterday",
                    "and",
                ],
            ) || s.sense(n).weekday > 0
                || s.is(n, "in") && s.sense(s.sp(n + 1)).month > 0)
    };
    // "died at 81", "who died on Thursday at 96", "was diagnosed with motor
    // neurone disease at 21 and given two years", "moved to London at 19.":
    // a verb of a life's turn before "at" in its clause, within eight words.
    let life_at = s.is(b, "at") && life_verb_before(s, b);
    let told = turned
        || life_at
        || s.is_any(b, &["was", "is"]) && person(s.back(b))
        || who
        || contracted
        || s.is(b, "then") && s.back(b).is_some_and(|c| s.is_ch(c, ','));
    // "His father's death when he was 12 drives him": "when" sets off the
    // age, whatever follows.
    let when_was = s.is_any(b, &["was", "is"])
        && s.back(b)
            .and_then(|p| s.back(p))
            .is_some_and(|w| s.is(w, "when"))
        && person(s.back(b));
    let and_after = s.is_space(a.end) && s.is(a.end + 1, "and");
    told && a.after_modifier.is_none()
        && a.num.plain.is_some_and(|n| n <= 3)
        && (s.clause_ends(a.end) || turned && day_after() || life_at && and_after || when_was)
}

/// Verbs of a turn in a life, whose "at 21" is an age.
const LIFE_VERBS: &[&str] = &[
    "died",
    "dies",
    "dead",
    "diagnosed",
    "retired",
    "retire",
    "married",
    "emigrated",
    "moved",
    "enlisted",
    "graduated",
    "debuted",
    "orphaned",
    "widowed",
    "became",
    "elected",
    "ordained",
    "knighted",
    "signed",
    "joined",
];

/// Whether a verb of [`LIFE_VERBS`] comes before the "at" at atom `at` in
/// its clause (up to a comma, within eight words).
fn life_verb_before(s: &Scan, at: usize) -> bool {
    let mut k = at;
    for _ in 0..8 {
        let Some(b) = s.back(k) else {
            return false;
        };
        if s.word(b).is_none() {
            return false;
        }
        if s.is_any(b, LIFE_VERBS) {
            return true;
        }
        k = b;
    }
    false
}

/// Whether the amount `a` is an age that opens its sentence before a
/// comma and a name or a person: "At 90, Shatner became", "At 19, she left".
/// From 13 up: "At 5, he left" tells a clock more often.
fn age_opening_a_sentence(s: &Scan, a: &Amount) -> bool {
    let Some(b) = s.back(a.start) else {
        return false;
    };
    let opens = s
        .back(b)
        .is_none_or(|o| s.sentence_ends(o) || s.double_quote(o));
    let after = s.sp(a.end + 1);
    s.is(b, "At")
        && opens
        && a.after_modifier.is_none()
        && a.num.plain.is_some_and(|n| n <= 3)
        && a.value.is_some_and(|v| v >= 13.0)
        && s.is_ch(a.end, ',')
        && after > a.end + 1
        && (s.capitalized(after) && s.name_word(after) && !s.is_any(after, &["The", "A", "An"])
            || s.is_any(after, &["he", "she", "i", "they", "we"]))
}

/// Whether a word of age stands before atom `i`: "aged 52", "ages 18 to
/// 34", "at age 94", "Millennials age 18-34", "by the age of 24", "between
/// the ages of 18 and 54" (both numbers), not before digits glued to a
/// letter ("the age of 5G").
fn after_age(s: &Scan, i: usize) -> bool {
    let words = ["aged", "age", "ages"];
    let told = |i: usize| {
        // "their average age (63)".
        let i = if s.is_ch(i.wrapping_sub(1), '(') && s.is_space(i.wrapping_sub(2)) {
            i - 1
        } else {
            i
        };
        s.back(i).is_some_and(|b| {
            s.is_any(b, &words)
                || s.is(b, "of") && s.back(b).is_some_and(|c| s.is_any(c, &["age", "ages"]))
        })
    };
    let glued_letter = s.glued(i + 1) && s.word(i + 1).is_some();
    !glued_letter
        && (told(i)
            || s.back(i).is_some_and(|b| {
                s.is_any(b, &["and", "or"])
                    && s.back(b).is_some_and(|n| s.digits(n).is_some() && told(n))
            }))
}

/// Whether the amount `a` is an age told in apposition to a name, between
/// commas or in brackets (17 or more: "Davenport (8)" is a seed), or after
/// a comma at a sentence's end: "John Smith, 52, of Boston", "Smith (52)",
/// "said Haines, 44.". One to
/// three plain digits after a capitalized word that names no month or
/// weekday ("On March 3, 52 ..." is no age).
fn in_apposition(s: &Scan, a: &Amount) -> bool {
    // In brackets, a number below 17 is a seed or a rank more often than an
    // age: "Lindsay Davenport (8) beat".
    let (open, close) = if s.is_ch(a.start.wrapping_sub(1), '(') {
        if a.value.is_some_and(|v| v < 17.0) {
            return false;
        }
        (a.start - 1, ')')
    } else if s.is_space(a.start.wrapping_sub(1)) && s.is_ch(a.start.wrapping_sub(2), ',') {
        (a.start - 2, ',')
    } else {
        return false;
    };
    let name = if s.is_space(open.wrapping_sub(1)) {
        open.wrapping_sub(2)
    } else {
        open.wrapping_sub(1)
    };
    let sense = s.sense(name);
    a.after_modifier.is_none()
        && a.num.plain.is_some_and(|n| n <= 3)
        && a.value.is_some_and(|v| v >= 1.0)
        // "said Haines, 44.": the sentence may close it, or the line after a
        // name of two words or more (a caption: "Sahar Khoga, 52").
        && (s.is_ch(a.end, close)
            || close == ','
                && s.is_ch(a.end, '.')
                && s.boundary(a.end + 1)
                && s.digits(s.sp(a.end + 1)).is_none()
            || close == ','
                && matches!(s.kind(a.end), None | Some(super::lexer::AtomKind::Break))
                && s.back(name).is_some_and(|f| s.capitalized(f)))
        && s.word(name).is_some()
        && (s.capitalized(name) || close == ',' && s.is_ch(a.end, ',') && a_person_told(s, name))
        && sense.month == 0
        && sense.weekday == 0
}

/// Whether the lowercase word at `noun` ends a noun phrase of at most three
/// words after "the", "a" or "an" that opens its sentence or follows "said"
/// or "says": "The singer, 56,", "said a former miner, 71,", so an age in
/// apposition follows it.
fn a_person_told(s: &Scan, noun: usize) -> bool {
    let mut k = noun;
    for _ in 0..3 {
        let Some(b) = s.back(k) else {
            return false;
        };
        if s.is_any(b, &["the", "a", "an"]) {
            return s
                .back(b)
                .is_none_or(|o| s.sentence_ends(o) || s.is_any(o, &["said", "says"]));
        }
        if !s.word(b).is_some_and(|w| w.starts_with(char::is_lowercase)) {
            return false;
        }
        k = b;
    }
    false
}

/// A year or a decade, in four plain digits without a modifier: "in 1996",
/// "2014"; "the 1990s". Not before what a count counts ("2000 people"),
/// unless a year dates it ("2005 levels", "below 1996 levels": the year
/// alone, without the modifier).
fn year_or_decade(s: &Scan, a: &Amount, k: usize, date: Option<CalendarDate>) -> Step {
    let y = a.value.unwrap_or(0.0);
    if a.num.plain != Some(4) || a.high.is_some() || !(1000.0..=2100.0).contains(&y) {
        return None;
    }
    // "the Civil Rights Act of 1964", "the Income Tax Act, 1961": a law's
    // name, its year the name's (as "the Companies Act 1965" is).
    let of_a_law = s.back(a.num_start).is_some_and(|b| {
        let law = |k: usize| s.is_any(k, &["Act", "Acts"]) && s.capitalized(k);
        s.is(b, "of") && s.back(b).is_some_and(law) || s.is_ch(b, ',') && law(b.wrapping_sub(1))
    });
    if of_a_law && a.currency.is_none() && a.after_modifier.is_none() {
        return skip_to(a.end);
    }
    let counts = counted(s, k);
    let dated = counts.is_some_and(|c| dated_by_a_year(s, c));
    // "below 1996 levels": the modifier bears on the levels, not the year;
    // after a word that tells a year, on the year ("since at least 1997",
    // and "by about 2050" for a year not yet past).
    let by_a_coming_year = s.back(a.start).is_some_and(|b| s.is(b, "by"))
        && date.is_some_and(|d| y >= f64::from(d.year));
    if a.after_modifier.is_some() && !dated && !told_as_a_year(s, a.start) && !by_a_coming_year {
        return None;
    }
    let end = a.end;
    // "the 1990s", "the 1970's", "the 1970’s".
    let decade_end = if s.is(end, "s") {
        Some(end + 1)
    } else {
        Some(end + 2).filter(|_| matches!(s.ch(end), Some('\'' | '’')) && s.is(end + 1, "s"))
    };
    // "a 1930s-era theater", "1960s-style": the decade before a compound's
    // dash too; "the 1800s" a century
    // ([`decade_or_century`](super::seasons::decade_or_century)).
    if let Some(e) = decade_end.filter(|&e| s.ends_or_joins(e) && y % 10.0 == 0.0) {
        let value = Value::Text(super::seasons::decade_or_century(y as i32));
        return with_article(s, a, a.figure(s, FigureKind::Date, Some(value), None, e));
    }
    // A row of a table ("Sydney 21 15 1 5 2067 1687 62"): a number among
    // others a single space apart that are not all years ("1996 1995" may
    // head a table's columns).
    let yearish = |k: usize| {
        s.digits(k)
            .filter(|d| d.len() == 4)
            .and_then(|d| d.parse::<u32>().ok())
            .is_some_and(|y| (1800..=2100).contains(&y))
    };
    let number_at = |k: usize, space: usize| s.str(space) == " " && s.digits(k).is_some();
    let prev = a.num_start.checked_sub(2).filter(|&b| number_at(b, b + 1));
    let prev2 = prev
        .and_then(|p| p.checked_sub(2))
        .filter(|&b| number_at(b, b + 1));
    let next = Some(a.end + 1).filter(|&n| number_at(n, a.end));
    if prev.is_some()
        && (next.is_some() || prev2.is_some())
        && [prev, prev2, next]
            .into_iter()
            .flatten()
            .any(|k| !yearish(k))
    {
        return None;
    }
    // "A Tale of a Tub (1704)", "(Alcala, 1561)": a year alone at the end
    // of brackets.
    let bracketed = s.is_ch(a.end, ')')
        && (s.is_ch(a.num_start.wrapping_sub(1), '(')
            || s.is_space(a.num_start.wrapping_sub(1))
                && s.is_ch(a.num_start.wrapping_sub(2), ','));
    // "the 1789 election", "the 1761 transit of Venus": a year before an
    // event of its year (`vocab::EVENTS`; not "the 1600 block of
    // Pennsylvania Avenue").
    // "the 1789 election", "the 1789 presidential election", "the 1783
    // peace treaty": the event noun, or one lowercase word before it.
    let event_at = |k: usize| s.sense(k).event_year;
    let event_after = s.is_space(a.end)
        && (event_at(a.end + 1)
            || s.word(a.end + 1)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
                && s.is_space(a.end + 2)
                && event_at(a.end + 3));
    let event_year = s
        .back(a.num_start)
        .is_some_and(|b| s.is(b, "the") || s.owner_s(b))
        && event_after;
    let early = (1000.0..1800.0).contains(&y)
        && (counts.is_none() || event_year)
        && (told_as_a_year(s, a.num_start) || bracketed || event_year);
    // "its year 2000 conversion": after "year", a year whatever follows.
    let after_year = s.back(a.num_start).is_some_and(|b| s.is(b, "year"));
    // "in 2015 finds that", "was caught in 2014 manipulating images", "the
    // 2016 presidential nomination contests": told as a year whatever
    // follows (a count of thousands is written with a comma in news, "in
    // 2,000 homes", "the 2,000 delegates").
    let led = (1800.0..=2100.0).contains(&y)
        && s.back(a.num_start).is_some_and(|b| {
            told_as_a_year(s, a.num_start) && !s.is_any(b, &["from", "after", "before"])
                || s.is(b, "the") && y >= 1900.0
        });
    // "a 2012 records request", "a 1990 census": after "a", four digits
    // count nothing (a count after "a" is written "a 2,000-page report").
    let after_a = s
        .back(a.num_start)
        .is_some_and(|b| s.is_any(b, &["a", "an"]));
    if (early || (1800.0..=2100.0).contains(&y))
        && (dated
            || after_a
            || after_year
            || led
            || event_year
            || counts.is_none()
            || after_a_year(s, a.num_start)
            || after_an_owner(s, a.num_start))
    {
        let year = Value::Text(format!("{:04}", y as i32));
        let mut step = a.figure(s, FigureKind::Date, Some(year), None, end);
        if let Some((Some(found), _)) = &mut step {
            (found.start, found.core) = (found.num, found.num);
        }
        return step;
    }
    None
}

/// Whether the word before atom `i` tells that a number there is a year, as
/// a year before 1800 must be told: "in 1582", "since 1066", "dates back to
/// 1750", "until 1789", "the year 1492", "died 1443", "after 1612", "the
/// Constitution of 1780" (not "rose to 1500", "in 1500 homes", "after 1500
/// attempts").
fn told_as_a_year(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    s.is_any(
        b,
        &[
            "in", "since", "until", "till", "circa", "year", "died", "born", "after", "before",
            "from", "reigned", "during",
        ],
    ) || s.is(b, "to") && s.back(b).is_some_and(|k| s.is(k, "back"))
        // "the Constitution of 1780", "the Act of 1965".
        || s.is(b, "of") && s.back(b).is_some_and(|k| s.capitalized(k))
}

/// Whether a year of four digits is listed just before atom `i`: "the 2004
/// and 2008 conventions", "2012, 2014 and 2016 elections" (so the year at
/// `i` is one too, not a count of conventions).
fn after_a_year(s: &Scan, i: usize) -> bool {
    let Some(j) = i.checked_sub(1).filter(|&j| s.is_space(j)) else {
        return false;
    };
    let before_link = if s.is_any(j.wrapping_sub(1), &["and", "or"]) {
        j.checked_sub(2).filter(|&k| s.is_space(k))
    } else {
        j.checked_sub(1).filter(|&k| s.is_ch(k, ','))
    };
    before_link
        .and_then(|k| k.checked_sub(1))
        .and_then(|k| s.digits(k))
        .and_then(|d| d.parse::<u32>().ok().filter(|_| d.len() == 4))
        .is_some_and(|y| (1800..=2100).contains(&y))
}

/// Whether an owner stands just before atom `i`: "Obama's 2012 bundlers",
/// "his 2008 donors", "any 2016 candidates" (a year of someone's, not a
/// count: counts after an owner are rare and written with a comma, "his
/// 2,000 donors").
fn after_an_owner(s: &Scan, i: usize) -> bool {
    let Some(b) = i.checked_sub(2).filter(|_| s.is_space(i - 1)) else {
        return false;
    };
    let possessive = s.owner_s(b);
    possessive
        || s.is_any(
            b,
            &["his", "her", "their", "its", "our", "my", "your", "any"],
        )
}

/// A year in two digits after an apostrophe (or a quote typed for one: "in
/// ‘08", "in ’72"): "since '82", "the class of '98", "the '90s" (1982,
/// 1998, the decade "199"); the century is the
/// latest that does not pass the article's year (or 2030 without a date).
/// After a name ("iLife '11", "Office '97") it is the name's: no figure.
fn short_year(s: &Scan, a: &Amount, k: usize, date: Option<CalendarDate>) -> Step {
    if a.num.plain != Some(2) || a.high.is_some() || a.start != a.num_start {
        return None;
    }
    let q = a.num_start.checked_sub(1)?;
    if !matches!(s.ch(q), Some('\'' | '’' | '‘')) || s.glued(q) {
        return None;
    }
    // "the ‘11 September’ attacks": a quote opening on a day of a month,
    // no year.
    if s.is_space(a.end) && s.sense(a.end + 1).month > 0 {
        return None;
    }
    if s.back(q)
        .is_some_and(|w| s.has_capital(w) && !opens_no_name(s.str(w)))
    {
        return skip_to(a.end);
    }
    let yy = a.value? as i32;
    // "‘16 And President" told in December 2015: the coming year's.
    let year = two_digit_year(yy, date, 1);
    // "the '60s", "a '60s-style diner": the decade, before a compound's
    // dash too.
    let (value, end) = if s.is(a.end, "s") && s.ends_or_joins(a.end + 1) && yy % 10 == 0 {
        (format!("{}", year / 10), a.end + 1)
    } else if counted(s, k).is_none() {
        (format!("{year:04}"), a.end)
    } else {
        return None;
    };
    Some((Some(found(s, q, end, FigureKind::Date, Some(value))), end))
}

/// A vague amount of money or of a unit, "of" at `k`: "billions of dollars",
/// "hundreds of points".
fn vague_amount_of(s: &Scan, a: &Amount, k: usize) -> Step {
    if a.value.is_some() || !s.is(k, "of") || !s.is_space(k + 1) {
        return None;
    }
    // "thousands of $12-an-hour workers": a sign before an amount of its
    // own is no unit of the vague count.
    let amount_after = currency_prefix(s, k + 2).is_some_and(|(_, at)| s.digits(at).is_some());
    if let Some((code, e, _)) = currency_suffix(s, k + 2, true).filter(|_| !amount_after) {
        return a.figure(s, FigureKind::Money, None, Some(code), e);
    }
    let (unit, e) = unit_suffix(s, k + 2, false)?;
    a.figure(s, FigureKind::Quantity, None, Some(unit), e)
}

/// Skips "of" before "a" or "an" at `k`: "a quarter of a percentage point",
/// "three quarters of an hour".
fn past_of_a(s: &Scan, k: usize) -> usize {
    if s.is(k, "of") && s.is_space(k + 1) && s.is_any(k + 2, &["a", "an"]) {
        k + 2
    } else {
        k
    }
}

/// A share of one percent, "a" at `k`: "half a percent", "a quarter of a
/// percentage point".
fn share_of_a_percent(s: &Scan, a: &Amount, k: usize) -> Step {
    if !(s.is(k, "a") && s.is_space(k + 1)) {
        return None;
    }
    let (e, unit) = percent_suffix(s, k + 2)?;
    a.figure(s, FigureKind::Percent, a.value(1.0), unit, e)
}

/// A share of one unit of a currency, "a" at `k`: "half a cent" (0.005
/// USD), "a quarter of a dollar".
fn share_of_a_currency(s: &Scan, a: &Amount, k: usize) -> Step {
    let (Some(v), None, None) = (a.value, a.high, a.currency) else {
        return None;
    };
    if v >= 1.0 || !(s.is(k, "a") && s.is_space(k + 1)) || s.sense(k + 2).currency.is_none() {
        return None;
    }
    let (code, e, factor) = currency_suffix(s, k + 2, false)?;
    a.figure(s, FigureKind::Money, a.value(factor), Some(code), e)
}

/// The share the amount `a` is of one unit told after "a" or "an" at `k`
/// ("half a mile", "three quarters of an hour": 0.5, 0.75): a single value
/// below one.
fn share_of_one(s: &Scan, a: &Amount, k: usize) -> Option<f64> {
    let v = a.value.filter(|&v| v < 1.0 && a.high.is_none())?;
    (s.is_any(k, &["a", "an"]) && s.is_space(k + 1)).then_some(v)
}

/// A share of one unit of time, "a" or "an" at `k`: "half an hour"
/// (PT0.5H), "half a day", "three quarters of an hour"; "half a century
/// ago" is a date.
fn share_of_a_unit_of_time(s: &Scan, a: &Amount, k: usize, date: Option<CalendarDate>) -> Step {
    let v = share_of_one(s, a, k)?;
    let unit = s.sense(k + 2).time_unit.filter(|_| s.boundary(k + 3))?;
    if s.str(k + 2).ends_with('s') {
        return None;
    }
    let e = k + 3;
    if s.is_space(e) && s.is(e + 1, "ago") {
        // "half a century ago": counted back in whole years or months.
        let (unit, n) = match unit {
            TimeUnit::Century => (TimeUnit::Year, v * 100.0),
            TimeUnit::Decade => (TimeUnit::Year, v * 10.0),
            TimeUnit::Year => (TimeUnit::Month, v * 12.0),
            other => (other, v),
        };
        let value = date
            .filter(|_| n.fract() == 0.0)
            .and_then(|d| ago(d, unit, n))
            .map(Value::Text);
        return a.figure(s, FigureKind::Date, value, None, e + 2);
    }
    let value = Some(Value::Text(unit.iso(v)));
    a.figure(s, FigureKind::Duration, value, None, e)
}

/// A share of one unit of measure, "a" or "an" at `k`: "half a mile" (0.5
/// miles), "half a meter", "a quarter of an inch".
fn share_of_a_measure(s: &Scan, a: &Amount, k: usize) -> Step {
    share_of_one(s, a, k)?;
    let unit = vocab::measure(s.word(k + 2)?).filter(|_| s.boundary(k + 3))?;
    a.figure(s, FigureKind::Quantity, a.value(1.0), Some(unit), k + 3)
}

/// A number, with what it counts at `k` when it counts something: "500
/// people", "hundreds of people", "500".
fn count(s: &Scan, a: &Amount, k: usize) -> Step {
    let counts = counted(s, k).or_else(|| {
        (a.num.value.is_none() && s.is(k, "of") && s.is_space(k + 1))
            .then_some(k + 2)
            .and_then(|k| counted(s, k))
    });
    let mut step = a.figure(s, FigureKind::Number, a.value(1.0), None, a.end);
    if let Some((Some(found), _)) = &mut step {
        found.counts = counts;
    }
    step
}

//! A second number linked to an amount's first by a dash, "to" or (after
//! "between") "and": the two ends of a range ("10-15", "10 to 15", "between
//! three and seven", "$16m to $28m", "1-2 million"), a span of years
//! ("2014-15", "2000 - 2050", "from 2009 to 2011"), or a score ("3-1", "3 –
//! 1"; not "3 - 1"), which is no figure.
//! After a change ("rose by 40,000 to 1.4 million", "fell from 5% to 4%"),
//! "to" links two figures, not the ends of a range.

use super::candidate::{Amount, Found};
use super::counts::{counted, dated_by_a_year};
use super::money::currency_prefix;
use super::numbers::{number, scaled, Num};
use super::scan::Scan;
use super::vocab::Cardinal;
use crate::analysis::{FigureKind, Value};

/// What an amount's number makes with a second number linked to it.
pub(super) enum Linked {
    /// A range, "10-15": its ends, and the atom after it.
    Range { low: f64, high: f64, end: usize },
    /// A span of years, "2014-15": a figure of its own, and the atom after it.
    Years(Found, usize),
    /// A score, "3-1": no figure; the atom after it.
    Score { end: usize },
}

/// The second number linked to the amount `a`, if any, and what the two make:
/// "10-15", "2014-15", "3-1".
pub(super) fn linked_number(s: &Scan, a: &Amount) -> Option<Linked> {
    if let Some(end) = tally(s, a) {
        return Some(Linked::Score { end });
    }
    let k = s.sp(a.end);
    // "+310.4-54,703.0" in a table: a signed cell, then the next one's
    // sign; no range.
    let signed = matches!(s.ch(a.start.wrapping_sub(1)), Some('+'))
        && s.is_dash(a.end)
        && s.digits(a.end + 1).is_some();
    if signed {
        return None;
    }
    // "2026/27": a season or fiscal year, told as "2026-27" is.
    let dash = s.is_dash(k) || next_year_after_slash(s, a);
    let l = if dash && k == a.end {
        k + 1
    } else {
        link(s, k, a.between)?
    };
    let (currency, l) = match currency_prefix(s, l) {
        Some((c, at)) if Some(c) == a.currency => (Some(c), at),
        _ => (None, l),
    };
    // Both ends alike, or in the style of news that spells out numbers
    // below ten: "five to 10 years" (a low end in words, a higher one in digits).
    // ("more than half — 55 percent" is no range).
    let spelled_low = a.num.words && s.is_any(k, &["to", "and", "or"]);
    let alike = |n: &Num| {
        n.words == a.num.words
            || spelled_low
                && !n.words
                && n.value.zip(a.value).is_some_and(|(h, l)| h > l && l < 10.0)
    };
    let second = number(s, l, a.currency.is_some()).filter(|n| !n.ordinal && alike(n))?;
    let hi = second.value.unwrap_or(f64::NAN);
    let lo = low_end(s, a, &second, a.value.unwrap_or(f64::NAN), hi);
    // "two or three days", "5 or 6 people", "seven or eight thousand": a
    // range of neighbours only ("1 or 5" is a choice), counted in the
    // shared scale.
    let raw = a.value.unwrap_or(f64::NAN);
    let shared = if lo != 0.0 { raw / lo } else { 1.0 };
    if s.is(k, "or") && (hi * shared - (raw + 1.0)).abs() > 1e-9 {
        return None;
    }
    // Years, unless what follows counts things: "1800-2000 people" is a
    // range of numbers ("between 1996 and 1998 sales" dates the sales).
    let year_range = a.num.plain == Some(4)
        && ((1800.0..=2100.0).contains(&lo)
            || (dash && k == a.end || a.between || s.is(k, "to"))
                && early_years(s, a, lo, year_end(lo, hi, second.plain)))
        && second
            .plain
            .is_some_and(|p| p == 4 || p == 2 && dash || p == 1 && dash && k == a.end)
        && !(second.plain == Some(4)
            && counted(s, s.sp(second.end)).is_some_and(|c| !dated_by_a_year(s, c)));
    // A dash makes a span of years even after a modifier ("over 2000 -
    // 2050", where "over" says when); "to" does so only without one or
    // after "between" ("more than 2000 to 2050" is a range of numbers).
    if year_range && (dash || a.after_modifier.is_none_or(|_| a.between)) && a.currency.is_none() {
        if let Some(found) = year_span(s, a, &second, lo, hi) {
            return Some(Linked::Years(found, second.end));
        }
    }
    // "won 6-4, 3-6, 7-5": sets of a match, each a score; "Fall of wickets:
    // 1-57 2-98 3-146": a row of a table's pairs; "won 24-11", "a 10-2
    // record": a score after a word of a game.
    if dash
        && k == a.end
        && (in_a_list_of_scores(s, a.start, second.end)
            || in_a_row_of_pairs(s, a.start, second.end)
            || after_a_word_of_scores(s, a, second.end))
    {
        return Some(Linked::Score { end: second.end });
    }
    // "rose 0.3 to 4.4 percent": a change and a level, not a range.
    let from_levels = s.back(a.start).is_some_and(|b| s.is(b, "from"));
    let change_and_level =
        s.is(k, "to") && change_before(s, a.start) && (from_levels || !close_ends(a, lo, hi));
    // "net profit for 1996 to 46 billion", "tripled in 2018 to 82,596": a
    // year, then a level; no range.
    if a.num.plain == Some(4)
        && !a.between
        && (1800.0..=2100.0).contains(&lo)
        && (second.scaled && hi >= 1e6
            || second.plain.is_none() && !second.words && s.is_ch(second.start + 1, ','))
    {
        return None;
    }
    // "between 4.75 and 3.13 million": told falling, still one range.
    let (lo, hi) = if a.between && hi < lo {
        (hi, lo)
    } else {
        (lo, hi)
    };
    if lo < hi
        && !(dash && year_range)
        && !change_and_level
        && (currency.is_some()
            || a.currency.is_none()
            || s.is(k, "to")
            || dash && k == a.end && l == k + 1)
    {
        return Some(Linked::Range {
            low: lo,
            high: hi,
            end: second.end,
        });
    }
    if score(s, a, k, &second) && lo >= hi {
        return Some(Linked::Score { end: second.end });
    }
    None
}

/// Whether a bare number before "to" after a change verb is the low end of a
/// range rather than the change ("could fall 15 to 20 percent", "grew 2 to 3
/// percent": the high end at most twice the low) where the change
/// and the level lie far apart ("fell 0.2 to 4.1 percent", "rose 1-3/8 to
/// 45-1/2"). A change in money or a unit tells its own ("fell $2 to $40"),
/// and "from" two levels ("rose from 70,000 to 85,000"; the caller checks).
fn close_ends(a: &Amount, lo: f64, hi: f64) -> bool {
    a.currency.is_none() && lo > 0.0 && hi <= 2.0 * lo
}

/// The number after the amount `a` and "and" or "or", when `a` is a bare
/// number that shares what follows the second: "by 5 and 10 percentage
/// points", "20 and 50 years ago", "$3 or $4 billion" (not after "between",
/// which makes a range, nor a range or a modifier).
pub(super) fn number_before_and(s: &Scan, a: &Amount) -> Option<Amount> {
    if a.after_modifier.is_some() || a.between || a.high.is_some() {
        return None;
    }
    let k = a.end;
    if !(s.is_space(k) && s.is_any(k + 1, &["and", "or"]) && s.is_space(k + 2)) {
        return None;
    }
    // The currency on both or neither: not "$12 and 50 cents".
    second_amount(s, a, k + 3, a.currency.is_some())
}

/// The second of two amounts, at atom `k`, written as the first amount `a`
/// is (digits or words) with its currency sign, or without one unless
/// `same_currency` ("from $3 to 2.5 billion" lends the first's; "$12 and 50
/// cents" is no pair). Another currency makes none.
fn second_amount(s: &Scan, a: &Amount, k: usize, same_currency: bool) -> Option<Amount> {
    let (currency, l) = match currency_prefix(s, k) {
        Some((c, at)) if Some(c) == a.currency => (Some(c), at),
        None if !same_currency => (None, k),
        _ => return None,
    };
    let num = number(s, l, currency.is_some())
        .filter(|n| !n.ordinal && n.words == a.num.words && n.value.is_some())?;
    Some(Amount {
        start: k,
        after_modifier: None,
        between: false,
        currency,
        num,
        num_start: l,
        value: num.value,
        high: None,
        end: num.end,
    })
}

/// The level after "to" when the amount `a` is the first level of a change
/// told from one level to another ("fell from 5.2 to 4.9 percent", "grew
/// from 3 to 5 million", "from $3 to $2.5 billion"): the two are figures of
/// their own ([`change_before`]), and the first is told in the unit and
/// scale of the second. Not after a modifier ("from about 3 to 5").
pub(super) fn level_after_from(s: &Scan, a: &Amount) -> Option<Amount> {
    if a.after_modifier.is_some() || a.between || a.high.is_some() {
        return None;
    }
    if !s.back(a.start).is_some_and(|b| s.is(b, "from")) || !change_before(s, a.start) {
        return None;
    }
    let k = s.sp(a.end);
    if !s.is(k, "to") || !s.is_space(k + 1) {
        return None;
    }
    second_amount(s, a, k + 2, false)
}

/// The level that the amount `a` is compared with right after it, in
/// decimals both (so no count): "9.1 pct" in "falls to 8.0 vs 9.1 pct",
/// "10.0 percent" in "was down to 8.0 from 10.0 percent" (after "to"), so
/// that the first takes the second's unit.
pub(super) fn level_compared(s: &Scan, a: &Amount) -> Option<Amount> {
    if a.after_modifier.is_some() || a.between || a.high.is_some() {
        return None;
    }
    let decimal = |from: usize, to: usize| {
        s.text
            .get(s.start(from)..s.start(to))
            .is_some_and(|t| t.trim_end().contains('.'))
    };
    if !decimal(a.num_start, a.end) || !s.is_space(a.end) {
        return None;
    }
    let k = a.end + 1;
    let after = if s.is_any(k, &["vs", "versus", "against"]) {
        if s.is_ch(k + 1, '.') {
            k + 2
        } else {
            k + 1
        }
    } else if s.is(k, "from") && s.back(a.start).is_some_and(|b| s.is(b, "to")) {
        k + 1
    } else {
        return None;
    };
    if !s.is_space(after) {
        return None;
    }
    let second = second_amount(s, a, after + 1, false)?;
    decimal(second.num_start, second.end).then_some(second)
}

/// The scale word that ends the number `n` ("million" in "5 million", "bn"
/// in "2.5bn"), as its factor.
pub(super) fn scale_of(s: &Scan, n: &Num) -> Option<f64> {
    let sense = s.sense(n.end.checked_sub(1)?);
    match sense.cardinal {
        Some(Cardinal::Scale(v)) if n.scaled => Some(v),
        _ => sense.suffix_scale.filter(|_| n.scaled),
    }
}

/// Whether the amount `a` is a year followed by a slash and the next year,
/// in full or its last two digits: "2026/27", "1999/00", "2017/2018" (a
/// season, a fiscal year).
pub(super) fn next_year_after_slash(s: &Scan, a: &Amount) -> bool {
    let e = a.num.end;
    let next = a.value.map(|y| (y as i64 + 1) % 100);
    let full = a.value.map(|y| y as i64 + 1);
    a.num.plain == Some(4)
        && a.end == e
        && s.is_ch(e, '/')
        && s.digits(e + 1).is_some_and(|d| {
            d.len() == 2 && d.parse::<i64>().ok() == next
                || d.len() == 4 && d.parse::<i64>().ok() == full
        })
        && s.boundary(e + 2)
}

/// The last year of a span from the year `lo` whose second end `hi` is
/// written in `digits` digits: "1997-8" ends in 1998, "2014-15" in 2015,
/// "1999-00" in 2000 (a season across a new century), "2009-2011" in 2011.
fn year_end(lo: f64, hi: f64, digits: Option<usize>) -> f64 {
    match digits {
        Some(1) => (lo / 10.0).floor() * 10.0 + hi,
        Some(2) => {
            let hi = (lo / 100.0).floor() * 100.0 + hi;
            if hi + 100.0 == lo + 1.0 {
                hi + 100.0
            } else {
                hi
            }
        }
        _ => hi,
    }
}

/// Whether the amount `a` (`lo`, from 1000 to 1799) and the year `hi` (in
/// full: [`year_end`]) linked to it are a span of years, as years before
/// 1800 must be told: in brackets ("Carey (1751–1834)") or after a word of
/// time ("in 1606–1607", "from 1773–1817", "c.1680–1764"), ending within
/// 150 years ("1717–23" ends in 1723). Not "BWV 1007-1012", "pages
/// 1200-1250".
fn early_years(s: &Scan, a: &Amount, lo: f64, hi: f64) -> bool {
    let i = a.num_start;
    // "(c.1680–1764)", "c. 1680–1764": circa, abbreviated.
    let circa = |p: usize| s.is_ch(p, '.') && s.is_any(p.wrapping_sub(1), &["c", "ca"]);
    let told = s.is_ch(i.wrapping_sub(1), '(')
        || circa(i.wrapping_sub(1))
        || circa(i.wrapping_sub(2)) && s.is_space(i.wrapping_sub(1))
        || s.back(i).is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "in", "from", "since", "between", "circa", "period", "around", "during",
                    "until", "died", "born", "reigned", "ruled",
                ],
            )
        });
    (1000.0..1800.0).contains(&lo) && lo < hi && hi - lo <= 150.0 && told
}

/// Whether the pair of numbers joined by a dash from atom `start` to `end`
/// stands beside a score in a list ("6-4, 3-6, 7-5": the sets of a match,
/// scores all; not "ages 3-6, 10-12").
fn in_a_list_of_scores(s: &Scan, start: usize, end: usize) -> bool {
    // A neighbour that no range is written as: its first number the greater.
    let pair = |k: usize| {
        let n = |k: usize| s.digits(k).filter(|d| d.len() <= 2)?.parse::<u8>().ok();
        s.is_dash(k + 1) && matches!((n(k), n(k + 2)), (Some(a), Some(b)) if a > b)
    };
    let before = start >= 5 && s.is_space(start - 1) && s.is_ch(start - 2, ',') && pair(start - 5);
    let after = s.is_ch(end, ',') && s.is_space(end + 1) && pair(end + 2);
    before || after
}

/// Whether the pair of numbers glued by a dash from atom `start` to `end`
/// has another such pair beside it, a space between: "1-57 2-98 3-146", the
/// falls of wickets or a table's columns ("ages 3-6, 10-12", a list with
/// commas, are ranges); or a set's tie-break in brackets glued to it, or
/// its set before them: "6-7(3-7) 6-4".
fn in_a_row_of_pairs(s: &Scan, start: usize, end: usize) -> bool {
    let pair = |k: usize| {
        s.digits(k).is_some()
            && s.is_dash(k + 1)
            && s.glued(k + 1)
            && s.digits(k + 2).is_some()
            && s.glued(k + 2)
    };
    let before = start >= 4 && s.is_space(start - 1) && pair(start - 4) && s.boundary(start - 1);
    let after = s.is_space(end) && pair(end + 1) && s.boundary(end + 4);
    let tie_break = s.is_ch(end, '(') && pair(end + 1) && s.is_ch(end + 4, ')');
    let set = start >= 4 && s.is_ch(start - 1, '(') && pair(start - 4) && s.is_ch(end, ')');
    before || after || tie_break || set
}

/// Words of a game before which a pair of numbers glued by a dash is a
/// score: "won 24-11", "led 3-1", "was down 2-5", "Halftime 1-0".
const WORDS_OF_SCORES: &[&str] = &[
    "score", "scores", "scored", "lead", "led", "leading", "leads", "trail", "trailed", "trailing",
    "trails", "won", "win", "wins", "beat", "beats", "beaten", "lost", "lose", "loses", "drew",
    "draw", "drawn", "tied", "halftime", "victory", "defeat", "record", "down", "edged",
    "defeated", "routed",
];

/// Words of a game after which a pair of numbers glued by a dash is a
/// score: "a 10-2 record", "a 2-5 deficit", "a 3-1 aggregate win".
const SCORES_OF: &[&str] = &[
    "record",
    "win",
    "victory",
    "defeat",
    "lead",
    "deficit",
    "loss",
    "draw",
    "aggregate",
    "scoreline",
    "triumph",
    "advantage",
];

/// Words that tell a pair of numbers before "in the" is a score within a
/// match: "at 5-6 in the third-set tie break", "down 3-4 in the ninth
/// inning".
const PARTS_OF_A_MATCH: &[&str] = &[
    "set",
    "tiebreak",
    "tiebreaker",
    "tie",
    "inning",
    "innings",
    "frame",
    "game",
    "decider",
];

/// Whether the pair of numbers from the amount `a` to atom `end` is a score
/// after a word of a game ([`WORDS_OF_SCORES`], the word before it, or
/// [`SCORES_OF`], the one after: "a 10-2 record"; or a part of a match within
/// four words after "in the", [`PARTS_OF_A_MATCH`]) with no unit or count
/// after it.
fn after_a_word_of_scores(s: &Scan, a: &Amount, end: usize) -> bool {
    let before = s
        .back(a.start)
        .is_some_and(|b| s.is_any(b, WORDS_OF_SCORES));
    let in_the =
        s.is_space(end) && s.is(end + 1, "in") && s.is_space(end + 2) && s.is(end + 3, "the");
    let part_of_a_match = in_the
        && (end + 4..end + 13)
            .take_while(|&k| s.word(k).is_some() || s.is_space(k) || s.is_dash(k))
            .any(|k| s.is_any(k, PARTS_OF_A_MATCH));
    let after = s.is_space(end) && s.is_any(end + 1, SCORES_OF) || part_of_a_match;
    // A unit glued to it too: "down 3-4%", "up 2-3bn".
    let unit = s.is_space(end)
        && (counted(s, end + 1).is_some()
            || super::measures::unit_suffix(s, end + 1, false).is_some()
            || super::measures::percent_suffix(s, end + 1).is_some())
        || super::measures::percent_suffix(s, end).is_some()
        || super::measures::unit_suffix(s, end, true).is_some();
    (after || before && !unit || record_after_a_name(s, a, end)) && a.currency.is_none()
}

/// Whether the pair from the amount `a` to atom `end` stands alone in
/// brackets after a name, as a player's or team's record: "reliever Mark
/// Acre (0-2)", "Felipe Lira (6-11)" (not "Smith (1990-95)", years read
/// before).
fn record_after_a_name(s: &Scan, a: &Amount, end: usize) -> bool {
    let open = a.start.checked_sub(1).filter(|&o| s.is_ch(o, '('));
    open.is_some_and(|o| {
        s.is_ch(end, ')')
            && s.back(o).is_some_and(|b| {
                s.capitalized(b) && s.sense(b).month == 0 && s.sense(b).weekday == 0
            })
    })
}

/// The end of a tally, a vote or odds written "5-to-4", "3-to-1" (digits
/// joined by "-to-" without spaces, and nothing hyphenated after them)
/// after the amount `a`: a score, no range.
fn tally(s: &Scan, a: &Amount) -> Option<usize> {
    let e = a.num.end;
    let linked = a.num.plain.is_some()
        && a.currency.is_none()
        && s.is_dash(e)
        && s.is(e + 1, "to")
        && s.is_dash(e + 2);
    let second = s.digits(e + 3).filter(|_| linked)?;
    // Not an age range: "18-to-34-year-olds".
    (second.len() <= 3 && !s.is_dash(e + 4)).then_some(e + 4)
}

/// Whether the amount `a` and the `second` number, linked at `k`, are
/// written as a score: digits joined by a dash with no space around it
/// ("3-1", "3–1"), or by a spaced en or em dash between numbers of at most
/// two digits ("3 – 1"). A spaced hyphen ("3 - 1") reads as two numbers.
fn score(s: &Scan, a: &Amount, k: usize, second: &Num) -> bool {
    let (Some(p1), Some(p2)) = (a.num.plain, second.plain) else {
        return false;
    };
    if !s.is_dash(k) {
        return false;
    }
    let glued = k == a.end && s.sp(k + 1) == k + 1;
    let spaced_dash = matches!(s.ch(k), Some('–' | '—')) && p1 <= 2 && p2 <= 2;
    glued || spaced_dash
}

/// Whether the amount `a` is the first of two four-digit years joined by a
/// dash ("2000-2050", "(1751-1834)": [`early_years`]), which is no phone
/// number.
pub(super) fn years_joined(s: &Scan, a: &Amount) -> bool {
    let end = a.num.end;
    let year = |y: f64| (1800.0..=2100.0).contains(&y);
    let lo = a.value.unwrap_or(f64::NAN);
    let hi = s
        .digits(end + 1)
        .filter(|d| d.len() == 4)
        .and_then(|d| d.parse::<f64>().ok())
        .unwrap_or(f64::NAN);
    a.num.plain == Some(4)
        && s.is_dash(end)
        && !s.is_dash(end + 2)
        && (year(lo) && year(hi) || early_years(s, a, lo, hi) && hi <= 2100.0)
        && lo < hi
}

/// What links a second number at `k`, after the first and a space: a dash,
/// "to", or after "between", "and". The atom where the second number would start.
fn link(s: &Scan, k: usize, between: bool) -> Option<usize> {
    if s.is_dash(k) {
        Some(s.sp(k + 1))
    } else if s.is_any(k, &["to", "or"]) && s.is_space(k + 1)
        || between && s.is(k, "and") && s.is_space(k + 1)
    {
        Some(k + 2)
    } else {
        None
    }
}

/// The low end `lo` of a range, with the scale of the high end `hi` when only
/// that one is written with it: "1-2 million" is 1e6 to 2e6, "1-2 crore" 1e7
/// to 2e7 (the scale word's, [`scale_of`]; else the thousands' power of `hi`).
/// After "between", a scale word serves a low end of up to ten times the
/// high one, told falling: "between 4.75 and 3.13 million".
fn low_end(s: &Scan, a: &Amount, second: &Num, lo: f64, hi: f64) -> f64 {
    if second.scaled && !a.num.scaled && lo < hi && hi >= 1e3 {
        let word = scale_of(s, second);
        let scale = word.unwrap_or_else(|| 10f64.powi((hi.log10().floor() as i32 / 3) * 3));
        let falling = a.between && word.is_some();
        if lo * scale <= hi || falling && lo * scale <= hi * 10.0 {
            return scaled(lo, scale);
        }
    }
    lo
}

/// A span of years from `lo` to the `second` number (`hi`, in full or its
/// last two digits): "2014-15", "1999-00", "from 2009 to 2011", "between
/// 2014 and 2016", as a duration "2014/2015". "from" is part of the figure.
fn year_span(s: &Scan, a: &Amount, second: &Num, lo: f64, hi: f64) -> Option<Found> {
    let hi = year_end(lo, hi, second.plain);
    let from = s
        .back(a.num_start)
        .filter(|&b| s.is(b, "from") && !a.between);
    // "between" is part of the figure; other modifiers are not ("over").
    let start = match from {
        Some(b) => b,
        None if a.between => a.start,
        None => a.num_start,
    };
    (lo < hi).then(|| Found {
        start: s.start(start),
        core: s.start(a.num_start),
        num: s.start(a.num_start),
        end: s.end(second.end),
        kind: FigureKind::Duration,
        value: Some(Value::Text(format!("{:04}/{:04}", lo as i32, hi as i32))),
        unit: None,
        counts: None,
        shift: None,
        toward: None,
        told_on: None,
    })
}

/// Verbs (and "up", "down") that a change follows: "rose 2% to 40%".
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "climbed",
    "climbs",
    "dropped",
    "drops",
    "gained",
    "gains",
    "lost",
    "loses",
    "jumped",
    "jumps",
    "slipped",
    "slips",
    "slid",
    "slides",
    "increased",
    "increases",
    "decreased",
    "decreases",
    "declined",
    "declines",
    "grew",
    "grows",
    "shrank",
    "shrinks",
    "surged",
    "surges",
    "soared",
    "soars",
    "plunged",
    "plunges",
    "tumbled",
    "tumbles",
    "edged",
    "eased",
    "eases",
    "advanced",
    "advances",
    "added",
    "adds",
    "shed",
    "sheds",
    "sank",
    "sinks",
    "rallied",
    "dipped",
    "dips",
    "up",
    "down",
];

/// Verbs whose "up" or "down" tells no change: "make up 20 to 25 percent",
/// "took up 10 to 15 minutes".
const PHRASAL_VERBS: &[&str] = &[
    "make", "makes", "made", "making", "take", "takes", "took", "taking", "end", "ends", "ended",
    "add", "adds", "added", "set", "sets", "sum", "sums", "summed", "split", "break", "breaks",
    "broke", "broken", "narrow", "narrowed", "pick", "picked", "pay", "paid", "put", "puts",
];

/// Whether the amount at `i` is the start or size of a change ("rose by
/// 40,000 to 1.4 million", "fell from 5% to 4%"), so that "to" links two
/// figures rather than the ends of a range ("ranging from $5 to $10" is one).
pub(super) fn change_before(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    // "rose 0.3 percentage points to 4.4%", "fell $2 to $40", "up 5% to";
    // not "up" of a phrasal verb ("make up 20 to 25 percent").
    if s.is_any(b, &["up", "down"]) {
        return !s.back(b).is_some_and(|v| s.is_any(v, PHRASAL_VERBS));
    }
    if s.is(b, "by") || s.is_any(b, CHANGE_VERBS) {
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

//! Numbers as written: digits with separators, decimals and scales ("1,200",
//! "1.2bn", "10k"), words ("twenty-five", "a dozen", "two-thirds"),
//! fractions ("3/4") and ordinals ("21st", "third").

use super::lexer::AtomKind;
use super::scan::Scan;
use super::vocab::Cardinal;

/// A number found at some atoms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    /// First atom.
    pub start: usize,
    /// One past the last atom.
    pub end: usize,
    /// Its value; `None` when vague ("dozens").
    pub value: Option<f64>,
    /// Written in words.
    pub words: bool,
    /// A plain run of digits (no sign, separator, decimals or scale): its length.
    pub plain: Option<usize>,
    /// A rank: "21st", "third".
    pub ordinal: bool,
    /// Carries a scale: "million", "bn", "k".
    pub scaled: bool,
}

/// Denominators accepted in digit fractions ("3/4"); others are more likely
/// dates or names ("9/11", "24/7").
pub(super) const DENOMINATORS: &[u32] = &[2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100];

/// The value of a fraction written as one character ("½", "¾", "⅓").
fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// The number starting at atom `i`. `money` tells that a currency precedes,
/// so that "m" reads as a million.
pub(crate) fn number(s: &Scan, i: usize, money: bool) -> Option<Num> {
    // "½ mile", "¾ of": a fraction written as one character.
    if let Some(f) = s.ch(i).and_then(vulgar) {
        if s.glued(i) && s.kind(i - 1) != Some(AtomKind::Other('(')) {
            return None;
        }
        // "½ million".
        let k = s.sp(i + 1);
        let (value, end, scaled) = match s.sense(k).cardinal {
            Some(Cardinal::Scale(v)) if k > i + 1 && s.boundary(k + 1) => (f * v, k + 1, true),
            _ => (f, i + 1, false),
        };
        return Some(Num {
            start: i,
            end,
            value: Some(value),
            words: false,
            plain: None,
            ordinal: false,
            scaled,
        });
    }
    // ".5 percent", and after a currency sign "$.04".
    let point_first = s.is_ch(i, '.')
        && s.digits(i + 1).is_some()
        && (!s.glued(i) || matches!(s.ch(i.wrapping_sub(1)), Some('$' | '£' | '€')));
    if s.digits(i).is_some() || point_first {
        digits(s, i, money)
    } else {
        words(s, i).map(|n| share_of_a_scale(s, n))
    }
}

/// A number in words with a fraction, times the scale after it: "half a
/// million" (500,000), "a quarter of a million", "three quarters of a
/// billion", "one and a half million" (1,500,000).
fn share_of_a_scale(s: &Scan, mut n: Num) -> Num {
    let Some(v) = n
        .value
        .filter(|v| v.fract() != 0.0 && !n.ordinal && !n.scaled)
    else {
        return n;
    };
    let mut k = n.end;
    let mut step = |w: &str| {
        let ok = s.is_space(k) && s.is(k + 1, w);
        if ok {
            k += 2;
        }
        ok
    };
    // "of a million", "a million", "million" (after a whole part only).
    let linked = step("of") && step("a") || step("a") || v > 1.0;
    if !linked || !s.is_space(k) {
        return n;
    }
    if let Some(Cardinal::Scale(by)) = s.sense(k + 1).cardinal {
        if s.boundary(k + 2) {
            n.value = Some(scaled(v, by));
            n.end = k + 2;
            n.scaled = true;
        }
    }
    n
}

/// Digits, separators, decimals, powers, fractions, scales and ordinal suffixes.
fn digits(s: &Scan, i: usize, money: bool) -> Option<Num> {
    // "G7", "F16", "m2": digits glued to letters are part of a name or unit,
    // unless the letters are a currency read before them ("RM1", "USD5").
    if i > 0 && s.kind(i - 1) == Some(AtomKind::Word) && !money {
        return None;
    }
    let mut buf = [0u8; 48];
    let mut len = 0;
    let mut push = |text: &str, len: &mut usize| -> bool {
        let bytes = text.as_bytes();
        if *len + bytes.len() > buf.len() {
            return false;
        }
        buf[*len..*len + bytes.len()].copy_from_slice(bytes);
        *len += bytes.len();
        true
    };
    let mut j = i;
    let mut plain = true;
    let mut grouped = false;
    if let Some(d0) = s.digits(i) {
        if !push(d0, &mut len) {
            return None;
        }
        j = i + 1;
        // Thousands separated by commas, or by (thin, no-break) spaces.
        if d0.len() <= 3 {
            let mut groups = 0;
            while s.is_ch(j, ',')
                && s.digits(j + 1).is_some_and(|g| g.len() == 3)
                && s.digits(j + 2).is_none()
            {
                push(s.str(j + 1), &mut len);
                j += 2;
                groups += 1;
            }
            // Lakh grouping: "12,34,567.89".
            if groups == 0
                && d0.len() <= 2
                && s.is_ch(j, ',')
                && s.digits(j + 1).is_some_and(|g| g.len() == 2)
            {
                let mut k = j;
                while s.is_ch(k, ',') && s.digits(k + 1).is_some_and(|g| g.len() == 2) {
                    k += 2;
                }
                if s.is_ch(k, ',')
                    && s.digits(k + 1).is_some_and(|g| g.len() == 3)
                    && s.digits(k + 2).is_none()
                {
                    while j <= k {
                        push(s.str(j + 1), &mut len);
                        j += 2;
                    }
                    groups += 1;
                }
            }
            // Not in a row of a table, figures apart by single spaces
            // ("Wigan 22 19 1 2 902 326 39"), nor after "107-" ("107-12 107-10").
            let in_a_row = {
                let before = i.checked_sub(2).is_some_and(|b| {
                    s.digits(b).is_some()
                        && (s.is_space(b + 1) || s.is_dash(b + 1) || s.is_ch(b + 1, '/'))
                });
                // The groups of three a single space apart, then whether
                // more digits follow them so.
                let mut e = j;
                while s.str(e) == " " && s.digits(e + 1).is_some_and(|g| g.len() == 3) {
                    e += 2;
                }
                before || e > j && s.str(e) == " " && s.digits(e + 1).is_some()
            };
            if groups == 0 {
                while s.is_space(j)
                    && !(s.str(j) == " " && in_a_row)
                    && matches!(s.str(j), " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                    && s.digits(j + 1).is_some_and(|g| g.len() == 3)
                    && s.digits(j + 2).is_none()
                    && s.word(j + 2).is_none()
                    && !s.is_ch(j + 2, '/')
                    && (d0.len() >= 2
                        || s.str(j) != " "
                        || groups > 0
                        || s.is_space(j + 2) && s.digits(j + 3).is_some_and(|g| g.len() == 3))
                {
                    push(s.str(j + 1), &mut len);
                    j += 2;
                    groups += 1;
                }
            }
            plain &= groups == 0;
            grouped = groups > 0;
        }
    } else {
        push("0", &mut len);
    }
    // Decimals, unless in a version or address ("192.168.1.2").
    let dotted_before = i >= 2 && s.is_ch(i - 1, '.') && s.digits(i - 2).is_some();
    // A decimal comma, as much of Europe writes it ("3,5 millions", "1,3"):
    // one or two digits after it, with no thousands grouped before and no
    // list going on after ("1,2,3").
    let in_list = i >= 2 && s.is_ch(i - 1, ',') && s.digits(i - 2).is_some();
    let comma_decimal = s.is_ch(j, ',')
        && !grouped
        && !in_list
        && s.digits(i).is_some()
        && s.digits(j + 1).is_some_and(|g| g.len() <= 2)
        && !(matches!(s.ch(j + 2), Some(',' | '.')) && s.digits(j + 3).is_some());
    if (s.is_ch(j, '.') || comma_decimal)
        && s.digits(j + 1).is_some()
        && !(s.is_ch(j + 2, '.') && s.digits(j + 3).is_some())
        && !dotted_before
    {
        push(".", &mut len);
        push(s.str(j + 1), &mut len);
        j += 2;
        plain = false;
    }
    // A lone "." that took no decimals (".3.5", a version) is no number.
    if j == i {
        return None;
    }
    // "1½", "5 ½ years", "2¾ million": a whole number and a fraction written
    // as one character.
    let mut part = 0.0;
    let gap = usize::from(s.is_space(j));
    if let Some(f) = s.ch(j + gap).and_then(vulgar).filter(|_| plain && j > i) {
        part = f;
        j += 1 + gap;
        plain = false;
    }
    let text = std::str::from_utf8(&buf[..len]).ok()?;
    let mut value: f64 = text.parse::<f64>().ok()? + part;
    let mut num = Num {
        start: i,
        end: j,
        value: None,
        words: false,
        plain: plain.then_some(len),
        ordinal: false,
        scaled: false,
    };
    // Powers: "1e10", "1.3e6", "1.1^23".
    if s.is(j, "e") && !s.is_space(j) {
        let (sign, k) = sign_at(s, j + 1);
        if let Some(e) = s.digits(k).and_then(|d| d.parse::<i32>().ok()) {
            if s.boundary(k + 1) {
                value *= 10f64.powi(sign * e);
                num.end = k + 1;
                num.plain = None;
                num.value = Some(value);
                return Some(num);
            }
        }
    }
    if s.is_ch(j, '^') {
        let (sign, k) = sign_at(s, j + 1);
        if let Some(e) = s.digits(k).and_then(|d| d.parse::<i32>().ok()) {
            num.end = k + 1;
            num.plain = None;
            num.value = Some(value.powi(sign * e));
            return Some(num);
        }
    }
    // Fractions: "3/4", and mixed "10 1/2".
    if let Some((f, end)) = fraction(s, j, num.plain.is_some()) {
        num.value = Some(f);
        num.end = end;
        num.plain = None;
        return Some(num);
    }
    // Mixed, after a space or with a hyphen as wire copy writes prices:
    // "1 3/4", "14-1/2", "1-3/8".
    if num.plain.is_some() && (s.is_space(j) || s.is_ch(j, '-')) {
        if let Some((f, end)) = s
            .digits(j + 1)
            .and_then(|_| fraction_digits(s, j + 1))
            .filter(|(f, _)| *f < 1.0)
        {
            num.value = Some(value + f);
            num.end = end;
            num.plain = None;
            return Some(num);
        }
    }
    // Ordinal suffixes: "21st", "3rd".
    if let Some(w) = s.word(j) {
        // Hyphenated to a word in lower case too: "11th-seeded", "the
        // 3rd-largest city".
        // (Not "4th-quarter", "2nd-half", read as periods or not at all, nor
        // the compounds that rank nothing: "3rd-party".)
        let compound = s.is_dash(j + 1)
            && s.glued(j + 2)
            && s.word(j + 2).is_some_and(|x| {
                x.starts_with(|c: char| c.is_lowercase())
                    && !["quarter", "half"].contains(&x)
                    && !super::vocab::ORDINAL_COMPOUNDS.contains(&x)
            });
        if ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
            && (s.boundary(j + 1) || compound)
        {
            num.ordinal = true;
            num.end = j + 1;
            num.plain = None;
            num.value = Some(value);
            return Some(num);
        }
    }
    // "20-plus", "20+": at least the number, read on past the mark so that
    // a scale or unit after it counts ("$20-plus trillion", "20+ years").
    let j = match plus_after(s, j) {
        Some(k) => {
            num.end = k;
            num.plain = None;
            k
        }
        None => j,
    };
    // Scales: "1.2bn", "40 million", "10k", "$1MM", "322 hundred"; after a
    // currency, hyphenated as an adjective: "a $650-million issue".
    let k = if s.is_space(j)
        || money && s.is_dash(j) && matches!(s.sense(j + 1).cardinal, Some(Cardinal::Scale(_)))
    {
        j + 1
    } else {
        j
    };
    if let Some(w) = s.word(k) {
        let attached = k == j;
        let sense = s.sense(k);
        // "90,000 K-1 visas": a letter of a code, no scale.
        let code = w.len() == 1 && s.is_dash(k + 1) && s.digits(k + 2).is_some();
        let scale = match sense.suffix_scale {
            _ if code => None,
            // "$15mm": millions, as finance writes them, after a currency
            // only ("15mm" is millimetres).
            Some(_) if w == "mm" && !(money && attached) || w == "b" && !attached => None,
            Some(_) if w.eq_ignore_ascii_case("mil") && !attached => None,
            // "221B Baker Street": an address's letter, no billions.
            _ if !money
                && attached
                && w.len() == 1
                && s.is_space(k + 1)
                && s.capitalized(k + 2)
                && s.is_space(k + 3)
                && s.is_any(k + 4, super::vocab::STREET_WORDS) =>
            {
                None
            }
            Some(v) => Some(v),
            None if w == "M" && (attached || s.boundary(k + 1) && !s.is_ch(k + 1, '.')) => {
                Some(1e6)
            }
            None if w == "G" && !attached && num.plain.is_none() && s.boundary(k + 1) => Some(1e9),
            None if w == "m"
                && attached
                && (money || followed_by_currency(s, k + 1) || followed_by_plural(s, k + 1)) =>
            {
                Some(1e6)
            }
            // "$5.6t": trillions after a currency ("5.6t" is tonnes).
            None if w == "t" && attached && money => Some(1e12),
            // "a population of 300 millions", as writers of other
            // languages write it.
            None if !num.words && w.eq_ignore_ascii_case("millions") => Some(1e6),
            None if !num.words && w.eq_ignore_ascii_case("billions") => Some(1e9),
            None => match sense.cardinal {
                Some(Cardinal::Hundred) => Some(100.0),
                Some(Cardinal::Scale(v)) => Some(v),
                _ => None,
            },
        };
        if let Some(v) = scale.filter(|_| s.boundary(k + 1) || s.is_dash(k + 1)) {
            value = scaled(value, v);
            num.end = k + 1;
            num.scaled = true;
            num.plain = None;
            // "three lakh crore", "two hundred thousand".
            let k2 = s.sp(k + 1);
            if let Some(Cardinal::Scale(v2)) = s.sense(k2).cardinal {
                if v2 > v || v == 100.0 {
                    value = scaled(value, v2);
                    num.end = k2 + 1;
                }
            }
        } else if matches!(sense.cardinal, Some(Cardinal::Dozen)) {
            value *= 12.0;
            num.end = k + 1;
            num.plain = None;
        }
    }
    num.value = Some(value);
    Some(num)
}

/// The atom after a mark of "at least" written after a number at `j`:
/// "-plus" ("20-plus years") or a plus sign that adds nothing after it
/// ("50+ voters", not "2+2").
fn plus_after(s: &Scan, j: usize) -> Option<usize> {
    if s.is_dash(j) && s.is(j + 1, "plus") && s.boundary(j + 2) {
        Some(j + 2)
    } else if s.is_ch(j, '+')
        && s.word(j + 1).is_none()
        && s.digits(j + 1).is_none()
        && !s.is_ch(j + 1, '+')
    {
        Some(j + 1)
    } else {
        None
    }
}

/// A sign at `k` ("+", "-"): its factor and the index after it.
fn sign_at(s: &Scan, k: usize) -> (i32, usize) {
    match s.ch(k) {
        Some('-' | '−') => (-1, k + 1),
        Some('+') => (1, k + 1),
        _ => (1, k),
    }
}

/// Whether a lower-case plural noun follows ("2.5m families"): a count, so
/// "m" is a million rather than metres.
fn followed_by_plural(s: &Scan, k: usize) -> bool {
    let k = s.sp(k);
    s.word(k).is_some_and(|w| {
        w.len() > 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !w.chars().all(|c| c.is_ascii_uppercase())
            && (w.ends_with('s') && !w.ends_with("ss") || w == "people")
            && s.sense(k).unit.is_none()
    })
}

fn followed_by_currency(s: &Scan, k: usize) -> bool {
    s.sense(s.sp(k)).currency.is_some()
}

/// A digit fraction whose numerator has been read, from the "/" at `j`.
fn fraction(s: &Scan, j: usize, plain: bool) -> Option<(f64, usize)> {
    if !plain || !s.is_ch(j, '/') {
        return None;
    }
    fraction_digits(s, j - 1)
}

/// "3/4" starting at the digits `i`: a proper fraction whose denominator
/// is one of [`DENOMINATORS`], or a mixed number that lost its space
/// ("41/2", 4.5).
fn fraction_digits(s: &Scan, i: usize) -> Option<(f64, usize)> {
    let n: u32 = s.digits(i)?.parse().ok()?;
    if !s.is_ch(i + 1, '/') {
        return None;
    }
    let d: u32 = s.digits(i + 2)?.parse().ok()?;
    if !DENOMINATORS.contains(&d) || n == 0 || s.is_ch(i + 3, '/') || !s.boundary(i + 3) {
        return None;
    }
    if n < d {
        return Some((f64::from(n) / f64::from(d), i + 3));
    }
    // A mixed number whose space was lost ("41/2 years" for 4 1/2); no
    // other improper fraction ("2009/10" is a season, "24/8" a day).
    let (whole, part) = (n / 10, n % 10);
    (n < 100 && part > 0 && part < d && matches!(d, 2 | 4))
        .then(|| (f64::from(whole) + f64::from(part) / f64::from(d), i + 3))
}

/// The connector after a number word at `j`: the index of the next word when
/// a space, a hyphen (spaced or not) or "and" joins them.
fn joined(s: &Scan, j: usize) -> Option<(usize, bool)> {
    let k = s.sp(j);
    if s.is_dash(k) && matches!(s.ch(k), Some('-' | '‐' | '‑')) {
        let k = s.sp(k + 1);
        // "two-and-a-half": "and" between hyphens.
        if s.is(k, "and") && s.is_dash(k + 1) {
            return s.word(k + 2).map(|_| (k + 2, true));
        }
        return s.word(k).map(|_| (k, false));
    }
    if k == j {
        return None;
    }
    if s.is(k, "and") && s.is_space(k + 1) {
        return s.word(k + 2).map(|_| (k + 2, true));
    }
    s.word(k).map(|_| (k, false))
}

/// A number in words, with fractions, decimals ("point five") and dozens.
fn words(s: &Scan, i: usize) -> Option<Num> {
    let mut num = Num {
        start: i,
        end: i,
        value: None,
        words: true,
        plain: None,
        ordinal: false,
        scaled: false,
    };
    // "several hundred", "a few thousand": a vague count of a scale.
    let scale_at = if s.is(i, "several") && s.is_space(i + 1) {
        Some(i + 2)
    } else if s.is(i, "a") && s.is_space(i + 1) && s.is(i + 2, "few") && s.is_space(i + 3) {
        Some(i + 4)
    } else {
        None
    };
    if let Some(k) = scale_at.filter(|&k| {
        matches!(
            s.sense(k).cardinal,
            Some(Cardinal::Hundred | Cardinal::Scale(_) | Cardinal::Dozen)
        ) && s.boundary(k + 1)
    }) {
        num.end = k + 1;
        return Some(num);
    }
    // "a" or "an" only before a scale, a dozen or a fraction: "a dozen", "a third".
    let mut j = i;
    let mut article = false;
    if s.is_any(i, &["a", "an"]) && s.is_space(i + 1) {
        let next = s.sense(i + 2);
        let ok = matches!(
            next.cardinal,
            Some(Cardinal::Hundred | Cardinal::Scale(_) | Cardinal::Dozen | Cardinal::Tens(_))
        ) || next.denominator.is_some()
            || next.ordinal.is_some_and(|o| o >= 2.0);
        // "a dollar", "a euro", "a cent": one of the currency, written so in
        // "less than a dollar a day" (not "a dollar-denominated bond", nor
        // "a dollar store").
        // Not a kind of shop: "a dollar store", "a pound shop".
        let shop = s.is_space(i + 3) && s.is_any(i + 4, &["store", "stores", "shop", "shops"]);
        if next.currency.is_some()
            && s.is_any(i + 2, ONE_OF_A_CURRENCY)
            && s.boundary(i + 3)
            && !s.is_dash(i + 3)
            && !shop
        {
            num.value = Some(1.0);
            num.end = i + 1;
            return Some(num);
        }
        // "a third term", "a seventh season", "a third Obama term", "a third
        // and final vote": an ordinal before its noun or a name's adjective,
        // no fraction ("a third of voters", "cut by a third from 2007", "a
        // third said", "a third in New Hampshire").
        let ordinal_before_noun = next.ordinal.is_some()
            && next.denominator.is_none()
            && s.is_space(i + 3)
            && (s.word(i + 4).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_alphabetic)
                    && !w.ends_with("ed")
                    && !AFTER_A_FRACTION.contains(&w)
            }) || s.is(i + 4, "and")
                && s.is_space(i + 5)
                && s.is_any(i + 6, &["final", "last"]));
        // "a third-party candidate", "a third-largest city": an ordinal in a
        // compound, no fraction.
        // "a fourth-, fifth- or sixth-place finish": one left hanging.
        let compound = next.ordinal.is_some()
            && next.denominator.is_none()
            && s.is_dash(i + 3)
            && (s.word(i + 4).is_some() || s.is_ch(i + 4, ',') || s.is_space(i + 4));
        if !ok || s.is(i + 2, "second") || ordinal_before_noun || compound {
            return None;
        }
        article = true;
        j = i + 2;
    }
    if s.is(j, "half") {
        // "half", "half a dozen".
        let mut value = 0.5;
        let mut end = j + 1;
        if s.is_space(j + 1) && s.is(j + 2, "a") && s.is_space(j + 3) && s.is(j + 4, "dozen") {
            value = 6.0;
            end = j + 5;
        } else if s.is_dash(j + 1) && s.is(j + 2, "dozen") {
            // "a half-dozen".
            value = 6.0;
            end = j + 3;
        } else if let (true, Some(Cardinal::Scale(v))) = (
            s.is_dash(j + 1) || s.is_space(j + 1),
            s.sense(j + 2).cardinal,
        ) {
            // "a half-million", "half a billion" is read before.
            value = scaled(0.5, v);
            end = j + 3;
            num.scaled = true;
        }
        num.value = Some(value);
        num.end = end;
        return Some(num);
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last: Option<Cardinal> = if article {
        Some(Cardinal::Unit(1.0))
    } else {
        None
    };
    if article {
        current = 1.0;
    }
    let mut largest_scale = f64::INFINITY;
    let mut last_tens = 0.0;
    // The tens came after "and": "one hundred and thirty fifths" is 130/5.
    let mut tens_after_and = false;
    let mut end = j;
    let mut k = j;
    let mut via_and = false;
    let mut saw_any = article;
    while let Some(c) = s.sense(k).cardinal {
        let ok = match (last, c) {
            (None, Cardinal::Unit(_) | Cardinal::Tens(_)) => true,
            (Some(Cardinal::Tens(_)), Cardinal::Unit(v)) => v < 10.0 && !via_and,
            (
                Some(Cardinal::Hundred | Cardinal::Scale(_)),
                Cardinal::Unit(_) | Cardinal::Tens(_),
            ) => true,
            (Some(Cardinal::Unit(_) | Cardinal::Tens(_)), Cardinal::Hundred) => !via_and,
            (
                Some(Cardinal::Unit(_) | Cardinal::Tens(_) | Cardinal::Hundred),
                Cardinal::Scale(v),
            ) => v < largest_scale && !via_and,
            (Some(Cardinal::Scale(a)), Cardinal::Scale(b)) => b > a && current == 0.0 && !via_and,
            (Some(Cardinal::Unit(_) | Cardinal::Tens(_) | Cardinal::Hundred), Cardinal::Dozen) => {
                !via_and
            }
            _ => false,
        };
        if !ok {
            break;
        }
        // "one hundred and three quarters": the fraction after "and" stands apart.
        let proper = |n: usize| {
            let v = match c {
                Cardinal::Unit(v) | Cardinal::Tens(v) => v,
                _ => f64::INFINITY,
            };
            s.sense(n).denominator.is_some_and(|d| v < d)
        };
        if via_and && joined(s, k + 1).is_some_and(|(n, and)| !and && proper(n)) {
            break;
        }
        match c {
            Cardinal::Unit(v) => current += v,
            Cardinal::Tens(v) => {
                current += v;
                last_tens = v;
                tens_after_and = via_and;
            }
            Cardinal::Hundred => current = current.max(1.0) * 100.0,
            Cardinal::Scale(v) if matches!(last, Some(Cardinal::Scale(_))) => {
                total *= v;
                largest_scale = v;
                num.scaled = true;
            }
            Cardinal::Scale(v) => {
                total += current.max(1.0) * v;
                current = 0.0;
                largest_scale = v;
                num.scaled = true;
            }
            Cardinal::Dozen => {
                let low = current % 100.0;
                current = current - low + low.max(1.0) * 12.0;
            }
        }
        if !matches!(c, Cardinal::Tens(_)) {
            last_tens = 0.0;
        }
        saw_any = true;
        last = Some(c);
        end = k + 1;
        match joined(s, k + 1) {
            Some((next, and)) => {
                k = next;
                via_and = and;
            }
            None => break,
        }
        if matches!(c, Cardinal::Dozen) {
            break;
        }
    }
    if article && end == j {
        // "a fifth", "a hundredth", "a twenty-first".
        let (d, dend) = denominator(s, j, 1.0)?;
        num.value = Some(1.0 / d);
        num.end = dend;
        return Some(num);
    }
    if !saw_any {
        // A bare ordinal word: "third".
        if let Some(o) = s.sense(j).ordinal.filter(|_| !article) {
            let (o, end) = compound_ordinal(s, j, 0.0, o);
            num.value = Some(o);
            num.ordinal = true;
            num.end = end;
            return Some(num);
        }
        if !article {
            return vague(s, i);
        }
    }
    let mut value = total + current;
    num.end = end;
    // Compound ordinals: "twenty-fifth", "thirty first", "one hundred and
    // first" (a unit's ordinal is a fraction instead: "one third").
    if let Some((next, and)) = joined(s, end) {
        let after_tens = matches!(last, Some(Cardinal::Tens(_))) && !and;
        let after_hundreds = matches!(last, Some(Cardinal::Hundred | Cardinal::Scale(_)));
        let o = s
            .sense(next)
            .ordinal
            .filter(|_| s.sense(next).denominator.is_none());
        if let Some(o) = o.filter(|o| (after_tens && *o < 10.0) || (after_hundreds && *o < 100.0)) {
            num.value = Some(value + o);
            num.ordinal = true;
            num.end = next + 1;
            return Some(num);
        }
    }
    // "point five": decimals read digit by digit.
    if s.is_space(end) && s.is(end + 1, "point") && s.is_space(end + 2) {
        let mut frac = 0.0;
        let mut scale = 1.0;
        let mut k = end + 3;
        let mut any = false;
        while let Some(Cardinal::Unit(v) | Cardinal::Tens(v)) = s.sense(k).cardinal {
            let mut v = v;
            let mut kend = k + 1;
            if v >= 20.0 {
                if let Some((n, _)) = joined(s, k + 1) {
                    if let Some(Cardinal::Unit(u)) = s.sense(n).cardinal {
                        if u < 10.0 && u > 0.0 {
                            v += u;
                            kend = n + 1;
                        }
                    }
                }
            }
            let digits = if v >= 10.0 { 2 } else { 1 };
            frac = frac * 10f64.powi(digits) + v;
            scale *= 10f64.powi(digits);
            any = true;
            num.end = kend;
            match joined(s, kend) {
                Some((n, false)) => k = n,
                _ => break,
            }
        }
        if any {
            value += frac / scale;
            // "two point two million".
            if let Some((next, false)) = joined(s, num.end) {
                if let Some(Cardinal::Scale(v)) = s.sense(next).cardinal {
                    value = scaled(value, v);
                    num.end = next + 1;
                    num.scaled = true;
                }
            }
        }
    }
    // Fractions: "two thirds", "one-eighth", "a hundred trillionths",
    // "one hundred thirty-fifths", "one and a half".
    if let Some((next, and)) = joined(s, num.end) {
        if and {
            // "a million and a half": half a million.
            let unit = match last {
                Some(Cardinal::Scale(v)) => v,
                _ => 1.0,
            };
            if s.is(next, "a") && s.is_space(next + 1) {
                if let Some(d) = s.sense(next + 2).denominator.or(s.sense(next + 2).ordinal) {
                    if d >= 2.0 {
                        num.value = Some(value + unit / d);
                        num.end = next + 3;
                        return Some(num);
                    }
                }
            } else if let Some(inner) = words(s, next) {
                if let Some(v) = inner.value.filter(|v| *v < 1.0 && !inner.ordinal) {
                    num.value = Some(value + v * unit);
                    num.end = inner.end;
                    return Some(num);
                }
            }
        } else if let Some((d, dend)) = denominator(s, next, value) {
            // Re-split "one hundred thirty-fifths" (or "thirty fifths"): the
            // tens belong below, as in "three thirty-seconds of an inch".
            // Unhyphenated only before a plural of "third" to "ninth" ("thirty
            // seconds" is a duration, "twenty quarters" no compound).
            let hyphen = s.is_dash(num.end);
            let compound = hyphen || !tens_after_and && s.is_any(next, UNIT_DENOMINATORS);
            if compound && last_tens > 0.0 && value > last_tens {
                let (d2, dend2) = compound_ordinal(s, next, last_tens, d);
                num.value = Some((value - last_tens) / d2);
                num.end = dend2;
                return Some(num);
            }
            num.value = Some(value / d);
            num.end = dend;
            return Some(num);
        }
    }
    num.value = Some(value);
    Some(num)
}

/// Words after "a third" that make it a fraction, not an ordinal before
/// its noun: "a third of", "by a third from", "a third said" (and verbs in
/// -ed: "a third agreed").
const AFTER_A_FRACTION: &[&str] = &[
    "of", "and", "or", "percent", "in", "from", "to", "by", "on", "at", "for", "with", "than",
    "said", "say", "says", "were", "was", "are", "is", "have", "has", "had", "would", "will",
    "could", "should", "may", "might", "did", "do", "does", "think", "believe", "want", "support",
    "oppose", "favor", "now", "still", "also", "less", "more", "since", "over", "after", "before",
    "during", "this", "last", "a", "an", "the", "compared", "against", "versus",
];

/// Currencies that "a" counts one of: "a dollar". Not "a pound", more often
/// of weight, nor "a penny", a cent in American copy and a penny in British.
const ONE_OF_A_CURRENCY: &[&str] = &["dollar", "euro", "cent", "rupee", "yuan"];

/// Plurals of the unit ordinals that end a compound denominator without a
/// hyphen: "one hundred thirty fifths" is 100/35.
const UNIT_DENOMINATORS: &[&str] = &[
    "thirds", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths",
];

/// The value of a compound ordinal whose last word ("first", "fifths") is at
/// `k` with value `o`, after `prefix` ("twenty" -> 20).
fn compound_ordinal(_s: &Scan, k: usize, prefix: f64, o: f64) -> (f64, usize) {
    let v = if o >= 100.0 {
        prefix.max(1.0) * o
    } else {
        prefix + o
    };
    (v, k + 1)
}

/// A denominator at `k` after a numerator `n`: "thirds", "fifth", "twenty-fifth",
/// "hundred fifth".
fn denominator(s: &Scan, k: usize, n: f64) -> Option<(f64, usize)> {
    let sense = s.sense(k);
    if let Some(d) = sense.denominator {
        // "ninety seconds" is a duration; halves of a whole are written "2/2"
        // no one says. Only a compound takes it: "three thirty-seconds".
        if s.is(k, "seconds") {
            return None;
        }
        // "three quarters of the vote" is a fraction; "the past four
        // quarters", "two quarters ago", "for the next two quarters." count
        // quarters of a year.
        if s.is(k, "quarters") {
            let after_a_period_word = s.back(k).and_then(|n| s.back(n)).is_some_and(|b| {
                s.is_any(
                    b,
                    &[
                        "next", "past", "last", "coming", "previous", "first", "final",
                    ],
                )
            });
            let ago = s.is_space(k + 1) && s.is(k + 2, "ago");
            if (after_a_period_word || ago)
                && !s.is(s.sp(k + 1), "of")
                && !s.is_ch(k.wrapping_sub(1), '-')
            {
                return None;
            }
        }
        if n == 1.0 || sense.ordinal.is_none() || s.is_any(k, &["half", "quarter"]) {
            return Some((d, k + 1));
        }
        return (n > 1.0).then_some((d, k + 1));
    }
    if let Some(o) = sense.ordinal.filter(|o| *o >= 3.0) {
        // A singular ordinal only after "one" or "a": "one fifth".
        return (n == 1.0).then_some((o, k + 1));
    }
    // Compound: "twenty-fifth", "twenty fifths", "hundred fifth".
    let c = sense.cardinal?;
    let prefix = match c {
        Cardinal::Tens(v) => v,
        Cardinal::Hundred => 100.0,
        _ => return None,
    };
    let (next, _) = joined(s, k + 1)?;
    let ns = s.sense(next);
    let o = ns.denominator.or(ns.ordinal.filter(|_| n == 1.0))?;
    if (10.0..100.0).contains(&o) {
        return None;
    }
    Some(compound_ordinal(s, next, prefix, o))
}

/// A vague count: "dozens", "hundreds of", "tens of thousands".
fn vague(s: &Scan, i: usize) -> Option<Num> {
    if !s.sense(i).vague {
        return None;
    }
    let mut end = i + 1;
    // "tens of thousands", "hundreds of millions".
    if s.is_space(end) && s.is(end + 1, "of") && s.is_space(end + 2) && s.sense(end + 3).vague {
        end += 4;
    } else if s.is(i, "tens") || s.is(i, "scores") {
        return None;
    }
    Some(Num {
        start: i,
        end,
        value: None,
        words: true,
        plain: None,
        ordinal: false,
        scaled: false,
    })
}

/// A signed number at `i`: "-1", "minus five", "−4/5". Returns the number and
/// the index where it starts, sign included.
pub(super) fn signed_number(s: &Scan, i: usize, money: bool) -> Option<(Num, usize)> {
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
    if let Some(r) = ratio_in(s, &n, money) {
        return Some((r, i));
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

/// Denominators of a proportion told "one in five", "7 in 10".
const RATIO_DENOMINATORS: &[f64] = &[
    2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 20.0, 25.0, 50.0, 100.0, 1000.0,
];

/// A proportion told with "in" after the number `n`: "one in five
/// Americans", "nearly three in four say", "7 in 10 voters" (0.2, 0.75,
/// 0.7), "a 1 in 625 chance". Not "2 in 10 minutes", "5 in 2015",
/// "Uranium One in three".
fn ratio_in(s: &Scan, n: &Num, money: bool) -> Option<Num> {
    // "one in five", and glued by hyphens: "a 1-in-10 chance".
    let hyphens = s.is_dash(n.end) && s.is(n.end + 1, "in") && s.is_dash(n.end + 2);
    let k = s.sp(n.end);
    let spaced = k > n.end && s.is(k, "in") && s.is_space(k + 1);
    if money || n.ordinal || !(hyphens || spaced) {
        return None;
    }
    let k = if hyphens { n.end + 1 } else { k };
    // "Uranium One in three deals": a capitalized word after a name is the name's.
    if n.words && s.capitalized(n.start) && s.back(n.start).is_some_and(|w| s.capitalized(w)) {
        return None;
    }
    let a = n.value.filter(|a| a.fract() == 0.0 && *a >= 1.0)?;
    let d = number(s, k + 2, false).filter(|d| !d.ordinal && !d.scaled)?;
    // One in any number that is no year: odds, "a 1 in 625 chance".
    let year = d.plain == Some(4) && d.value.is_some_and(|y| (1800.0..=2100.0).contains(&y));
    let b = d.value.filter(|b| {
        (RATIO_DENOMINATORS.contains(b) || a == 1.0 && b.fract() == 0.0 && !year) && a < *b
    })?;
    let after = s.sp(d.end);
    let sense = s.sense(after);
    let measured = sense.time_unit.is_some()
        || sense.currency.is_some()
        || sense.unit.is_some()
        || sense.month > 0
        || s.is_dash(d.end)
        || matches!(s.ch(after), Some('%' | '$' | '€' | '£'));
    if measured {
        return None;
    }
    Some(Num {
        end: d.end,
        value: Some(a / b),
        plain: None,
        ..*n
    })
}

/// " and a half" at `k`, after a unit of time: the index after it.
pub(super) fn and_a_half(s: &Scan, k: usize) -> Option<usize> {
    let words = ["and", "a", "half"];
    let mut j = k;
    for w in words {
        if !(s.is_space(j) && s.is(j + 1, w)) {
            return None;
        }
        j += 2;
    }
    Some(j)
}

/// `value` times the scale `by`, to 12 significant digits: what is written
/// ("$65.4 billion") has fewer, and the product of two floats can carry noise
/// past them (65.4 * 1e9 is 65400000000.00001).
pub(super) fn scaled(value: f64, by: f64) -> f64 {
    let product = value * by;
    format!("{product:.11e}").parse().unwrap_or(product)
}

#[cfg(test)]
mod tests {
    use super::super::scan::Atoms;
    use super::*;

    fn read(text: &str) -> Option<(String, Option<f64>)> {
        let atoms = Atoms::of(text, &[]);
        let s = atoms.scan();
        let n = number(&s, 0, false)?;
        Some((text[s.start(n.start)..s.end(n.end)].to_string(), n.value))
    }

    macro_rules! t {
        ($text:expr, $span:expr, $value:expr) => {
            let (span, value) = read($text).unwrap_or_else(|| panic!("no number in {:?}", $text));
            assert_eq!(span, $span, "span of {:?}", $text);
            let value = value.unwrap_or(f64::NAN);
            let want: f64 = $value;
            assert!(
                (value - want).abs() <= 1e-9 * want.abs().max(1.0),
                "value of {:?}: {value}",
                $text
            );
        };
    }

    #[test]
    fn digits_and_words() {
        t!("1,200 people", "1,200", 1200.0);
        t!("3.5 points", "3.5", 3.5);
        t!("1.2bn", "1.2bn", 1.2e9);
        t!("40 million euros", "40 million", 4e7);
        t!("10k runners", "10k", 1e4);
        t!("1MM", "1MM", 1e6);
        t!("21st", "21st", 21.0);
        t!("3/4 of them", "3/4", 0.75);
        t!("10 1/2 miles", "10 1/2", 10.5);
        t!("14-1/2 dlrs", "14-1/2", 14.5);
        t!("1e10", "1e10", 1e10);
        t!("twenty-five", "twenty-five", 25.0);
        t!("a dozen eggs", "a dozen", 12.0);
        t!("two-thirds of voters", "two-thirds", 2.0 / 3.0);
        t!(
            "one hundred and sixty-one",
            "one hundred and sixty-one",
            161.0
        );
        t!("three dozens", "three dozens", 36.0);
        t!("half a dozen", "half a dozen", 6.0);
        t!(
            "two hundred point zero three",
            "two hundred point zero three",
            200.03
        );
        t!("one and a half hours", "one and a half", 1.5);
        t!("a hundred trillionths", "a hundred trillionths", 1e-10);
        t!(
            "one hundred thirty-fifths",
            "one hundred thirty-fifths",
            100.0 / 35.0
        );
        t!("three twenty-firsts", "three twenty-firsts", 3.0 / 21.0);
        t!("40 000 fans", "40 000", 40000.0);
        t!("3,5 million", "3,5 million", 3.5e6);
        t!("1,25 per cent", "1,25", 1.25);
        t!("1,2,3", "1", 1.0);
        t!("two point two million", "two point two million", 2.2e6);
        t!("twenty-fifth", "twenty-fifth", 25.0);
        t!("thirty first", "thirty first", 31.0);
        t!("one hundred and first", "one hundred and first", 101.0);
        t!("one third", "one third", 1.0 / 3.0);
        t!("a half-dozen allies", "a half-dozen", 6.0);
        t!(
            "one hundred and thirty fifths",
            "one hundred and thirty fifths",
            26.0
        );
        t!("ninety seconds", "ninety", 90.0);
        t!("three thirty-seconds", "three thirty-seconds", 3.0 / 32.0);
        t!("12,345", "12,345", 12345.0);
        t!(
            "one hundred thirty fifths",
            "one hundred thirty fifths",
            100.0 / 35.0
        );
        t!("third place", "third", 3.0);
    }

    #[test]
    fn not_numbers() {
        assert_eq!(read("a man"), None);
        assert_eq!(read("an apple"), None);
        assert!(read("dozens of").unwrap().1.is_none());
        assert_eq!(read("tens"), None);
    }
}

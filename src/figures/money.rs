//! Currencies around an amount: signs and codes before it ("US$", "€",
//! "Rs."), and signs, names and codes after it ("100 €", "40m euros",
//! "125 million Australian dollars", "50 cents", "40 USD").

use super::candidate::Found;
use super::lexer::AtomKind;
use super::scan::Scan;
use super::vocab;
use crate::analysis::FigureKind;

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
    // Other dollars and pesos with a letter sign: "Z$ 1,000" (Zimbabwe's),
    // "J$", "EC$", "TT$", "N$", "BZ$", "RD$", "MX$".
    (&["Z", "$"], "ZWL"),
    (&["J", "$"], "JMD"),
    (&["EC", "$"], "XCD"),
    (&["TT", "$"], "TTD"),
    (&["N", "$"], "NAD"),
    (&["BZ", "$"], "BZD"),
    (&["RD", "$"], "DOP"),
    (&["MX", "$"], "MXN"),
    (&["Rs", "."], "INR"),
    (&["DM"], "DEM"),
    (&["$"], "USD"),
    (&["£"], "GBP"),
    // Text that went through the Penn Treebank's conventions writes "£" as
    // "#": "GB # 20.1 billion", "# 13 billion" (see `pound_as_hash`).
    (&["GB", "#"], "GBP"),
    (&["#"], "GBP"),
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
    // Kenyan shillings, Ghanaian cedis: "KSh 2.5 billion", "GH¢1.9 trillion".
    (&["KSh"], "KES"),
    (&["Ksh"], "KES"),
    (&["Sh"], "KES"),
    // The rand and the naira by their letter, glued to an amount shaped as
    // money only ([`letter_money`]): "R15.12", "R2.4 billion", "N500 per
    // litre" (not "R2-D2", "N95 masks").
    (&["R"], "ZAR"),
    (&["N"], "NGN"),
    (&["GH", "¢"], "GHS"),
    (&["GH", "₵"], "GHS"),
    // Wire copy: "dlrs 25", "RM 1 million".
    (&["dlrs"], "USD"),
    (&["Dlrs"], "USD"),
    (&["RM"], "MYR"),
    // Indonesian rupiah: "Rp 10 trillion", "Rp500,000".
    (&["Rp"], "IDR"),
    // Reuters style of the 1990s: "stg 5 mln".
    (&["stg"], "GBP"),
    (&["Stg"], "GBP"),
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
    (&["KWD"], "KWD"),
    (&["EGP"], "EGP"),
    (&["QAR"], "QAR"),
    (&["SAR"], "SAR"),
    (&["AED"], "AED"),
    (&["ILS"], "ILS"),
    (&["MYR"], "MYR"),
    (&["IDR"], "IDR"),
    (&["PKR"], "PKR"),
    (&["NGN"], "NGN"),
    (&["KES"], "KES"),
    (&["ZAR"], "ZAR"),
    (&["PLN"], "PLN"),
];

/// A currency before an amount at `i`: its code and the index of the amount.
pub(super) fn currency_prefix(s: &Scan, i: usize) -> Option<(&'static str, usize)> {
    // Quick reject: prefixes start with a symbol or a capital letter (or
    // u/c/hk/dlrs/stg in lower case text).
    match s.kind(i)? {
        AtomKind::Word if s.str(i).len() <= 4 => {
            let first = s.str(i).chars().next()?;
            if first.is_ascii_lowercase()
                && !matches!(first, 'u' | 'c' | 'h' | 'a' | 'r' | 'd' | 's')
            {
                return None;
            }
            // A sign, a period or digits come next in every prefix ("US$", "Rs.", "USD 5").
            let next = s.sp(i + 1);
            let sign = matches!(s.ch(i + 1), Some('$' | '¢' | '₵'))
                || s.is_ch(next, '$')
                || s.is_ch(i + 1, '.')
                || s.is_ch(next, '#') && pound_as_hash(s, next);
            if !sign && s.digits(next).is_none() {
                return None;
            }
        }
        AtomKind::Other(c) if !c.is_ascii() || c == '$' => {}
        AtomKind::Other('#') if pound_as_hash(s, i) => {}
        _ => return None,
    }
    for (parts, code) in CURRENCY_PREFIXES {
        let mut k = i;
        let mut ok = true;
        for (n, part) in parts.iter().enumerate() {
            // Parts may be spaced in tokenized text ("c $ 16.4 million"), never after the sign.
            if n > 0 && s.is_space(k) && matches!(*part, "$" | "#") {
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
        let letter = parts.len() == 1
            && parts[0].len() == 1
            && parts[0].chars().all(|c| c.is_ascii_alphabetic());
        if letter && !letter_money(s, k) {
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

/// Whether the amount glued at `k` to a currency's single letter ("R", "N")
/// is shaped as money: groups of thousands ("N1,500"), two decimals
/// ("R15.12"), a scale ("R2.4 billion", "N3bn") or a price's "per" or "a"
/// after it ("N500 per litre").
fn letter_money(s: &Scan, k: usize) -> bool {
    if s.digits(k).is_none() || !s.glued(k) {
        return false;
    }
    let mut j = k + 1;
    let mut grouped = false;
    while s.is_ch(j, ',') && s.digits(j + 1).is_some_and(|d| d.len() == 3) {
        (j, grouped) = (j + 2, true);
    }
    let cents = s.is_ch(j, '.') && s.digits(j + 1).is_some_and(|d| d.len() == 2);
    if s.is_ch(j, '.') && s.digits(j + 1).is_some() {
        j += 2;
    }
    let w = s.sp(j);
    let scale = s.sense(w).suffix_scale.is_some()
        || matches!(s.sense(w).cardinal, Some(super::vocab::Cardinal::Scale(_)));
    grouped || cents || scale || w > j && s.is_any(w, &["per", "a"])
}

/// Whether the "#" at `i` stands for "£", as the Penn Treebank's conventions
/// write it: spaced from a number with a scale ("# 13 billion", "# 1.2 mln")
/// inside a line. "#1" is a rank, "# 3" a heading's number.
fn pound_as_hash(s: &Scan, i: usize) -> bool {
    let k = i + 1;
    let Some(d) = s.digits(k + 1).filter(|_| s.is_space(k)) else {
        return false;
    };
    // Past the digits, their separators and decimals, to a scale word.
    let mut j = k + 2;
    while matches!(s.ch(j), Some(',' | '.')) && s.digits(j + 1).is_some() {
        j += 2;
    }
    let scale = s.sp(j);
    let scaled = scale > j
        && (s.sense(scale).suffix_scale.is_some()
            || matches!(
                s.sense(scale).cardinal,
                Some(super::vocab::Cardinal::Scale(_))
            ));
    !d.is_empty() && scaled && s.back(i).is_some()
}

/// Nationality words before a currency name: "australian dollars".
const CURRENCY_ADJECTIVES: &[(&str, &str, &str)] = &[
    ("us", "dollar", "USD"),
    ("american", "dollar", "USD"),
    ("united", "dollar", "USD"),
    ("new", "dollar", "NZD"),
    ("jamaican", "dollar", "JMD"),
    ("namibian", "dollar", "NAD"),
    ("south", "rand", "ZAR"),
    ("brazilian", "real", "BRL"),
    ("polish", "zlot", "PLN"),
    ("czech", "korun", "CZK"),
    ("hungarian", "forint", "HUF"),
    ("russian", "rouble", "RUB"),
    ("australian", "dollar", "AUD"),
    ("canadian", "dollar", "CAD"),
    ("singapore", "dollar", "SGD"),
    ("taiwan", "dollar", "TWD"),
    ("zimbabwean", "dollar", "ZWL"),
    ("swiss", "franc", "CHF"),
    ("guinean", "franc", "GNF"),
    ("cfa", "franc", "XOF"),
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
    ("kuwaiti", "dinar", "KWD"),
    ("iraqi", "dinar", "IQD"),
    ("jordanian", "dinar", "JOD"),
    ("lebanese", "pound", "LBP"),
    ("qatari", "riyal", "QAR"),
    ("saudi", "riyal", "SAR"),
    ("malaysian", "ringgit", "MYR"),
    ("malaysia", "ringgit", "MYR"),
    ("swedish", "krona", "SEK"),
    ("norwegian", "krone", "NOK"),
    ("danish", "krone", "DKK"),
    ("moldovan", "le", "MDL"),
];

/// A hundredth of a dollar (or of another currency's main unit), as news
/// and wire copy write it: "50 cents", "3 cts".
const CENTS: &[&str] = &["cent", "cents", "cts"];

/// The hundredths of a currency told by a word of their own: cents, pence,
/// the rupee's paise.
const HUNDREDTHS: &[&str] = &[
    "cent", "cents", "cts", "pence", "penny", "p", "paise", "paisa",
];

/// A currency after an amount at `k`: its code, the index after it, and the
/// factor to the main unit (0.01 for cents).
pub(super) fn currency_suffix(
    s: &Scan,
    k: usize,
    scaled: bool,
) -> Option<(&'static str, usize, f64)> {
    // Symbols after the amount: "100 €", "100元". Not one that opens the
    // next amount: "nine $2,500 donations", "two £1bn parks", a table's
    // "$10,756 $13,102".
    if let Some(c) = s.ch(k) {
        if s.digits(k + 1).is_some() {
            return None;
        }
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
        // Two words: "Sri Lankan", "New Zealand", "United States", "South
        // African".
        let two = [
            ("sri", "lankan"),
            ("new", "zealand"),
            ("united", "states"),
            ("south", "african"),
        ];
        let n = match two.iter().find(|(a, _)| s.is(k, a)) {
            Some((_, b)) if s.is_space(k + 1) && s.is(k + 2, b) => k + 4,
            Some(_) => return None,
            None => k + 2,
        };
        let base_word = |x: &str| {
            let x = x.to_ascii_lowercase();
            // "19 United States cents", "50 Canadian cents", and wire
            // copy's "12 mln Canadian dlrs", "30 Canadian cts".
            x.starts_with(base)
                || base == "dollar" && (CENTS.contains(&x.as_str()) || x == "dlr" || x == "dlrs")
        };
        if s.is_space(n - 1) && s.word(n).is_some_and(base_word) {
            adjective = Some(code);
            at = n;
        }
    }
    if s.is(k, "hong") && s.is(k + 2, "kong") && s.is(k + 4, "dollars") {
        return Some(("HKD", k + 5, 1.0));
    }
    // "2 trillion won": the Korean currency only after a scale, where the
    // verb cannot stand ("5 won" is more often a count of wins).
    if scaled && s.is(k, "won") && s.boundary(k + 1) {
        return Some(("KRW", k + 1, 1.0));
    }
    // The German mark, of wire copy before the euro: after a scale ("1.5
    // billion marks") or named ("3 billion German marks", "Deutsche marks");
    // "high marks" and "5 marks" stay words.
    if scaled && s.is(k, "marks") && s.boundary(k + 1) {
        return Some(("DEM", k + 1, 1.0));
    }
    // "1.4788 DM", and "1.4788 marks" in a text of Germany ("the Bundesbank",
    // "German"): the mark of wire copy.
    if s.word(k) == Some("DM") && s.boundary(k + 1)
        || s.is(k, "marks") && s.boundary(k + 1) && names_germany(s.text)
    {
        return Some(("DEM", k + 1, 1.0));
    }
    if s.is_any(k, &["german", "deutsche"])
        && s.is_space(k + 1)
        && s.is_any(k + 2, &["mark", "marks"])
    {
        return Some(("DEM", k + 3, 1.0));
    }
    // "4.5 billion U.S. dollars".
    if s.is(k, "U") && s.is_ch(k + 1, '.') && s.is(k + 2, "S") && s.is_ch(k + 3, '.') {
        let d = k + 5;
        if s.is_space(k + 4) && s.is_any(d, &["dollar", "dollars"]) {
            return Some(("USD", d + 1, 1.0));
        }
        if s.is_space(k + 4) && s.is_any(d, CENTS) {
            return Some(("USD", d + 1, 0.01));
        }
    }
    let word = s.word(at)?;
    let code = s.sense(at).currency?;
    if word == "p" && !s.glued(at) {
        return None;
    }
    // "one P&G employee": a name's initial, no pence.
    if word.eq_ignore_ascii_case("p") && (s.is_ch(at + 1, '&') || !s.boundary(at + 1)) {
        return None;
    }
    // Short codes only in capitals ("40 USD"), so that "try" and "rub" stay words.
    if word.len() == 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !["yen", "rmb", "stg", "lei", "leu", "lev", "cts", "dlr"].contains(&word)
    {
        return None;
    }
    // Pounds without a scale or "sterling" are more often weight; not with
    // their worth in another currency after them ("182 pounds ($282)").
    let worth_after = s.is_space(at + 1)
        && s.is_ch(at + 2, '(')
        && currency_prefix(s, at + 3).is_some_and(|(c, _)| c != "GBP");
    // "hundreds of pounds of illicit drugs", "two million pounds of
    // beef": a weight of something, whatever the scale.
    // Not money's own things: "2 million pounds of taxpayers' money",
    // "pounds of debt", "1.5 billion pounds of bonds".
    const MONEY_THINGS: &[&str] = &[
        "money",
        "debt",
        "debts",
        "bonds",
        "cash",
        "funding",
        "funds",
        "revenue",
        "revenues",
        "savings",
        "loans",
        "investment",
        "spending",
        "aid",
        "taxpayers",
        "public",
        "sales",
        "profit",
        "profits",
        "losses",
        "assets",
        "capital",
        "equity",
        "shares",
        "stock",
        "credit",
        "damages",
        "fines",
        "tax",
        "taxes",
    ];
    let of_a_thing =
        s.is_space(at + 1) && s.is(at + 2, "of") && !s.is_any(s.sp(at + 3), MONEY_THINGS);
    if s.is_any(at, &["pound", "pounds"]) && of_a_thing {
        return None;
    }
    // "three lei around her neck": Hawaii's garlands; the leu only after
    // digits or a scale ("500 lei", "1.2 billion lei").
    if s.is_any(at, &["lei", "leu"]) && !scaled && s.digits(k.wrapping_sub(2)).is_none() {
        return None;
    }
    if s.is_any(at, &["pound", "pounds"])
        && !scaled
        && adjective.is_none()
        && !s.is(at + 2, "sterling")
        && !worth_after
    {
        return None;
    }
    let factor = if s.is_any(at, HUNDREDTHS) { 0.01 } else { 1.0 };
    let mut end = at + 1;
    if s.is_any(at, &["pound", "pounds"]) && s.is_space(end) && s.is(end + 1, "sterling") {
        end += 2;
    }
    Some((adjective.unwrap_or(code), end, factor))
}

/// Dollars told bare ("$524.2 million", "30 dollars", "50 cents") after a
/// dollar of another country named in the text ("NZ$ 524 million", "10
/// Canadian dollars", "C$ 30 cash") are that country's, as a story about it
/// writes them, until US dollars are named ("US$", "U.S. dollars", "$22.20 in
/// current United States dollars"); not a worth in brackets ("Z$ 1,000
/// ($100)"). A change told in bare cents or dollars before the level it
/// reached is in the level's dollar: "surged 38 cents to A$ 3.75". `found`
/// in the order of the text.
pub(super) fn house_dollar(text: &str, found: &mut [Found]) {
    const US: &[&str] = &["US", "U.S.", "USD", "United States", "American"];
    for i in 1..found.len() {
        let (change, level) = (&found[i - 1], &found[i]);
        let bare_words = change.kind == FigureKind::Money
            && change.unit == Some("USD")
            && text.get(change.start..change.end).is_some_and(|t| {
                !t.contains('$') && ["cent", "dollar", "dlr"].iter().any(|w| t.contains(w))
            });
        let to_level = level.kind == FigureKind::Money
            && level.unit.is_some_and(|u| DOLLARS.contains(&u))
            && matches!(
                text.get(change.end..level.start).map(str::trim),
                Some("to" | "at")
            );
        if bare_words && to_level {
            found[i - 1].unit = found[i].unit;
        }
    }
    // A "$" not after letters ("$5", not "C$5").
    let signed = |t: &str| {
        t.char_indices()
            .any(|(i, c)| c == '$' && !t[..i].ends_with(|p: char| p.is_ascii_alphabetic()))
    };
    // The story's dollar, and whether it was told by a sign ("NZ$"), which
    // lends it to bare signs and words, or by words ("Canadian dollars"),
    // which lend it to words only ("$350 a barrel" stays the US dollar).
    let mut house: Option<(&'static str, bool)> = None;
    for f in found.iter_mut() {
        let Some(unit) = f.unit.filter(|_| f.kind == FigureKind::Money) else {
            continue;
        };
        let told = text.get(f.start..f.end).unwrap_or("");
        if DOLLARS.contains(&unit) {
            house = Some((unit, told.contains('$')));
            continue;
        }
        if unit != "USD" {
            continue;
        }
        let mut to = (f.end + 40).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let after = text.get(f.end..to).unwrap_or("");
        // Within its clause: to a ",", ";", a line's end or a full stop
        // after a word in lower case ("share. It"; not "U.S. dollars").
        let stop = after.char_indices().find(|&(i, c)| {
            matches!(c, ';' | ',' | '\n')
                || c == '.'
                    && after[..i].ends_with(|p: char| p.is_lowercase())
                    && after[i + 1..].starts_with(' ')
        });
        let after = &after[..stop.map_or(after.len(), |(i, _)| i)];
        if US.iter().any(|u| names(told, u) || names(after, u)) {
            house = None;
            continue;
        }
        // "Z$ 1,000 ($100)": the worth in US dollars, in brackets.
        if text[..f.start].trim_end().ends_with('(') {
            continue;
        }
        let sign = signed(told);
        let word = ["dollar", "cent", "dlr"].iter().any(|w| told.contains(w));
        match house {
            Some((h, by_sign)) if word && !sign || sign && by_sign => f.unit = Some(h),
            _ => {}
        }
    }
}

/// Whether `text` tells of Germany, whose "marks" are its currency.
fn names_germany(text: &str) -> bool {
    text.contains("Germany")
        || ["German", "Bundesbank", "Frankfurt", "Bonn"]
            .iter()
            .any(|w| names(text, w))
}

/// A name shared by the currencies of several countries ("rupees",
/// "francs"), which a reader gives one country's code when it is told bare.
struct SharedName {
    /// The code a bare amount is read with ("INR" for "500 rupees").
    read: &'static str,
    /// Words in an amount's span that name that currency itself ("Indian
    /// rupees", "Swiss francs", "₹"): the amount keeps its code.
    own: &'static [&'static str],
    /// The countries of the name, by code, and the words that name each.
    countries: &'static [(&'static str, &'static [&'static str])],
}

/// The dollars of other countries than the United States, which a story
/// may name by a sign ("C$", "NZ$") or by words ("Canadian dollars").
const DOLLARS: &[&str] = &[
    "AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "ZWL", "JMD", "XCD", "TTD", "NAD", "BZD",
];

/// Currencies that share a name ([`house_currency`]).
const SHARED_NAMES: &[SharedName] = &[
    SharedName {
        read: "INR",
        own: &["Indian", "INR", "₹"],
        countries: &[
            (
                "INR",
                &[
                    "India",
                    "Indian",
                    "New Delhi",
                    "Delhi",
                    "Mumbai",
                    "Bombay",
                    "Calcutta",
                    "Kolkata",
                    "Madras",
                    "Chennai",
                    "Bangalore",
                ],
            ),
            (
                "PKR",
                &["Pakistan", "Pakistani", "Karachi", "Islamabad", "Lahore"],
            ),
            ("LKR", &["Sri Lanka", "Sri Lankan", "Colombo"]),
            ("NPR", &["Nepal", "Nepalese", "Nepali", "Kathmandu"]),
            ("MUR", &["Mauritius", "Mauritian", "Port Louis"]),
            ("SCR", &["Seychelles", "Victoria, Seychelles"]),
        ],
    },
    SharedName {
        read: "CHF",
        own: &["Swiss", "CHF", "SFr"],
        countries: &[
            (
                "CHF",
                &["Switzerland", "Swiss", "Zurich", "Geneva", "Bern", "Basel"],
            ),
            ("FRF", &["France", "French", "Paris", "Lyon", "Marseille"]),
            ("BEF", &["Belgium", "Belgian", "Brussels", "Antwerp"]),
            ("LUF", &["Luxembourg"]),
            (
                "XOF",
                &[
                    "Senegal",
                    "Ivory Coast",
                    "Côte d'Ivoire",
                    "Mali",
                    "Burkina Faso",
                    "Niger",
                    "Togo",
                    "Benin",
                    "Dakar",
                    "Abidjan",
                ],
            ),
            ("XAF", &["Cameroon", "Gabon", "Chad", "Brazzaville"]),
        ],
    },
    SharedName {
        read: "IQD",
        own: &["Iraqi", "IQD"],
        countries: &[
            ("IQD", &["Iraq", "Iraqi", "Baghdad"]),
            ("KWD", &["Kuwait", "Kuwaiti"]),
            ("JOD", &["Jordan", "Jordanian", "Amman"]),
            ("BHD", &["Bahrain", "Bahraini"]),
            ("TND", &["Tunisia", "Tunisian", "Tunis"]),
            ("DZD", &["Algeria", "Algerian", "Algiers"]),
            ("LYD", &["Libya", "Libyan", "Tripoli"]),
            (
                "YUM",
                &["Yugoslavia", "Yugoslav", "Belgrade", "Serbia", "Serbian"],
            ),
        ],
    },
    SharedName {
        read: "GBP",
        own: &["sterling", "British", "GBP", "£", "stg"],
        countries: &[
            (
                "GBP",
                &[
                    "Britain", "British", "England", "English", "Scotland", "Wales", "London",
                    "UK", "U.K.",
                ],
            ),
            ("EGP", &["Egypt", "Egyptian", "Cairo", "Alexandria"]),
            ("LBP", &["Lebanon", "Lebanese", "Beirut"]),
            ("SYP", &["Syria", "Syrian", "Damascus"]),
            ("SDG", &["Sudan", "Sudanese", "Khartoum"]),
        ],
    },
    SharedName {
        read: "RON",
        own: &["Romanian", "RON", "ROL"],
        countries: &[
            ("RON", &["Romania", "Romanian", "Bucharest"]),
            ("MDL", &["Moldova", "Moldovan", "Chisinau"]),
        ],
    },
    SharedName {
        read: "MXN",
        own: &["Mexican", "MXN"],
        countries: &[
            ("MXN", &["Mexico", "Mexican"]),
            ("PHP", &["Philippines", "Philippine", "Filipino", "Manila"]),
            ("ARS", &["Argentina", "Argentine", "Buenos Aires"]),
            ("CLP", &["Chile", "Chilean", "Santiago"]),
            ("COP", &["Colombia", "Colombian", "Bogota"]),
            ("CUP", &["Cuba", "Cuban", "Havana"]),
            ("UYU", &["Uruguay", "Uruguayan", "Montevideo"]),
        ],
    },
];

/// Amounts told by a name that several currencies share ("1.38 billion
/// rupees", "55.1 francs", "Rs 500"), bare, in a text of another country
/// than the one the name is read for are that country's: the country named
/// most often in the text (as written or in capitals, not inside such
/// amounts) among those of the name ([`SHARED_NAMES`]; the one read when
/// tied): rupees in a story from Karachi are PKR, francs in a
/// report of the Paris bourse FRF. Not amounts that name their currency
/// ("Indian rupees", "Swiss francs", "₹").
pub(super) fn house_currency(text: &str, found: &mut [Found]) {
    // Named as written or in a dateline's capitals ("PARIS"), but not in the
    // amounts that name their own currency ("40 Swiss francs").
    let amounts: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .filter_map(|f| text.get(f.start..f.end))
        .collect();
    let in_amounts = |w: &str| amounts.iter().filter(|t| names(t, w)).count();
    let count = |words: &[&str]| {
        words
            .iter()
            .map(|w| {
                (times_named(text, w) + times_named(text, &w.to_uppercase()))
                    .saturating_sub(in_amounts(w))
            })
            .sum::<usize>()
    };
    for name in SHARED_NAMES {
        if !found.iter().any(|f| f.unit == Some(name.read)) {
            continue;
        }
        // The country read unless another is named more often.
        let (house, _) = name
            .countries
            .iter()
            .map(|(code, words)| (*code, count(words)))
            .fold(
                (name.read, 0),
                |best, x| if x.1 > best.1 { x } else { best },
            );
        if house == name.read {
            continue;
        }
        for f in found.iter_mut().filter(|f| f.unit == Some(name.read)) {
            let told = text.get(f.start..f.end).unwrap_or("");
            if !name.own.iter().any(|w| told.contains(w)) {
                f.unit = Some(house);
            }
        }
    }
}

/// Bare dollars ("$40.1 billion", "56 dollars") in a sentence that names a
/// place of one other dollar country and none of the United States, in a
/// story that names that country more often than the United States and
/// names no dollar by its sign or words ("C$", "US$", "Canadian dollars"):
/// that country's, as its own papers write them ("Ottawa's budget forecasts
/// a $40.1-billion deficit", "averaged $1.85 a litre in Vancouver"). Wire
/// copy writes "$" for the US dollar wherever it files from and names the
/// others ("C$"); such a story keeps its bare dollars as [`house_dollar`]
/// reads them, and a sentence without a place keeps the US dollar ("with
/// first-place finishers receiving $10,000").
pub(super) fn local_dollar(text: &str, found: &mut [Found]) {
    let named = |f: &Found| {
        let told = text.get(f.start..f.end).unwrap_or("");
        f.unit.is_some_and(|u| DOLLARS.contains(&u))
            || f.unit == Some("USD") && ["US", "U.S.", "USD"].iter().any(|w| told.contains(w))
    };
    if found.iter().any(named) {
        return;
    }
    const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
        ("CA", "CAD"),
        ("AU", "AUD"),
        ("NZ", "NZD"),
        ("SG", "SGD"),
        ("HK", "HKD"),
    ];
    // Most stories name no such place: one pass over the text says so.
    let named_anywhere = DOLLAR_COUNTRIES
        .iter()
        .any(|(country, _)| vocab::places_of(country).iter().any(|w| text.contains(w)));
    if !named_anywhere || !found.iter().any(|f| f.unit == Some("USD")) {
        return;
    }
    let count = |t: &str, words: &[&str]| words.iter().map(|w| times_named(t, w)).sum::<usize>();
    let us_places = vocab::places_of("US");
    // The US places of the whole text, counted once and only when a
    // sentence names another country's place.
    let mut in_text: Option<usize> = None;
    for f in found.iter_mut() {
        if f.kind != FigureKind::Money || f.unit != Some("USD") {
            continue;
        }
        // The sentence around the amount: to a line's end or where a
        // sentence ends ([`sentence_ends_at`](super::resolve::sentence_ends_at)).
        let end_at = |k: usize, c: char| c == '\n' || super::resolve::sentence_ends_at(text, k);
        let from = text[..f.start]
            .char_indices()
            .rev()
            .find(|&(k, c)| end_at(k, c))
            .map_or(0, |(k, _)| k + 1);
        let to = text[f.end..]
            .char_indices()
            .find(|&(k, c)| end_at(f.end + k, c))
            .map_or(text.len(), |(k, _)| f.end + k);
        let sentence = &text[from..to];
        // "300 million baht ($12 million)": a worth in brackets.
        if text[..f.start].trim_end().ends_with('(') || count(sentence, us_places) > 0 {
            continue;
        }
        let Some(&(country, code)) = DOLLAR_COUNTRIES
            .iter()
            .find(|(country, _)| count(sentence, vocab::places_of(country)) > 0)
        else {
            continue;
        };
        if told_more_than_us(text, country, &mut in_text) {
            f.unit = Some(code);
        }
    }
}

/// Whether `text` names the places of `country` ([`vocab::PLACES`]) more
/// often than those of the United States, whose count `us` keeps once made:
/// the story's country, for its dollar ([`local_dollar`]) and its holidays
/// ([`seasons::holiday`](super::seasons::holiday)).
pub(super) fn told_more_than_us(text: &str, country: &str, us: &mut Option<usize>) -> bool {
    let count = |code: &str| {
        vocab::places_of(code)
            .iter()
            .map(|w| times_named(text, w))
            .sum::<usize>()
    };
    let here = count(country);
    here > 0 && here > *us.get_or_insert_with(|| count("US"))
}

/// Currencies replaced by a new one, as an article before the change names
/// them: the Turkish lira read "TRY" is the old lira, "TRL", before 2005 (a
/// million of them made one new lira); the Romanian leu "RON" is "ROL"
/// before July 2005 (10,000 to one). By the year each was told in
/// ([`Found::told_on`]).
pub(super) fn old_currencies(found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.kind == FigureKind::Money) {
        let before =
            |year: i32, month: u8| f.told_on.is_some_and(|d| (d.year, d.month) < (year, month));
        if f.unit == Some("TRY") && before(2005, 1) {
            f.unit = Some("TRL");
        }
        if f.unit == Some("RON") && before(2005, 7) {
            f.unit = Some("ROL");
        }
    }
}

/// Whether `text` holds `name` as a whole word ("US$", "U.S. dollars"; not
/// "USE" or "BUS").
fn names(text: &str, name: &str) -> bool {
    times_named(text, name) > 0
}

/// How many times `text` holds `name` as a whole word.
fn times_named(text: &str, name: &str) -> usize {
    text.match_indices(name)
        .filter(|&(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphabetic)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::CURRENCY_PREFIXES;
    use crate::analysis::FigureKind;

    /// Every prefix starts a figure in a whole scan, whatever the scanner's
    /// quick tests pass over: "KSh5 million" or "GB # 5 million" (glued to
    /// the number or spaced as wire copy spaces it), "A$5 million".
    #[test]
    fn every_prefix_starts_money() {
        for (parts, code) in CURRENCY_PREFIXES {
            let reads = |text: &str| {
                crate::figures::scan(text, None)
                    .iter()
                    .any(|f| f.kind == FigureKind::Money && f.unit == Some(*code))
            };
            let glued = format!("It cost {}5 million.", parts.concat());
            let spaced = format!("It cost {} 5 million.", parts.join(" "));
            assert!(reads(&glued) || reads(&spaced), "{glued}");
        }
    }
}

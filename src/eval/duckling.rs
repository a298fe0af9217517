//! Scoring figures on Duckling's English example corpora
//! (`Duckling/<Dimension>/EN/Corpus.hs`): each `examples (VALUE) ["...",
//! ...]` group lists strings that all mean VALUE. An example passes when
//! `analyze` (on Duckling's reference day, Tuesday 2013-02-12) finds one
//! figure covering the whole string (a leading preposition may stay out:
//! "on the 15th"), of the kind and value that VALUE maps to. Values that presslight's kinds do not model (intervals, open
//! intervals, "between", "above", "under", seconds, unnamed amounts) are
//! counted apart as not modeled, per file.
//!
//! The map: `NumeralValue n` is a number n; `OrdinalData n` an ordinal n;
//! `simple CUR n` money n in that currency (Dollar USD, Pound GBP, Cent:
//! n/100 USD); `DurationData n Unit` a duration (`P{n}D`, `PT{n}H`, ...);
//! `datetime (y, m, d, h, mi, s) Grain` and `datetimeHoliday (...) Grain _`
//! a date (`YYYY-MM-DD` for Day, `YYYY-MM` for Month, `YYYY` for Year) or a
//! time (`YYYY-MM-DDTHH:MM` for Hour and Minute); `simple Unit n` of
//! Quantity, Distance, Volume and Temperature a quantity n.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{FigureKind, Value};
use crate::error::Error;
use crate::Options;

/// What an example should give: a kind and a value (number or text).
#[derive(Debug, PartialEq)]
enum Want {
    Number(FigureKind, f64, Option<&'static str>),
    Text(FigureKind, String),
}

/// One group of examples: what they mean (None: not modeled) and the strings.
struct Group {
    want: Option<Want>,
    examples: Vec<String>,
}

/// The Corpus.hs files under `path`, in name order.
pub(crate) fn corpus_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    super::files_under(path, &mut files)?;
    files.retain(|f| f.file_name().is_some_and(|n| n == "Corpus.hs"));
    Ok(files)
}

/// The dimension of a corpus file: the folder two levels up ("Time").
fn dimension(path: &Path) -> String {
    path.parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string()
}

/// The parenthesized expression starting at `at` (after "examples "), and the index after it.
fn balanced(text: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(at) != Some(&b'(') {
        return None;
    }
    let mut depth = 0;
    for (i, &b) in bytes.iter().enumerate().skip(at) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&text[at + 1..i], i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// The string literals of the list starting at the next `[` after `at`.
fn strings(text: &str, at: usize) -> Vec<String> {
    let Some(open) = text[at..].find('[').map(|o| at + o) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut chars = text[open + 1..].chars();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, ']') => break,
            (None, '"') => current = Some(String::new()),
            (Some(s), '"') => {
                out.push(std::mem::take(s));
                current = None;
            }
            (Some(s), '\\') => {
                // Escapes: \" \\ and decimal code points (\8217).
                let mut digits = String::new();
                for d in chars.by_ref() {
                    if d.is_ascii_digit() {
                        digits.push(d);
                        continue;
                    }
                    if digits.is_empty() {
                        s.push(d);
                    } else {
                        s.extend(digits.parse().ok().and_then(char::from_u32));
                        if d == '"' {
                            out.push(std::mem::take(s));
                            current = None;
                        } else if d != '&' {
                            s.push(d);
                        }
                    }
                    break;
                }
            }
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

fn currency(name: &str) -> Option<&'static str> {
    Some(match name {
        "Dollar" | "USD" | "Cent" => "USD",
        "EUR" => "EUR",
        "Pound" | "GBP" => "GBP",
        "INR" => "INR",
        "MYR" => "MYR",
        "CNY" => "CNY",
        "UAH" => "UAH",
        "SAR" => "SAR",
        "QAR" => "QAR",
        "KWD" => "KWD",
        "EGP" => "EGP",
        "ILS" => "ILS",
        "LBP" => "LBP",
        "MNT" => "MNT",
        _ => return None,
    })
}

/// What the value expression `expr` of the dimension `dim` maps to.
fn want(dim: &str, expr: &str) -> Option<Want> {
    let words: Vec<&str> = expr
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| w.parse::<f64>().ok();
    match (dim, words.as_slice()) {
        ("Numeral", ["NumeralValue", n]) => Some(Want::Number(FigureKind::Number, num(n)?, None)),
        ("Ordinal", ["OrdinalData", n]) => Some(Want::Number(FigureKind::Ordinal, num(n)?, None)),
        ("AmountOfMoney", ["simple", cur, n]) => {
            let code = currency(cur)?;
            let v = num(n)?;
            let v = if *cur == "Cent" { v / 100.0 } else { v };
            Some(Want::Number(FigureKind::Money, v, Some(code)))
        }
        ("Duration", ["DurationData", n, unit]) => {
            let n: i64 = n.parse().ok()?;
            let iso = match *unit {
                "Minute" => format!("PT{n}M"),
                "Hour" => format!("PT{n}H"),
                "Day" => format!("P{n}D"),
                "Week" => format!("P{n}W"),
                "Month" => format!("P{n}M"),
                "Year" => format!("P{n}Y"),
                _ => return None,
            };
            Some(Want::Text(FigureKind::Duration, iso))
        }
        ("Time", [kind, y, m, d, h, mi, _s, grain, ..])
            if matches!(*kind, "datetime" | "datetimeHoliday") =>
        {
            let (y, m, d): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
            let (h, mi): (u8, u8) = (h.parse().ok()?, mi.parse().ok()?);
            let (kind, value) = match *grain {
                "Day" => (FigureKind::Date, format!("{y:04}-{m:02}-{d:02}")),
                "Month" => (FigureKind::Date, format!("{y:04}-{m:02}")),
                "Year" => (FigureKind::Date, format!("{y:04}")),
                "Hour" | "Minute" => (
                    FigureKind::Time,
                    format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}"),
                ),
                _ => return None,
            };
            Some(Want::Text(kind, value))
        }
        ("Quantity" | "Distance" | "Volume" | "Temperature", ["simple", unit, n, ..])
            if *unit != "Unnamed" =>
        {
            Some(Want::Number(FigureKind::Quantity, num(n)?, None))
        }
        _ => None,
    }
}

/// The groups of one corpus file.
fn groups(dim: &str, text: &str) -> Vec<Group> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find("examples (") {
        let start = at + found + "examples ".len();
        let Some((expr, end)) = balanced(text, start) else {
            break;
        };
        out.push(Group {
            want: want(dim, expr),
            examples: strings(text, end),
        });
        at = end;
    }
    out
}

/// The length in seconds of an ISO 8601 duration ("PT1.5H", "P2W"; a month
/// is 30 days, a year 365), to compare "PT90M" with "PT1.5H".
fn seconds(iso: &str) -> Option<f64> {
    let rest = iso.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut total = 0.0;
    for (part, in_time) in [(date, false), (time, true)] {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let n: f64 = number.parse().ok()?;
            number.clear();
            total += n * match (c, in_time) {
                ('Y', false) => 365.0 * 86400.0,
                ('M', false) => 30.0 * 86400.0,
                ('W', false) => 7.0 * 86400.0,
                ('D', false) => 86400.0,
                ('H', true) => 3600.0,
                ('M', true) => 60.0,
                ('S', true) => 1.0,
                _ => return None,
            };
        }
        if !number.is_empty() {
            return None;
        }
    }
    Some(total)
}

/// Whether `analyze` reads `example` as one figure meaning `want`.
fn passes(example: &str, want: &Want, options: &Options) -> bool {
    let a = crate::analyze(example, options);
    let trimmed = example.trim();
    let lead = example.len() - example.trim_start().len();
    // A leading preposition may stay outside the figure: "on the 15th", "at 3pm".
    let after_preposition = ["on ", "at ", "in ", "for ", "by ", "during "]
        .iter()
        .find(|p| trimmed.to_lowercase().starts_with(*p))
        .map_or(lead, |p| lead + p.len());
    let whole = |f: &crate::Figure| {
        (f.start == lead || f.start == after_preposition) && f.end == lead + trimmed.len()
    };
    let [f] = a.figures.as_slice() else {
        return false;
    };
    if !whole(f) {
        return false;
    }
    match (want, &f.value) {
        (Want::Number(kind, v, cur), Some(Value::Number(got))) => {
            f.kind == *kind
                && (got - v).abs() <= 1e-9 * v.abs().max(1.0)
                && cur.is_none_or(|c| f.unit.as_deref() == Some(c))
        }
        (Want::Text(kind, v), Some(Value::Text(got))) => {
            let same_length = *kind == FigureKind::Duration
                && seconds(got)
                    .zip(seconds(v))
                    .is_some_and(|(a, b)| (a - b).abs() < 1e-6);
            f.kind == *kind && (got == v || got.starts_with(&format!("{v}Z")) || same_length)
        }
        _ => false,
    }
}

/// Scores the corpora under `paths`; the report, one line per file.
pub(crate) fn eval(paths: &[&Path]) -> Result<String, Error> {
    let mut files = Vec::new();
    for p in paths {
        files.extend(corpus_files(p)?);
    }
    let options = Options::new().with_date("2013-02-12")?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  Duckling corpora (examples read on 2013-02-12; passed: one figure, whole string, kind and value)"
    );
    let _ = writeln!(
        out,
        "  {:<26} {:>8} {:>8} {:>7} {:>12}",
        "file", "modeled", "passed", "share", "not modeled"
    );
    let (mut all_modeled, mut all_passed) = (0, 0);
    for file in &files {
        let dim = dimension(file);
        let text = super::read(file)?;
        let (mut modeled, mut passed, mut not_modeled) = (0, 0, 0);
        for g in groups(&dim, &text) {
            match &g.want {
                None => not_modeled += g.examples.len(),
                Some(w) => {
                    for e in &g.examples {
                        modeled += 1;
                        if passes(e, w, &options) {
                            passed += 1;
                        } else if super::verbose() {
                            eprintln!("DUCKLING {dim}: {e:?} want {w:?}");
                        }
                    }
                }
            }
        }
        all_modeled += modeled;
        all_passed += passed;
        let share = 100.0 * passed as f64 / modeled.max(1) as f64;
        let _ = writeln!(
            out,
            "  {:<26} {modeled:>8} {passed:>8} {share:>6.1}% {not_modeled:>12}",
            format!("{dim}/EN/Corpus.hs")
        );
    }
    let share = 100.0 * all_passed as f64 / all_modeled.max(1) as f64;
    let _ = writeln!(
        out,
        "  {:<26} {all_modeled:>8} {all_passed:>8} {share:>6.1}%",
        "all"
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_groups_and_maps_values() {
        let hs = r#"allExamples = concat
  [ examples (simple Dollar 10)
             [ "$10"
             , "ten dollars"
             ]
  , examples (datetime (2013, 2, 15, 0, 0, 0) Day)
             [ "2/15", "on Feb 15th" ]
  , examples (datetimeInterval ((2013, 2, 12, 0, 0, 0), (2013, 2, 17, 0, 0, 0)) Day)
             [ "this week" ]
  ]"#;
        let money = groups("AmountOfMoney", hs);
        assert_eq!(money[0].examples, ["$10", "ten dollars"]);
        assert_eq!(
            money[0].want,
            Some(Want::Number(FigureKind::Money, 10.0, Some("USD")))
        );
        let time = groups("Time", hs);
        assert_eq!(
            time[1].want,
            Some(Want::Text(FigureKind::Date, "2013-02-15".into()))
        );
        assert_eq!(time[1].examples, ["2/15", "on Feb 15th"]);
        assert!(time[2].want.is_none(), "intervals are not modeled");
        assert_eq!(
            strings(r#"[ "it\8217s", "a \"b\"" ]"#, 0),
            ["it’s", "a \"b\""]
        );
        assert_eq!(seconds("PT1.5H"), seconds("PT90M"));
        assert_eq!(seconds("P2W"), Some(14.0 * 86400.0));
    }
}

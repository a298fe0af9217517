//! Figures: numbers, ordinals, percentages, money, quantities, dates, times
//! and durations, with their values.
//!
//! One pipeline, in the manner of chrono's parsers and refiners and of
//! Duckling's rules over tokens, each stage in its own modules, each module
//! using only those below it:
//!
//! 1. Lexer: the text is cut into atoms (digits, letters, spaces, single
//!    characters) once ([`lexer`]), each word's meaning looked up once
//!    ([`vocab`]), read by index through [`scan`](mod@scan).
//! 2. Recognizers ([`RECOGNIZERS`], tried in order at each atom that can start
//!    a figure): dates and times ([`day_time`], joining the readers of days
//!    [`dates`], [`seasons`] and of clock times [`times`]), numbers in names
//!    ([`names`]), and amounts ([`amounts`]): an optional modifier ("almost",
//!    "more than"), a currency before ([`money`]), a number in digits or words
//!    with its scale ([`numbers`]) or a range ([`ranges`]), and what follows it
//!    ([`suffixes`]): "%", a currency or unit ([`money`], [`measures`]), a unit
//!    of time, what a count counts ([`counts`]). Each proposes a candidate
//!    ([`candidate`]) with its value; what looks like an amount and is none is
//!    passed over ([`lookalikes`]).
//! 3. Resolver ([`resolve`]): the values of dates told relative to the
//!    article date, with the sentence's tense; recognizers ask it.
//! 4. Refiners ([`REFINERS`]): two dates joined into a range
//!    ([`date_ranges`]), a duration told in parts made one ([`durations`]),
//!    repeats of numbers of names dropped, and the final
//!    choice of one figure per stretch of text.
//!
//! A new pattern goes into the recognizer of its kind, each a table of named
//! readers tried in order: `day_time::FROM_A_WORD`, `DAY_FROM_DIGITS` and
//! `TIME_FROM_DIGITS` for dates, times and durations; `AFTER_A_NUMBER` for
//! what follows an amount's number (percent, money, unit of time, unit of
//! measure, year, count); or a table of words ([`vocab`], `MODIFIERS`,
//! `HOLIDAYS`). Its cases go in `tests/cases/figures_*.json`; a new way of
//! combining figures is a refiner.
//!
//! Where each kind is read (the recognizers are by the shape of what starts
//! a figure, a word or digits, or an amount; within them each kind is a table
//! entry, so an amount's number and modifier are read once for every kind):
//!
//! | kind | reader | its tables | cases |
//! | --- | --- | --- | --- |
//! | number, ordinal | `AFTER_A_NUMBER` "count or number", "ordinal", "vague amount of" | [`vocab`] numbers, `counts` | `figures_amounts.json` |
//! | percent | `AFTER_A_NUMBER` "percent", "share of a percent" | [`measures`] | `figures_amounts.json` |
//! | money | [`money`] currency before; `AFTER_A_NUMBER` "money" | [`vocab`] currencies | `figures_amounts.json` |
//! | quantity | `AFTER_A_NUMBER` "unit of measure", "hyphenated modifier", "age by decade" | [`vocab`] units, [`measures`] | `figures_amounts.json` |
//! | date | `day_time::FROM_A_WORD`, `DAY_FROM_DIGITS`; `AFTER_A_NUMBER` "year or decade" | [`vocab`] months, weekdays, `HOLIDAYS` | `figures_calendar.json`, `figures_days.json`, `figures_years.json` |
//! | time | `day_time::TIME_FROM_DIGITS`, "time or span from a word", "noon" | [`times`] | `figures_times.json` |
//! | duration | `FROM_A_WORD` "relative", "vague duration"; `TIME_FROM_DIGITS` "race time"; `AFTER_A_NUMBER` "unit of time" | [`vocab`] time units | `figures_durations.json` |
//!
//! Values: numbers in the currency's main unit for money (50 cents = 0.5 USD),
//! `[low, high]` for ranges, ISO 8601 text for dates ("2025-12-28", "2025-12",
//! "--12-28" when the year is unknown, "---18" for "on the 18th" without an
//! article date, "2025-W52", "2009-Q1", "199" for the 1990s, "2025-11-19/
//! 2025-11-20" for a span of days), times ("T15:30Z", with the day when the
//! article date is known or told: "Tuesday at 3pm", "noon on Friday") and
//! durations ("P20Y", "PT48H", "2009/2011" for a span of years); null when
//! vague ("dozens") or when a relative date has no article date to lean on.
//! A weekday is the most recent such day on or before the article date, or
//! the next one when the sentence speaks of the future ("will meet on Friday");
//! with a day and month ("Thursday, March 5") it picks the year that fits.
//!
//! Not figures: numbers in names ("Boeing 737", "G7", "iPhone 4", and the same
//! digits again in the text) and references ("No. 1") ([`names`]); scores
//! ("3-1", [`ranges`]), phone numbers, codes ("3D", "0958") and footnote marks
//! ("\[3\]") ([`lookalikes`]).
//!
//! This file holds the entry points; the cases are in `tests.rs`.

mod amounts;
mod candidate;
mod counts;
mod date_ranges;
mod dates;
mod day_time;
mod durations;
mod lexer;
mod lookalikes;
mod measures;
mod money;
mod names;
mod numbers;
mod periods;
mod ranges;
mod resolve;
mod scan;
mod seasons;
mod suffixes;
#[cfg(test)]
mod tests;
mod times;
mod vocab;

pub(crate) use candidate::Found;
pub(crate) use vocab::format_number;

use crate::analysis::{Entity, EntityKind, Figure, FigureKind, Value};
use crate::calendar::CalendarDate;
use crate::text::Document;
use amounts::figure_at;
use candidate::Step;
use lexer::AtomKind;
use names::name_like;
use numbers::signed_number;
use scan::{Atoms, Scan};

/// Finds the figures of `doc`, skipping those inside entity names.
pub(crate) fn find(doc: &Document, entities: &[Entity], date: Option<CalendarDate>) -> Vec<Figure> {
    found(doc, entities, date)
        .into_iter()
        .map(|f| Figure {
            start: f.start,
            end: f.end,
            text: doc.text.get(f.start..f.end).unwrap_or("").to_string(),
            kind: f.kind,
            value: f.value,
            unit: f.unit.map(str::to_string),
            counts: f
                .counts
                .and_then(|(a, b)| doc.text.get(a..b))
                .map(str::to_string),
        })
        .collect()
}

/// The figures of `doc` as found (with the span of their core), outside entity names.
pub(crate) fn found(doc: &Document, entities: &[Entity], date: Option<CalendarDate>) -> Vec<Found> {
    let paragraphs: Vec<crate::text::Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    let found = scan_in(doc.text, &paragraphs, date);
    // Entity spans by start, with the furthest end reached so far. A mention
    // without a letter ("1" taken for a name) holds no name's number.
    let mut spans: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.text.chars().any(char::is_alphabetic))
        .map(|e| (e.start, e.end))
        .collect();
    spans.sort_unstable();
    let mut reach = 0;
    let reaches: Vec<usize> = spans
        .iter()
        .map(|&(_, end)| {
            reach = reach.max(end);
            reach
        })
        .collect();
    let furniture = page_furniture(doc);
    // Names of people and organizations, for the words of dates and
    // currencies that they hold ("April Mellody", "Georg August
    // University", "Rand Paul").
    let names: Vec<&Entity> = entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
        .collect();
    found
        .into_iter()
        .filter(|f| {
            !furniture
                .iter()
                .any(|s| s.start <= f.start && f.end <= s.end)
        })
        // A date told in words only inside a longer name of a person or an
        // organization is the name's: "April Mellody, a spokeswoman", "the
        // Georg August University", "Jill June".
        .filter(|f| {
            let month_as_given_name = || {
                ["April", "May", "June", "August"]
                    .contains(&doc.text.get(f.start..f.end).unwrap_or(""))
            };
            let words_only = || {
                doc.text
                    .get(f.start..f.end)
                    .is_some_and(|t| !t.contains(|c: char| c.is_ascii_digit()))
            };
            !(f.kind == FigureKind::Date
                && words_only()
                && names.iter().any(|e| {
                    let inside = e.start <= f.start && f.end <= e.end;
                    // A name's first word is a date of its own ("Monday-
                    // Interfax" heading a wire story, "On Christmas Trump
                    // tweeted" taken for a name), but for the months that
                    // are given names ("April Mellody").
                    let given_name = e.kind == EntityKind::Person && month_as_given_name();
                    let opens = e.start == f.start && !given_name;
                    inside && !opens && e.end - e.start > f.end - f.start
                }))
        })
        // A currency's word that opens a person's name is the name's: "8
        // Rand Paul" is the number 8.
        .map(|mut f| {
            let name = || {
                names.iter().find(|e| {
                    e.kind == EntityKind::Person
                        && f.num < e.start
                        && e.start < f.end
                        && f.end <= e.end
                })
            };
            if let Some(e) = (f.kind == FigureKind::Money).then(name).flatten() {
                f.end = f.start + doc.text[f.start..e.start].trim_end().len();
                (f.kind, f.unit) = (FigureKind::Number, None);
            }
            f
        })
        .filter(|f| {
            // A figure whose number lies inside a name is the name's: "Boeing 737", "G7".
            let before = spans.partition_point(|&(start, _)| start <= f.num);
            let inside = before > 0 && reaches[before - 1] > f.num;
            !inside || matches!(f.kind, FigureKind::Date | FigureKind::Time)
        })
        .collect()
}

/// What a PDF or a word processor leaves among the paragraphs, whose numbers
/// are no figures of the story: page numbers ("Page 3 of 7", "- 4 -", "12",
/// "3/9") and the numbers of numbered paragraphs and list items ("12. The
/// budget ...", "(3) Taxes ..."). Read by hand, not with the regex crate,
/// which the page's wasm does not otherwise carry (it added 740 KB).
fn page_furniture(doc: &Document) -> Vec<crate::text::Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let text = doc.slice(p.span);
        if is_page_number(text) {
            out.push(p.span);
        } else if let Some(end) = item_number(text) {
            out.push(crate::text::Span::new(p.span.start, p.span.start + end));
        }
    }
    out
}

/// Digits at the start of `s`, one to `max` of them: their count.
fn leading_digits(s: &str, max: usize) -> Option<usize> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=max).contains(&n).then_some(n)
}

/// "Page 3 of 7", "page 3/7", "- 4 -", "12": a paragraph that is a page number.
fn is_page_number(text: &str) -> bool {
    let dashes: &[char] = &['-', '–', '—'];
    let mut s = text.trim();
    if s.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("page")) {
        s = s[4..].trim_start();
    }
    s = s.trim_start_matches(dashes).trim_start();
    let Some(n) = leading_digits(s, 4) else {
        return false;
    };
    s = s[n..].trim_start();
    let of = if s.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        Some(2)
    } else if s.starts_with('/') {
        Some(1)
    } else {
        None
    };
    if let Some(k) = of {
        let rest = s[k..].trim_start();
        match leading_digits(rest, 4) {
            Some(m) => s = &rest[m..],
            None => return false,
        }
    }
    s.trim().trim_start_matches(dashes).trim().is_empty()
}

/// "12. The budget", "(3) Taxes", "4) More": the end of a list number that
/// opens a paragraph, after its mark and a space.
fn item_number(text: &str) -> Option<usize> {
    let open = usize::from(text.starts_with('('));
    let n = leading_digits(&text[open..], 3)?;
    let mark = open + n;
    let rest = text.get(mark..)?;
    let space = rest
        .strip_prefix(['.', ')'])?
        .chars()
        .next()
        .filter(|c| c.is_whitespace())?;
    Some(mark + 1 + space.len_utf8())
}

/// All figures of `text`, in order (its paragraphs read here; see [`scan_in`]).
#[cfg(test)]
pub(crate) fn scan(text: &str, date: Option<CalendarDate>) -> Vec<Found> {
    scan_in(text, &crate::text::paragraph_spans(text), date)
}

/// What the recognizers and refiners of one text share: the date relative
/// values are told from (the article's, then each message stamp's in turn;
/// the refiners read it from [`Found::told_on`]), and the numbers read as parts of names ("Boeing 737"), whose repeats
/// elsewhere in the text are the same name ("the 737").
pub(super) struct Context {
    pub date: Option<CalendarDate>,
    /// Byte spans of numbers read as parts of names.
    pub names: Vec<(usize, usize)>,
}

/// A recognizer: at atom `i`, a candidate (or a stretch to pass over:
/// `Some((None, end))`) and the atom to go on from; `None` when nothing of its
/// kind starts there.
type Recognize = fn(&Scan, usize, &mut Context) -> Step;

/// The recognizers, tried in this order at each atom that can start a figure;
/// the first that reads something there wins and the scan goes on after it.
/// A new kind of figure is a new recognizer here, or a new pattern in one.
const RECOGNIZERS: &[(&str, Recognize)] = &[
    // Dates told by a period: "the same period last year", "the weekend".
    ("date told by a period", |s, i, c| {
        periods::at(s, i, c.date).map(|(f, end)| (Some(f), end))
    }),
    // Dates and times, with their parts ("Monday at 3pm", "the end of 2009").
    ("date or time", |s, i, c| {
        day_time::date_at(s, i, c.date).map(|(f, end)| (Some(f), end))
    }),
    // A duration told in words after a modifier: "over a year", "nearly a
    // decade" (a number's modifier is read with its amount, below). Not
    // "over the next decade", where "over" tells when, not how long.
    ("modified duration", |s, i, c| {
        // Quickly: such a duration starts with "a" or "an" after a modifier
        // of one to three words.
        if !s.sense(i).modifier_start || ![2, 4, 6].iter().any(|d| s.is_any(i + d, &["a", "an"])) {
            return None;
        }
        let k = amounts::modifier(s, i).filter(|&k| !s.is(k, "the"))?;
        let (mut f, end) = day_time::date_at(s, k, c.date)?;
        if f.kind != FigureKind::Duration || f.start != s.start(k) {
            return None;
        }
        f.start = s.start(i);
        Some((Some(f), end))
    }),
    // Numbers that are parts of names, no figures: "Boeing 737", "G7".
    ("number in a name", |s, i, c| {
        s.digits(i)?;
        // "Gilbert Le Gras 204 947 3548": a phone number after a name.
        if let Some(end) = lookalikes::spaced_phone(s, i) {
            return Some((None, end));
        }
        if !name_like(s, i) {
            return None;
        }
        c.names.push((s.start(i), s.end(i + 1)));
        Some((None, i + 1))
    }),
    // A unit a conversion defines: "a metric ton is equal to 2,204.62
    // pounds" (the unit alone a quantity without a value; its amount is
    // read next).
    ("unit defined", |s, i, c| {
        let (first, end, unit, amount) = measures::unit_defined(s, i)?;
        let (equal, _) = figure_at(s, amount, c.date)?;
        if equal.as_ref()?.kind != FigureKind::Quantity {
            return None;
        }
        let mut f = candidate::found(s, first, end, FigureKind::Quantity, None);
        f.unit = Some(unit);
        Some((Some(f), end))
    }),
    // Amounts: numbers, ordinals, percentages, money, quantities, durations
    // and counts, with their modifiers and ranges ("almost $5bn", "10-15 km").
    ("amount", |s, i, c| figure_at(s, i, c.date)),
];

/// A refiner: combines or drops candidates, in text order, with the text.
type Refine = fn(&str, &mut Vec<Found>, &Context);

/// The refiners, run in this order over all candidates of a text.
const REFINERS: &[(&str, Refine)] = &[
    // Two dates joined by "to", "until", "-": one range whose ends share a year.
    ("date ranges", |text, found, _| {
        date_ranges::merge(text, found)
    }),
    // "January 6, 13 and 20th": the days listed after a month's day.
    ("days listed", |text, found, _| {
        date_ranges::days_listed(text, found)
    }),
    // "7, 8 and 21 September": the days listed before a month's day.
    ("days listed before a month", |text, found, _| {
        date_ranges::days_before_a_month(text, found)
    }),
    // "June and July of 1973": a year told once for a list.
    ("year of a list", |text, found, _| {
        date_ranges::year_of_a_list(text, found)
    }),
    // "July a year earlier", "last year's July": one month, of that year.
    ("months of another year", |text, found, _| {
        periods::month_of_another_year(text, found)
    }),
    // "the same month a year ago": the month told before it, a year back.
    ("periods compared", |text, found, _| {
        periods::refine(text, found)
    }),
    // "one-half of 1 percent": 0.5 percent.
    ("fractions of a percent", |text, found, _| {
        amounts::fraction_of_a_percent(text, found)
    }),
    // "176 million rand, from 281 million previously": the second is rand too.
    ("amounts compared with money", |text, found, _| {
        amounts::compared_amounts(text, found)
    }),
    // "three-, five- and 10-year bonds": the unit of the last for each.
    ("suspended hyphens", |text, found, _| {
        durations::suspended_hyphens(text, found)
    }),
    // "a week or two": one unit "or two", a range of them.
    ("a unit or two", |text, found, _| {
        durations::or_two(text, found)
    }),
    // A duration told in parts: "two years and three months" is P2Y3M.
    ("durations in parts", |text, found, _| {
        durations::join(text, found)
    }),
    // A plain number of three digits or more that repeats a number of a name
    // is the name's ("the 737"), unless it counts what follows ("737
    // passengers"). Shorter numbers repeat by chance ("Meri 34" in a table
    // of results, "34 votes" in the story).
    ("repeats of names", |text, found, c| {
        if c.names.is_empty() {
            return;
        }
        let names: Vec<&str> = c
            .names
            .iter()
            .filter_map(|&(a, b)| text.get(a..b))
            .filter(|n| n.len() >= 3)
            .collect();
        found.retain(|f| {
            f.kind != FigureKind::Number
                || f.counts.is_some()
                || !names.contains(&text.get(f.num..f.end).unwrap_or(""))
        });
    }),
    // One figure per stretch of text: a candidate that overlaps one kept
    // before it is dropped.
    ("choice", |_, found, _| candidate::without_overlaps(found)),
    // "NZ$ 524 million ... valued at $524.2 million": the story's dollar.
    ("the story's dollar", |text, found, _| {
        money::house_dollar(text, found)
    }),
    // "a $40.1-billion deficit" in Ottawa's budget: Canada's dollar.
    ("the place's dollar", |text, found, _| {
        money::local_dollar(text, found)
    }),
    // "1.38 billion rupees" in a story from Karachi: the Pakistani rupee;
    // "55.1 francs" in a report from Paris: the French franc.
    ("the story's rupee or franc", |text, found, _| {
        money::house_currency(text, found)
    }),
    // "7.2 trillion lira" told in 1996: the old lira, TRL.
    ("currencies of the article's time", |_, found, _| {
        money::old_currencies(found)
    }),
    // "“There is only one debate tonight,” Paul said on Thursday": a
    // quote's "tonight" told from the day it was said.
    ("deixis in quotes", |text, found, _| {
        resolve::quoted_deixis(text, found)
    }),
    // A clock time told without its day after a day its sentence named
    // ("flew Tuesday in Everett at 18:00 UTC"): on that day.
    ("the story's day", |text, found, _| {
        resolve::story_day(text, found)
    }),
    // "6.30 a.m. (2030 GMT) on Tuesday" in Brisbane: Monday's 20:30 UTC.
    ("a UTC gloss across midnight", |text, found, _| {
        times::utc_gloss(text, found)
    }),
    // "elected in March 2010 ... died in June of that year".
    ("that year", |text, found, _| {
        resolve::that_year(text, found)
    }),
    // "the day after Christmas", "two weeks from Friday": a day counted from
    // the day told after it.
    ("days counted from a day", |text, found, _| {
        resolve::counted_from_a_day(text, found)
    }),
    // "in 2003 ... a year earlier", "on May 4 ... the next day": points told
    // from the story's time, valued from the last date told before them.
    ("the story's time", |text, found, _| {
        resolve::from_story_time(text, found)
    }),
];

/// All figures of `text`, whose paragraphs are `paragraphs` (byte spans, in
/// order: a line break inside one is a wrap), in order. The pipeline: the
/// lexer cuts the text into atoms ([`Atoms`]); at each atom that can start a
/// figure the [`RECOGNIZERS`] are tried in turn, each proposing a candidate
/// with its value (relative dates resolved from `date` and the sentence's
/// tense by [`resolve`]); then the [`REFINERS`] combine and choose among them.
pub(crate) fn scan_in(
    text: &str,
    paragraphs: &[crate::text::Span],
    date: Option<CalendarDate>,
) -> Vec<Found> {
    scan_until(text, paragraphs, date, false)
}

/// The figures of `text` as [`scan_in`] finds them; with `first_day`, only
/// up to the first full day found and without the refiners (the dateline's
/// search, [`dateline`]).
fn scan_until(
    text: &str,
    paragraphs: &[crate::text::Span],
    date: Option<CalendarDate>,
    first_day: bool,
) -> Vec<Found> {
    let atoms = Atoms::of(text, paragraphs);
    let s = atoms.scan();
    let mut context = Context {
        date,
        names: Vec::new(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !can_start(&s, i) {
            i += 1;
            continue;
        }
        let step = RECOGNIZERS
            .iter()
            .find_map(|(_, recognize)| recognize(&s, i, &mut context));
        match step {
            Some((mut f, next)) => {
                // The direction the sentence's tense gives a day told
                // without its year, for the refiners.
                if let Some(f) = f.as_mut().filter(|f| day_without_year(text, f)) {
                    f.toward = Some(resolve::Toward::of_day(&s, i));
                }
                // A message's stamp ("09/20/2000 04:18 PM" on a line of its
                // own in an e-mail thread): what follows was written then.
                if let Some(f) = f.as_mut() {
                    f.told_on = context.date;
                }
                if let Some(day) = f.as_ref().and_then(|f| message_stamp(text, f)) {
                    context.date = Some(day);
                }
                // The invariant of every span made here: not empty, inside the
                // text, on character boundaries. A recognizer that breaks it
                // has a bug; in a release build its figure is dropped.
                let whole = |f: &Found| f.start < f.end && text.get(f.start..f.end).is_some();
                debug_assert!(
                    f.as_ref().is_none_or(whole),
                    "figure span {f:?} in {text:?}"
                );
                out.extend(f.filter(whole));
                i = next.max(i + 1);
                if first_day && out.last().is_some_and(full_day) {
                    return out;
                }
            }
            None => i += 1,
        }
    }
    for (_, refine) in REFINERS {
        refine(text, &mut out, &context);
    }
    out
}

/// Whether a figure can start at atom `i`: most atoms cannot, and are passed
/// over at once. Digits can; a word that starts one ([`vocab::Sense::trigger`],
/// a holiday's first word); a modifier before what can start one; a code
/// before digits or a sign; a sign; a mark before digits.
fn can_start(s: &Scan, i: usize) -> bool {
    match s.kind(i) {
        Some(AtomKind::Word) => {
            let sense = s.sense(i);
            if !sense.known() {
                return code_before_digits(s, i, sense);
            }
            // "a" and "an" start a figure only before a word of the
            // vocabulary, digits or a unit's first word ("a week ago", "a
            // few", "a dozen", "a third", "a 10% rise", "a metric ton is"):
            // most are passed over at once.
            if s.is_any(i, &["a", "an"]) {
                let k = s.sp(i + 1);
                // "A$5 million": the Australian dollar's sign.
                if s.is_ch(i + 1, '$') {
                    return true;
                }
                return k > i + 1
                    && (s.digits(k).is_some()
                        || s.sense(k).known()
                        || s.is_any(k, &["metric", "square", "cubic"])
                        || s.is_any(k, dates::WHOLE));
            }
            // "that" starts a figure only before a unit of time ("that
            // year", "later that day", "that same year"): most are passed
            // over at once.
            if s.is(i, "that") {
                let k = s.sp(i + 1);
                return k > i + 1 && (s.sense(k).time_unit.is_some() || s.is(k, "same"));
            }
            // "the" starts a figure only before digits, a mark ("the '80s")
            // or a word of the vocabulary ("the past", "the 20th century",
            // "the weekend", "the Fourth of July", "the Lunar New Year"):
            // most are passed over at once.
            if s.is(i, "the") {
                let k = s.sp(i + 1);
                return k > i + 1 && (s.word(k).is_none() || s.sense(k).known());
            }
            if sense.trigger || s.capitalized(i) && sense.holiday_start {
                return true;
            }
            // A modifier ("more than", "about", "just after") starts one
            // only before what can start one or a unit of time: "as many as
            // 5", "all day"; not "as well", "at the".
            if sense.modifier_start {
                if let Some(k) = amounts::modifier(s, i).or_else(|| day_time::time_modifier(s, i)) {
                    return can_start(s, k) || s.sense(k).time_unit.is_some();
                }
            }
            code_before_digits(s, i, sense)
        }
        Some(AtomKind::Digits) => true,
        // A mark starts one only before digits, a sign glued to it or a word
        // that starts one ("-5", ".5", "(€5 million)", "’90s", "-$3", "~
        // Two", "# 1.6 billion"): most marks are punctuation, passed over at
        // once.
        // A sign of its own ("$", "€", "½") does.
        Some(AtomKind::Other(c)) => {
            let mark = matches!(c, '-' | '.' | '~' | '(' | '+' | '#')
                || matches!(c, '\u{2010}'..='\u{205e}' | '«' | '»');
            if mark {
                let k = s.sp(i + 1);
                match s.kind(k) {
                    Some(AtomKind::Digits) => true,
                    Some(AtomKind::Other(_)) => k == i + 1,
                    Some(AtomKind::Word) => s.sense(k).trigger,
                    _ => false,
                }
            } else {
                !c.is_ascii() || c == '$'
            }
        }
        _ => false,
    }
}

/// Whether the word at `i` starts a figure as a code or an abbreviation
/// before digits, a sign or a mark ("Q3", "H2", "FY27", "GB£", "EGP 5",
/// "US$5", "c$ 16", "F-16"): a capitalized letter, capitals ("KSh"), or the
/// letters of a currency's sign ([`vocab::Sense::code`]); not "He", "In",
/// "Mr", "I said", "GOP leaders".
fn code_before_digits(s: &Scan, i: usize, sense: &vocab::Sense) -> bool {
    let w = s.str(i);
    let code = sense.code
        || s.capitalized(i)
            && w.len() <= 3
            && (w.len() == 1 || w.chars().skip(1).any(char::is_uppercase));
    code && matches!(
        s.kind(s.sp(i + 1)),
        Some(AtomKind::Digits | AtomKind::Other(_))
    )
}

/// The numbers of `text` alone (no money, units or dates), for checking the
/// number reader by itself.
pub(crate) fn numbers_of(text: &str) -> Vec<(usize, usize, Option<f64>)> {
    let atoms = Atoms::of(text, &[]);
    let s = atoms.scan();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let n = signed_number(&s, i, false).filter(|(n, _)| !n.ordinal);
        match n {
            Some((n, start)) => {
                out.push((s.start(start), s.end(n.end), n.value));
                i = n.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The article's date from a dateline at its top, if any: the first full date
/// in its first lines ("Monday, July 28, 2014", "2025-12-28").
pub(crate) fn dateline(doc: &Document) -> Option<CalendarDate> {
    let mut end = doc
        .paragraphs
        .get(3)
        .map_or(doc.text.len(), |p| p.span.start);
    end = end.min(600);
    while !doc.text.is_char_boundary(end) {
        end -= 1;
    }
    // A full date's year is two digits or more: the head is read from the
    // first paragraph with two digits in a row ("Monday, July 28, 2014"; half
    // of news articles have none in their first lines). What follows it is
    // read too: a relative date after a message's stamp is a full date.
    let two_digits = |t: &str| {
        t.as_bytes()
            .windows(2)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    let first = doc
        .paragraphs
        .iter()
        .filter(|p| p.span.start < end)
        .find(|p| {
            doc.text
                .get(p.span.start..p.span.end.min(end))
                .is_some_and(two_digits)
        })?
        .span
        .start;
    let head = doc.text.get(first..end)?;
    let paragraphs: Vec<crate::text::Span> = doc
        .paragraphs
        .iter()
        .filter(|p| p.span.start < end && p.span.end > first)
        .map(|p| {
            crate::text::Span::new(p.span.start.max(first) - first, p.span.end.min(end) - first)
        })
        .collect();
    scan_until(head, &paragraphs, None, true)
        .into_iter()
        .find(full_day)
        .and_then(|f| match f.value {
            Some(Value::Text(v)) => CalendarDate::parse_iso(&v),
            _ => None,
        })
}

/// The day of `f` when it stamps a message: a day with its clock time
/// ("2000-09-20T16:18") alone on its line of `text`, but for a few words
/// before it (a sender, "On", a label of writing: "Sent:", "Posted:"; not
/// "Expires:") and after it ("Bob Smith wrote:"):
/// "09/20/2000 04:18 PM", "Sent: Tuesday, November 28, 2000 11:34 AM",
/// "On Mon, Nov 27, 2000 at 3:00 PM, Bob Smith wrote:". The relative dates
/// after it are told from that day (an e-mail thread's messages, a live
/// blog's entries), until the next stamp.
fn message_stamp(text: &str, f: &Found) -> Option<CalendarDate> {
    if !matches!(f.kind, FigureKind::Date | FigureKind::Time) {
        return None;
    }
    let Some(Value::Text(v)) = &f.value else {
        return None;
    };
    let (day, clock) = v.split_once('T')?;
    if !clock.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let line_start = text[..f.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[f.end..].find('\n').map_or(text.len(), |k| f.end + k);
    let words = |t: &str| t.split_whitespace().count();
    let (before, after) = (&text[line_start..f.start], &text[f.end..line_end]);
    let no_sentence = |t: &str| !t.contains(". ") && !t.trim_end().ends_with(['.', '!', '?']);
    // A label before it tells when the message was written ("Sent:",
    // "Posted:"), not when something ends ("Expires:", "Due:").
    const WRITTEN: &[&str] = &[
        "sent",
        "date",
        "posted",
        "published",
        "updated",
        "written",
        "received",
        "created",
    ];
    let labelled = before.split_once(':').is_none_or(|(label, _)| {
        let word = label
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        WRITTEN.iter().any(|w| word.eq_ignore_ascii_case(w))
    });
    (words(before) <= 3
        && words(after) <= 4
        && labelled
        && no_sentence(before)
        && no_sentence(after))
    .then(|| CalendarDate::parse_iso(day))
    .flatten()
}

/// Whether `f` is a date or time valued by a day ("2014-07-28",
/// "2014-07-28T10:00") told without a year of four digits ("July 28").
fn day_without_year(text: &str, f: &Found) -> bool {
    let day = matches!((&f.kind, &f.value),
        (FigureKind::Date | FigureKind::Time, Some(Value::Text(v)))
            if v.len() >= 10 && CalendarDate::parse_iso(&v[..10]).is_some());
    day && !text
        .get(f.start..f.end)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4)
}

/// Whether `f` is a date valued by a full day ("2014-07-28").
fn full_day(f: &Found) -> bool {
    matches!((&f.kind, &f.value), (FigureKind::Date, Some(Value::Text(v))) if CalendarDate::parse_iso(v).is_some())
}

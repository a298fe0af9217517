//! Candidates: what a recognizer proposes (a [`Found`] figure and the atom to
//! go on from, a [`Step`]), and the [`Amount`] that the amount recognizers
//! share while they read one. Every module of the figures engine may use
//! these; this module uses none of them.

use super::numbers::Num;
use super::scan::Scan;
use super::vocab::TimeUnit;
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// A figure as found, in bytes of the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// Where the figure starts, with its modifier ("almost 500").
    pub start: usize,
    /// Where it starts without its modifier ("500").
    pub core: usize,
    /// Where its number starts (after any currency sign).
    pub num: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: Option<Value>,
    pub unit: Option<&'static str>,
    /// The byte span of what a count counts.
    pub counts: Option<(usize, usize)>,
    /// A point told from the story's time rather than the article's ("16
    /// years earlier", "the next day"): how many units from the last date
    /// told before it, signed, and whether it names the unit's whole period
    /// ("the following week", a week; "a week later", a day). Valued by
    /// [`resolve::from_story_time`](super::resolve::from_story_time).
    pub shift: Option<(i64, TimeUnit, bool)>,
    /// For a day told without its year ("July 4", "Friday"), the way from
    /// the article date that its sentence's tense points
    /// ([`Toward::of_day`]), as the resolver reads it where the figure
    /// starts; for the refiners, which see no atoms.
    pub toward: Option<Toward>,
    /// The day its relative value was told from: the article date, or the
    /// day of the last message stamp before it in an e-mail thread or a live
    /// blog ("Sent: Tuesday, November 28, 2000 11:34 AM"). Set by the scan;
    /// the refiners compare with it, so that a message's "Friday" is judged
    /// from the message's day.
    pub told_on: Option<CalendarDate>,
}

/// Which way from the article date a day told without a year lies, by the
/// sentence's tense.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Toward {
    /// The future by the sentence's tense ("will meet on Christmas Eve"): the
    /// first after the article date, but for a day just passed whose next
    /// is eleven months away ([`nearest_yearly`]).
    Ahead,
    /// Surely ahead ("next Easter"): the first after the article date.
    After,
    /// The past by the sentence's tense ("proposed Sept. 18 as the date"):
    /// the last on or before it, but for a day of the article's year soon
    /// ahead ([`nearest_yearly`]).
    Back,
    /// Surely past ("since May 3", "last Easter", "was signed on Memorial
    /// Day"): the last on or before it.
    Before,
    /// No tense told: the nearer one.
    Nearest,
    /// A term that runs on ("through Sept. 30"): the first after the article
    /// date when it is within eight months, else the nearer.
    Soon,
}

/// What a recognizer made of the atoms at some index: a figure or nothing,
/// and the index to go on from.
pub(super) type Step = Option<(Option<Found>, usize)>;

/// The candidate of `kind` that spans atoms `start..end`, valued by ISO text
/// (dates, times, durations).
pub(super) fn found(
    s: &Scan,
    start: usize,
    end: usize,
    kind: FigureKind,
    value: Option<String>,
) -> Found {
    Found {
        start: s.start(start),
        core: s.start(start),
        num: s.start(start),
        end: s.end(end),
        kind,
        value: value.map(Value::Text),
        unit: None,
        counts: None,
        shift: None,
        toward: None,
        told_on: None,
    }
}

/// An amount read as far as its number or range: "almost $500", "10-15".
#[derive(Clone, Copy)]
pub(super) struct Amount {
    /// The atom where the figure starts: its modifier, currency or number.
    pub start: usize,
    /// The atom after the modifier, when there is one: "$500" in "almost $500".
    pub after_modifier: Option<usize>,
    /// The modifier is "between", which wants a range: "between three and seven".
    pub between: bool,
    /// The currency written before the number, as its code: "USD" for "$5".
    pub currency: Option<&'static str>,
    /// The number; the low end when there is a range.
    pub num: Num,
    /// The atom where the number starts, its sign included.
    pub num_start: usize,
    /// The value: the number's, or the low end of a range ("1-2 million": 1e6).
    pub value: Option<f64>,
    /// The high end of a range.
    pub high: Option<f64>,
    /// The atom after the number or range.
    pub end: usize,
}

impl Amount {
    /// The value times `factor` (to a currency's main unit): a number, or
    /// `[low, high]` for a range.
    pub(super) fn value(&self, factor: f64) -> Option<Value> {
        // A minor unit by division, which is exact where multiplying is not:
        // 35 cents is 35 / 100 = 0.35, not 35 * 0.01 = 0.35000000000000003.
        let scale = |n: f64| {
            let per = (1.0 / factor).round();
            if factor < 1.0 && per > 1.0 && (1.0 / per - factor).abs() < 1e-12 {
                n / per
            } else {
                n * factor
            }
        };
        let v = scale(self.value?);
        Some(match self.high {
            Some(hi) => Value::Range([v, scale(hi)]),
            None => Value::Number(v),
        })
    }

    /// The figure of `kind` that this amount makes, ending before atom `end`,
    /// and `end`, to go on from.
    pub(super) fn figure(
        &self,
        s: &Scan,
        kind: FigureKind,
        value: Option<Value>,
        unit: Option<&'static str>,
        end: usize,
    ) -> Step {
        let found = Found {
            start: s.start(self.start),
            core: s.start(self.after_modifier.unwrap_or(self.start)),
            num: s.start(self.num_start),
            end: s.end(end),
            kind,
            value,
            unit,
            counts: None,
            shift: None,
            toward: None,
            told_on: None,
        };
        Some((Some(found), end))
    }
}

/// Skips to atom `end`: what lies before it is not a figure.
pub(super) fn skip_to(end: usize) -> Step {
    Some((None, end))
}

/// Keeps one figure per stretch of text: a figure that overlaps one kept
/// before it (in text order) is dropped.
pub(super) fn without_overlaps(found: &mut Vec<Found>) {
    let mut reach = 0;
    found.retain(|f| {
        let keep = f.start >= reach;
        reach = reach.max(f.end);
        keep
    });
}

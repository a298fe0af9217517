//! Dates and times: absolute ("28 December 2025", "Dec. 28", "2025-12-28"),
//! relative to the article's date ("on Saturday", "last week", "yesterday")
//! and, with [`times`](super::times), times of day ("3pm", "15:30 GMT").

use super::candidate::{found, Found};
use super::lexer::AtomKind;
use super::numbers::and_a_half;
use super::resolve::{
    ago, awaited, day_month, deadline, decided_on, ed_verb, from_now, fronted_future,
    fronted_past_bound, future_ahead, future_tense, half_alone, month_alone, moved_to,
    names_an_event_day, outlook, past_event, past_tense, past_verb, past_verb_on, present_event,
    quarter_alone, schedule_on, sentence_before, tense_after, two_digit_year, Toward,
};
use super::scan::Scan;
use super::times::clock;
use super::vocab::{day_part, TimeUnit, DAY_PARTS, PLACING};
use crate::analysis::{FigureKind, Value};
use crate::calendar::{days_in_month, CalendarDate};

/// Words before a date that make a lone month or weekday a date ("in May").
const DATE_LEADS: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "early", "late", "mid", "last", "next", "this",
    "from", "to", "through", "during", "before", "after", "on", "end", "between", "and",
];

/// A day number at `k` (1-31, with an optional ordinal suffix): its value and
/// the index after it.
fn day_number(s: &Scan, k: usize) -> Option<(u8, usize)> {
    let d = s.digits(k)?;
    if d.len() > 2 {
        return None;
    }
    let day: u8 = d.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut end = k + 1;
    if s.is_any(end, &["st", "nd", "rd", "th"]) {
        end += 1;
    }
    // Not "Dec 3:30", "May 5-7 people", "May 4.5" ("For Sept 10-30:" is).
    if s.is_ch(end, '/') || (matches!(s.ch(end), Some(':' | '.')) && s.digits(end + 1).is_some()) {
        return None;
    }
    Some((day, end))
}

/// A day of the month in ordinal words at `k`: "eleventh", "twenty-second",
/// "thirty first": its value and the index after it.
fn day_in_words(s: &Scan, k: usize) -> Option<(u8, usize)> {
    let ordinal = |k: usize| s.sense(k).ordinal.filter(|v| (1.0..=31.0).contains(v));
    if let Some(v) = ordinal(k) {
        return Some((v as u8, k + 1));
    }
    let tens = match s.sense(k).cardinal {
        Some(super::vocab::Cardinal::Tens(t)) if t == 20.0 || t == 30.0 => t,
        _ => return None,
    };
    if !(s.is_space(k + 1) || s.is_dash(k + 1)) {
        return None;
    }
    let v = tens + ordinal(k + 2).filter(|v| *v <= 9.0)?;
    (v <= 31.0).then_some((v as u8, k + 3))
}

/// The day of the month told after a weekday: "the 26th", "the eleventh",
/// "5/12" (month and day): the month when told, the day and the index after.
fn day_after_weekday(s: &Scan, k: usize) -> Option<(Option<u8>, u8, usize)> {
    if s.is(k, "the") && s.is_space(k + 1) {
        let k = k + 2;
        if s.digits(k).is_some() {
            let (day, e) = day_number(s, k)?;
            return (e == k + 2).then_some((None, day, e));
        }
        // Not "announced on Tuesday the first generation of": an ordinal
        // before a noun counts that noun.
        let (day, e) = day_in_words(s, k)?;
        let next = s.sp(e);
        let noun = next > e
            && s.word(next)
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
            && !s.is_any(next, AFTER_DAYS)
            && !s.is_any(next, DAY_PARTS)
            && s.sense(next).cardinal.is_none();
        return (!noun).then_some((None, day, e));
    }
    if let Some((m, d, e)) = month_day_slashed(s, k) {
        let ok = s.boundary(e) && !s.is_ch(e, '/');
        return ok.then_some((Some(m), d, e));
    }
    // "Monday 21", "on Friday 31!": a day number alone, where the phrase
    // ends (not "Sunday 3 people", "Monday 3-8", "Friday 7.6", "Tuesday 2’").
    let (day, e) = day_number(s, k).filter(|(_, e)| *e == k + 1)?;
    let ends = match s.kind(e) {
        None | Some(AtomKind::Break) => true,
        Some(AtomKind::Other(c)) => {
            matches!(c, ',' | '!' | '?' | ';' | ')') || c == '.' && s.digits(e + 1).is_none()
        }
        _ => false,
    };
    ends.then_some((None, day, e))
}

/// The span from the day `first` ("2026-06-09") to day `last` of its month:
/// "2026-06-09/2026-06-12".
fn to_day(first: &str, last: u8) -> String {
    let month = first.get(..first.len().saturating_sub(2)).unwrap_or("");
    format!("{first}/{month}{last:02}")
}

/// The atom past a "the" at `i` and its space ("the week 1"), else `i`.
fn past_the(s: &Scan, i: usize) -> usize {
    if s.is(i, "the") && s.is_space(i + 1) {
        i + 2
    } else {
        i
    }
}

/// The day `day` of a month that falls on weekday `wd` (1 is Monday), the
/// nearest to the article date: "Friday the 13th".
fn weekday_of_month(date: CalendarDate, wd: u8, day: u8) -> Option<CalendarDate> {
    let months = date.year * 12 + i32::from(date.month) - 1;
    (-12..=12)
        .filter_map(|n: i32| {
            let m = months + n;
            CalendarDate::new(m.div_euclid(12), (m.rem_euclid(12) + 1) as u8, day)
        })
        .filter(|c| c.weekday() + 1 == wd)
        .min_by_key(|c| (c.days() - date.days()).abs())
}

/// A four-digit year at `k` (optionally after a comma and a space).
fn year_after(s: &Scan, k: usize) -> Option<(i32, usize)> {
    let mut j = k;
    // "Dec. 31 , 1994", as tokenized text writes it.
    if s.is_space(j) && s.is_ch(j + 1, ',') {
        j += 1;
    }
    if s.is_ch(j, ',') {
        j += 1;
    }
    j = s.sp(j);
    if j == k {
        return None;
    }
    let y = s.digits(j).filter(|d| d.len() == 4)?;
    let year: i32 = y.parse().ok()?;
    if !(1000..=2200).contains(&year) || s.is_ch(j + 1, ',') && s.digits(j + 2).is_some() {
        return None;
    }
    // "Dec. 28, 2025" but not "May 2025 sales figures"? The year still counts.
    Some((year, j + 1))
}

/// The month named at `k`: its number and the index after it (and its period).
fn month_name(s: &Scan, k: usize, lead: bool) -> Option<(u8, usize)> {
    let sense = s.sense(k);
    if sense.month == 0 {
        return None;
    }
    let w = s.word(k)?;
    let lower = w.chars().next().is_some_and(char::is_lowercase);
    let mut end = k + 1;
    let separated = separator_after(s, end).is_some();
    if sense.month_short {
        if s.is_ch(end, '.') {
            end += 1;
        } else if !(s.is_space(end) && s.digits(end + 1).is_some()
            || separated
            || s.is_ch(end, ',') && year_after(s, end).is_some())
            || lower
        {
            return None;
        }
    }
    // "may" and "march" in lower case are words; so is "May" without a date
    // around it. Other months in lower case are dates after a lead word ("in
    // june") or before a number ("april 2017", "june 5", "june of 1992"), as
    // web text writes them.
    let of_year = s.is_space(end)
        && s.is(end + 1, "of")
        && s.is_space(end + 2)
        && s.digits(end + 3).is_some_and(|d| d.len() == 4);
    // "the March of Dimes": a name.
    if s.is_space(end) && s.is(end + 1, "of") && s.is_space(end + 2) && s.capitalized(end + 3) {
        return None;
    }
    let number_after = s.is_space(end) && s.digits(end + 1).is_some() || of_year || separated;
    if lower && (sense.month == 5 || sense.month == 3 || !lead && !number_after) {
        return None;
    }
    Some((sense.month, end))
}

/// A slash or dash glued between a month's name and digits ("Oct/2",
/// "Dec-2018", "Sep-23-2020"): the separator.
fn separator_after(s: &Scan, k: usize) -> Option<char> {
    let sep = s.ch(k).filter(|c| matches!(c, '/' | '-'))?;
    (s.digits(k + 1).is_some() && s.word(k - 1).is_some()).then_some(sep)
}

/// A month's name with digits after a slash or dash ending at `k`: "Oct/2"
/// (a day), "Dec/2018" (a month of a year), "Sep-23-2020" (a day of a year):
/// the value and the atom after it.
fn month_separated(
    s: &Scan,
    k: usize,
    month: u8,
    date: Option<CalendarDate>,
    toward: Toward,
) -> Option<(Option<String>, usize)> {
    let sep = separator_after(s, k)?;
    let d = s.digits(k + 1)?;
    if d.len() == 4 && s.boundary(k + 2) {
        let year: i32 = d.parse().ok()?;
        return Some((Some(format!("{year:04}-{month:02}")), k + 2));
    }
    let day: u8 = d.parse().ok().filter(|_| d.len() <= 2)?;
    if s.is_ch(k + 2, sep) {
        let year: i32 = s.digits(k + 3).filter(|y| y.len() == 4)?.parse().ok()?;
        let v = CalendarDate::new(year, month, day).map(CalendarDate::iso);
        return s.boundary(k + 4).then_some((v, k + 4));
    }
    if !s.boundary(k + 2) || day == 0 || day > 31 || number_goes_on(s, k + 2) {
        return None;
    }
    Some((day_month(date, month, day, toward), k + 2))
}

/// Whether the digits before atom `e` go on as one number: a decimal point
/// or a group of thousands glued to them ("May-9.5", "Jun 1,100.7" in a
/// table of figures by month), so they are no day of the month.
fn number_goes_on(s: &Scan, e: usize) -> bool {
    s.is_ch(e, '.') && s.digits(e + 1).is_some()
        || s.is_ch(e, ',') && s.digits(e + 1).is_some_and(|d| d.len() == 3)
}

/// A year told after a day with "of" or "in": "July 4th of 1995", "28 June
/// in 2020": the year and the atom after it.
fn of_year(s: &Scan, e: usize) -> Option<(i32, usize)> {
    if !(s.is_space(e) && s.is_any(e + 1, &["of", "in"])) {
        return None;
    }
    year_after(s, e + 2)
}

/// The year told after a day at atom `e`: "March 20, 2025", "July 4th of
/// 1995", or relatively with the article date, "March 20 last year", "20
/// March this year", "May 2 next year", "December 1, last year". The year and the atom after it.
fn year_told(s: &Scan, e: usize, date: Option<CalendarDate>) -> Option<(i32, usize)> {
    year_after(s, e).or_else(|| of_year(s, e)).or_else(|| {
        // "on December 1, last year" too.
        let e = if s.is_ch(e, ',') { e + 1 } else { e };
        if !(s.is_space(e) && s.is_any(e + 1, &["last", "next", "this"])) {
            return None;
        }
        match year_of(s, e, date)? {
            // Not "On December 1, this year's winner".
            (Some(_), end) if s.owner_s(end + 1) => None,
            (Some(y), end) => Some((y, end)),
            (None, _) => None,
        }
    })
}

/// A day of an event named by its date, told without a year: the words
/// after the date that name the event ("the Sept. 11 attacks", "the
/// September 11 hijackers"), the words of a text that tell of it ("... the
/// World Trade Center. Even after September 11, ..."), and the words after
/// the date that name another event of the same day instead.
pub(super) struct EventDay {
    month: u8,
    day: u8,
    /// The event's day, "YYYY-MM-DD".
    pub(super) value: &'static str,
    /// Words after the date that name the event.
    named_by: &'static [&'static str],
    /// Words of a text that tell of it (lower case).
    told_by: &'static [&'static str],
    /// Words after the date that name another event of the day: a text of
    /// Benghazi's September 11 may name the attacks of 2001 too.
    not_named_by: &'static [&'static str],
}

/// Events named by their day, the first that a text tells of taken: the
/// attack on the US mission in Benghazi (2012), then the attacks of 2001.
pub(super) const EVENT_DAYS: &[EventDay] = &[
    EventDay {
        month: 9,
        day: 11,
        value: "2012-09-11",
        named_by: &[],
        told_by: &["benghazi"],
        not_named_by: &[
            "attacks",
            "attackers",
            "hijackers",
            "hijacking",
            "hijackings",
            "commission",
        ],
    },
    EventDay {
        month: 9,
        day: 11,
        value: "2001-09-11",
        named_by: &[
            "attack",
            "attacks",
            "attackers",
            "terrorist",
            "terror",
            "hijackers",
            "hijacking",
            "hijackings",
            "commission",
            "victims",
        ],
        told_by: &[
            "9/11",
            "world trade center",
            "twin towers",
            "hijack",
            "al qaeda",
            "al-qaeda",
            "al qaida",
            "al-qaida",
            "terrorist attacks",
            "terror attacks",
        ],
        not_named_by: &[],
    },
];

/// The value of a day told without its year, month first or day first, from
/// atom `start` to before atom `e`: the day of an event named by it
/// ([`named_event_day`]: "the Sept. 11 attacks", "the 11 September
/// hijackers"), else the day of the month nearest the article's date in the
/// direction the sentence's tense gives.
fn day_without_year(
    s: &Scan,
    month: u8,
    day: u8,
    start: usize,
    e: usize,
    date: Option<CalendarDate>,
) -> Option<String> {
    named_event_day(s, month, day, start, e, date)
        .or_else(|| day_month(date, month, day, Toward::of_day(s, start)))
}

/// Words after a day told every year: "the Sept. 11 memorial ceremony".
const YEARLY: &[&str] = &[
    "memorial",
    "ceremony",
    "ceremonies",
    "anniversary",
    "commemoration",
    "service",
    "event",
];

/// The day of an event named by its date, told without a year, the date
/// ending before atom `e` and starting at atom `start`: before a word of
/// the event ("the Sept. 11 attacks", "the September 11 hijackers"), or in
/// a text that tells of the event ([`EVENT_DAYS`]: "... the World Trade
/// Center. Even after September 11, ..."), whatever the article's date.
/// Not a day told every year ("the Sept. 11 memorial ceremony"), one
/// placed by its own word ("this Sept. 11") or ahead ("will meet on Sept.
/// 11"), nor, for a text that tells of the event and of its yearly
/// memorial, the day of this year within two months before the article
/// ("left an event on September 11th", told on September 15). Of two
/// events of the day, the first in the table that the text tells of,
/// unless the words after the date name the other ("the September 11
/// attack" in a text of Benghazi is 2012's; "the Sept. 11 attacks", 2001's).
fn named_event_day(
    s: &Scan,
    month: u8,
    day: u8,
    start: usize,
    e: usize,
    date: Option<CalendarDate>,
) -> Option<String> {
    // Past a closing quote mark: "the ‘11 September’ attacks".
    let e = if matches!(s.ch(e), Some('’' | '\'' | '"' | '”')) {
        e + 1
    } else {
        e
    };
    let next = Some(s.sp(e)).filter(|&n| n > e);
    let after = |words: &[&str]| next.is_some_and(|n| s.is_any(n, words));
    let events = EVENT_DAYS
        .iter()
        .filter(|x| x.month == month && x.day == day && !after(x.not_named_by));
    events.clone().next()?;
    let text = s.text.to_lowercase();
    let told = events
        .clone()
        .find(|x| x.told_by.iter().any(|w| text.contains(w)));
    let named = events.clone().find(|x| after(x.named_by));
    let event = told.or(named)?;
    if named.is_some() {
        return Some(event.value.to_string());
    }
    if after(YEARLY) || s.back(start).is_some_and(|b| s.is_any(b, PLACING)) {
        return None;
    }
    // The text tells of this year's day, told lately: "the memorial ...
    // left an event on September 11th", told on September 15.
    let this_years_lately = date.is_some_and(|d| {
        CalendarDate::new(d.year, month, day)
            .is_some_and(|x| (0..=61).contains(&(d.days() - x.days())))
    }) && ["memorial", "anniversary", "ceremon", "commemorat"]
        .iter()
        .any(|w| text.contains(w));
    // "will lay a wreath on Sept. 11", "On Sept. 11, the mayor will".
    let ahead = matches!(Toward::of_day(s, start), Toward::Ahead | Toward::After)
        || fronted_future(s, start, e);
    let v = event.value;
    (!this_years_lately && !ahead && date.is_none_or(|d| d.iso().as_str() > v))
        .then(|| v.to_string())
}

/// "December 28, 2025", "Dec. 28", "May 2008", "in March", "Oct/2", "Dec-2018".
pub(super) fn month_first(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
    start: usize,
) -> Option<(Found, usize)> {
    if s.sense(i).month == 0 {
        return None;
    }
    // "mid-May", "end-May" too.
    let lead = s.back(i).is_some_and(|b| s.is_any(b, DATE_LEADS))
        || s.is_dash(i.wrapping_sub(1)) && s.is_any(i.wrapping_sub(2), &["mid", "end"]);
    let (month, mut k) = month_name(s, i, lead)?;
    if let Some((v, e)) = month_separated(s, k, month, date, Toward::of_day(s, start)) {
        return Some((found(s, start, e, FigureKind::Date, v), e));
    }
    let after = s.sp(k);
    // "February twenty-second", "March eighteenth" ("May first" is too often
    // the name and a word).
    if after > k && (month != 5 || lead) {
        if let Some((day, e)) = day_in_words(s, after) {
            let v = match year_after(s, e) {
                Some((year, e2)) => {
                    let v = CalendarDate::new(year, month, day).map(CalendarDate::iso);
                    return Some((found(s, start, e2, FigureKind::Date, v), e2));
                }
                None => day_month(date, month, day, Toward::of_day(s, start)),
            };
            return Some((found(s, start, e, FigureKind::Date, v), e));
        }
    }
    // "Sept.11, 2001", "after Sept.11.": the day glued to an abbreviation's
    // point.
    let glued_day = after == k
        && s.is_ch(k.wrapping_sub(1), '.')
        && s.digits(k).is_some_and(|d| d.len() <= 2)
        && (s.is_ch(k + 1, ',')
            || s.boundary(k + 1) && !(s.is_ch(k + 1, '.') && s.digits(k + 2).is_some()));
    if after > k || glued_day {
        if let Some((day, e)) = day_number(s, after) {
            if let Some(span) = days_span(s, month, day, e, date, start) {
                return Some(span);
            }
            if let Some((year, e2)) = year_told(s, e, date) {
                let v = CalendarDate::new(year, month, day).map(CalendarDate::iso);
                return Some((found(s, start, e2, FigureKind::Date, v), e2));
            }
            // Not "March 3 people" (a count follows) unless it reads as a date.
            // "Nov. 18-Dec. 19": a dash before another month is a range's.
            let to_month = s.is_dash(s.sp(e)) && s.sense(s.sp(s.sp(e) + 1)).month > 0;
            // "Yeltsin Sept 7-Interfax": a wire slug's source after the day.
            let source = s.is_dash(e)
                && s.glued(e + 1)
                && s.word(e + 1).is_some_and(|w| w.len() > 2)
                && s.capitalized(e + 1)
                && s.sense(e + 1).month == 0;
            if s.digits(after).is_some_and(|d| d.len() <= 2)
                && (!s.is_dash(e) || to_month || source)
                && !number_goes_on(s, e)
            {
                let v = day_without_year(s, month, day, start, e, date);
                return Some((found(s, start, e, FigureKind::Date, v), e));
            }
        }
        if let Some((year, e)) = year_after(s, k) {
            let v = Some(format!("{year:04}-{month:02}"));
            return Some((found(s, start, e, FigureKind::Date, v), e));
        }
    }
    // "Dec, 2018".
    if s.is_ch(k, ',') {
        if let Some((year, e)) = year_after(s, k) {
            let v = Some(format!("{year:04}-{month:02}"));
            return Some((found(s, start, e, FigureKind::Date, v), e));
        }
    }
    // "March of 2009", "October of next year", "March of this year"; "June
    // last year", "May next year" (not "May the" nor "June 2009", read above).
    let of = s.is_space(k) && s.is(k + 1, "of");
    let relative_year = s.is_space(k) && s.is_any(k + 1, &["last", "next", "this"]);
    // "September of '72".
    if of
        && s.is_space(k + 2)
        && matches!(s.ch(k + 3), Some('\'' | '’'))
        && s.digits(k + 4).is_some_and(|d| d.len() == 2)
        && s.boundary(k + 5)
    {
        let yy: i32 = s.str(k + 4).parse().ok()?;
        let y = two_digit_year(yy, date, 0);
        let v = Some(format!("{y:04}-{month:02}"));
        return Some((found(s, start, k + 5, FigureKind::Date, v), k + 5));
    }
    if of || relative_year {
        let y = if of { k + 2 } else { k };
        if let Some((year, e)) = year_of(s, y, date) {
            let v = Some(match year {
                Some(y) => format!("{y:04}-{month:02}"),
                None => format!("--{month:02}"),
            });
            return Some((found(s, start, e, FigureKind::Date, v), e));
        }
    }
    // "the June quarter", "the December quarter": a quarter named by its
    // last month, as Australian statistics and company reports name them.
    let the = s.back(start).filter(|&b| s.is(b, "the"));
    if let Some(the) = the.filter(|_| {
        month % 3 == 0
            && s.capitalized(i)
            && s.is_space(k)
            && s.is(k + 1, "quarter")
            && s.boundary(k + 2)
    }) {
        // Its year as a quarter's told by its ordinal ("the second quarter").
        let q = month / 3;
        let v = Some(match date {
            Some(d) => format!("{:04}-Q{q}", quarter_alone(d, q, Toward::at(s, start))),
            None => format!("XXXX-Q{q}"),
        });
        return Some((found(s, the, k + 2, FigureKind::Date, v), k + 2));
    }
    // A month alone: capitalized, and "May" only after a lead word; nor
    // "March" of a name without one ("March on the RNC", "March for Our
    // Lives", "March against Monsanto").
    let a_march = month == 3
        && s.is_space(k)
        && s.is_any(k + 1, &["on", "for", "against"])
        && !s.is(i + 1, ".");
    const TIME_LEADS: &[&str] = &[
        "in", "since", "by", "until", "of", "last", "next", "this", "early", "late", "mid", "from",
        "through", "during", "before", "after", "that",
    ];
    let time_lead = s.back(start).is_some_and(|b| s.is_any(b, TIME_LEADS));
    // "the May elections", "the May 2017 primaries" read above: "the" and
    // an event's noun around "May" make it the month.
    let may_event =
        s.back(start).is_some_and(|b| s.is(b, "the")) && s.is_space(k) && s.sense(k + 1).event_day;
    if !s.capitalized(i)
        || month == 5 && !lead && !may_event
        || a_march && !time_lead
        || s.sense(i).month_short && !lead
    {
        return None;
    }
    if s.is_ch(k, '.') && s.sense(i).month_short {
        k = i + 1;
    }
    let v = Some(month_alone(date, month, Toward::of_month(s, start)));
    Some((found(s, start, k, FigureKind::Date, v), k))
}

/// Words that may follow a span of days ("November 19-20 in Paris"); other
/// lower-case words make it a count ("March 3-5 people").
const AFTER_DAYS: &[&str] = &[
    "in", "at", "and", "to", "when", "for", "as", "after", "before", "with", "on", "the", "this",
    "next", "last", "from", "while", "but", "or", "because", "that", "is", "was", "will",
];

/// "November 19-20", "Nov. 19-20, 2016": a span of days after the month and
/// the first day (ending at `e`).
fn days_span(
    s: &Scan,
    month: u8,
    day: u8,
    e: usize,
    date: Option<CalendarDate>,
    start: usize,
) -> Option<(Found, usize)> {
    if !s.is_dash(e) {
        return None;
    }
    let (last, mut end) = day_number(s, e + 1).filter(|(d2, _)| *d2 > day)?;
    let first = match year_after(s, end) {
        Some((year, e2)) => {
            end = e2;
            CalendarDate::new(year, month, day).map(CalendarDate::iso)
        }
        None => {
            let next = s.sp(end);
            // Not before what a count counts ("March 3-5 people"): "March
            // 17-20 via landlines", "the survey March 17-20 found".
            let fits = s.word(next).is_none_or(|w| {
                s.capitalized(next)
                    || AFTER_DAYS.iter().any(|a| w.eq_ignore_ascii_case(a))
                    || super::counts::counted(s, next).is_none()
            });
            if !s.boundary(end) || s.digits(next).is_some() || !fits {
                return None;
            }
            day_month(date, month, day, Toward::of_day(s, start))
        }
    };
    CalendarDate::new(2024, month, last)?;
    let v = first.map(|f| to_day(&f, last));
    Some((found(s, start, end, FigureKind::Date, v), end))
}

/// "on the 18th": a day of the month nearest the article date (the first
/// on or after it when the sentence speaks of the future); "---18" without
/// an article date.
pub(super) fn day_of_month(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    // "on the 18th", "on or around the 27th", "by the 5th", "until the 30th".
    let told = |b: usize| {
        s.is_any(b, &["on", "by", "until", "till", "from", "before"])
            || s.is_any(b, &["around", "about", "after"])
                && s.back(b).is_some_and(|o| s.is(o, "or"))
    };
    if !(s.is(i, "the") && s.is_space(i + 1) && s.back(i).is_some_and(told)) {
        return None;
    }
    let k = i + 2;
    let (day, end) = day_number(s, k).filter(|(_, e)| *e == k + 2)?;
    // Not "on the 18th floor", "on the 3rd day".
    let next = s.sp(end);
    let fits = s
        .word(next)
        .is_none_or(|w| AFTER_DAYS.iter().any(|a| w.eq_ignore_ascii_case(a)) && w != "the");
    if !s.boundary(end) || !fits || s.is(next, "of") {
        return None;
    }
    let v = match date {
        Some(d) => {
            let ahead = future_ahead(s, i) || super::resolve::deadline(s, i);
            let months = [-1i64, 0, 1].map(|n| {
                let m = i64::from(d.year) * 12 + i64::from(d.month) - 1 + n;
                CalendarDate::new(m.div_euclid(12) as i32, m.rem_euclid(12) as u8 + 1, day)
            });
            let today = d.days();
            let pick = months
                .into_iter()
                .flatten()
                .filter(|c| !ahead || c.days() >= today)
                .min_by_key(|c| ((c.days() - today).abs(), c.days() > today));
            pick.map(CalendarDate::iso)
        }
        None => Some(format!("---{day:02}")),
    };
    Some((found(s, i, end, FigureKind::Date, v), end))
}

/// "28 December 2025", "28th of December", "1 May".
pub(super) fn day_first(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
    start: usize,
) -> Option<(Found, usize)> {
    if let Some(r) = day_month_year_glued(s, i) {
        return Some(r);
    }
    let (day, mut e) = day_number(s, i)?;
    // "19-20 March": a span of days.
    let mut last_day = None;
    if s.is_dash(e) {
        if let Some((d2, e2)) = day_number(s, e + 1).filter(|(d2, _)| *d2 > day) {
            if s.is_space(e2) && s.sense(e2 + 1).month > 0 {
                last_day = Some(d2);
                e = e2;
            }
        }
    }
    let mut k = s.sp(e);
    if k == e {
        return None;
    }
    if s.is(k, "of") && s.is_space(k + 1) {
        k += 2;
    }
    let (month, m_end) = month_name(s, k, true)?;
    if !s.capitalized(k)
        && s.word(k).is_some_and(|w| w.chars().all(char::is_lowercase))
        && s.sense(k).month == 5
    {
        return None;
    }
    let (v, end) = match year_told(s, m_end, date) {
        Some((year, e2)) => (
            CalendarDate::new(year, month, day).map(CalendarDate::iso),
            e2,
        ),
        None if last_day.is_none() => (day_without_year(s, month, day, start, m_end, date), m_end),
        None => (day_month(date, month, day, Toward::of_day(s, start)), m_end),
    };
    let v = match (v, last_day) {
        (Some(first), Some(d2)) => Some(to_day(&first, d2)),
        (v, _) => v,
    };
    Some((found(s, start, end, FigureKind::Date, v), end))
}

/// "the 9th of May", "the second of August", "second of Aug.", "the twenty
/// third day of September", "the 4th day of July 2019": a day told before
/// "of" and the month, with "the" (its core after it) or in ordinal words.
pub(super) fn day_of_named_month(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let the = s.is(i, "the") && s.is_space(i + 1);
    let k = if the { i + 2 } else { i };
    let (day, mut e) = if s.digits(k).is_some() && the {
        day_number(s, k).filter(|(_, e)| *e == k + 2)?
    } else {
        day_in_words(s, k)?
    };
    if s.is_space(e) && s.is(e + 1, "day") {
        e += 2;
    }
    if !(s.is_space(e) && s.is(e + 1, "of") && s.is_space(e + 2)) {
        return None;
    }
    let (month, m_end) = month_name(s, e + 3, true)?;
    let (v, end) = match year_after(s, m_end).or_else(|| of_year(s, m_end)) {
        Some((year, e2)) => (
            CalendarDate::new(year, month, day).map(CalendarDate::iso),
            e2,
        ),
        None => (day_without_year(s, month, day, i, m_end, date), m_end),
    };
    let mut f = found(s, i, end, FigureKind::Date, v);
    if the {
        f.core = s.start(k);
    }
    Some((f, end))
}

/// "9 to 12 June", "between 3 and 12 September", "3 to 12 of Sept", "from
/// 9 through 12 June 2026": a span of days told by their numbers joined by a
/// word, then the month (after "of" or not) and maybe the year; "and" only
/// after "between". From atom `start` (the opening word, or the first day).
pub(super) fn days_to_month(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
    start: usize,
) -> Option<(Found, usize)> {
    let (d1, e) = day_number(s, i)?;
    // "from 9 to 12 June": the opening word is part of it.
    let start = match s.back(i) {
        Some(b) if start == i && s.is_any(b, &["from", "between"]) => b,
        _ => start,
    };
    let between = start < i && s.is(start, "between");
    let links: &[&str] = if between {
        &["and"]
    } else {
        &["to", "through", "until", "till"]
    };
    if !(s.is_space(e) && s.is_any(e + 1, links) && s.is_space(e + 2)) {
        return None;
    }
    let (d2, e2) = day_number(s, e + 3).filter(|(d2, _)| *d2 > d1)?;
    let mut k = s.sp(e2);
    if k == e2 {
        return None;
    }
    if s.is(k, "of") && s.is_space(k + 1) {
        k += 2;
    }
    let (month, m_end) = month_name(s, k, true)?;
    if s.sense(k).month == 5 && !s.capitalized(k) {
        return None;
    }
    let (first, end) = match year_after(s, m_end) {
        Some((year, e3)) => (
            CalendarDate::new(year, month, d1).map(CalendarDate::iso),
            e3,
        ),
        None => (day_month(date, month, d1, Toward::of_day(s, start)), m_end),
    };
    CalendarDate::new(2024, month, d2)?;
    let v = first.map(|f| to_day(&f, d2));
    let mut f = found(s, start, end, FigureKind::Date, v);
    f.core = s.start(i);
    Some((f, end))
}

/// "05-Aug-2016", "23/Sep/2020": a day, a month's name and a year joined by
/// one slash or dash.
fn day_month_year_glued(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let day: u8 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
    let sep = s.ch(i + 1).filter(|c| matches!(c, '/' | '-'))?;
    let month = s.sense(i + 2).month;
    if month == 0 || !s.is_ch(i + 3, sep) {
        return None;
    }
    let year: i32 = s.digits(i + 4).filter(|y| y.len() == 4)?.parse().ok()?;
    let v = CalendarDate::new(year, month, day)?.iso();
    s.boundary(i + 5)
        .then(|| (found(s, i, i + 5, FigureKind::Date, Some(v)), i + 5))
}

/// "2025-12-28", "2025/12/28", "2019/Aug/01".
pub(super) fn iso(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let y = s.digits(i).filter(|d| d.len() == 4)?;
    let sep = s.ch(i + 1).filter(|c| matches!(c, '-' | '/'))?;
    // The month in digits, or by its name ("2019/aug/01").
    let m: u8 = match s.digits(i + 2) {
        Some(m) if m.len() <= 2 => m.parse().ok()?,
        Some(_) => return None,
        None => Some(s.sense(i + 2).month).filter(|m| *m > 0)?,
    };
    if !s.is_ch(i + 3, sep) {
        return None;
    }
    let d = s.digits(i + 4).filter(|d| d.len() <= 2)?;
    let date = CalendarDate::new(y.parse().ok()?, m, d.parse().ok()?)?;
    let mut end = i + 5;
    // A time after it: "2025-12-28T15:30" or "2025-12-28 15:30".
    if s.is(end, "T") && s.digits(end + 1).is_some() {
        if let Some((t, e)) = clock(s, end + 1) {
            end = e;
            return Some((
                found(
                    s,
                    i,
                    end,
                    FigureKind::Time,
                    Some(format!("{}T{t}", date.iso())),
                ),
                end,
            ));
        }
    }
    Some((found(s, i, end, FigureKind::Date, Some(date.iso())), end))
}

/// "12/28/2025", "28/12/2025", "12/28/25", "28.12.2025". A year in two digits is of the
/// century that puts it at most 20 years after the article's year (or 2030
/// without an article date): "09/16/99" is 1999, "1/30/10" 2010.
pub(super) fn slashed(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let a: u8 = s.digits(i).filter(|d| d.len() <= 2)?.parse().ok()?;
    // "12.05.2016": points, as Europe writes a day, its month and a year of
    // four digits.
    // "11-20-2000": dashes, with a year of four digits.
    let sep = s.ch(i + 1).filter(|c| matches!(c, '/' | '.' | '-'))?;
    let b: u8 = s.digits(i + 2).filter(|d| d.len() <= 2)?.parse().ok()?;
    if !s.is_ch(i + 3, sep) {
        return None;
    }
    let y = s.digits(i + 4).filter(|y| sep != '-' || y.len() == 4)?;
    if sep == '.' {
        let year: i32 = y.parse().ok().filter(|_| y.len() == 4)?;
        let day = CalendarDate::new(year, b, a)?;
        return Some((found(s, i, i + 5, FigureKind::Date, Some(day.iso())), i + 5));
    }
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        2 => two_digit_year(y.parse().ok()?, date, 20),
        _ => return None,
    };
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    let date = CalendarDate::new(year, month, day)?;
    Some((
        found(s, i, i + 5, FigureKind::Date, Some(date.iso())),
        i + 5,
    ))
}

/// Month and day in digits joined by a slash, without a year ("10/1",
/// "22/04"): the month, the day and the index after. The first is the day
/// when it cannot be a month ("22/04"), else the month ("10/25"). Not "9/11"
/// and "24/7" (names of their own), nor what reads as a fraction ("1/2",
/// "3/16"): a smaller number over a denominator that fractions use, unless
/// written with a leading zero ("01/04").
fn month_day_slashed(s: &Scan, i: usize) -> Option<(u8, u8, usize)> {
    let (da, db) = (s.digits(i)?, s.digits(i + 2)?);
    if da.len() > 2 || db.len() > 2 || !s.is_ch(i + 1, '/') {
        return None;
    }
    if matches!((da, db), ("9", "11") | ("24", "7")) {
        return None;
    }
    let (a, b): (u8, u8) = (da.parse().ok()?, db.parse().ok()?);
    let zero = da.starts_with('0') || db.starts_with('0');
    // "5/12" is May 12 more often than five twelfths.
    let fraction = a < b && b != 12 && super::numbers::DENOMINATORS.contains(&u32::from(b));
    if fraction && !zero {
        return None;
    }
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    CalendarDate::new(2024, month, day)?;
    Some((month, day, i + 3))
}

/// Words before a month and day in digits that make them a date: "on
/// 22/04", "from 10/1 to 11/7", "since 3/15".
const SLASHED_LEADS: &[&str] = &["on", "from", "between", "since", "until", "till"];

/// "on 22/04", "from 10/1 to 11/7", "between 10/1-11/7", "10/1-11/2/2017",
/// "from 5/1-5/7, 2020", "this 5/12": a day told by month and day in digits
/// without a year, after a word that makes it a date ([`SLASHED_LEADS`]),
/// or written with a leading zero ("22/04"), or two such days joined by a
/// dash; the year when told after the second is the first's too (the year
/// before when the first comes later). "this", "next" and "last" before it
/// take the article date's year, the next or the last.
pub(super) fn month_day(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let (m1, d1, mut e) = month_day_slashed(s, i)?;
    let lead = s.back(i).filter(|&b| s.word(b).is_some());
    let mut second = None;
    if s.is_dash(e) {
        second = Some(month_day_slashed(s, e + 1)?);
        e = second?.2;
    }
    // A year after the last day: "5/7/2020", "5/7, 2020".
    let mut year = None;
    if second.is_some() && s.is_ch(e, '/') {
        let y: i32 = s.digits(e + 1).filter(|y| y.len() == 4)?.parse().ok()?;
        year = Some(y);
        e += 2;
    } else if let Some((y, e2)) = year_after(s, e).filter(|_| second.is_some()) {
        year = Some(y);
        e = e2;
    }
    if !s.boundary(e) || s.is_ch(e, '/') || matches!(s.ch(e), Some('%')) {
        return None;
    }
    let zero = s.digits(i).is_some_and(|d| d.starts_with('0'))
        || s.digits(i + 2).is_some_and(|d| d.starts_with('0'));
    let shift = match lead {
        Some(b) if s.is(b, "this") => Some(0),
        Some(b) if s.is(b, "next") => Some(1),
        Some(b) if s.is(b, "last") => Some(-1),
        _ => None,
    };
    // "from 10/1 to 11/7": the second end after "to" or "and".
    let after_day = |b: usize| {
        s.is_any(b, &["to", "and", "through"])
            && s.back(b)
                .and_then(|p| p.checked_sub(2))
                .is_some_and(|p| month_day_slashed(s, p).is_some())
    };
    let led = lead.is_some_and(|b| s.is_any(b, SLASHED_LEADS) || after_day(b));
    if !(led || zero || second.is_some() || shift.is_some()) {
        return None;
    }
    let first = match (year, shift, date) {
        (Some(y), _, _) => {
            let (m2, d2, _) = second?;
            let y = if (m1, d1) > (m2, d2) { y - 1 } else { y };
            CalendarDate::new(y, m1, d1)
        }
        (None, Some(n), Some(d)) => CalendarDate::new(d.year + n, m1, d1),
        (None, Some(_), None) => None,
        (None, None, _) => day_month(date, m1, d1, Toward::of_day(s, i))
            .as_deref()
            .and_then(CalendarDate::parse_iso),
    };
    let v = match second {
        None => first.map(CalendarDate::iso),
        Some((m2, d2, _)) => first.and_then(|f| {
            let y = if (m2, d2) < (m1, d1) {
                f.year + 1
            } else {
                f.year
            };
            let last = CalendarDate::new(y, m2, d2)?;
            Some(format!("{}/{}", f.iso(), last.iso()))
        }),
    };
    let v = if date.is_none() && year.is_none() && second.is_none() {
        Some(format!("--{m1:02}-{d1:02}"))
    } else {
        v
    };
    let mut f = found(s, i, e, FigureKind::Date, v);
    // "between 10/1-11/7", "this 5/12": the word is part of it.
    if let Some(b) =
        lead.filter(|&b| shift.is_some() || (second.is_some() && s.is_any(b, &["from", "between"])))
    {
        f.start = s.start(b);
    }
    Some((f, e))
}

/// The TIMEX suffix of the part of the day at atom `k`: "2026-01-26TNI" is
/// that day's night; empty when no part of the day is there.
fn part_suffix(s: &Scan, k: usize) -> String {
    s.word(k)
        .and_then(day_part)
        .map_or(String::new(), |p| format!("T{p}"))
}

/// Whether the weekday at atom `i` is told as a day by the word before it
/// ("on", "last", "since", ...) or a part of the day after it ("Wednesday
/// night").
fn told_as_a_day(s: &Scan, i: usize) -> bool {
    const BEFORE: &[&str] = &[
        "on", "last", "next", "this", "since", "until", "till", "by", "from", "before", "early",
        "late", "to", "and", "or", "of",
    ];
    s.back(i).is_some_and(|b| s.is_any(b, BEFORE))
        || s.is_space(i + 1) && s.word(i + 2).and_then(day_part).is_some()
}

/// Whether the weekday at atom `i` is a day that recurs or any such day, no
/// one date (sets are not modeled, as "every year" is not): "every Friday",
/// "each Monday", "any Saturday", "not a Saturday", "on a Friday", "other than a Saturday, a
/// Sunday", "hosts a Sunday talk
/// show", "on Thursday nights", and the days listed after one ("not a
/// Saturday, Sunday or holiday").
fn recurs(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    if s.is_any(b, &["every", "each", "any"]) {
        return true;
    }
    // "not a Saturday", "hosts a Sunday talk show" (not "in a Friday
    // interview", "at a Tuesday rally": the last such day).
    let a = s.is_any(b, &["a", "an"]);
    // "falls on a Friday this year", "it happened on a Sunday": any such
    // day, no date.
    if a && s
        .back(b)
        .is_some_and(|n| s.is_any(n, &["not", "than", "on"]))
    {
        return true;
    }
    const SHOWS: &[&str] = &[
        "show",
        "program",
        "programme",
        "broadcast",
        "column",
        "edition",
        "talk",
    ];
    if a && s.is_space(i + 1) && s.is_any(i + 2, SHOWS) {
        return true;
    }
    if s.is_space(i + 1) && s.is_any(i + 2, &["mornings", "afternoons", "evenings", "nights"]) {
        return true;
    }
    // "a Saturday, Sunday or", "any Saturday or Sunday", "a Saturday, a
    // Sunday".
    let b = if a { s.back(b).unwrap_or(b) } else { b };
    let listed = (s.is_ch(b, ',') || s.is_any(b, &["or", "and"]))
        .then(|| s.back(b))
        .flatten()
        .map(|p| {
            if s.is_ch(p, ',') {
                s.back(p).unwrap_or(p)
            } else {
                p
            }
        });
    listed.is_some_and(|p| p < i && s.sense(p).weekday > 0 && recurs(s, p))
}

/// "Saturday", "last Friday", "Monday, July 28, 2014", "Friday morning".
pub(super) fn weekday(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    // Weekdays' names are words of nothing else: in lower case too ("on
    // monday", as web text and chat write them), but "Friday" of "Black
    // Friday" is the holiday's (read before this).
    let wd = s.sense(i).weekday;
    if wd == 0 || super::seasons::ends_a_holiday(s, i) {
        return None;
    }
    // "on Weds", "Thurs": an abbreviation only capitalized ("he weds").
    let abbreviation = super::vocab::WEEKDAY_ABBREVIATIONS
        .iter()
        .any(|(w, _)| s.str(i).eq_ignore_ascii_case(w));
    if abbreviation && !s.capitalized(i) {
        return None;
    }
    // "Saturday Night Live", "Monday Night Football", "Sunday Morning
    // Futures": a name, a weekday and a part of the day in title case before
    // another capitalized word.
    if s.capitalized(i)
        && s.is_space(i + 1)
        && s.capitalized(i + 2)
        && s.word(i + 2).and_then(day_part).is_some()
        && s.is_space(i + 3)
        && s.capitalized(i + 4)
        && s.sense(i + 4).month == 0
    {
        return None;
    }
    // "Sheffield Wednesday", the football club, and "Wednesday" alone in a
    // text that names it ("Wednesday equalised"), unless told as a day
    // ("on Wednesday", "Wednesday night").
    if s.is(i, "Wednesday")
        && (s.back(i).is_some_and(|b| s.is(b, "Sheffield"))
            || s.text.contains("Sheffield Wednesday") && !told_as_a_day(s, i))
    {
        return None;
    }
    if recurs(s, i) {
        return None;
    }
    if let Some(day) = full_date_before(s, i, wd, date) {
        return Some((found(s, i, i + 1, FigureKind::Date, Some(day)), i + 1));
    }
    let mut end = i + 1;
    // A full date after it: "Monday, July 28, 2014", "Sunday 28 December 2025".
    let mut k = end;
    if s.is_ch(k, ',') {
        k += 1;
    }
    if s.is_space(k) {
        if let Some((mut f, e)) =
            month_first(s, k + 1, date, i).or_else(|| day_first(s, k + 1, date, i))
        {
            // Without a year, the nearest year whose such day is that
            // weekday: "Thursday, March 5".
            let year_told = (k + 1..e).any(|j| s.digits(j).is_some_and(|d| d.len() == 4));
            if let (false, Some(Value::Text(v))) = (year_told, &f.value) {
                if let Some(day) = CalendarDate::parse_iso(v).filter(|c| c.weekday() + 1 != wd) {
                    let fits = (1..=6)
                        .flat_map(|n| [-n, n])
                        .filter_map(|n| CalendarDate::new(day.year + n, day.month, day.day))
                        .find(|c| c.weekday() + 1 == wd);
                    if let Some(c) = fits {
                        f.value = Some(Value::Text(c.iso()));
                    }
                }
            }
            return Some((f, e));
        }
    }
    // "Friday the 13th", "tuesday the eleventh", "Friday 5/12".
    if s.is_space(end) {
        if let Some((month, day, e)) = day_after_weekday(s, end + 1) {
            let v = match month {
                Some(m) => day_month(date, m, day, Toward::of_day(s, i)),
                None => date
                    .and_then(|d| weekday_of_month(d, wd, day))
                    .map(CalendarDate::iso),
            };
            let start = match s.back(i) {
                Some(b) if s.is_any(b, &["this", "next", "last", "coming"]) => b,
                _ => i,
            };
            return Some((found(s, start, e, FigureKind::Date, v), e));
        }
    }
    // "Tuesday of next week", "Friday of last week", "Monday next week":
    // that day in the week counted from the article date's (weeks from
    // Monday).
    let of = s.is_space(end) && s.is(end + 1, "of") && s.is_space(end + 2);
    if of || s.is_space(end) && s.is_any(end + 1, &["next", "last", "this"]) {
        let k = if of { end + 3 } else { end + 1 };
        let weeks = if s.is(k, "this") {
            Some(0)
        } else if s.is_any(k, &["next", "following", "coming"]) {
            Some(1)
        } else if s.is_any(k, &["last", "previous"]) {
            Some(-1)
        } else {
            None
        };
        // Not "on Monday of last week's shooting".
        let week =
            s.is_space(k + 1) && s.is(k + 2, "week") && !matches!(s.ch(k + 3), Some('\'' | '’'));
        if let Some(n) = weeks.filter(|_| week) {
            let value = date.map(|d| {
                let monday = d.add_days(-i64::from(d.weekday()));
                monday.add_days(7 * n + i64::from(wd) - 1).iso()
            });
            return Some((found(s, i, k + 3, FigureKind::Date, value), k + 3));
        }
    }
    // "on Saturday week", "a week on Saturday" (British): a week after the
    // coming Saturday; "Thursday fortnight", "a fortnight on Thursday": two.
    let a_week_on = s
        .back(i)
        .filter(|&on| s.is(on, "on"))
        .and_then(|on| s.back(on))
        .filter(|&w| s.is_any(w, &["week", "fortnight"]))
        .and_then(|w| s.back(w))
        .filter(|&a| s.is(a, "a"))
        // Not a length ("in less than a week on Thursday").
        .filter(|&a| {
            !s.back(a).is_some_and(|b| {
                s.is_any(
                    b,
                    &[
                        "than", "in", "for", "within", "about", "nearly", "almost", "over",
                        "under", "just", "only", "after", "of", "past", "last",
                    ],
                )
            })
        });
    let week_after = s.is_space(end)
        && s.is_any(end + 1, &["week", "fortnight"])
        && s.boundary(end + 2)
        && !s.owner_s(end + 2);
    if week_after || a_week_on.is_some() {
        let fortnight = match a_week_on {
            Some(a) => s.is(a + 2, "fortnight"),
            None => s.is(end + 1, "fortnight"),
        };
        let value = date.map(|d| {
            let ahead = (i64::from(wd) - 1 - i64::from(d.weekday())).rem_euclid(7);
            d.add_days(ahead + if fortnight { 14 } else { 7 }).iso()
        });
        let (start, e) = match a_week_on {
            Some(a) => (a, end),
            None => (i, end + 2),
        };
        return Some((found(s, start, e, FigureKind::Date, value), e));
    }
    // "Tuesday's primary", "Monday night's debate": a day's event named.
    let part_end = if s.is_space(end) && s.is_any(end + 1, DAY_PARTS) {
        end + 2
    } else {
        end
    };
    let possessive = s.owner_s(part_end + 1) && s.boundary(part_end + 2);
    let before = s.back(i);
    let (start, direction) = match before {
        // "this past Wednesday".
        Some(b) if s.is(b, "past") && s.back(b).is_some_and(|t| s.is(t, "this")) => {
            (s.back(b).unwrap_or(b), -1)
        }
        Some(b) if s.is(b, "last") || s.is(b, "past") => (b, -1),
        Some(b) if s.is(b, "next") || s.is(b, "coming") => (b, 1),
        // "this Friday": the coming one, unless told in the past ("He spoke
        // this Monday").
        Some(b) if s.is(b, "this") => {
            let past = past_verb_on(s, b) || past_tense(s, b) || past_event(s, b);
            (b, if past { 0 } else { 2 })
        }
        // "a judge ruled Monday", after a clause with "will": the verb that
        // governs the day tells its tense first (direction 0 is the last
        // such day, or the article's).
        _ if past_verb_on(s, i) || fronted_past_bound(s, i) => (i, 0),
        _ if future_ahead(s, i)
            || outlook(s, i)
            || deadline(s, i)
            || schedule_on(s, i)
            || present_event(s, i)
            || moved_to(s, i)
            || fronted_future(s, i, end) =>
        {
            (i, 2)
        }
        // A day's event told in no tense of the past is the coming one when
        // it is at most two days ahead ("hoping Saturday's caucuses will",
        // told on Friday; "in Tuesday's primary", told on Monday); else the
        // last ("Saturday's shooting", told on Wednesday).
        // "pulled out of the squad for Saturday's friendly match": what an
        // event is for lies ahead.
        _ if possessive
            && s.back(i).is_some_and(|b| s.is(b, "for"))
            && names_an_event_day(s, i) =>
        {
            (i, 4)
        }
        _ if possessive && !past_tense(s, i) && tense_after(s, part_end + 2) != Some(false) => {
            (i, 3)
        }
        // "ahead of the Iowa caucuses on Monday", "the state's primary on
        // Tuesday", in a sentence not in the past: the coming one within
        // three days, else the last.
        _ if names_an_event_day(s, i)
            && !past_tense(s, i)
            && tense_after(s, part_end + 1) != Some(false) =>
        {
            (i, 4)
        }
        // A day decided on ("voted on Friday to return to work on Monday",
        // "called for a strike on Thursday"): after the decision, which
        // may be past: the nearer one, three days ahead at most.
        _ if decided_on(s, i) => (i, 4),
        // What is awaited: "as they sit atop polls ahead of Monday's
        // caucuses", "has turned nasty ahead of Tuesday's primary": the first
        // such day on or after the article date; after a verb in the past
        // ("Stocks eased ahead of the survey out on Wednesday", "Ahead of
        // Friday's meeting, France unveiled"), the coming one within three
        // days, else the last.
        _ if awaited(s, i) => {
            let perfect = |b: usize| s.back(b).is_some_and(|h| s.is_any(h, &["has", "have"]));
            let before = sentence_before(s, i, 40)
                .filter(|&b| s.word(b).is_some())
                .find(|&b| s.sense(b).tense || ed_verb(s, b));
            let past = match before {
                Some(b) => past_verb(s, b) && !perfect(b),
                None => tense_after(s, part_end + 1) == Some(false),
            };
            (i, if past { 4 } else { 2 })
        }
        _ => (i, 0),
    };
    let value = date.map(|d| {
        let target = i64::from(wd) - 1;
        let today = i64::from(d.weekday());
        let back = (today - target).rem_euclid(7);
        let day = match direction {
            -1 => d.add_days(-(if back == 0 { 7 } else { back })),
            // "next Monday" said on a Monday is a week ahead.
            1 => d.add_days(match (target - today).rem_euclid(7) {
                0 => 7,
                n => n,
            }),
            // Future tense: the first such day on or after the article date.
            2 => d.add_days((target - today).rem_euclid(7)),
            // A day's event: the coming one within two days, else the last.
            3 => match (target - today).rem_euclid(7) {
                ahead @ 0..=2 => d.add_days(ahead),
                _ => d.add_days(-back),
            },
            // A day decided on: the coming one within three days, else the last.
            4 => match (target - today).rem_euclid(7) {
                ahead @ 0..=3 => d.add_days(ahead),
                _ => d.add_days(-back),
            },
            // Otherwise the most recent such day on or before it.
            _ => d.add_days(-back),
        };
        day.iso()
    });
    let mut kind = FigureKind::Date;
    let mut value = value;
    if s.is_space(end) && s.is_any(end + 1, DAY_PARTS) {
        value = value.map(|v| v + &part_suffix(s, end + 1));
        end += 2;
        kind = FigureKind::Time;
    } else if s.is_space(end)
        && s.is(end + 1, "in")
        && s.is_space(end + 2)
        && s.is(end + 3, "the")
        && s.is_space(end + 4)
        && s.is_any(end + 5, &DAY_PARTS[..3])
    {
        // "Tuesday in the morning".
        value = value.map(|v| v + &part_suffix(s, end + 5));
        end += 6;
        kind = FigureKind::Time;
    }
    Some((found(s, start, end, kind, value), end))
}

/// The full date told just before the weekday `wd` at atom `i`, when it
/// falls on that weekday: "NPR March 30, 2004 Tuesday", "30 March 2004,
/// Tuesday" (a dateline's order; its ISO value).
fn full_date_before(s: &Scan, i: usize, wd: u8, date: Option<CalendarDate>) -> Option<String> {
    let gap = if s.is_ch(i.wrapping_sub(2), ',') {
        i.wrapping_sub(2)
    } else {
        i.wrapping_sub(1)
    };
    // A full date here ends with its year.
    if !s.is_space(i.wrapping_sub(1)) || s.digits(gap.wrapping_sub(1)).is_none_or(|d| d.len() != 4)
    {
        return None;
    }
    (i.saturating_sub(9)..gap).find_map(|m| {
        let (f, e) = if s.sense(m).month > 0 {
            month_first(s, m, date, m)?
        } else if s.digits(m).is_some() && s.back(m).is_none_or(|b| b + 2 == m) {
            day_first(s, m, date, m)?
        } else {
            return None;
        };
        let Some(Value::Text(v)) = f.value else {
            return None;
        };
        let day = CalendarDate::parse_iso(&v).filter(|d| d.weekday() + 1 == wd)?;
        (e == gap).then(|| day.iso())
    })
}

/// Whether "today" or "tomorrow" at atom `i` speaks of an age, no day:
/// after "of" ("the candidates of tomorrow") or before an owner's "'s" and a
/// word of the age ("today's world", "tomorrow's leaders"); valued null.
fn generic_day(s: &Scan, i: usize) -> bool {
    const AGE: &[&str] = &[
        "world",
        "society",
        "life",
        "economy",
        "youth",
        "children",
        "kids",
        "generation",
        "politics",
        "standards",
        "technology",
        "culture",
        "leaders",
        "workplace",
        "workforce",
        "families",
        "climate",
        "media",
    ];
    // "of tomorrow" ending its clause ("the candidates of tomorrow."; not
    // "the vote of today is close").
    let of_before = s.back(i).is_some_and(|b| s.is(b, "of"));
    of_before && s.word(s.sp(i + 1)).is_none()
        || s.owner_s(i + 2) && s.is_space(i + 3) && s.is_any(i + 4, AGE)
}

/// "today", "yesterday", "last week", "this year", "a week ago",
/// "the past decade", "the next four years".
pub(super) fn relative(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let w = s.word(i)?;
    let lw = |x: &str| w.eq_ignore_ascii_case(x);
    let shift = |n: i64| date.map(|d| d.add_days(n).iso());
    if lw("today") {
        // "USA Today", "NBC's Today show": the name of a paper or a show
        // after letters in capitals or an owner; "USA TODAY", as the paper
        // writes itself (not "MARKETS TODAY" in a headline).
        let before = s.is_space(i.wrapping_sub(1)).then(|| i.wrapping_sub(2));
        let name = before.is_some_and(|b| {
            w == "Today"
                && (s.owner_s(b)
                    || s.word(b)
                        .is_some_and(|b| b.len() >= 2 && b.chars().all(|c| c.is_ascii_uppercase())))
                || w == "TODAY" && s.is(b, "USA")
        });
        if name {
            return None;
        }
        let value = if generic_day(s, i) { None } else { shift(0) };
        return Some((found(s, i, i + 1, FigureKind::Date, value), i + 1));
    }
    if lw("yesterday") || lw("tomorrow") {
        let n = if lw("yesterday") { -1 } else { 1 };
        let mut end = i + 1;
        let mut kind = FigureKind::Date;
        let mut value = if generic_day(s, i) { None } else { shift(n) };
        if s.is_space(end) && s.is_any(end + 1, DAY_PARTS) {
            value = value.map(|v| v + &part_suffix(s, end + 1));
            end += 2;
            kind = FigureKind::Time;
        }
        return Some((found(s, i, end, kind, value), end));
    }
    if lw("tonight") || lw("tonite") {
        let value = shift(0).map(|v| v + "TNI");
        return Some((found(s, i, i + 1, FigureKind::Time, value), i + 1));
    }
    // "drones struck overnight", "Overnight, police", "will work overnight":
    // the night before the article's day, or its own night ahead; not an
    // adjective ("an overnight stay", "overnight rates").
    if lw("overnight") && overnight_adverb(s, i) {
        let value = shift(if future_tense(s, i) { 0 } else { -1 }).map(|v| v + "TNI");
        return Some((found(s, i, i + 1, FigureKind::Time, value), i + 1));
    }
    // "ABC's This Week", "told CBS This Morning", "on Last Week Tonight": a
    // title in the middle of a sentence, no date (a headline in title case,
    // "Meeting Scheduled For Next Week", is a date).
    let lower = |b: usize| {
        s.word(b)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
            || matches!(s.ch(b), Some('“' | '"' | ','))
    };
    let in_sentence = s
        .back(i)
        .is_some_and(|b| lower(b) || s.capitalized(b) && s.back(b).is_some_and(lower));
    if in_sentence && s.capitalized(i) && s.capitalized(s.sp(i + 1)) {
        return None;
    }
    // "this week", "last month", "next year", "this morning", "the current
    // year", "last fiscal year", "this financial year".
    let this = lw("this") || lw("current");
    if (this || lw("last") || lw("next") || lw("past") || lw("coming")) && s.is_space(i + 1) {
        let n: i64 = if lw("last") || lw("past") {
            -1
        } else if lw("next") || lw("coming") {
            1
        } else {
            0
        };
        // "this past week", "this coming weekend": the last, the next.
        let (n, k) = if lw("this") && s.is_any(i + 2, &["past", "coming"]) && s.is_space(i + 3) {
            (if s.is(i + 2, "past") { -1 } else { 1 }, i + 4)
        } else {
            (n, i + 2)
        };
        let k = if s.is_any(k, &["fiscal", "financial", "calendar"])
            && s.is_space(k + 1)
            && s.is_any(k + 2, &["year", "quarter"])
        {
            k + 2
        } else {
            k
        };
        if lw("this") && k == i + 2 && s.is_any(k, DAY_PARTS) {
            let value = shift(0).map(|v| v + &part_suffix(s, k));
            return Some((found(s, i, k + 1, FigureKind::Time, value), k + 1));
        }
        if lw("past") || lw("coming") {
            return None;
        }
        let sense = s.sense(k);
        // "last September", "this March", "next May".
        if sense.month > 0 && s.capitalized(k) && month_name(s, k, true).is_some() {
            let month = sense.month;
            let v = match date {
                Some(d) => {
                    let year = match n {
                        -1 if month >= d.month => d.year - 1,
                        1 if month <= d.month => d.year + 1,
                        _ => d.year,
                    };
                    format!("{year:04}-{month:02}")
                }
                None => format!("--{month:02}"),
            };
            let (_, e) = month_name(s, k, true)?;
            // "next January 23", "last May 5th": that day of the month.
            let day = Some(s.sp(e))
                .filter(|&a| a > e)
                .and_then(|a| day_number(s, a))
                .filter(|&(day, e2)| {
                    s.boundary(e2)
                        && !s.is_dash(e2)
                        && date.is_none_or(|d| day <= days_in_month(d.year, month))
                });
            if let Some((day, e2)) = day {
                let v = match date {
                    Some(d) => {
                        let year = match n {
                            -1 if (month, day) >= (d.month, d.day) => d.year - 1,
                            1 if (month, day) <= (d.month, d.day) => d.year + 1,
                            _ => d.year,
                        };
                        CalendarDate::new(year, month, day).map(CalendarDate::iso)
                    }
                    None => Some(format!("--{month:02}-{day:02}")),
                };
                return Some((found(s, i, e2, FigureKind::Date, v), e2));
            }
            return Some((found(s, i, e, FigureKind::Date, Some(v)), e));
        }
        // "In this day and age", "in this day it's rare": nowadays, no date.
        let nowadays = this
            && s.is(k, "day")
            && (s.back(i).is_some_and(|b| s.is(b, "in"))
                || s.is_space(k + 1) && s.is(k + 2, "and") && s.is(s.sp(k + 3), "age"));
        if nowadays {
            return None;
        }
        if let Some(unit) = sense.time_unit.filter(|_| !sense.plural) {
            // "next day", "last day": told from the story's day, not the
            // article's ("tomorrow", "yesterday" are the article's).
            let story = unit == TimeUnit::Day && n != 0;
            // "this past week" told on a weekend: the week it ends.
            let this_past = lw("this") && s.is(i + 2, "past");
            // Told on a Sunday, the week just ending is "last week", and "this
            // week" not in the past the one that starts tomorrow ("begins
            // issuing subpoenas this week").
            let sunday = |d: CalendarDate| d.weekday() == 6;
            let ahead_of_sunday = |d: CalendarDate| {
                sunday(d)
                    && n == 0
                    && !past_tense(s, i)
                    && tense_after(s, k + 1) != Some(false)
                    && !s
                        .back(i)
                        .is_some_and(|b| s.is_any(b, &["earlier", "since"]))
            };
            let v = date.filter(|_| !story).and_then(|d| match unit {
                TimeUnit::Week if this_past && d.weekday() >= 5 => Some(d.iso_week()),
                TimeUnit::Week if n == -1 && sunday(d) => Some(d.iso_week()),
                TimeUnit::Week if ahead_of_sunday(d) => Some(d.add_days(1).iso_week()),
                TimeUnit::Week => Some(d.add_days(7 * n).iso_week()),
                TimeUnit::Month => ago(d, TimeUnit::Month, -n as f64),
                TimeUnit::Year => Some(format!("{:04}", i64::from(d.year) + n)),
                TimeUnit::Day => Some(d.add_days(n).iso()),
                TimeUnit::Decade => Some(format!("{:03}", (i64::from(d.year) / 10) + n)),
                // "this century" (the 2000s, as "the 21st century" is "20"),
                // "last century".
                TimeUnit::Century => Some(format!("{:02}", (i64::from(d.year) / 100) + n)),
                _ => None,
            });
            if matches!(unit, TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour) {
                return None;
            }
            // "next week Wednesday", "this week Monday": that day of the week.
            let wd = s.sense(k + 2).weekday;
            if unit == TimeUnit::Week && s.is_space(k + 1) && wd > 0 && s.boundary(k + 3) {
                let v = date.map(|d| {
                    let monday = d.add_days(7 * n - i64::from(d.weekday()));
                    monday.add_days(i64::from(wd) - 1).iso()
                });
                return Some((found(s, i, k + 3, FigureKind::Date, v), k + 3));
            }
            return Some((found(s, i, k + 1, FigureKind::Date, v), k + 1));
        }
        if s.is(k, "weekend") {
            // "this weekend": that of the article's week; "last", "next": a
            // week away. Told early in the week (Monday to Wednesday) in the
            // past, "this weekend" is the one just gone ("suggesting earlier
            // this weekend", "Starting this weekend, his wife has joined").
            // Not told ahead: "Evert will go there this weekend, the party
            // said" (the report after the comma tells no tense of it).
            let just_gone = |d: CalendarDate| {
                this && d.weekday() <= 2
                    && !future_ahead(s, i)
                    && (s.back(i).is_some_and(|b| s.is(b, "earlier"))
                        || past_tense(s, i)
                        || tense_after(s, k + 1) == Some(false))
            };
            // "this coming weekend": the next to come, this week's unless
            // told on a weekend.
            let coming = this && s.is(i + 2, "coming");
            let v = date.map(|d| {
                let n = match () {
                    _ if coming => i64::from(d.weekday() >= 5),
                    _ if just_gone(d) => -1,
                    _ => n,
                };
                format!("{}-WE", d.add_days(7 * n).iso_week())
            });
            return Some((found(s, i, k + 1, FigureKind::Date, v), k + 1));
        }
        // "this season", "last season": a season of a sport or a trade,
        // whose dates the text does not tell (valued null); "this
        // summer" is read with the seasons of the year.
        if s.is(k, "season") && !lw("current") {
            return Some((found(s, i, k + 1, FigureKind::Date, None), k + 1));
        }
        return None;
    }
    // "another month", "another year": one more unit, a duration.
    if lw("another") && s.is_space(i + 1) {
        let sense = s.sense(i + 2);
        let unit = sense.time_unit.filter(|_| !sense.plural)?;
        // Not "just another day", "in another year" (a different one).
        let other = s
            .back(i)
            .is_some_and(|b| s.is_any(b, &["just", "in", "on", "of"]));
        if other || !s.boundary(i + 3) || s.is_dash(i + 3) || s.is(i + 4, "of") {
            return None;
        }
        let v = Some(unit.iso(1.0));
        return Some((found(s, i, i + 3, FigureKind::Duration, v), i + 3));
    }
    // "a full year", "an entire month", "a whole day": one unit, a duration.
    if (lw("a") || lw("an"))
        && s.is_space(i + 1)
        && s.is_any(i + 2, WHOLE)
        && s.is_space(i + 3)
        && s.boundary(i + 5)
        && !s.is_dash(i + 5)
    {
        let sense = s.sense(i + 4);
        let unit = sense
            .time_unit
            .filter(|u| !sense.plural && *u != TimeUnit::Second)?;
        // "a full year and a half".
        if let Some(e) = and_a_half(s, i + 5) {
            let v = Some(unit.iso(1.5));
            return Some((found(s, i, e, FigureKind::Duration, v), e));
        }
        let v = Some(unit.iso(1.0));
        return Some((found(s, i, i + 5, FigureKind::Duration, v), i + 5));
    }
    // "a week ago", "a year ago".
    if (lw("a") || lw("an")) && s.is_space(i + 1) {
        let sense = s.sense(i + 2);
        if let Some(unit) = sense.time_unit.filter(|_| !sense.plural) {
            // "for a second consecutive day", "a second term": the ordinal
            // before a word, not one second (still "for a second or two",
            // "a second later").
            if s.is(i + 2, "second") && s.is_space(i + 3) && ordinal_second_before(s, i + 4) {
                return None;
            }
            // "a second-place finish", "a second-round match": an ordinal
            // in a compound.
            if s.is(i + 2, "second") && s.is_dash(i + 3) && s.glued(i + 3) {
                return None;
            }
            // "a year-long probe", "a decade-long war", "a week-long trip":
            // one unit, a duration (the span without "-long").
            if s.is_dash(i + 3) && s.glued(i + 3) && s.is(i + 4, "long") && s.boundary(i + 5) {
                let v = Some(unit.iso(1.0));
                return Some((found(s, i, i + 3, FigureKind::Duration, v), i + 3));
            }
            // "an hour and a half".
            if let Some(e) = and_a_half(s, i + 3) {
                let v = Some(unit.iso(1.5));
                return Some((found(s, i, e, FigureKind::Duration, v), e));
            }
            if s.is_space(i + 3) && s.is_any(i + 4, &["earlier", "later"]) {
                let mut f = found(s, i, i + 5, FigureKind::Date, None);
                f.shift = Some((if s.is(i + 4, "later") { 1 } else { -1 }, unit, false));
                return Some((f, i + 5));
            }
            if super::resolve::ago_after(s, i, i + 3) {
                let v = date.and_then(|d| ago(d, unit, 1.0));
                return Some((found(s, i, i + 5, FigureKind::Date, v), i + 5));
            }
            // "a year from now".
            if let Some(e) = from_now(s, i + 3) {
                let v = date.and_then(|d| ago(d, unit, -1.0));
                return Some((found(s, i, e, FigureKind::Date, v), e));
            }
            // A rate: "$5bn of trade a year", "seven days a week", "twice a
            // month", "₹1,200 a day after fuel".
            let rate = s.back(i).is_some_and(|b| {
                s.is_any(
                    b,
                    &["once", "twice", "times", "per", "every", "each", "half"],
                ) || s.digits(b).is_some()
                    || s.sense(b).currency.is_some()
                    || s.sense(b).unit.is_some()
                    || s.sense(b).time_unit.is_some()
                    || s.sense(b).cardinal.is_some()
            });
            // "a week after the vote", "a day before": the distance from
            // an event, a duration as "three days after" is.
            if s.is_space(i + 3)
                && s.is_any(i + 4, &["before", "after"])
                && !s.capitalized(i + 2)
                // ("281 million a year before," is the year before's.)
                && (!rate || s.clause_ends(i + 5))
            {
                let v = Some(unit.iso(1.0));
                return Some((found(s, i, i + 3, FigureKind::Duration, v), i + 3));
            }
            // "a delay of a month", "the course of a year": a stretch of time.
            let of_a_stretch = s.back(i).is_some_and(|b| {
                s.is(b, "of") && s.back(b).is_some_and(|n| s.is_any(n, STRETCHES))
            });
            // "for a week", "in a year", "it took a decade", "up to a month",
            // "at least a year": a duration.
            if of_a_stretch
                || s.back(i).is_some_and(|b| {
                    s.is_any(
                        b,
                        &[
                            "for",
                            "within",
                            "nearly",
                            "almost",
                            "about",
                            "than",
                            "over",
                            "once",
                            "barely",
                            "took",
                            "takes",
                            "take",
                            "taking",
                            "lasted",
                            "lasts",
                            "last",
                            "spent",
                            "spend",
                            "spends",
                            "after",
                            "in",
                            "least",
                            "most",
                            "under",
                            "around",
                            "roughly",
                            "approximately",
                        ],
                    ) || s.is(b, "to") && s.back(b).is_some_and(|u| s.is_any(u, &["up", "close"]))
                })
            {
                if s.back(i).is_some_and(|b| s.is(b, "once")) {
                    return None;
                }
                let v = Some(unit.iso(1.0));
                return Some((found(s, i, i + 3, FigureKind::Duration, v), i + 3));
            }
            // "a month of talks", "a decade or more", "a year or so": a
            // duration too, unless it is a rate (above).
            let of_or_more = s.is_space(i + 3)
                && (s.is(i + 4, "of")
                    || s.is(i + 4, "or")
                        && s.is_space(i + 5)
                        && s.is_any(i + 6, &["more", "so", "two"]));
            if of_or_more && !rate && !s.capitalized(i + 2) {
                let v = Some(unit.iso(1.0));
                return Some((found(s, i, i + 3, FigureKind::Duration, v), i + 3));
            }
        }
        return None;
    }
    // "the day before", "the week after", "the night before": a time told
    // from one the story told, a date without a value; "the day after
    // tomorrow", "the day before yesterday": two days from the article's.
    if let Some(step) = the_unit_before_or_after(s, i, date) {
        return Some(step);
    }
    // "the past decade", "the next four years", "the last two weeks".
    if lw("the")
        && s.is_space(i + 1)
        && s.is_any(
            i + 2,
            &["past", "last", "next", "previous", "coming", "following"],
        )
        && s.is_space(i + 3)
    {
        let k = i + 4;
        let sense = s.sense(k);
        // "the previous year and a half": a stretch, as "the past year
        // and a half" is (below).
        if s.is(i + 2, "previous") && s.is(k, "year") && and_a_half(s, k + 1).is_none() {
            let v = date.map(|d| format!("{:04}", d.year - 1));
            return Some((found(s, i, k + 1, FigureKind::Date, v), k + 1));
        }
        // "the following year", "the previous week": a time after or before
        // one the story told, not the article's: a date without a value.
        let day_to_month = matches!(
            sense.time_unit,
            Some(TimeUnit::Day | TimeUnit::Week | TimeUnit::Month)
        );
        let following = s.is(i + 2, "following") && sense.time_unit.is_some();
        // "the next day", "the next morning": the day after one the story
        // told ("tomorrow" is the article's).
        let next_day = s.is(i + 2, "next") && (s.is(k, "day") || s.is_any(k, DAY_PARTS));
        // "The next year he left", "won again the next month": after one the
        // story told, as "the following year" is; not a stretch ahead
        // ("over the next year", "within the next month").
        let stretch = s.back(i).is_some_and(|b| {
            s.is_any(
                b,
                &[
                    "over",
                    "in",
                    "during",
                    "for",
                    "within",
                    "throughout",
                    "through",
                    "of",
                ],
            )
        });
        let next_unit = s.is(i + 2, "next")
            && !stretch
            && matches!(
                sense.time_unit,
                Some(TimeUnit::Week | TimeUnit::Month | TimeUnit::Year)
            );
        let next_day = next_day || next_unit;
        if (following || next_day || s.is(i + 2, "previous") && day_to_month) && !sense.plural {
            let mut f = found(s, i, k + 1, FigureKind::Date, None);
            let n = if s.is(i + 2, "previous") { -1 } else { 1 };
            f.shift = sense.time_unit.map(|u| (n, u, true));
            return Some((f, k + 1));
        }
        // "the coming weeks", "the past days": a vague duration.
        if s.is_any(i + 2, &["coming", "past", "last", "next"])
            && sense.time_unit.is_some()
            && sense.plural
        {
            return Some((found(s, i, k + 1, FigureKind::Duration, None), k + 1));
        }
        if let Some(unit) = sense.time_unit.filter(|_| !sense.plural) {
            if matches!(
                unit,
                TimeUnit::Decade
                    | TimeUnit::Century
                    | TimeUnit::Year
                    | TimeUnit::Month
                    | TimeUnit::Fortnight
                    | TimeUnit::Week
            ) {
                // "the past decade and a half": one and a half.
                let (amount, end) = match and_a_half(s, k + 1) {
                    Some(e) => (1.5, e),
                    None => (1.0, k + 1),
                };
                return Some((
                    found(s, i, end, FigureKind::Duration, Some(unit.iso(amount))),
                    end,
                ));
            }
            return None;
        }
        // "the past several months", "the next few years": vague.
        if s.is_any(k, &["several", "few", "many"]) && s.is_space(k + 1) {
            let sense = s.sense(k + 2);
            if sense.time_unit.is_some() && sense.plural {
                return Some((found(s, i, k + 3, FigureKind::Duration, None), k + 3));
            }
        }
        let n = super::numbers::number(s, k, false)?;
        let mut j = s.sp(n.end);
        if s.is_any(j, super::vocab::TIME_ADJECTIVES) && s.is_space(j + 1) {
            j += 2;
        }
        let sense = s.sense(j);
        let unit = sense
            .time_unit
            .filter(|_| sense.plural || n.value == Some(1.0))?;
        let v = n.value.map(|v| unit.iso(v));
        return Some((found(s, i, j + 1, FigureKind::Duration, v), j + 1));
    }
    // "decades-long" is no figure; "recent years", "for years" are read by
    // `vague_duration`.
    None
}

/// Verbs before "the day" that make it a day the story tells, as market
/// news tells a trading day: "ended the day at 7,114", "to finish the day".
const DAY_VERBS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "ending",
    "finish",
    "finishes",
    "finished",
    "finishing",
    "close",
    "closes",
    "closed",
    "closing",
    "start",
    "starts",
    "started",
    "starting",
    "open",
    "opens",
    "opened",
    "opening",
    "began",
    "begin",
    "begins",
    "beginning",
];

/// "ended the day at 7,114", "For the day, the Nikkei": the trading day a
/// market report tells, the article date's (as TIMEX values it); "later in
/// the day": a day of the events told, a date without a value as "the same
/// day" is, for it is often not the article's ("in a letter Friday to the
/// FBI. Later in the day"). Not "the end of the day", "won the day" or "the
/// day before".
pub(super) fn the_day(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !(s.is(i, "the") && s.is_space(i + 1) && s.is(i + 2, "day")) {
        return None;
    }
    let e = i + 3;
    let b = s.back(i)?;
    let report = s.is_any(b, DAY_VERBS) || s.word(b) == Some("For") && s.is_ch(e, ',');
    let ok = report
        || s.is(b, "in")
            && s.back(b)
                .is_some_and(|c| s.is_any(c, &["later", "earlier", "early", "late"]));
    let next = s.sp(e);
    if !ok
        || !s.boundary(e)
        || matches!(s.ch(e), Some('\'' | '’'))
        || s.is_any(next, &["before", "after", "of", "when", "that", "off"])
    {
        return None;
    }
    let v = date.filter(|_| report).map(CalendarDate::iso);
    Some((found(s, i, e, FigureKind::Date, v), e))
}

/// "week 31", "the week 1": a week of the article date's year by its ISO
/// number, written in lower case ("Week 10" of a sports season is a name of
/// its own) and not before "of" ("week 3 of the trial").
pub(super) fn week_number(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let k = past_the(s, i);
    if s.word(k) != Some("week") || !s.is_space(k + 1) {
        return None;
    }
    let n: u8 = s.digits(k + 2).filter(|d| d.len() <= 2)?.parse().ok()?;
    let e = k + 3;
    let next = s.sp(e);
    let ends = s.boundary(e)
        && !matches!(s.ch(e), Some(':' | '%'))
        && !(s.is_ch(e, '.') && s.digits(e + 1).is_some());
    if !(1..=53).contains(&n) || !ends || s.is_any(next, &["of", "in"]) || s.is_dash(e) {
        return None;
    }
    // Week 53 only in the years that have one (28 December is in the last week).
    let value = date.map(|d| format!("{:04}-W{n:02}", d.year)).filter(|v| {
        n < 53
            || date
                .and_then(|d| CalendarDate::new(d.year, 12, 28))
                .is_some_and(|c| c.iso_week() == *v)
    });
    Some((found(s, i, e, FigureKind::Date, value), e))
}

/// "the last week of March", "the first week of 2019", "second week of
/// May 2009": a week told by its place in a month or year, valued by its ISO
/// week; a week belongs to the month or year that holds its Thursday, as
/// ISO weeks belong to years.
pub(super) fn week_of(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let k = past_the(s, i);
    let nth = match s.sense(k).ordinal {
        Some(n) if (1.0..=5.0).contains(&n) && s.word(k).is_some() => n as i64,
        _ if s.is_any(k, &["last", "final"]) => 0,
        _ => return None,
    };
    if !(s.is_space(k + 1) && s.is(k + 2, "week") && s.is_space(k + 3) && s.is(k + 4, "of")) {
        return None;
    }
    if !s.is_space(k + 5) {
        return None;
    }
    let m = k + 6;
    // The first and last day of the month or year told.
    let (first, last, end) = if let Some(y) = s.digits(m).filter(|d| d.len() == 4) {
        let y: i32 = y.parse().ok()?;
        (
            CalendarDate::new(y, 1, 1)?,
            CalendarDate::new(y, 12, 31)?,
            m + 1,
        )
    } else {
        let (f, e) = month_first(s, m, date, m)?;
        let v = match &f.value {
            Some(Value::Text(v)) if v.len() == 7 => v.clone(),
            _ => return None,
        };
        let first = CalendarDate::parse_iso(&format!("{v}-01"))?;
        let days = days_in_month(first.year, first.month);
        (first, CalendarDate::new(first.year, first.month, days)?, e)
    };
    // The Thursday of the week holding `d`.
    let thursday = |d: CalendarDate| d.add_days(3 - i64::from(d.weekday()));
    let first_thursday = {
        let t = thursday(first);
        if t.days() < first.days() {
            t.add_days(7)
        } else {
            t
        }
    };
    let last_thursday = {
        let t = thursday(last);
        if t.days() > last.days() {
            t.add_days(-7)
        } else {
            t
        }
    };
    let day = if nth == 0 {
        last_thursday
    } else {
        first_thursday.add_days(7 * (nth - 1))
    };
    if day.days() > last_thursday.days() {
        return None;
    }
    Some((
        found(s, i, end, FigureKind::Date, Some(day.iso_week())),
        end,
    ))
}

/// A whole number below 100 in words at `k` ("six", "fifteen", "ninety
/// six", "eighty-four"), as the number reader reads it: its value and the
/// index after it.
fn below_hundred_in_words(s: &Scan, k: usize) -> Option<(u32, usize)> {
    let n = super::numbers::number(s, k, false).filter(|n| n.words && !n.ordinal)?;
    let v = n
        .value
        .filter(|v| v.fract() == 0.0 && (0.0..100.0).contains(v))?;
    Some((v as u32, n.end))
}

/// Words after a year told in words that end the phrase ("in nineteen
/// ninety six and came back"); other lower-case words make it a count ("in
/// two thousand and fifteen cases").
const AFTER_YEAR_WORDS: &[&str] = &[
    "and", "or", "but", "when", "after", "before", "to", "until", "the", "with", "for", "as",
    "while", "because", "he", "she", "they", "we", "i", "it",
];

/// "in nineteen ninety six", "since two thousand and fifteen", "in twenty
/// ten": a year told in words after "in", "since", "until" or "till",
/// valued like "1996"; as a hundreds pair (seventeen to twenty, then a number
/// from ten to ninety-nine) or as "two thousand (and) ..." (1 to 99).
pub(super) fn year_in_words(s: &Scan, i: usize) -> Option<(Found, usize)> {
    use super::vocab::Cardinal;
    if !s
        .back(i)
        .is_some_and(|b| s.is_any(b, &["in", "since", "until", "till"]))
    {
        return None;
    }
    let (year, e) = match s.sense(i).cardinal? {
        Cardinal::Unit(2.0) if s.is(i + 2, "thousand") && s.is_space(i + 1) => {
            let mut k = i + 3;
            if !s.is_space(k) {
                return None;
            }
            k += 1;
            if s.is(k, "and") && s.is_space(k + 1) {
                k += 2;
            }
            let (n, e) = below_hundred_in_words(s, k).filter(|(n, _)| (1..=99).contains(n))?;
            (2000 + n, e)
        }
        Cardinal::Unit(h) | Cardinal::Tens(h) if (17.0..=20.0).contains(&h) => {
            if !s.is_space(i + 1) {
                return None;
            }
            let (n, e) = below_hundred_in_words(s, i + 2).filter(|(n, _)| (10..=99).contains(n))?;
            (h as u32 * 100 + n, e)
        }
        _ => return None,
    };
    let next = s.sp(e);
    let lower = s
        .word(next)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    if !s.boundary(e) || s.is_dash(e) || next > e && lower && !s.is_any(next, AFTER_YEAR_WORDS) {
        return None;
    }
    Some((
        found(s, i, e, FigureKind::Date, Some(format!("{year:04}"))),
        e,
    ))
}

/// "the end of", "the beginning of", "end of" (in headlines and "by end of
/// year"): the index after it.
pub(super) fn end_of(s: &Scan, i: usize) -> Option<usize> {
    let k = if s.is(i, "the") && s.is_space(i + 1) {
        i + 2
    } else {
        // Without "the" only where no "the" was left out before it.
        if s.back(i).is_some_and(|b| s.is_any(b, &["the", "The"])) {
            return None;
        }
        i
    };
    let part = s.is_any(k, &["end", "beginning", "start", "middle", "turn"])
        && (k > i || s.is_any(k, &["end", "beginning", "start"]));
    (part && s.is_space(k + 1) && s.is(k + 2, "of") && s.is_space(k + 3)).then_some(k + 4)
}

/// "the year", "the month", "the week", "year", "month" after "the end of":
/// the unit and the index after it.
pub(super) fn this_unit(s: &Scan, k: usize) -> Option<(TimeUnit, usize)> {
    let k2 = if s.is(k, "the") && s.is_space(k + 1) {
        k + 2
    } else {
        k
    };
    let unit = match s.word(k2)?.to_ascii_lowercase().as_str() {
        "year" => TimeUnit::Year,
        "month" => TimeUnit::Month,
        "week" => TimeUnit::Week,
        _ => return None,
    };
    s.boundary(k2 + 1).then_some((unit, k2 + 1))
}

/// Whether "overnight" at atom `i` says when rather than what kind: the
/// clause ends after it, or a word that begins no noun follows ("overnight
/// in Kyiv", "overnight into Tuesday"), and no article comes before it.
fn overnight_adverb(s: &Scan, i: usize) -> bool {
    const AFTER: &[&str] = &[
        "and", "or", "but", "in", "on", "at", "from", "into", "to", "as", "while", "when", "after",
        "before", "near", "across", "along", "with", "by", "outside", "inside", "through", "until",
        "amid", "despite", "over", "off", "out", "down", "up",
    ];
    let article = s.back(i).is_some_and(|b| s.is_any(b, &["a", "an", "the"]));
    // "it won't happen overnight", "became a star overnight": suddenly.
    const SUDDENLY: &[&str] = &[
        "happen",
        "happens",
        "happened",
        "change",
        "changes",
        "changed",
        "became",
        "become",
        "becomes",
        "transformed",
        "transform",
        "doubled",
        "doubling",
        "not",
        "t",
        "cannot",
        "never",
        "almost",
        "virtually",
        "practically",
        "literally",
    ];
    // Back through the sentence, ten words at most ("t" of "can't").
    let mut b = s.back(i);
    let mut words = 0;
    while let Some(k) = b.filter(|_| words < 10) {
        if matches!(s.ch(k), Some('.' | '!' | '?' | ';')) {
            break;
        }
        if s.word(k).is_some() {
            if s.is_any(k, SUDDENLY) {
                return false;
            }
            words += 1;
        }
        b = s.back(k);
    }
    // "Overnight, Faso became a contender": suddenly, when the clause after
    // it changes a state.
    if s.is_ch(i + 1, ',') && (i + 2..i + 12).any(|k| s.is_any(k, SUDDENLY)) {
        return false;
    }
    let next = s.sp(i + 1);
    !article
        && (s.clause_ends(i + 1)
            || next > i + 1 && (s.is_any(next, AFTER) || s.sense(next).weekday > 0))
}

/// A year named after "of": "2009", "fiscal 1999", "FY2025", "this year",
/// "last year", "the year".
pub(super) fn year_of(
    s: &Scan,
    k: usize,
    date: Option<CalendarDate>,
) -> Option<(Option<i32>, usize)> {
    if let Some((y, e)) = year_after(s, k) {
        return Some((Some(y), e));
    }
    let k = s.sp(k);
    // "of fiscal 1999", "of fiscal year 2025": the fiscal year's number.
    if s.is(k, "fiscal") {
        let j = if s.is_space(k + 1) && s.is(k + 2, "year") {
            k + 2
        } else {
            k
        };
        return year_after(s, j + 1).map(|(y, e)| (Some(y), e));
    }
    if s.is(k, "FY") {
        return fiscal_year(s, k).map(|(y, e)| (Some(y), e));
    }
    let n = if s.is(k, "this") || s.is(k, "the") {
        0
    } else if s.is_any(k, &["last", "previous"]) {
        -1
    } else if s.is(k, "next") {
        1
    } else {
        return None;
    };
    if !(s.is_space(k + 1) && s.is(k + 2, "year")) {
        return None;
    }
    Some((date.map(|d| d.year + n), k + 3))
}

/// "the first quarter of 2009", "Q3 2025".
pub(super) fn quarter(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let (start, k) = if s.is(i, "the") && s.is_space(i + 1) {
        (i, i + 2)
    } else {
        (i, i)
    };
    if let Some(step) = quarter_relative(s, start, k, date) {
        return Some(step);
    }
    // The ordinal, in words or in digits ("1st quarter", "4th-quarter"),
    // whose last atom is `o`.
    let (q, o) = if let Some(d) = s
        .digits(k)
        .filter(|_| s.is_any(k + 1, &["st", "nd", "rd", "th"]))
    {
        let q: u8 = d.parse().ok().filter(|q| (1..=4).contains(q))?;
        (q, k + 1)
    } else {
        match s.sense(k).ordinal {
            Some(o) if (1.0..=4.0).contains(&o) && o.fract() == 0.0 => (o as u8, k),
            _ if s.is_any(k, &["final", "last", "Final", "Last"]) => (4, k),
            // "the back half of the year", "the front half".
            _ if s.is_any(k, &["back", "front"]) && s.is_space(k + 1) && s.is(k + 2, "half") => {
                (if s.is(k, "back") { 2 } else { 1 }, k)
            }
            _ => return quarter_short(s, i, date),
        }
    };
    let (first, k) = (k, o);
    if s.is_space(k + 1) && s.is(k + 2, "half") && q <= 2 {
        return half(s, start, k, q, date);
    }
    // "first-half profits" (not "first-half goals": a game's).
    if s.is_dash(k + 1)
        && s.is(k + 2, "half")
        && q <= 2
        && start == first
        && !of_a_game(s, first, k + 3)
    {
        let v = match date {
            Some(d) => format!("{}-H{q}", half_alone(d, q, Toward::at(s, first))),
            None => format!("XXXX-H{q}"),
        };
        return Some((found(s, first, k + 3, FigureKind::Date, Some(v)), k + 3));
    }
    // "third-quarter profits", "4th-quarter".
    if s.is_dash(k + 1)
        && s.is(k + 2, "quarter")
        && start == first
        && !game_near(s, first, k + 3, true)
    {
        let v = match date {
            Some(d) => format!("{}-Q{q}", quarter_alone(d, q, Toward::at(s, first))),
            None => format!("XXXX-Q{q}"),
        };
        return Some((found(s, first, k + 3, FigureKind::Date, Some(v)), k + 3));
    }
    // "the third fundraising quarter", "the first calendar quarter": a
    // word of what the quarter counts between.
    let k = if s.is_space(k + 1)
        && s.is_any(k + 2, &["fundraising", "calendar", "reporting"])
        && s.is_space(k + 3)
        && s.is(k + 4, "quarter")
    {
        k + 2
    } else {
        k
    };
    if !(s.is_space(k + 1) && s.is(k + 2, "quarter")) {
        return None;
    }
    quarter_of(s, start, k, q, date)
}

/// Quarter `q` told by its ordinal ending at atom `k` ("first", "1st"),
/// before " quarter" and its year, if told ("of 2009", "2009", "of this
/// year"): the date from atom `start`.
fn quarter_of(
    s: &Scan,
    start: usize,
    k: usize,
    q: u8,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let i = start;
    let mut end = k + 3;
    let mut year = None;
    let mut known = false;
    if s.is_space(end) && s.is(end + 1, "of") {
        if let Some((y, e)) = year_of(s, end + 2, date) {
            year = y;
            known = true;
            end = e;
        }
    } else if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        known = true;
        end = e;
    }
    // Without "the" and a year, only a headline's or a sentence's opening
    // ("Second quarter growth slowed"), not "in second quarter" of a game.
    // Nor a game's quarter without a year ("scored in the third quarter").
    // Before a noun it names (a modifier) it may drop "the": "first quarter
    // profit", "4th quarter sales".
    let opens_sentence = s.capitalized(i) && s.back(i).is_none_or(|b| s.sentence_ends(b));
    let modifier = s.is_space(end)
        && s.word(end + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        && !s.is_any(
            end + 1,
            &[
                "of", "in", "on", "at", "to", "for", "and", "or", "as", "was", "is",
            ],
        );
    if !known && (!s.is(i, "the") && !opens_sentence && !modifier || game_near(s, i, end, true)) {
        return None;
    }
    let v = match (year, date) {
        (Some(y), _) => format!("{y:04}-Q{q}"),
        (None, Some(d)) if !known => {
            format!("{:04}-Q{q}", quarter_alone(d, q, Toward::at(s, start)))
        }
        _ => format!("XXXX-Q{q}"),
    };
    Some((found(s, start, end, FigureKind::Date, Some(v)), end))
}

/// "Jan-Feb 2017", "November–December", "Nov. - Feb. 2017": a range of two
/// months in capitals joined by a dash, valued "2017-01/2017-02"; a year
/// after the second is the first's too (the year before when the first month
/// comes later: "Nov-Feb 2017" starts in 2016).
pub(super) fn month_range(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let name = |k: usize| {
        let sense = s.sense(k);
        if sense.month == 0 || !s.capitalized(k) {
            return None;
        }
        let end = if sense.month_short && s.is_ch(k + 1, '.') {
            k + 2
        } else {
            k + 1
        };
        Some((sense.month, end))
    };
    let (first, k) = name(i)?;
    let dash = s.sp(k);
    if !s.is_dash(dash) || s.glued(dash) != s.glued(s.sp(dash + 1)) && dash == k {
        return None;
    }
    let (second, mut end) = name(s.sp(dash + 1))?;
    if first == second {
        return None;
    }
    let value = match year_after(s, end) {
        Some((year, e)) => {
            end = e;
            let y1 = if first > second { year - 1 } else { year };
            format!("{y1:04}-{first:02}/{year:04}-{second:02}")
        }
        None => {
            let toward = Toward::of_month(s, i);
            format!(
                "{}/{}",
                month_alone(date, first, toward),
                month_alone(date, second, toward)
            )
        }
    };
    // "the April-June quarter": the months of one quarter, told as it.
    let q = s.sp(end);
    if second == first + 2 && first % 3 == 1 && q > end && s.is(q, "quarter") {
        if let Some(year) = value
            .get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        {
            let value = format!("{year}-Q{}", first / 3 + 1);
            let start = s.back(i).filter(|&b| s.is(b, "the")).unwrap_or(i);
            let mut f = found(s, start, q + 1, FigureKind::Date, Some(value));
            f.core = s.start(i);
            return Some((f, q + 1));
        }
    }
    Some((found(s, i, end, FigureKind::Date, Some(value)), end))
}

/// Nouns of a stretch of time that "of a" + a unit measures: "a delay of a
/// month", "the course of a year", "a period of a week".
const STRETCHES: &[&str] = &[
    "delay",
    "delays",
    "period",
    "span",
    "space",
    "course",
    "matter",
    "extension",
    "wait",
    "break",
    "gap",
    "suspension",
    "term",
];

/// Words before a bare plural of time that make it no span told from an
/// event ("the hours after", "office hours before"): determiners,
/// adjectives of order and nouns that hours belong to.
const NOT_BEFORE_A_BARE_UNIT: &[&str] = &[
    "the", "those", "these", "his", "her", "its", "their", "our", "my", "your", "final", "last",
    "first", "next", "past", "early", "late", "long", "office", "business", "man", "work", "of",
    "a", "an",
];

/// A duration told vaguely, valued null: "several weeks", "a few days",
/// "many years", "a few more weeks", "in coming weeks", and a plural unit
/// after "for", "over", "in", "within" or "after" ("for years", "over
/// decades", "the first time in months", "after years of talks"). Before
/// "ago", "later" or "earlier" it is a point in time, a date valued null
/// ("a few weeks ago", "years later"); before "before" or "after" the
/// distance from an event, a duration ("a few days after the debate", "just
/// days before the vote", "Weeks after the flood").
pub(super) fn vague_duration(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let quantified =
        s.is_any(i, &["several", "few", "many", "recent", "couple", "coming"]) && s.is_space(i + 1);
    // "a couple of weeks", "a couple weeks"; "a few more weeks", "several
    // more months".
    let unit = match quantified {
        true if s.is(i, "couple") && s.is(i + 2, "of") && s.is_space(i + 3) => i + 4,
        true if s.is_any(i, &["few", "several", "many"])
            && s.is(i + 2, "more")
            && s.is_space(i + 3) =>
        {
            i + 4
        }
        // "in coming weeks": only after "in" or "over".
        true if s.is(i, "coming") && !s.back(i).is_some_and(|b| s.is_any(b, &["in", "over"])) => {
            return None
        }
        true => i + 2,
        false => i,
    };
    let sense = s.sense(unit);
    if sense.time_unit.is_none() || !sense.plural {
        return None;
    }
    let end = unit + 1;
    if !s.boundary(end) {
        return None;
    }
    let next = s.is_space(end).then(|| end + 1);
    let point = next.is_some_and(|k| s.is_any(k, &["ago", "later", "earlier"]));
    let offset = next.is_some_and(|k| s.is_any(k, &["before", "after"]));
    // A capitalized unit names something ("Days Inn"), unless it opens a
    // sentence and is told from another time ("Years later", "Days after").
    if s.capitalized(unit)
        && !(unit == i && (point || offset) && s.back(i).is_none_or(|b| s.clause_ends(b)))
    {
        return None;
    }
    let start = if quantified {
        // "a few days", "a good many years".
        match s.back(i) {
            Some(b) if s.is_any(i, &["few", "couple"]) && s.is(b, "a") => b,
            _ => i,
        }
    } else if s.back(i).is_some_and(|b| {
        s.is_any(
            b,
            &[
                "for", "over", "in", "within", "take", "takes", "took", "taking", "lasted",
                "lasts", "spent",
            ],
        )
    }) || (point || offset) && s.capitalized(unit)
        // "after weeks of sniping", "after years in the top flight" (not
        // "stay after hours").
        || s.back(i).is_some_and(|b| s.is(b, "after"))
            && next.is_some_and(|k| s.is_any(k, &["of", "in"]))
    {
        i
    } else if point || offset {
        // "years later", "just days after": a bare plural told from
        // another time, after a word that measures it or nothing.
        match s.back(i) {
            Some(b) if s.is_any(b, &["just", "only", "mere", "barely", "some"]) => b,
            Some(b) if s.clause_ends(b) || s.is_any(b, &["and", "but"]) => i,
            // After a verb: "spoke hours after", "comes days before"; not
            // after a determiner or a noun of hours ("the hours after",
            // "opening hours after").
            Some(b)
                if s.word(b).is_some_and(|w| {
                    w.chars().all(|c| c.is_ascii_lowercase()) && !w.ends_with("ing")
                }) && !s.is_any(b, NOT_BEFORE_A_BARE_UNIT)
                    && s.sense(b).cardinal.is_none() =>
            {
                i
            }
            None => i,
            _ => return None,
        }
    } else {
        return None;
    };
    match next {
        Some(k) if point => Some((found(s, start, k + 1, FigureKind::Date, None), k + 1)),
        _ => Some((found(s, start, end, FigureKind::Duration, None), end)),
    }
}

/// A time told by a word for the present, the past or the future, as
/// TimeML marks it (PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
/// "recently", "lately", "nowadays", "soon", "very soon", "the recent
/// talks", "in the past", "the near future", "in the future it will". A date valued null: which day
/// is meant is not told. Not "now that" (a conjunction), "as soon as", "soon
/// after", "most recent", "recent years" (a duration, read by
/// [`vague_duration`]), "the past decade" or "the future king".
pub(super) fn vague_reference(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let word = s.word(i)?;
    if !word.chars().skip(1).all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // "now-cancelled", "soon-to-open": part of a compound word.
    if s.is_dash(i + 1) && s.word(i + 2).is_some() {
        return None;
    }
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let next = s.is_space(i + 1).then(|| i + 2);
    let next_is = |words: &[&str]| next.is_some_and(|k| s.is_any(k, words));
    let before = s.back(i);
    let before_is = |words: &[&str]| before.is_some_and(|b| s.is_any(b, words));
    let end = if is("now") {
        if next_is(&["that", "on"]) || before_is(&["from"]) {
            return None;
        }
        i + 1
    } else if is("currently") || is("recently") || is("lately") || is("nowadays") {
        i + 1
    } else if is("these") && next_is(&["days"]) && s.clause_ends(i + 3) {
        // "the biggest game in politics these days": now.
        i + 3
    } else if is("soon") {
        if before_is(&["as", "so", "too", "how"])
            || next_is(&["after", "afterward", "afterwards", "as"])
        {
            return None;
        }
        i + 1
    } else if is("recent") {
        let before_a_noun = next.is_some_and(|k| {
            s.word(k)
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
                && s.sense(k).time_unit.is_none()
                && !s.is_any(k, &["and", "or", "past", "history", "times", "memory"])
        });
        if before_is(&["most", "more", "less"]) || !before_a_noun {
            return None;
        }
        i + 1
    } else if is("the") {
        // "the past", "the near future", "the distant past".
        let k = next?;
        let k = if s.is_any(
            k,
            &["near", "distant", "recent", "foreseeable", "immediate"],
        ) && s.is_space(k + 1)
        {
            k + 2
        } else {
            k
        };
        if !s.is_any(k, &["past", "future"])
            || s.capitalized(k)
            || !s.clause_ends(k + 1) && !s.is_space(k + 1)
        {
            return None;
        }
        // "the past decade", "the past several months", "the future
        // king": a word after it that is not a clause's end, "and" or
        // a preposition makes it something else.
        let after = s.sp(k + 1);
        let ends = s.clause_ends(k + 1)
            || after > k + 1
                && s.is_any(
                    after,
                    &[
                        "and", "or", "but", "when", "that", "is", "was", "will", "has", "have",
                        "had", "in", "at", "on", "for", "to", "with", "by", "from", "as", "looks",
                        "seems", "holds", "lies", "remains", "belongs", "may", "might", "could",
                        "would", "can",
                    ],
                );
        // "in the future it will", "in the past we had": after "in" the
        // phrase tells when, unless a unit or a count follows ("in the past
        // decade", read as a duration, "in the past few years").
        let told_when = before_is(&["in", "In"])
            && after > k + 1
            && s.sense(after).time_unit.is_none()
            && s.sense(after).cardinal.is_none()
            && !s.sense(after).vague
            && !s.is_any(
                after,
                &["few", "several", "many", "couple", "of", "tense", "perfect"],
            );
        if !ends && !told_when {
            return None;
        }
        k + 1
    } else {
        return None;
    };
    // "very soon", "more recently", "right now".
    let start = match before {
        Some(b)
            if end == i + 1
                && s.is_any(b, &["very", "right", "just", "more"])
                && !s.is(i, "recent") =>
        {
            b
        }
        _ => i,
    };
    Some((found(s, start, end, FigureKind::Date, None), end))
}

/// "all day", "all week", "all month", "all year" (in lower case): the whole
/// unit, a duration of one ("P1D"); not "all-day" or "All Day" (a name).
pub(super) fn all_unit(s: &Scan, i: usize) -> Option<(Found, usize)> {
    if s.word(i) != Some("all") || !s.is_space(i + 1) {
        return None;
    }
    let k = i + 2;
    let sense = s.sense(k);
    let unit = sense.time_unit.filter(|u| {
        !sense.plural
            && !s.capitalized(k)
            && matches!(
                u,
                TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
            )
    })?;
    let end = k + 1;
    if !s.boundary(end) || s.is_ch(end, '\'') || s.is_ch(end, '’') {
        return None;
    }
    Some((
        found(s, i, end, FigureKind::Duration, Some(unit.iso(1.0))),
        end,
    ))
}

/// "fiscal 2009", "fiscal year 2010": a year as a company or a government
/// counts it, valued by its number; "year-end", "year end", "(the) year's
/// end": the end of the
/// article date's year, valued by that year; "the same day" (a day the story
/// told): a date without a value.
pub(super) fn fiscal_or_year_end(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    if s.is(i, "fiscal") && s.is_space(i + 1) {
        let k = if s.is(i + 2, "year") && s.is_space(i + 3) {
            i + 4
        } else {
            i + 2
        };
        let (year, end) = year_after(s, k - 1)?;
        return Some((
            found(s, i, end, FigureKind::Date, Some(format!("{year:04}"))),
            end,
        ));
    }
    if s.is(i, "FY") {
        return fiscal_year_short(s, i);
    }
    // "year-end", "year end", "by year's end" (its owner's "'s" two atoms).
    let owned = s.owner_s(i + 2) && s.is_space(i + 3);
    let end_at = if owned { i + 4 } else { i + 2 };
    if s.is(i, "year")
        && (s.is_dash(i + 1) || s.is_space(i + 1) || owned)
        && s.is(end_at, "end")
        && s.boundary(end_at + 1)
    {
        let after = end_at + 1;
        // "stood at 12,480 at year-end" said in March: the last one (in
        // the year's second half its own end is near: "held his year-end
        // news conference" in December).
        let v = date.map(|d| {
            let back = i32::from(d.month <= 6 && past_tense(s, i));
            format!("{:04}", d.year - back)
        });
        let start = s.back(i).filter(|&b| owned && s.is(b, "the")).unwrap_or(i);
        return Some((found(s, start, after, FigureKind::Date, v), after));
    }
    if s.is(i, "the")
        && s.is_space(i + 1)
        && s.is(i + 2, "same")
        && s.is_space(i + 3)
        && s.is(i + 4, "day")
        && s.boundary(i + 5)
    {
        return Some((found(s, i, i + 5, FigureKind::Date, None), i + 5));
    }
    None
}

/// "FY27", "FY2026", "FY 2026", and a fiscal year told by both calendar
/// years ("FY2025-26", "FY25/26"): named by the year it ends in, as "fiscal
/// 2026" is ("2026").
fn fiscal_year_short(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let (y, end) = fiscal_year(s, i)?;
    let v = Some(format!("{y:04}"));
    Some((found(s, i, end, FigureKind::Date, v), end))
}

/// The fiscal year told after "FY" at atom `i` ([`fiscal_year_short`]): its
/// number and the atom after it.
fn fiscal_year(s: &Scan, i: usize) -> Option<(i32, usize)> {
    let k = if s.is_space(i + 1) { i + 2 } else { i + 1 };
    let mut y = s.digits(k).and_then(year_in_two_or_four)?;
    let mut end = k + 1;
    // "FY2025-26", "FY25/26": the second year, the one it ends in.
    if (s.is_dash(end) || s.is_ch(end, '/')) && s.digits(end + 1).is_some_and(|d| d.len() == 2) {
        let second = 100 * (y / 100) + s.digits(end + 1)?.parse::<i32>().ok()?;
        if second == y + 1 {
            y = second;
            end += 2;
        }
    }
    s.boundary(end).then_some((y, end))
}

/// A year written in two digits of this century ("27": 2027) or in four
/// ("2026", from 1900 to 2100), as finance writes it after "FY" or "4Q".
fn year_in_two_or_four(d: &str) -> Option<i32> {
    let n: i32 = d.parse().ok()?;
    match d.len() {
        2 => Some(2000 + n),
        4 if (1900..=2100).contains(&n) => Some(n),
        _ => None,
    }
}

/// "last quarter", "this quarter", "the next quarter", "the previous
/// quarter": a quarter counted from the article date's, "2025-Q3"; without an
/// article date, no value.
fn quarter_relative(
    s: &Scan,
    start: usize,
    k: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let w = s.word(k)?;
    let is = |words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    let n: i32 = if is(&["this", "current"]) {
        0
    } else if is(&["last", "previous", "past"]) {
        -1
    } else if is(&["next", "coming", "following"]) {
        1
    } else {
        return None;
    };
    // "next" and "last" stand alone; the others want "the" before them.
    // "the last quarter of 2024" is its fourth: read as an ordinal.
    // "past" alone after a preposition too, as headlines drop "the": "profit
    // rose in past quarter".
    let of = s.is_space(k + 3) && s.is(k + 4, "of");
    let headline_past = is(&["past"])
        && s.back(k)
            .is_some_and(|b| s.is_any(b, &["in", "for", "over", "during"]));
    if !(s.is_space(k + 1) && s.is(k + 2, "quarter") && s.boundary(k + 3))
        || of
        || start == k && !headline_past && !is(&["this", "last", "next", "current", "previous"])
    {
        return None;
    }
    let v = date.map(|d| {
        let q = d.year * 4 + i32::from((d.month - 1) / 3) + n;
        format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
    });
    Some((found(s, start, k + 3, FigureKind::Date, v), k + 3))
}

/// "the first half", "the second half of 2025", "first half 2024": half a
/// year, valued "2025-H2"; without a year told, as [`half_alone`] resolves
/// it from the article date and the tense. Without "the" or a year it is no date ("the first
/// half of the match" has "the": the year's halves are what news means).
fn half(
    s: &Scan,
    start: usize,
    k: usize,
    h: u8,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let mut end = k + 3;
    let mut year = None;
    if s.is_space(end) && s.is(end + 1, "of") {
        match year_of(s, end + 2, date) {
            Some((y, e)) => {
                year = y;
                end = e;
            }
            // "the first half of the match", "the second half of the show".
            None => return None,
        }
    } else if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    } else if !s.is(start, "the") || of_a_game(s, start, end) {
        return None;
    }
    let v = match (year, date) {
        (Some(y), _) => format!("{y:04}-H{h}"),
        (None, Some(d)) => format!("{:04}-H{h}", half_alone(d, h, Toward::at(s, start))),
        _ => format!("XXXX-H{h}"),
    };
    Some((found(s, start, end, FigureKind::Date, Some(v)), end))
}

/// Words of a game in play, whose halves are the game's ("scored twice in
/// the second half").
const OF_A_GAME: &[&str] = &[
    "scored",
    "scoring",
    "scores",
    "goal",
    "goals",
    "match",
    "game",
    "striker",
    "penalty",
    "halftime",
    "half-time",
    "kickoff",
    "kick-off",
    "minute",
    "minutes",
    "equaliser",
    "equalizer",
    "touchdown",
    "touchdowns",
    "points",
    "try",
    "tries",
    "substitute",
    "header",
    "whistle",
    // "he tweeted during the first half" of the Super Bowl.
    "bowl",
    "quarterback",
    "innings",
    "inning",
    "referee",
    "stadium",
];

/// Whether the sentence around atoms `start..end` (a half told without its
/// year) speaks of a game in play ([`OF_A_GAME`]), within a dozen words
/// either way.
/// "points" counts for a half only: a quarter's points may be a poll's
/// ("down 13 points from her first-quarter average").
fn of_a_game(s: &Scan, start: usize, end: usize) -> bool {
    game_near(s, start, end, false)
}

fn game_near(s: &Scan, start: usize, end: usize, quarter: bool) -> bool {
    let ahead = (end..end + 24).take_while(|&k| !s.sentence_ends(k));
    sentence_before(s, start, 24)
        .chain(ahead)
        .any(|k| s.is_any(k, OF_A_GAME) && !(quarter && s.is(k, "points")))
}

/// "Q3", "q3", "H2" at atom `i`: "Q" or "H" and the quarter's or half's number.
fn part_of_year(s: &Scan, i: usize) -> Option<(char, u8)> {
    let letter = match s.word(i)? {
        "Q" | "q" => 'Q',
        "H" => 'H',
        _ => return None,
    };
    let n: u8 = s.digits(i + 1).filter(|d| d.len() == 1)?.parse().ok()?;
    let most = if letter == 'Q' { 4 } else { 2 };
    (1..=most).contains(&n).then_some((letter, n))
}

/// "Q3 2025", "Q1", "H2 2019": a quarter or half of the year told after it,
/// or else the latest such up to the article date's.
fn quarter_short(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let (letter, n) = part_of_year(s, i)?;
    // "Q4 FY2025": the quarter of a fiscal year, named by its number.
    let fiscal = (s.is_space(i + 2) && s.is(i + 3, "FY"))
        .then(|| fiscal_year(s, i + 3))
        .flatten();
    let (v, end) = match fiscal.or_else(|| year_after(s, i + 2)) {
        Some((y, e)) => (format!("{y:04}-{letter}{n}"), e),
        // "H2" alone is hydrogen as often as a half year; not after "in",
        // "for", "during" ("profit in H2") nor before a word of results
        // ("Stork H1 results", "H1 net profit").
        None if letter == 'H'
            && !s
                .back(i)
                .is_some_and(|b| s.is_any(b, &["in", "for", "during", "over"]))
            && !(s.is_space(i + 2) && s.is_any(i + 3, RESULTS)) =>
        {
            return None
        }
        None => {
            let year = date.map(|d| match letter {
                'Q' => quarter_alone(d, n, Toward::at(s, i)),
                _ => half_alone(d, n, Toward::at(s, i)),
            });
            let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
            (format!("{y}-{letter}{n}"), i + 2)
        }
    };
    if !s.boundary(end) {
        return None;
    }
    Some((found(s, i, end, FigureKind::Date, Some(v)), end))
}

/// "2017-Q1", "2017 q1", "2019 H2": a year, then a quarter or half.
pub(super) fn year_then_quarter(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let y: i32 = s.digits(i).filter(|d| d.len() == 4)?.parse().ok()?;
    if !(s.is_space(i + 1) || s.is_dash(i + 1)) || !(1000..=2200).contains(&y) {
        return None;
    }
    let (letter, n) = part_of_year(s, i + 2)?;
    let end = i + 4;
    s.boundary(end).then(|| {
        let v = format!("{y:04}-{letter}{n}");
        (found(s, i, end, FigureKind::Date, Some(v)), end)
    })
}

/// A quarter or half in the style of finance, its number first and the year
/// after: "4Q25" (2025-Q4), "1H26" (2026-H1), "3Q2024", "1Q 2003".
pub(super) fn quarter_number_first(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let n: u8 = s.digits(i).filter(|d| d.len() == 1)?.parse().ok()?;
    let letter = match s.word(i + 1)? {
        "Q" => 'Q',
        "H" => 'H',
        _ => return None,
    };
    let most = if letter == 'Q' { 4 } else { 2 };
    let (y, end) = match s.digits(i + 2).and_then(year_in_two_or_four) {
        Some(y) => (y, i + 3),
        // "1Q 2003": the year spaced, in four digits.
        None if s.is_space(i + 2) && s.digits(i + 3).is_some_and(|d| d.len() == 4) => {
            (s.str(i + 3).parse().ok()?, i + 4)
        }
        None => return None,
    };
    if !(1..=most).contains(&n) || !s.boundary(end) || s.glued(i) && s.word(i - 1).is_some() {
        return None;
    }
    let v = format!("{y:04}-{letter}{n}");
    Some((found(s, i, end, FigureKind::Date, Some(v)), end))
}

/// Words of a company's results after a half or quarter: "H1 results".
const RESULTS: &[&str] = &[
    "results",
    "result",
    "profit",
    "profits",
    "net",
    "earnings",
    "sales",
    "revenue",
    "revenues",
    "loss",
    "losses",
    "turnover",
    "pretax",
    "operating",
];

/// Whether the word at atom `k`, after "a second", makes "second" an ordinal
/// ("a second term", "a second consecutive day"): a word in lower case that
/// is none of those that follow a second of time ("or", "later", "of", ...).
fn ordinal_second_before(s: &Scan, k: usize) -> bool {
    const AFTER_A_SECOND: &[&str] = &[
        "or", "and", "ago", "later", "earlier", "before", "after", "longer", "more", "less", "too",
        "of", "per", "to", "in", "at", "on", "so", "then", "when", "while", "as",
    ];
    s.word(k)
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !AFTER_A_SECOND.contains(&w))
}

/// Words of a whole unit of time: "a full year", "an entire month".
pub(super) const WHOLE: &[&str] = &["full", "whole", "entire"];

/// "the day before", "the week after", "the night before", "the day after
/// tomorrow", "the day before yesterday" at atom `i`.
fn the_unit_before_or_after(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    if !(s.is_any(i, &["the", "The"]) && s.is_space(i + 1) && s.is_space(i + 3)) {
        return None;
    }
    let sense = s.sense(i + 2);
    let unit = sense.time_unit.filter(|_| !sense.plural);
    let part = s.is_any(i + 2, DAY_PARTS);
    let day_or_longer = unit.is_some_and(|u| {
        matches!(
            u,
            TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
        )
    });
    if !(day_or_longer || part) || !s.is_any(i + 4, &["before", "after"]) {
        return None;
    }
    let end = i + 5;
    // "the day after falling 250 points": "after" opens a clause (not "the
    // day after Thanksgiving").
    if s.is_space(end)
        && s.word(end + 1).is_some_and(|w| {
            w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_lowercase())
        })
    {
        return None;
    }
    if s.is(i + 2, "day") && s.is_space(end) {
        let shift = if s.is(i + 4, "after") && s.is(end + 1, "tomorrow") {
            Some(2)
        } else if s.is(i + 4, "before") && s.is(end + 1, "yesterday") {
            Some(-2)
        } else {
            None
        };
        if let Some(n) = shift {
            let v = date.map(|d| d.add_days(n).iso());
            return Some((found(s, i, end + 2, FigureKind::Date, v), end + 2));
        }
    }
    // "the night before last": the night of the day before yesterday.
    if s.is(i + 2, "night")
        && s.is(i + 4, "before")
        && s.is_space(end)
        && s.is(end + 1, "last")
        && s.boundary(end + 2)
    {
        let v = date.map(|d| format!("{}TNI", d.add_days(-2).iso()));
        return Some((found(s, i, end + 2, FigureKind::Time, v), end + 2));
    }
    let mut f = found(s, i, end, FigureKind::Date, None);
    // "the day before.", "the week after,": from the story's time; not
    // "the day after polls closed", "the month after Scalia died", told
    // from the event after it.
    if s.word(s.sp(end)).is_none() || s.clause_ends(end) {
        f.shift = unit.map(|u| (if s.is(i + 4, "after") { 1 } else { -1 }, u, true));
    }
    Some((f, end))
}

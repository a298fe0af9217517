//! Dates with their times of day, and times with their days: the recognizer
//! of dates and times. It tries the readers of days ([`dates`](super::dates),
//! [`seasons`](super::seasons)) and of clock times ([`times`](super::times)),
//! then joins what they read: a day followed by a time ("Monday at 3pm") or a
//! time followed by its day ("3pm on Monday", "16:00 UTC today") is one time,
//! valued with its day; a time alone is on the article's day.

use super::candidate::{found, Found};
use super::dates::{
    all_unit, day_first, day_of_month, day_of_named_month, days_to_month, end_of,
    fiscal_or_year_end, iso, month_day, month_first, month_range, quarter, quarter_number_first,
    relative, slashed, the_day, this_unit, vague_duration, vague_reference, week_number, week_of,
    weekday, year_in_words, year_then_quarter,
};
use super::scan::Scan;
use super::seasons;
use super::times::{clock_at, clock_range, ends_as_time, military, race_time, Clock};
use super::vocab::{day_part, TimeUnit};
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;

/// Whether the date read from atom `i` to `e`, right after an opening quote
/// mark, is a title: a word after its first that is written in lower case in
/// a date is capitalized (“This Week,” “Saturday Night Live”; not weekdays,
/// months and the words of holidays, “Black Monday”, “Christmas Eve”), or the
/// mark follows a possessive (NBC’s “Today”).
fn quoted_title(s: &Scan, i: usize, e: usize) -> bool {
    let inner_capital = (i + 1..e).any(|k| {
        let sense = s.sense(k);
        s.word(k).is_some()
            && s.capitalized(k)
            && sense.weekday == 0
            && sense.month == 0
            && !seasons::holiday_word_at(s, k)
    });
    let k = i.wrapping_sub(1);
    let possessive = s.is_space(k.wrapping_sub(1)) && s.owner_s(k.wrapping_sub(2));
    inner_capital || possessive
}

/// Whether the date read from atom `i` to `e`, after an opening quote mark,
/// is one word that the closing mark ends: a title or a word mentioned, not
/// a day (the “Today” show, ''Today'' anchor, “Tonight”).
fn quoted_word(s: &Scan, i: usize, e: usize) -> bool {
    let possessive = s.is(e + 1, "s") && s.word(e + 2).is_none();
    e == i + 1 && matches!(s.ch(e), Some('"' | '”' | '\'' | '’' | '`')) && !possessive
}

/// A reader of one pattern of dates, times or durations: at atom `i`, with
/// the article date, the figure it reads and the atom after it.
type Reader = fn(&Scan, usize, Option<CalendarDate>) -> Option<(Found, usize)>;

/// The readers of what starts with a word, tried in this order; the first
/// that reads something decides. Each proposes a date, a time or a duration
/// with its value; a day it reads takes a time told after it ("Monday at
/// 3pm", [`with_time`]). A new pattern that starts with a word is a new entry
/// here, or a new case of the reader of its kind.
const FROM_A_WORD: &[(&str, Reader)] = &[
    // "Saturday", "last Friday", "Monday, July 28, 2014", "Friday morning".
    ("weekday", weekday),
    // "Jan-Feb 2017", "November–December".
    ("months joined", month_range),
    // "December 28, 2025", "Dec. 28", "May 2008", "in March".
    ("month first", |s, i, d| month_first(s, i, d, i)),
    // "last night".
    ("last night", seasons::last_night),
    // "the first Monday of October".
    ("weekday of a month by its place", seasons::nth_weekday),
    // "last fall", "this summer", "the spring of 2024", "winter 2023".
    ("season or half", seasons::season),
    // "Christmas Eve", "Memorial Day", "Super Tuesday".
    ("holiday", seasons::holiday),
    // "that year", "later that day": the story's year or day.
    ("that unit", |s, i, _| that_unit(s, i)),
    // "the '80s", "the 70s".
    ("decade", seasons::decade),
    // "the 20th century", "late 19th century", "nineteenth-century", "19th
    // and 20th centuries".
    ("century", |s, i, _| seasons::century(s, i)),
    // "AD 51".
    ("year with its era", |s, i, _| seasons::year_with_era(s, i)),
    // "the 9th of May", "the last week of March", "week 31", "all day".
    ("told by place", told_by_place),
    // "today", "yesterday", "last week", "a week ago", "the past decade".
    ("relative", relative),
    // "several weeks", "a few days", "for years" (valued null).
    ("vague duration", |s, i, _| vague_duration(s, i)),
    // "now", "recently", "soon", "in the past" (valued null).
    ("vague reference", |s, i, _| vague_reference(s, i)),
    // "fiscal 2009", "year-end", "the same day".
    ("fiscal year or year's end", fiscal_or_year_end),
    // "at noon on Friday", "by midnight".
    ("noon", noon),
    // "about 9am", "shortly after 10pm on Friday".
    ("about a time", about_time),
    // "in the morning at 7".
    ("part of day then time", part_then_time),
    // "the night of June 3", "the afternoon of Saturday".
    ("part of a day told after", part_of_a_day),
    // digits after a word that would make them an amount: "about 2019-Q1".
    ("modified date", modified_date),
    // "between 5 and 6pm", "from 9 to 11am", "from 9 to 12 June", "seven
    // thirty pm", "half past seven" (read here before "between" makes a range
    // of numbers).
    ("time or span from a word", |s, i, date| {
        if s.is_any(i, &["from", "between"]) && s.is_space(i + 1) {
            days_to_month(s, i + 2, date, i).or_else(|| time(s, i + 2, date))
        } else {
            time(s, i, date)
        }
    }),
    // "the first quarter of 2009", "Q3 2025".
    ("quarter", quarter),
    // "early 2009", "late June", "later this year", "the end of last year".
    ("part of a day or period", part_of),
    // "on the 18th".
    ("day of the month", day_of_month),
];

/// The readers of days that start with digits, tried in this order; a day
/// they read takes a time told after it ([`with_time`]).
const DAY_FROM_DIGITS: &[(&str, Reader)] = &[
    // "2025-12-28", "2025/12/28", "2019/Aug/01".
    ("ISO date", |s, i, _| iso(s, i)),
    // "2017-Q1", "2019 H2".
    ("year then quarter", |s, i, _| year_then_quarter(s, i)),
    // "4Q25", "1H26".
    ("quarter then year", |s, i, _| quarter_number_first(s, i)),
    // "12/28/2025", "28/12/2025", "12/28/25".
    ("slashed or dotted date", slashed),
    // "5/12", "22/04" without a year, with guards.
    ("month and day in digits", month_day),
    // "9 to 12 June", "3 to 12 of Sept".
    ("days to a month", |s, i, d| days_to_month(s, i, d, i)),
    // "3rd quarter of 2009".
    ("quarter", quarter),
    // "28 December 2025", "28th of December", "1 May".
    ("day first", |s, i, d| day_first(s, i, d, i)),
    // "13th-century manuscripts", "20th centuries".
    ("century", |s, i, _| seasons::century(s, i)),
    // "44 BC", "79 AD", "185 BCE".
    ("year with its era", |s, i, _| seasons::year_with_era(s, i)),
    // "80s" in "the 70s and 80s".
    ("decade after a decade", |s, i, _| {
        seasons::next_decade(s, i)
    }),
];

/// The readers of times that start with digits, tried after the days: "3pm",
/// "15:30 GMT on Monday", "9-11am"; "0800 UTC", "1430 GMT".
const TIME_FROM_DIGITS: &[(&str, Reader)] = &[
    // "won in 2:08:14", "1:12 behind": a time taken, not of day.
    ("race time", |s, i, _| race_time(s, i)),
    ("clock time", |s, i, date| {
        time(s, i, date).filter(|&(_, e)| !chapter_and_verse(s, i, e))
    }),
    ("military time", military_time),
];

/// Whether the clock time read from atom `i` to `e` is rather a chapter and
/// verse after a book's name ("Exodus 18:21", "John 3:16"): hours and
/// minutes alone, right after a capitalized word that is no word of time
/// ("At 18:21", "Monday 18:00" are times).
fn chapter_and_verse(s: &Scan, i: usize, e: usize) -> bool {
    const TIME_WORDS: &[&str] = &[
        "At",
        "By",
        "From",
        "Until",
        "Till",
        "Before",
        "After",
        "Around",
        "About",
        "Since",
        "To",
        "On",
        "Noon",
        "Midnight",
        "Today",
        "Tonight",
        "Tomorrow",
        "Yesterday",
        // A determiner or an adverb opening a sentence: "The 07:42 from
        // Brighton", "Then 18:05 came".
        "The",
        "A",
        "An",
        "This",
        "That",
        "Every",
        "Each",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Then",
        "Only",
        "Just",
    ];
    let Some(b) = s.back(i) else {
        return false;
    };
    let sense = s.sense(b);
    e == i + 3
        && s.is_ch(i + 1, ':')
        && s.word(b).is_some()
        && s.capitalized(b)
        && sense.weekday == 0
        && sense.month == 0
        && !s.is_any(b, TIME_WORDS)
}

/// The first reading of `readers` at atom `i`.
fn first(
    readers: &[(&str, Reader)],
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    readers.iter().find_map(|(_, read)| read(s, i, date))
}

/// A date or time starting at atom `i`, and the index after it: the first
/// reading of [`FROM_A_WORD`], or of [`DAY_FROM_DIGITS`] then
/// [`TIME_FROM_DIGITS`].
pub(crate) fn date_at(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if s.word(i).is_some() {
        // Glued to what comes before, a word starts no date; but after an
        // opening bracket or quote mark ("(Monday", "‘Black Monday’"), or a
        // dash after a day ("Nov. 18-Dec. 19", "June 22, 1837 –July 10") it does.
        let after_day = after_a_dash_after(s, i, |k| s.digits(k).is_some());
        // An opening mark, or two of them as wire text writes a double
        // quote ("''Last night was", "``Today").
        let mark = |k: usize| matches!(s.ch(k), Some('(' | '[' | '"' | '“' | '‘' | '\'' | '`'));
        let k = i.wrapping_sub(1);
        // A mark after "=" opens a value of markup: 'tweet-date="March 9, 2016"'.
        let opener = mark(k)
            && (!s.glued(k)
                || s.is_ch(k.wrapping_sub(1), '=')
                || matches!(s.ch(k), Some('\'' | '`'))
                    && s.ch(k.wrapping_sub(1)) == s.ch(k)
                    && !s.glued(k.wrapping_sub(1)));
        // A month's day glued after a dash or a colon, as wire slugs and
        // forms write it: "PRESS DIGEST-Bosnia-Aug 22", "prices-August 26",
        // "effective date:August 1, 1996".
        let day_after_mark = matches!(s.ch(k), Some('-' | '–' | ':'))
            && s.capitalized(i)
            && s.sense(i).month > 0
            && {
                let e = if s.is_ch(i + 1, '.') { i + 2 } else { i + 1 };
                s.is_space(e) && s.digits(e + 1).is_some_and(|d| d.len() <= 2)
            };
        if s.glued(i) && !opener && !after_day && !day_after_mark {
            return None;
        }
        return first(FROM_A_WORD, s, i, date)
            .map(|day| with_time(s, day))
            .map(|(f, e)| (without_article(s, i, f), e))
            .filter(|&(_, e)| !(opener && (quoted_title(s, i, e) || quoted_word(s, i, e))));
    }
    if s.digits(i).is_some() {
        // After an opening mark, or a colon glued to a word ("says:30
        // December"; not "10:30").
        let after_colon = i >= 2 && s.is_ch(i - 1, ':') && s.word(i - 2).is_some();
        // After a dash that ends a date's year or month: the second end of
        // "13 January 1924–11 February 2005", "3 May–7 May".
        let after_date =
            after_a_dash_after(s, i, |k| s.digits(k).is_some() || s.sense(k).month != 0);
        if s.glued(i)
            && !matches!(s.ch(i - 1), Some('(' | '[' | '"' | '“' | '‘'))
            && !after_colon
            && !after_date
        {
            return None;
        }
        return first(DAY_FROM_DIGITS, s, i, date)
            .map(|day| with_time(s, day))
            .or_else(|| first(TIME_FROM_DIGITS, s, i, date));
    }
    None
}

/// "that year", "that month", "that week", "that day", "that same year",
/// "the same month": the year (or month, week, day) of the last date told, a
/// date valued by [`from_story_time`](super::resolve::from_story_time)
/// ("joined in 2003 and that year released": 2003), null when none was told;
/// "that year's budget" too, the span without the owner's "'s". Not "that
/// day-care".
fn that_unit(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let that = s.is(i, "that");
    if !((that || s.is(i, "the")) && s.is_space(i + 1)) {
        return None;
    }
    // "that same year", "the same month" ("the same day" is read as a day
    // of its own: it refers as often to an event told after it).
    let same = s.is(i + 2, "same") && s.is_space(i + 3);
    if !that && !same {
        return None;
    }
    let k = if same { i + 4 } else { i + 2 };
    let sense = s.sense(k);
    let unit = sense.time_unit.filter(|u| {
        !sense.plural
            && matches!(
                u,
                TimeUnit::Year | TimeUnit::Month | TimeUnit::Week | TimeUnit::Day
            )
            && (that || *u != TimeUnit::Day)
    })?;
    // "that year's budget": the year, without its possessive.
    let possessive = matches!(s.ch(k + 1), Some('\'' | '’')) && s.is(k + 2, "s");
    if !s.boundary(k + 1) && !possessive {
        return None;
    }
    let mut f = found(s, i, k + 1, FigureKind::Date, None);
    f.shift = Some((0, unit, true));
    Some((f, k + 1))
}

/// Whether atom `i` follows a dash glued to it, with an atom before the dash
/// (itself, or across one space: "1837 –July") of which `ends_a_date` holds.
fn after_a_dash_after(s: &Scan, i: usize, ends_a_date: impl Fn(usize) -> bool) -> bool {
    let Some(d) = i.checked_sub(1).filter(|&d| s.is_dash(d)) else {
        return false;
    };
    let b = if s.is_space(d.wrapping_sub(1)) {
        d.wrapping_sub(2)
    } else {
        d.wrapping_sub(1)
    };
    d >= 1 && b < d && ends_a_date(b)
}

/// Dates told by their place rather than their name: "the 9th of May",
/// "the second of August", "ended the day", "the last week of March", "in
/// nineteen ninety-six", "week 31", "all day", "in the morning". Only words
/// that can start one are read further (most words are passed at once).
fn told_by_place(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let sense = s.sense(i);
    let the = s.is(i, "the");
    if the {
        return day_of_named_month(s, i, date)
            .or_else(|| the_day(s, i, date))
            .or_else(|| week_of(s, i, date))
            .or_else(|| week_number(s, i, date))
            .or_else(|| part_alone(s, i));
    }
    if sense.ordinal.is_some() || sense.cardinal.is_some() {
        return day_of_named_month(s, i, date)
            .or_else(|| week_of(s, i, date))
            .or_else(|| year_in_words(s, i));
    }
    match s.word(i) {
        Some("last" | "final" | "Last" | "Final") => week_of(s, i, date),
        Some("week") => week_number(s, i, date),
        Some("all") => all_unit(s, i),
        _ => None,
    }
}

/// A date that starts with "the" ("the next quarter", "the end of the
/// week") has its core after it: TIMEX spans are told with and without it.
fn without_article(s: &Scan, i: usize, mut f: Found) -> Found {
    if s.is(i, "the") && s.is_space(i + 1) && f.start == s.start(i) && f.core == f.start {
        f.core = s.start(i + 2).min(f.end);
    }
    f
}

/// Whether an ISO value names one day: "2025-12-28", "--12-28".
fn is_day(v: &str) -> bool {
    v.len() == 10 && !v.contains('T') || v.len() == 7 && v.starts_with("--")
}

/// A day's value split into the day and the part of the day it names:
/// "2025-12-28TNI" (tonight) is "2025-12-28" and "NI"; `None` when it is no
/// single day.
fn day_and_part(v: &str) -> Option<(&str, Option<&'static str>)> {
    let (d, rest) = v.split_once('T').unwrap_or((v, ""));
    if !is_day(d) {
        return None;
    }
    let part = ["MO", "AF", "EV", "NI"].into_iter().find(|p| *p == rest);
    (rest.is_empty() || part.is_some()).then_some((d, part))
}

/// Clocks on a day: "2025-12-28T15:00", "T15:00" without a day, two clocks
/// joined by "/" ("2025-12-28T09:00/2025-12-28T11:00"); a second clock
/// before the first is on the next day ("11pm to 5am").
fn stamp(clocks: &[Clock], day: Option<&str>) -> String {
    let next = day
        .and_then(CalendarDate::parse_iso)
        .map(|d| d.add_days(1).iso());
    let mut out = String::new();
    for (n, c) in clocks.iter().enumerate() {
        let past_midnight = n > 0 && (c.h, c.m) < (clocks[0].h, clocks[0].m);
        let d = match (&next, past_midnight) {
            (Some(next), true) => next.as_str(),
            _ => day.unwrap_or(""),
        };
        if n > 0 {
            out.push('/');
        }
        out.push_str(d);
        out.push_str(&c.iso());
    }
    out
}

/// A day followed by a time of day, "Monday at 3pm", "tomorrow 8:00am",
/// "Feb 2 9:00 am", "tonight at 1am", "Monday at 2.30", "tonight around 7",
/// "Sunday early morning at 8:00", "tomorrow from 7:00 to 8:00pm": one time,
/// valued with its day. After "at" (or "around", "@") a bare hour is a time
/// when it ends as one ("Friday at 4."; not "Friday at 10 Downing Street").
pub(super) fn with_time(s: &Scan, (day, end): (Found, usize)) -> (Found, usize) {
    let Some(Value::Text(v)) = &day.value else {
        return (day, end);
    };
    let Some((d, mut part)) = day_and_part(v) else {
        return (day, end);
    };
    let mut k = end;
    if s.is_ch(k, ',') {
        k += 1;
    }
    if !s.is_space(k) {
        return (day, end);
    }
    k += 1;
    // A part of the day between the day and its time: "Sunday early morning at 8".
    if part.is_none() && s.is_any(k, &["early", "late"]) && s.is_space(k + 1) && s.is_space(k + 3) {
        if let Some(p) = part_of_day(s, k + 2) {
            part = Some(p);
            k += 4;
        }
    }
    let at =
        (s.is_any(k, &["at", "around", "about", "by"]) || s.is_ch(k, '@')) && s.is_space(k + 1);
    // "October 14 for 8:00am": after "for", only a time told as one.
    let for_time = s.is(k, "for") && s.is_space(k + 1);
    if at || for_time {
        k += 2;
    }
    let in_part = |c: Clock| part.map_or(c, |p| c.in_part(p));
    let opens = s.is_any(k, &["from", "between"]) && s.is_space(k + 1);
    let range = if opens {
        clock_range(s, k + 2, true)
    } else {
        clock_range(s, k, false)
    };
    let range = range.filter(|(a, b, _, _)| !for_time || a.marked || b.marked);
    let (clocks, e) = if let Some((a, b, _, e)) = range {
        (vec![in_part(a), in_part(b)], e)
    } else if let Some((c, e)) =
        clock_at(s, k, at).filter(|(c, e)| c.marked || at && ends_as_time(s, *e))
    {
        (vec![in_part(c)], e)
    } else if let Some((t, e)) = noon(s, k, None).filter(|_| !for_time) {
        let Some(Value::Text(clock)) = t.value else {
            return (day, end);
        };
        let timed = Found {
            end: t.end,
            kind: FigureKind::Time,
            value: Some(Value::Text(format!("{d}{clock}"))),
            ..day
        };
        return (timed, e);
    } else {
        return (day, end);
    };
    let timed = Found {
        end: s.end(e),
        kind: FigureKind::Time,
        value: Some(Value::Text(stamp(&clocks, Some(d)))),
        ..day
    };
    (timed, e)
}

/// The part of the day the word at atom `k` names: "morning" is "MO".
fn part_of_day(s: &Scan, k: usize) -> Option<&'static str> {
    s.word(k).and_then(super::vocab::day_part)
}

/// The day told after a time that ends at atom `end` ("16:00 UTC today",
/// "3pm on Monday", "between 3 and 8 yesterday", "7 tonight"): the day
/// (`None` when it has no value), the part of the day it names ("NI" of
/// "tonight") and the atom after it.
fn day_after(
    s: &Scan,
    end: usize,
    date: Option<CalendarDate>,
) -> Option<(Option<String>, Option<&'static str>, usize)> {
    let mut k = s.sp(end);
    if k == end {
        return None;
    }
    if s.is(k, "on") && s.is_space(k + 1) {
        k += 2;
    }
    // A day, or a part of a day ("this morning"), valued by its day.
    let (f, e) = relative(s, k, date)
        .or_else(|| seasons::last_night(s, k, date))
        .or_else(|| seasons::holiday(s, k, date))
        .or_else(|| weekday(s, k, date))
        // "next Monday", "this Friday": read at the weekday, starting at "next".
        .or_else(|| {
            let told = s.is_any(k, &["next", "this", "last", "coming"]) && s.is_space(k + 1);
            told.then(|| weekday(s, k + 2, date)).flatten()
        })
        .or_else(|| month_first(s, k, date, k))
        .or_else(|| day_first(s, k, date, k))
        .or_else(|| slashed(s, k, date))
        .or_else(|| iso(s, k))
        .filter(|(f, _)| f.start == s.start(k))?;
    // "9-11am Monday to Friday": the day opens a range of days, which is
    // read on its own; the times keep the article's day.
    let j = s.sp(e);
    let joined = if s.is_dash(e) {
        Some(e + 1)
    } else {
        (j > e && s.is_any(j, &["to", "through", "thru", "until", "till"]) && s.is_space(j + 1))
            .then_some(j + 2)
    };
    if joined.is_some_and(|n| s.sense(n).weekday > 0) {
        return None;
    }
    match &f.value {
        Some(Value::Text(v)) => {
            let (d, part) = day_and_part(v)?;
            Some((Some(d.to_string()), part, e))
        }
        _ => (f.kind == FigureKind::Date).then_some((None, None, e)),
    }
}

/// Clocks ending at atom `end`, on the day told after them ("16:00 UTC
/// today", "3pm on Monday") or else on the article's day when it is known:
/// the value and the atom after it.
/// A clock told as a habit, after "weekdays", "daily", "nightly", a weekday
/// in the plural, or "every" or "each" and a day ("airs weekdays from 6:00
/// a.m.", "every day at 9", "open Fridays after 5pm"), is on no one day.
fn on_day(
    s: &Scan,
    start: usize,
    end: usize,
    clocks: &[Clock],
    date: Option<CalendarDate>,
) -> (String, usize) {
    let (day, part, end) = day_after(s, end, date).unwrap_or((None, None, end));
    let clocks: Vec<Clock> = clocks
        .iter()
        .map(|c| part.map_or(*c, |p| c.in_part(p)))
        .collect();
    // Weekdays in the plural ("Fridays"), or their parts after a weekday
    // ("Monday nights").
    let weekdays = |b: usize| {
        let Some(one) = s.word(b).and_then(|w| w.strip_suffix('s')) else {
            return false;
        };
        super::vocab::sense(one).weekday > 0
            || day_part(one).is_some() && s.back(b).is_some_and(|d| s.sense(d).weekday > 0)
    };
    // "at 5pm on Fridays", "open 9-11am on weekdays", "10am-4pm daily":
    // the days after the clocks.
    let on = s.sp(end);
    const EVERY_DAY: &[&str] = &["weekdays", "weekends", "daily", "nightly"];
    // "usually arrives at 9am", "would ordinarily leave around 6": a habit.
    const HABITUALLY: &[&str] = &[
        "usually",
        "normally",
        "ordinarily",
        "typically",
        "generally",
        "routinely",
        "habitually",
    ];
    // "every day", "each morning", "every Friday".
    let every = |k: usize| {
        s.is_any(k, &["every", "each"])
            && s.is_space(k + 1)
            && (s.sense(k + 2).weekday > 0
                || s.is_any(
                    k + 2,
                    &["day", "morning", "afternoon", "evening", "night", "weekday"],
                ))
    };
    let habit_after = on > end
        && (s.is(on, "on")
            && s.is_space(on + 1)
            && (weekdays(on + 2) || s.is_any(on + 2, EVERY_DAY))
            || s.is_any(on, EVERY_DAY)
            || every(on));
    // "every Friday, from 8 a.m.", "each morning at 7" (not "held every
    // January since 1974, began at noon").
    let habit = habit_after
        || super::resolve::sentence_before(s, start, 24).any(|b| {
            // "open Fridays after 5pm", "on Mondays at 9am", "airs on Monday
            // nights at 10pm": a weekday or its part in the plural.
            weekdays(b)
                || s.word(b).is_some_and(|w| w.starts_with(char::is_lowercase))
                    && (s.is_any(b, EVERY_DAY) || every(b))
                || s.is_any(b, HABITUALLY)
        });
    // Midnight with no day told, in a sentence not in the past ("The new
    // rules apply from midnight", "the bars close at 12 midnight"): the
    // article day's first moment has passed when it is read; the coming one.
    let midnight = clocks.len() == 1 && clocks[0].h == 0 && clocks[0].m == 0;
    // (Read only when no day was told.)
    let coming = |d: CalendarDate| {
        if midnight
            && !super::resolve::past_tense(s, start)
            && !super::resolve::past_verb_on(s, start)
            && super::resolve::tense_after(s, end) != Some(false)
        {
            d.add_days(1)
        } else {
            d
        }
    };
    let day = day.or_else(|| date.filter(|_| !habit).map(|d| coming(d).iso()));
    (stamp(&clocks, day.as_deref()), end)
}

/// "0800 UTC", "1430 GMT on Friday": a clock in four digits
/// ([`military`]) on the day told after it, or the article's.
fn military_time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let (c, e) = military(s, i)?;
    let (v, end) = on_day(s, i, e, &[c], date);
    Some((found(s, i, end, FigureKind::Time, Some(v)), end))
}

/// Words after which a bare hour is a time when a part of the day follows:
/// "at 7 tonight", "around 5 this morning".
const BEFORE_HOUR: &[&str] = &[
    "at", "around", "about", "by", "until", "till", "before", "after", "from",
];

/// A time of day at atom `i` with its day: "3pm", "15:30 GMT on Monday",
/// "9-11am", "between 3 and 8 yesterday", "at 7 tonight".
pub(super) fn time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    // Two times: told as times, or bare hours after "from" or "between"
    // with their day ("between 3 and 8 yesterday").
    let range = clock_range(s, i, false).or_else(|| {
        clock_range(s, i, true).filter(|r| day_after(s, r.3, date).is_some_and(|d| d.0.is_some()))
    });
    if let Some((a, b, start, e)) = range {
        let (v, end) = on_day(s, start, e, &[a, b], date);
        return Some((found(s, start, end, FigureKind::Time, Some(v)), end));
    }
    let (c, e) = clock_at(s, i, true)?;
    if !c.marked {
        // A bare hour with a part of the day after it: "at 7 tonight".
        let after = s.back(i).is_some_and(|b| s.is_any(b, BEFORE_HOUR));
        let part = day_after(s, e, date).is_some_and(|d| d.1.is_some());
        if !(after && part && s.digits(i).is_some_and(|d| !d.contains('.'))) {
            return None;
        }
    }
    let (v, end) = on_day(s, i, e, &[c], date);
    Some((found(s, i, end, FigureKind::Time, Some(v)), end))
}

/// "noon", "midday", "midnight" after "at", "by", "until" and the like: a
/// time, with the day after it ("at noon on Friday").
fn noon(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let w = s.word(i)?;
    let lw = |x: &str| w.eq_ignore_ascii_case(x);
    let after = [
        "at", "by", "until", "before", "after", "from", "till", "between", "to", "around",
    ];
    // "noonish" is a time of day by itself.
    let ish = lw("noonish");
    // "between 10pm and midnight": the second end of a range of times.
    let and_after_a_time = || {
        s.back(i).is_some_and(|b| {
            s.is(b, "and")
                && s.back(b).is_some_and(|t| {
                    s.is_any(t, &["am", "pm", "m"]) || s.digits(t).is_some() || s.is_ch(t, '.')
                })
        })
    };
    // "came midday Thursday", "noon Friday": before its day, no word needed.
    let day_next = || {
        let k = s.sp(i + 1);
        k > i + 1 && (s.sense(k).weekday > 0 || s.is_any(k, &["today", "tomorrow", "tonight"]))
    };
    if !(lw("noon") || lw("midday") || lw("midnight") || ish)
        || !(ish
            || s.back(i).is_some_and(|b| s.is_any(b, &after))
            || and_after_a_time()
            || day_next())
    {
        return None;
    }
    let c = if lw("midnight") {
        Clock::at(0, 0)
    } else {
        Clock::at(12, 0)
    };
    let (mut v, e) = on_day(s, i, i + 1, &[c], date);
    // "midnight tonight": the night's end, the next day's first moment.
    if lw("midnight") && s.is(s.sp(i + 1), "tonight") {
        if let Some(d) = v.get(..10).and_then(CalendarDate::parse_iso) {
            v = format!("{}{}", d.add_days(1).iso(), &v[10..]);
        }
    }
    Some((found(s, i, e, FigureKind::Time, Some(v)), e))
}

/// "in the morning at 7", "in the evening at 8:30": a time in the part of the
/// day told before it, read at "the".
fn part_then_time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let b = s.back(i).filter(|&b| s.is(b, "in"))?;
    if !(s.is(i, "the") && s.is_space(i + 1) && s.is_space(i + 3) && s.is(i + 4, "at")) {
        return None;
    }
    let part = part_of_day(s, i + 2).filter(|p| *p != "NI")?;
    let k = i + 6;
    if !s.is_space(i + 5) {
        return None;
    }
    let (c, e) = clock_at(s, k, true).filter(|(c, e)| c.marked || ends_as_time(s, *e))?;
    let (v, end) = on_day(s, b, e, &[c.in_part(part)], date);
    Some((found(s, b, end, FigureKind::Time, Some(v)), end))
}

/// "the night of June 3", "the evening of 30 June", "the afternoon of
/// Saturday": a part of the day told before its day, valued as "Saturday
/// afternoon" is ("2017-06-10TAF"), the day read in the sentence's tense
/// from "the".
fn part_of_a_day(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !(s.is(i, "the") && s.is_space(i + 1) && s.is_space(i + 3) && s.is(i + 4, "of")) {
        return None;
    }
    let part = part_of_day(s, i + 2)?;
    let k = i + 6;
    if !s.is_space(i + 5) {
        return None;
    }
    let (mut f, e) = month_first(s, k, date, i)
        .or_else(|| day_first(s, k, date, i))
        .or_else(|| weekday(s, k, date))?;
    let Some(Value::Text(v)) = &f.value else {
        return None;
    };
    if f.kind != FigureKind::Date || v.len() != 10 {
        return None;
    }
    f.value = Some(Value::Text(format!("{v}T{part}")));
    f.kind = FigureKind::Time;
    f.start = s.start(i);
    Some((f, e))
}

/// Words after "in the morning" that end the phrase ("in the morning and
/// Tampa in the afternoon"); other lower-case words make it a noun's ("in
/// the morning shows", "in the evening session").
const AFTER_PART: &[&str] = &[
    "and", "or", "but", "with", "on", "from", "to", "before", "after", "when", "while", "as",
    "because", "for", "by", "until", "in", "he", "she", "they", "we", "i", "it", "the", "a",
];

/// "in the morning", "in the evening", "during the afternoon", "for the
/// evening": a part of the day alone, read at
/// "the", valued without a day ("TMO"): which day's is for the reader of the
/// story to tell. Not before "of" ("in the morning of May 5" is that day's).
fn part_alone(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let b = s
        .back(i)
        .filter(|&b| s.is_any(b, &["in", "during", "for", "by"]))?;
    // "in the morning" is told with its "in"; "during the afternoon",
    // "forecast for the evening", "by the afternoon" from "the".
    let b = if s.is(b, "in") { b } else { i };
    if !(s.is(i, "the") && s.is_space(i + 1)) {
        return None;
    }
    let part = part_of_day(s, i + 2).filter(|p| *p != "NI")?;
    let e = i + 3;
    let next = s.sp(e);
    let lower = s
        .word(next)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    if !s.boundary(e) || next > e && lower && !s.is_any(next, AFTER_PART) {
        return None;
    }
    let mut f = found(s, b, e, FigureKind::Time, Some(format!("T{part}")));
    f.core = s.start(i);
    Some((f, e))
}

/// Words before a time of day that make it approximate or a bound.
const TIME_MODIFIERS: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["circa"],
    &["shortly", "after"],
    &["shortly", "before"],
    &["just", "after"],
    &["just", "before"],
];

/// A modifier of a time of day at `i` ([`TIME_MODIFIERS`]: "about",
/// "shortly after"): the index of the first atom after it and its space.
pub(super) fn time_modifier(s: &Scan, i: usize) -> Option<usize> {
    TIME_MODIFIERS.iter().find_map(|phrase| {
        let mut k = i;
        for (n, w) in phrase.iter().enumerate() {
            if n > 0 {
                k = Some(k).filter(|&k| s.is_space(k))? + 1;
            }
            if !s.is(k, w) {
                return None;
            }
            k += 1;
        }
        s.is_space(k).then_some(k + 1)
    })
}

/// A time of day after a modifier: "about 9am", "shortly after 10pm on
/// Friday", "just before midnight". The modifier is the figure's start, the
/// time its core.
fn about_time(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let k = time_modifier(s, i)?;
    let (mut f, e) = if s.digits(k).is_some() {
        time(s, k, date)?
    } else {
        let w = s.word(k)?;
        if !["noon", "midday", "midnight"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        {
            return None;
        }
        let c = if w.eq_ignore_ascii_case("midnight") {
            Clock::at(0, 0)
        } else {
            Clock::at(12, 0)
        };
        let (v, e) = on_day(s, k, k + 1, &[c], date);
        (found(s, k, e, FigureKind::Time, Some(v)), e)
    };
    if f.kind != FigureKind::Time {
        return None;
    }
    f.start = s.start(i);
    Some((f, e))
}

/// The article date's year, month or week: "2025", "2025-12", "2025-W52".
fn unit_value(unit: TimeUnit, date: Option<CalendarDate>) -> Option<String> {
    date.and_then(|d| match unit {
        TimeUnit::Year => Some(format!("{:04}", d.year)),
        TimeUnit::Month => Some(format!("{:04}-{:02}", d.year, d.month)),
        TimeUnit::Week => Some(d.iso_week()),
        _ => None,
    })
}

/// A date written in digits after a word that would make it an amount's
/// ("about 2019-Q1", "around 5/12/2019", "how about 2019/Aug/01"): the
/// date, starting at the word, its core at the digits.
fn modified_date(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let words = ["about", "around", "approximately", "roughly", "circa"];
    if !(s.is_any(i, &words) && s.is_space(i + 1) && s.digits(i + 2).is_some()) {
        return None;
    }
    let k = i + 2;
    let (mut f, e) = iso(s, k)
        .or_else(|| year_then_quarter(s, k))
        .or_else(|| slashed(s, k, date))
        .or_else(|| day_first(s, k, date, k))?;
    f.start = s.start(i);
    Some((f, e))
}

/// "early 2009", "mid-2011", "late June", "the late 1970s", "earlier today", "later this year",
/// "the end of last year", "the beginning of the year": the inner date's value
/// over the whole phrase.
fn part_of(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    const PARTS: &[&str] = &["early", "mid", "late", "Early", "Mid", "Late"];
    // "end-May", "end-2016": wire copy's end of a period, glued by a dash.
    let end_dash = s.is_any(i, &["end", "End"]) && s.is_dash(i + 1) && s.glued(i + 2);
    let inner = if s.is_any(i, PARTS) && (s.is_space(i + 1) || s.is_dash(i + 1)) || end_dash {
        let mut k = i + 2;
        // "early on Sunday", "late on Friday".
        if s.is(k, "on") && s.is_space(k + 1) && s.sense(k + 2).weekday > 0 {
            k += 2;
        }
        // "the late 1970s", "mid-1990s", "the early 1590's": the decade.
        let decade_end = s
            .digits(k)
            .filter(|d| d.len() == 4 && d.ends_with('0'))
            .and_then(|_| {
                if s.is(k + 1, "s") && s.glued(k + 1) {
                    Some(k + 2)
                } else {
                    let apostrophe = matches!(s.ch(k + 1), Some('\'' | '’'));
                    (apostrophe && s.is(k + 2, "s")).then_some(k + 3)
                }
            })
            .filter(|&e| s.boundary(e));
        if s.sense(k).weekday > 0 {
            weekday(s, k, date)
        } else if let Some(e) = decade_end {
            let y: i32 = s.str(k).parse().ok()?;
            let decade = seasons::decade_or_century(y);
            Some((found(s, k, e, FigureKind::Date, Some(decade)), e))
        } else if s.digits(k).is_some_and(|d| d.len() == 4) && s.boundary(k + 1) {
            let y = s.str(k);
            Some((
                found(s, k, k + 1, FigureKind::Date, Some(y.to_string())),
                k + 1,
            ))
        } else if s.sense(k).month > 0 {
            month_first(s, k, date, k)
        } else {
            // "late yesterday"; "early this morning", "late tonight": a part
            // of a day, not a clock time.
            relative(s, k, date).filter(|(f, _)| {
                f.kind == FigureKind::Date
                    || f.kind == FigureKind::Time
                        && matches!(&f.value, Some(Value::Text(v)) if !v.contains(':'))
            })
        }
    } else if s.is_any(i, &["earlier", "later"])
        && s.is_space(i + 1)
        && s.is(i + 2, "in")
        && s.is_space(i + 3)
        && s.is(i + 4, "the")
    {
        // "later in the year", "earlier in the week".
        let (unit, e) = this_unit(s, i + 4)?;
        let v = unit_value(unit, date)?;
        Some((found(s, i + 4, e, FigureKind::Date, Some(v)), e))
    } else if s.is_any(i, &["earlier", "later"]) && s.is_space(i + 1) {
        relative(s, i + 2, date).filter(|(f, _)| f.kind == FigureKind::Date)
    } else if let Some(k) = end_of(s, i) {
        if let Some((unit, e)) = this_unit(s, k) {
            Some((found(s, k, e, FigureKind::Date, unit_value(unit, date)), e))
        } else if s.digits(k).is_some_and(|d| d.len() == 4) && s.boundary(k + 1) {
            Some((
                found(s, k, k + 1, FigureKind::Date, Some(s.str(k).to_string())),
                k + 1,
            ))
        } else {
            date_at(s, k, date).filter(|(f, _)| f.kind == FigureKind::Date)
        }
    } else {
        None
    };
    let (mut f, end) = inner?;
    f.start = s.start(i);
    f.core = f.start;
    f.num = f.start;
    Some((f, end))
}

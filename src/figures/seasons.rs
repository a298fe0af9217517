//! Dates named by the calendar of news rather than by numbers: seasons
//! ("last fall", "this summer", "the spring of 2024"), holidays ("Christmas
//! Eve", "Memorial Day", "Thanksgiving"), nights ("last night"), decades and
//! centuries ("the '80s", "the 20th century").
//!
//! Values are TIMEX-style: a season is `YYYY-SP`, `-SU`, `-FA` or `-WI` (the
//! winter that starts in December of YYYY); a holiday is its day, in the
//! article's year unless a year follows or "last"/"next" precedes, and
//! `--MM-DD` for a fixed holiday without an article date; lunar holidays
//! ("Ramadan", "Lunar New Year") have no value; "last night" is the night
//! before the article's day (`YYYY-MM-DDTNI`); a decade is `198`, a century
//! `19`.

use super::candidate::{found, Found};
use super::resolve::{nearest_yearly, tense_after, Toward};
use super::scan::Scan;
use super::vocab::{Rule, HOLIDAYS, HOLIDAYS_ELSEWHERE};
use crate::analysis::FigureKind;
use crate::calendar::CalendarDate;

const SEASONS: &[(&str, u8, &str)] = &[
    ("spring", 0, "SP"),
    ("summer", 1, "SU"),
    ("fall", 2, "FA"),
    ("autumn", 2, "FA"),
    ("winter", 3, "WI"),
];

/// The season of a month (0 spring .. 3 winter) and the year its winter is named by.
fn season_of(d: CalendarDate) -> (i32, u8) {
    match d.month {
        3..=5 => (d.year, 0),
        6..=8 => (d.year, 1),
        9..=11 => (d.year, 2),
        12 => (d.year, 3),
        _ => (d.year - 1, 3),
    }
}

/// "last fall", "this summer", "next spring", "the spring of 2024",
/// "winter 2023", "summer of 2028"; a season without a year or a word that
/// places it ("the fall of the empire", "early spring") is none.
pub(super) fn season(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    let first = s.word(i)?;
    let is = |w: &str| first.eq_ignore_ascii_case(w);
    let shift = if is("last") || is("past") {
        Some(-1)
    } else if is("this") {
        Some(0)
    } else if is("next") || is("coming") {
        Some(1)
    } else {
        // "the spring of 2024"; a season alone with its year: "summer 2028".
        None
    };
    let the = is("the");
    let alone = SEASONS.iter().any(|(n, _, _)| is(n));
    if !alone && (!the && shift.is_none() || !s.is_space(i + 1)) {
        return None;
    }
    let k = if alone { i } else { i + 2 };
    let name = s.word(k)?;
    let &(_, index, code) = SEASONS
        .iter()
        .find(|(n, _, _)| name.eq_ignore_ascii_case(n))?;
    let mut end = k + 1;
    // "the spring of 2024", "last fall, 2023" is not read: "of" only.
    let year = if s.is_space(end) && s.is(end + 1, "of") && s.is_space(end + 2) {
        let y = s.digits(end + 3).filter(|d| d.len() == 4)?;
        end += 4;
        y.parse::<i32>().ok()
    } else if s.is_space(end) && s.digits(end + 1).is_some_and(|d| d.len() == 4) {
        end += 2;
        s.str(end - 1).parse::<i32>().ok()
    } else {
        None
    };
    if !s.boundary(end) {
        return None;
    }
    // "before the summer", "over the winter": the season of the article's
    // year by the tense (not "the spring of discontent", nor a name: "the
    // Summer Olympics"). A season alone, or "the fall" (often a drop), only
    // after a preposition of time that ends its clause ("cuts are due by
    // fall.", "it opens in spring,", "in the fall, prices rose").
    // "throughout the spring and summer": a season after another told with
    // its article in a list (not "during summer and fall", a habit).
    let listed = alone
        && s.back(i).is_some_and(|b| {
            s.is_any(b, &["and", "or"])
                && s.back(b).is_some_and(|p| {
                    SEASONS
                        .iter()
                        .any(|(n, _, _)| s.str(p).eq_ignore_ascii_case(n))
                        && s.back(p).is_some_and(|d| {
                            s.is_any(d, &["the", "this", "last", "next", "past", "coming"])
                        })
                })
        });
    let told_when =
        listed || s.back(i).is_some_and(|b| s.is_any(b, SEASON_PREPOSITIONS)) && s.clause_ends(end);
    let the_season = year.is_none()
        && shift.is_none()
        && (the || alone && told_when)
        && (!name.eq_ignore_ascii_case("fall") || told_when)
        && !(s.is_space(end) && (s.is(end + 1, "of") || s.capitalized(end + 1)));
    let shift = if the_season {
        // Ahead after a word of the future or a deadline ("due by fall"),
        // back in a sentence in the past, else the nearer: one of the next
        // two seasons is ahead ("a speaking slot at the summer convention",
        // told in April), as a month is ([`super::resolve::month_alone`]).
        // With no tense before it, the tense of what follows tells ("In the
        // fall, prices rose").
        Some(match Toward::at(s, i) {
            Toward::Ahead | Toward::After => 2,
            Toward::Nearest | Toward::Soon => match tense_after(s, end) {
                Some(true) => 2,
                Some(false) => -2,
                None => 3,
            },
            Toward::Back | Toward::Before => -2,
        })
    } else {
        shift
    };
    let value = match (year, shift, date) {
        (Some(y), _, _) => Some(format!("{y:04}-{code}")),
        (None, None, _) => return None, // "the fall of the empire"
        (None, Some(n), Some(d)) => {
            let (y, now) = season_of(d);
            let key = |y: i32, idx: u8| i64::from(y) * 4 + i64::from(idx);
            let current = key(y, now);
            let this = key(y, index);
            let pick = match n {
                // "this summer" told in January is the calendar year's, not
                // the one before the winter under way ("this winter" is that
                // winter).
                // Told in November or December of what is ahead ("will open
                // this summer"), the next year's.
                0 if index != 3
                    && d.month >= 11
                    && matches!(Toward::at(s, i), Toward::Ahead | Toward::After) =>
                {
                    key(d.year + 1, index)
                }
                0 if index != 3 => key(d.year, index),
                0 => this,
                // "the summer": the latest begun, or the coming one.
                -2 if this <= current => this,
                -2 => this - 4,
                2 if this >= current => this,
                2 => this + 4,
                // The nearer: begun, or one of the next two.
                3 if this <= current || this - current <= 2 => this,
                3 => this - 4,
                -1 if this < current => this,
                -1 => this - 4,
                _ if this > current => this,
                _ => this + 4,
            };
            Some(format!("{:04}-{code}", pick.div_euclid(4)))
        }
        (None, Some(_), None) => None,
    };
    // "the spring of 2024" starts at "the"; "last fall" at "last".
    Some((found(s, i, end, FigureKind::Date, value), end))
}

/// Prepositions that tell when before a season: "by fall", "in the spring"
/// (any case: `Scan::is_any` ignores it).
const SEASON_PREPOSITIONS: &[&str] = &[
    "in", "by", "until", "till", "before", "since", "through", "during", "over",
];

/// Nouns after a holiday that make it name something else than its day.
const ATTRIBUTIVE: &[&str] = &[
    "sales",
    "sale",
    "shopping",
    "season",
    "period",
    "holidays",
    "holiday",
    "break",
    "party",
    "parties",
    "tree",
    "trees",
    "card",
    "cards",
    "market",
    "markets",
    "dinner",
    "lunch",
    "message",
    "address",
    "spending",
    "rush",
    "week",
    "weekend",
    "trading",
    "quarter",
    "travel",
    // Things of the holiday: "in a Christmas ad", "images of Christmas gifts",
    // "Halloween masks".
    "ad",
    "ads",
    "advert",
    "commercial",
    "gift",
    "gifts",
    "present",
    "presents",
    "mask",
    "masks",
    "costume",
    "costumes",
    "decoration",
    "decorations",
    "lights",
    "song",
    "songs",
    "carol",
    "carols",
    "music",
    "movie",
    "movies",
    "film",
    "special",
    "cookies",
    "candy",
    "spirit",
    "cheer",
    "miracle",
    "bonus",
    "bonuses",
    "story",
    "stories",
    "greetings",
    "wishes",
    "menu",
    "feast",
    "parade",
    "episode",
    "album",
    "video",
    "theme",
    "themed",
    "tradition",
    "traditions",
    "ornament",
    "ornaments",
    "stocking",
    "stockings",
    "display",
    "displays",
    "egg",
    "eggs",
    "turkey",
    "turkeys",
    "sweater",
    "sweaters",
    "shopper",
    "shoppers",
    "leftovers",
    "deals",
    "pudding",
    "bunny",
    "pumpkin",
    "pumpkins",
];

/// Words that tell when before a holiday: "on Christmas", "by Easter",
/// "last Easter" (not "in", unlike a season's [`SEASON_PREPOSITIONS`]: "in
/// Easter Island").
const HOLIDAY_PREPOSITIONS: &[&str] = &[
    "on", "by", "at", "before", "after", "since", "until", "till", "over", "through", "during",
    "around", "for", "last", "next", "this",
];

/// Capitalized words after a holiday that tell of its day, no name: "Christmas
/// Eve Mass", "the Easter Vigil", "the Anzac Day Dawn Service", "the
/// Thanksgiving Day Parade".
const HOLIDAY_EVENTS: &[&str] = &[
    "Mass",
    "Vigil",
    "Service",
    "Services",
    "Weekend",
    "Morning",
    "Night",
    "Evening",
    "Afternoon",
    "Iftar",
    "Dawn",
    "Parade",
];

/// The most words a holiday's name has ("International Holocaust
/// Remembrance Day"), from [`HOLIDAYS`].
const LONGEST_HOLIDAY: usize = {
    let mut longest = 0;
    let mut n = 0;
    while n < HOLIDAYS.len() {
        if HOLIDAYS[n].0.len() > longest {
            longest = HOLIDAYS[n].0.len();
        }
        n += 1;
    }
    longest
};

/// Easter Sunday of `year` (the Gregorian computus).
fn easter(year: i32) -> Option<CalendarDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CalendarDate::new(year, month as u8, day as u8)
}

/// The day of `rule` in `year`.
fn day_of(rule: &Rule, year: i32) -> Option<CalendarDate> {
    match *rule {
        Rule::Fixed(m, d) => CalendarDate::new(year, m, d),
        Rule::Nth(m, weekday, n) => {
            let first = CalendarDate::new(year, m, 1)?;
            let offset = i64::from((7 + weekday - first.weekday()) % 7);
            let mut day = first.add_days(offset + 7 * i64::from(n.min(5) - 1));
            while day.month != m {
                day = day.add_days(-7);
            }
            Some(day)
        }
        Rule::NthPlus(m, weekday, n, days) => {
            day_of(&Rule::Nth(m, weekday, n), year).map(|d| d.add_days(days))
        }
        Rule::Easter(days) => easter(year).map(|e| e.add_days(days)),
        Rule::Table(days) => days
            .iter()
            .find(|&&(y, _, _)| y == year)
            .and_then(|&(y, m, d)| CalendarDate::new(y, m, d)),
        Rule::Lunar => None,
    }
}

/// The word at atom `k`, lowercase, with a possessive joined ("year's",
/// "presidents'" whether the lexer split the apostrophe off or not), and the
/// index after it.
fn holiday_word(s: &Scan, k: usize) -> Option<(String, usize)> {
    let w = s.word(k)?.to_ascii_lowercase().replace('’', "'");
    // "St. Patrick's Day", "Martin Luther King Jr. Day": an abbreviation
    // with its point.
    if (w == "st" || w == "jr") && s.is_ch(k + 1, '.') && s.is_space(k + 2) {
        return Some((w, k + 2));
    }
    if s.is_ch(k + 1, '\'') || s.is_ch(k + 1, '’') {
        if s.is(k + 2, "s") && s.boundary(k + 3) {
            return Some((format!("{w}'s"), k + 3));
        }
        // "Presidents' Day"; not a closing quote mark ("‘Christmas Eve’").
        if w.ends_with('s') {
            return Some((format!("{w}'"), k + 2));
        }
    }
    Some((w, k + 1))
}

/// Whether the word at atom `k` is a word of a holiday's name ("Eve", "Day").
pub(super) fn holiday_word_at(s: &Scan, k: usize) -> bool {
    holiday_word(s, k).is_some_and(|(w, _)| {
        HOLIDAYS
            .iter()
            .any(|(names, _)| names.contains(&w.as_str()))
    })
}

/// Whether the weekday at atom `i` ends a holiday's name: "Monday" of
/// "Cyber Monday sales", where the holiday names a season of trade and is no
/// figure; the weekday is no day of its own either.
pub(super) fn ends_a_holiday(s: &Scan, i: usize) -> bool {
    let Some(b) = s.back(i) else {
        return false;
    };
    let (Some(first), Some(last)) = (holiday_word(s, b), holiday_word(s, i)) else {
        return false;
    };
    HOLIDAYS
        .iter()
        .any(|(names, _)| names.len() == 2 && names[0] == first.0 && names[1] == last.0)
        && s.capitalized(b)
}

/// A holiday at atom `i` ("Christmas Eve", "Memorial Day", "Thanksgiving"),
/// capitalized, with an optional year after it and "last"/"next" before it.
pub(super) fn holiday(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !s.sense(i).holiday_start || !s.capitalized(i) {
        return None;
    }
    // The holiday's words in order, each with the atom after it.
    let mut words: Vec<(String, usize)> = Vec::with_capacity(LONGEST_HOLIDAY);
    let mut k = i;
    while words.len() < LONGEST_HOLIDAY {
        let Some((w, next)) = holiday_word(s, k) else {
            break;
        };
        words.push((w, next));
        if !s.is_space(next) {
            break;
        }
        k = next + 1;
    }
    let (names, rule) = HOLIDAYS.iter().find(|(names, _)| {
        names.len() <= words.len() && names.iter().zip(&words).all(|(n, (w, _))| n == w)
    })?;
    // India's Independence Day, Canada's Thanksgiving: in a story that
    // names that country more often than the United States.
    let mut us = None;
    let rule = HOLIDAYS_ELSEWHERE
        .iter()
        .find(|(code, other, _)| {
            other == names && super::money::told_more_than_us(s.text, code, &mut us)
        })
        .map_or(rule, |(_, _, r)| r);
    let end = words[names.len() - 1].1;
    if !s.boundary(end) {
        return None;
    }
    // "over Memorial Day weekend", "the Labor Day holiday weekend": the
    // weekend of the holiday, one figure.
    let weekend = [end + 1, end + 3].into_iter().find(|&w| {
        s.is(w, "weekend")
            && s.is_space(w - 1)
            && (w == end + 1 || s.is_any(end + 1, &["holiday", "long"]) && s.is_space(end + 2))
    });
    // "Christmas sales", "the Christmas shopping season": the holiday names
    // a season of trade or a thing, not a day.
    if weekend.is_none() && s.is_space(end) && s.is_any(end + 1, ATTRIBUTIVE) {
        return None;
    }
    let end = weekend.map_or(end, |w| w + 1);
    // "Easter Seals", "the Christmas Island police": a name, when the
    // holiday is told after no word of time ("on Christmas Trump tweeted"
    // is the day).
    let told_when = s
        .back(i)
        .is_none_or(|b| s.sentence_ends(b) || s.is_any(b, HOLIDAY_PREPOSITIONS));
    let named = s.is_space(end)
        && s.capitalized(end + 1)
        && s.word(end + 1).is_some_and(|w| w.len() > 1)
        && !s.is_any(end + 1, HOLIDAY_EVENTS);
    if named && !told_when {
        return None;
    }
    // "last Easter", "next Christmas", "this Thanksgiving": the last one
    // before the article date, the first after it, the article year's; the
    // word is part of the figure.
    let before = s.back(i);
    let told_by = before.and_then(|b| {
        let w = s.word(b)?;
        let toward = if w.eq_ignore_ascii_case("last") {
            Toward::Before
        } else if w.eq_ignore_ascii_case("next") {
            Toward::After
        } else if w.eq_ignore_ascii_case("this") {
            Toward::Nearest
        } else {
            return None;
        };
        Some((b, toward, w.eq_ignore_ascii_case("this")))
    });
    // "Christmas 2015", "Memorial Day weekend in 2015": the year told.
    let year_at = |k: usize| s.is_space(k) && s.digits(k + 1).is_some_and(|d| d.len() == 4);
    let in_year = s.is_space(end) && s.is(end + 1, "in") && year_at(end + 2);
    let told = year_at(end) || in_year;
    let (year, end) = if in_year {
        (s.str(end + 3).parse::<i32>().ok(), end + 4)
    } else if told {
        (s.str(end + 1).parse::<i32>().ok(), end + 2)
    } else {
        (date.map(|d| d.year), end)
    };
    // Told without a year: "last"/"next" as above, or the one nearest the
    // article date, ahead when the sentence speaks of the future. Not
    // Election Day: US news speaks of the coming general election from
    // January on, and of the last one until the year ends, so it is the
    // article year's ("this" Thanksgiving too).
    let nearest = match (date, told_by) {
        (Some(_), Some((_, _, true))) => None,
        (Some(d), Some((_, toward, false))) if !told => {
            nearest_yearly(d, |y| day_of(rule, y), toward)
        }
        (Some(d), None) if !told && names[0] != "election" => {
            nearest_yearly(d, |y| day_of(rule, y), Toward::of_holiday(s, i))
        }
        _ => None,
    };
    let start = told_by.map_or(i, |(b, _, _)| b);
    let day = match (rule, year) {
        (Rule::Lunar, _) => None,
        _ if nearest.is_some() => nearest,
        (_, Some(y)) => day_of(rule, y),
        _ => None,
    };
    let value = match (day, rule) {
        (Some(d), _) if weekend.is_some() => Some(holiday_weekend(d)),
        (Some(d), _) => Some(d.iso()),
        (None, Rule::Fixed(m, d)) if weekend.is_none() && year.is_none() => {
            Some(format!("--{m:02}-{d:02}"))
        }
        (None, _) => None,
    };
    let mut f = found(s, start, end, FigureKind::Date, value);
    f.core = s.start(i);
    Some((f, end))
}

/// The weekend of a holiday on day `d`, as TimeML values a weekend
/// ("2024-W21-WE"): the one whose Saturday is nearest the day (Memorial
/// Day's Monday closes the weekend before it; Thanksgiving's Thursday and
/// Good Friday open the one after).
fn holiday_weekend(d: CalendarDate) -> String {
    let to_saturday = 5 - i64::from(d.weekday());
    let to_saturday = if to_saturday > 3 {
        to_saturday - 7
    } else {
        to_saturday
    };
    format!("{}-WE", d.add_days(to_saturday).iso_week())
}

/// "the first Monday of October", "the last Thursday in November 2025",
/// "the second Sunday of May": the day of a month told by its weekday's
/// place, valued as a holiday's rule is (the year told, else the nearest such
/// day by the tense).
pub(super) fn nth_weekday(
    s: &Scan,
    i: usize,
    date: Option<CalendarDate>,
) -> Option<(Found, usize)> {
    let k = if s.is_any(i, &["the", "The"]) && s.is_space(i + 1) {
        i + 2
    } else {
        i
    };
    let n = match s.sense(k).ordinal {
        Some(o) if (1.0..=5.0).contains(&o) && o.fract() == 0.0 => o as u8,
        _ if s.is_any(k, &["last", "Last"]) => 5,
        _ => return None,
    };
    let weekday = s.sense(k + 2).weekday;
    let month = s.sense(k + 6).month;
    let told = s.is_space(k + 1)
        && weekday > 0
        && s.str(k + 2).len() >= 6
        && s.is_space(k + 3)
        && s.is_any(k + 4, &["of", "in"])
        && s.is_space(k + 5)
        && month > 0
        && s.capitalized(k + 6);
    if !told {
        return None;
    }
    let rule = Rule::Nth(month, weekday - 1, n);
    let mut end = k + 7;
    let year = if s.is_space(end) && s.digits(end + 1).is_some_and(|d| d.len() == 4) {
        end += 2;
        s.str(end - 1).parse::<i32>().ok()
    } else {
        None
    };
    let day = match (year, date) {
        (Some(y), _) => day_of(&rule, y),
        (None, Some(d)) => nearest_yearly(d, |y| day_of(&rule, y), Toward::at(s, i)),
        (None, None) => None,
    };
    let value = day.map(CalendarDate::iso);
    Some((found(s, i, end, FigureKind::Date, value), end))
}

/// "last night": the night before the article's day.
pub(super) fn last_night(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !(s.is_any(i, &["last", "Last"]) && s.is_space(i + 1) && s.is(i + 2, "night")) {
        return None;
    }
    let value = date.map(|d| format!("{}TNI", d.add_days(-1).iso()));
    Some((found(s, i, i + 3, FigureKind::Time, value), i + 3))
}

/// "the '80s", "the 70s", "the early '80s" ("the 1980s" is read elsewhere,
/// centuries by [`century`]).
pub(super) fn decade(s: &Scan, i: usize, date: Option<CalendarDate>) -> Option<(Found, usize)> {
    if !(s.is(i, "the") && s.is_space(i + 1)) {
        return None;
    }
    let mut k = i + 2;
    // "the early '80s", "the late 1990s", "the mid-80s" keep their part.
    if s.is_any(k, &["early", "mid", "late"]) && (s.is_space(k + 1) || s.is_dash(k + 1)) {
        k += 2;
    }
    // '80s: an apostrophe (or an opening quote typed for one, "the ‘20s"),
    // two digits, "s"; in the latest century that does not pass the
    // article's year ("the '20s" told in 2016 are the 1920s).
    if matches!(s.ch(k), Some('\'' | '’' | '‘'))
        && s.digits(k + 1).is_some_and(|d| d.len() == 2)
        && s.is(k + 2, "s")
        // "the '60s-era music": before a compound's dash too.
        && s.ends_or_joins(k + 3)
    {
        let yy: i32 = s.str(k + 1).parse().ok()?;
        let value = format!("{}", super::resolve::two_digit_year(yy, date, 0) / 10);
        return Some((found(s, i, k + 3, FigureKind::Date, Some(value)), k + 3));
    }
    // Not the tens of the weather or a score: "temperatures will climb into
    // the 90s", "highs in the eighties", "winds gusted into the sixties",
    // "scores were in the nineties" (not prices or shares: "prices were
    // lower in the nineties" is the decade).
    const LEVELS: &[&str] = &[
        "temperature",
        "temperatures",
        "highs",
        "lows",
        "degrees",
        "heat",
        "mercury",
        "thermometer",
        "winds",
        "gusts",
        "gusted",
        "mph",
        "score",
        "scores",
        "scored",
        "readings",
    ];
    let level = || super::resolve::sentence_before(s, i, 30).any(|b| s.is_any(b, LEVELS));
    // "the nineties", "the Sixties", "the Roaring Twenties": a decade in
    // words; the twenties to forties only capitalized ("temperatures in the
    // forties", "in the thirties" of ages and degrees).
    let roaring = s.is(k, "Roaring") && s.is_space(k + 1) && s.is(k + 2, "Twenties");
    let w = if roaring { k + 2 } else { k };
    if let Some(tens) = s.word(w).and_then(decade_word) {
        if (tens >= 5 || s.capitalized(w)) && s.boundary(w + 1) && !level() {
            let yy = if roaring {
                1920
            } else {
                super::resolve::two_digit_year(tens * 10, date, 0)
            };
            let value = format!("{}", yy / 10);
            return Some((found(s, i, w + 1, FigureKind::Date, Some(value)), w + 1));
        }
    }
    // "at the turn of the century", "the turn of the millennium": the year
    // that turned, the last before the article's ("2000" told in 2020).
    let turn = ["turn", "of", "the"]
        .iter()
        .enumerate()
        .all(|(n, w)| s.is(k + 2 * n, w) && s.is_space(k + 2 * n + 1));
    if k == i + 2 && turn && s.is_any(k + 6, &["century", "millennium"]) && s.boundary(k + 7) {
        let step = if s.is(k + 6, "century") { 100 } else { 1000 };
        let value = date.map(|d| format!("{:04}", d.year.div_euclid(step) * step));
        return Some((found(s, i, k + 7, FigureKind::Date, value), k + 7));
    }
    // "the 70s": two digits of a decade glued to "s", after "the".
    decade_in_two_digits(s, i, k).filter(|_| !level())
}

/// The value of the years a four-digit year `y` ending in 0 opens, told with
/// "s" ("the 1990s", "the late 1970s"): a century's hundred years before
/// 2000, as news means "the 1800s" and "the early 1900s" (TIMEX3's "18",
/// "19"), else the decade ("199", "200" for "the 2000s").
pub(super) fn decade_or_century(y: i32) -> String {
    if y % 100 == 0 && y < 2000 {
        format!("{}", y / 100)
    } else {
        format!("{}", y / 10)
    }
}

/// The tens of a decade named in words, any case: "twenties" is 2, "nineties"
/// 9.
fn decade_word(word: &str) -> Option<i32> {
    super::vocab::DECADE_WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(word))
        .map(|p| p as i32 + 2)
}

/// A century told by its ordinal: "the 20th century", "the late 19th
/// century", "13th-century manuscripts", "the nineteenth century", "the
/// 16th century BC", and each end of "the 19th and 20th centuries" ("the
/// 19th", "20th centuries"). Valued as TIMEX3 writes a century, by the two
/// digits its years start with ("19" for the 20th); before Christ as TIDES
/// writes years BC, "BC15".
pub(super) fn century(s: &Scan, i: usize) -> Option<(Found, usize)> {
    let mut k = i;
    if s.is(k, "the") && s.is_space(k + 1) {
        k += 2;
    }
    // "the late 19th century", "late-19th-century".
    if s.is_any(k, &["early", "mid", "late"]) && (s.is_space(k + 1) || s.is_dash(k + 1)) {
        k += 2;
    }
    // "20th": digits glued to "th", "st", "nd", "rd"; or a word, "twentieth".
    let (v, sep) = match s.digits(k) {
        Some(d) if s.is_any(k + 1, &["th", "st", "nd", "rd"]) => (d.parse::<u32>().ok()?, k + 2),
        Some(_) => return None,
        None => {
            let n = super::numbers::number(s, k, false).filter(|n| n.ordinal && n.words)?;
            (n.value.filter(|v| v.fract() == 0.0)? as u32, n.end)
        }
    };
    // "the 22nd century": to the 30th.
    if !(1..=30).contains(&v) {
        return None;
    }
    let joined = s.is_space(sep) || s.is_dash(sep);
    // "21st Century Fox", "the 21st Century Cures Act": a name's.
    let name = s.is_space(sep + 2)
        && s.word(sep + 3).is_some()
        && s.capitalized(sep + 3)
        && s.capitalized(sep + 1)
        && !s.str(sep + 1).chars().all(|c| c.is_uppercase());
    // "his ninth century in one-day cricket": a hundred runs.
    let cricket = super::lookalikes::cricket_unit(s, sep + 1);
    let end = if joined && s.is_any(sep + 1, &["century", "centuries"]) && !name && !cricket {
        sep + 2
    } else if s.is_space(sep)
        && s.is_any(sep + 1, &["and", "or", "to"])
        && s.is_space(sep + 2)
        && century(s, sep + 3).is_some()
    {
        // "the 19th and 20th centuries": the first, up to its ordinal.
        sep
    } else {
        return None;
    };
    let (end, before_christ) = match era(s, end) {
        Some((e, bc)) => (e, bc),
        None => (end, false),
    };
    let value = if before_christ {
        format!("BC{:02}", v - 1)
    } else {
        format!("{:02}", v - 1)
    };
    Some((found(s, i, end, FigureKind::Date, Some(value)), end))
}

/// A year with its era: "44 BC", "in 79 AD", "AD 51", "753 B.C.", "185
/// BCE", valued as TIDES writes years ("BC0044", "0079"); the era is what
/// tells that a number of one to four digits is a year.
pub(super) fn year_with_era(s: &Scan, i: usize) -> Option<(Found, usize)> {
    // Digits that go on past a point or comma ("44,000 BC", "2.5") are no year.
    let year = |k: usize| {
        let goes_on = (s.is_ch(k + 1, '.') || s.is_ch(k + 1, ',')) && s.digits(k + 2).is_some();
        s.digits(k)
            .filter(|d| d.len() <= 4 && !d.starts_with('0'))
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|_| s.boundary(k + 1) && !goes_on)
    };
    // "AD 51": the era first (never "BC").
    if s.is(i, "AD") && s.is_space(i + 1) {
        let k = i + 2;
        let y = year(k)?;
        return Some((
            found(s, i, k + 1, FigureKind::Date, Some(format!("{y:04}"))),
            k + 1,
        ));
    }
    let y = year(i)?;
    let (end, before_christ) = era(s, i + 1)?;
    // "5 AD units", "10 CE credits": letters of something counted.
    let counted = s.is_space(end)
        && s.word(end + 1)
            .is_some_and(|w| w.len() > 2 && w.ends_with('s') && !s.capitalized(end + 1));
    if counted && !before_christ {
        return None;
    }
    let value = if before_christ {
        format!("BC{y:04}")
    } else {
        format!("{y:04}")
    };
    Some((found(s, i, end, FigureKind::Date, Some(value)), end))
}

/// The era written after a year or century at atom `k` (after a space):
/// "BC", "BCE", "B.C.", "AD", "A.D.", "CE", "C.E."; the atom after it, and
/// whether it is before Christ.
fn era(s: &Scan, k: usize) -> Option<(usize, bool)> {
    if !s.is_space(k) {
        return None;
    }
    let w = k + 1;
    // "B.C." and "A.D.": letters and points.
    if s.is_ch(w + 1, '.') && s.is_ch(w + 3, '.') {
        return match (s.str(w), s.str(w + 2)) {
            ("B", "C") => Some((w + 4, true)),
            ("A", "D") | ("C", "E") => Some((w + 4, false)),
            _ => None,
        };
    }
    match s.str(w) {
        "BC" | "BCE" if s.boundary(w + 1) => Some((w + 1, true)),
        "AD" | "CE" if s.boundary(w + 1) => Some((w + 1, false)),
        _ => None,
    }
}

/// The decade at atom `k` written in two digits glued to "s" or "'s", from
/// the 50s to the 90s ("70s", "60's"; not "75s"), as a figure from atom `i`: "the 70s" is the
/// 1970s. Not "the 30s": without an apostrophe, the decades below 50 are as
/// often numbers in the thirties ("her support remains in the 30s").
fn decade_in_two_digits(s: &Scan, i: usize, k: usize) -> Option<(Found, usize)> {
    let d = s
        .digits(k)
        .filter(|d| d.len() == 2 && d.ends_with('0') && d.as_bytes()[0] >= b'5')?;
    // Spaced, or after the dash of "mid-", "late-".
    if s.glued(k) && !s.is_dash(k.wrapping_sub(1)) {
        return None;
    }
    // "the 70s", and "the 60's" as informal text writes it.
    let end = if s.is(k + 1, "s") && s.glued(k + 1) {
        k + 2
    } else if matches!(s.ch(k + 1), Some('\'' | '’'))
        && s.glued(k + 1)
        && s.is(k + 2, "s")
        && s.glued(k + 2)
    {
        k + 3
    } else {
        return None;
    };
    if !s.boundary(end) {
        return None;
    }
    let value = format!("19{}", &d[..1]);
    Some((found(s, i, end, FigureKind::Date, Some(value)), end))
}

/// A decade in two digits at atom `k` after another decade and "and", "or",
/// "to": "80s" in "the 70s and 80s", "the 1970s to 80s".
pub(super) fn next_decade(s: &Scan, k: usize) -> Option<(Found, usize)> {
    let conj = s.back(k).filter(|&c| s.is_any(c, &["and", "or", "to"]))?;
    let b = s.back(conj)?;
    let d = b.checked_sub(1)?;
    if !(s.is(b, "s") && s.glued(b)) {
        return None;
    }
    // "1970s"; "'70s"; "the 70s", "the late 70s" (not "their 70s": ages).
    let decade_before = match s.digits(d) {
        Some(x) if x.len() == 4 && x.ends_with('0') => true,
        Some(x) if x.len() == 2 && x.ends_with('0') => {
            matches!(s.ch(d.wrapping_sub(1)), Some('\'' | '’'))
                || s.back(d)
                    .is_some_and(|w| s.is_any(w, &["the", "The", "early", "mid", "late"]))
        }
        _ => false,
    };
    if !decade_before {
        return None;
    }
    decade_in_two_digits(s, k, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_fall_on_their_days() {
        assert_eq!(
            easter(2025).map(CalendarDate::iso).as_deref(),
            Some("2025-04-20")
        );
        assert_eq!(
            easter(2024).map(CalendarDate::iso).as_deref(),
            Some("2024-03-31")
        );
        let thanksgiving = day_of(&Rule::Nth(11, 3, 4), 2025).map(CalendarDate::iso);
        assert_eq!(thanksgiving.as_deref(), Some("2025-11-27"));
        let memorial = day_of(&Rule::Nth(5, 0, 5), 2025).map(CalendarDate::iso);
        assert_eq!(memorial.as_deref(), Some("2025-05-26"));
        let labor = day_of(&Rule::Nth(9, 0, 1), 2025).map(CalendarDate::iso);
        assert_eq!(labor.as_deref(), Some("2025-09-01"));
    }
}

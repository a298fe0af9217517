//! The figures of short texts, case by case; and the scanner's speed.

use super::*;

/// The figures of `text` read on `date`, as (text, kind, value, unit, counts).
fn figures(text: &str, date: Option<&str>) -> Vec<(String, FigureKind, String, String, String)> {
    let date = date.and_then(CalendarDate::parse_iso);
    scan(text, date)
        .into_iter()
        .map(|f| {
            let value = match &f.value {
                Some(Value::Number(n)) => format_number(*n),
                Some(Value::Range([a, b])) => {
                    format!("{}..{}", format_number(*a), format_number(*b))
                }
                Some(Value::Text(t)) => t.clone(),
                None => "null".to_string(),
            };
            let counts = f.counts.and_then(|(a, b)| text.get(a..b)).unwrap_or("");
            (
                text[f.start..f.end].to_string(),
                f.kind,
                value,
                f.unit.unwrap_or("").to_string(),
                counts.to_string(),
            )
        })
        .collect()
}

/// One case a line: the text, the figure expected in it (as written),
/// its kind and value, and optionally its unit (or what it counts).
macro_rules! t {
    ($text:expr => $span:expr, $kind:ident, $value:expr) => {
        t!(@on None, $text => $span, $kind, $value, None)
    };
    ($text:expr => $span:expr, $kind:ident, $value:expr, $unit:expr) => {
        t!(@on None, $text => $span, $kind, $value, Some($unit))
    };
    (on $date:expr, $text:expr => $span:expr, $kind:ident, $value:expr) => {
        t!(@on Some($date), $text => $span, $kind, $value, None)
    };
    (@on $date:expr, $text:expr => $span:expr, $kind:ident, $value:expr, $unit:expr) => {{
        let found = figures($text, $date);
        let hit = found.iter().find(|f| f.0 == $span);
        let Some(f) = hit else {
            panic!("{:?}: no figure {:?} in {:?}", $text, $span, found);
        };
        assert_eq!(f.1, FigureKind::$kind, "kind of {:?} in {:?}", $span, $text);
        assert_eq!(f.2, $value, "value of {:?} in {:?}", $span, $text);
        let unit: Option<&str> = $unit;
        if let Some(u) = unit {
            assert!(f.3 == u || f.4 == u, "unit or counts of {:?} in {:?}: {:?}", $span, $text, f);
        }
    }};
}

/// No figure at all in the text, or none with the given text.
macro_rules! none {
    ($text:expr) => {
        let found = figures($text, None);
        assert!(found.is_empty(), "{:?}: unexpected {:?}", $text, found);
    };
    ($text:expr => $span:expr) => {
        let found = figures($text, None);
        assert!(
            !found.iter().any(|f| f.0 == $span),
            "{:?}: unexpected {:?} in {:?}",
            $text,
            $span,
            found
        );
    };
}

#[test]
fn numbers() {
    t!("Officials counted 1,200 ballots." => "1,200", Number, "1200", "ballots");
    t!("The rate rose to 3.5 on Monday." => "3.5", Number, "3.5");
    t!("They launched almost 500 drones overnight." => "almost 500", Number, "500", "drones");
    t!("He fired more than 40 missiles." => "more than 40", Number, "40", "missiles");
    t!("Dozens were hospitalised." => "Dozens", Number, "null");
    t!("Hundreds of people gathered." => "Hundreds", Number, "null", "people");
    t!("It has twenty-five members." => "twenty-five", Number, "25", "members");
    t!("She bought a dozen eggs." => "a dozen", Number, "12", "eggs");
    t!("Two-thirds of voters agreed." => "Two-thirds", Number, "0.6666666666666666");
    t!("A 20-point plan was agreed." => "20", Number, "20");
    t!("Between 10-15 boats sank." => "10-15", Number, "10..15", "boats");
    t!("They sold 1.2bn shares." => "1.2bn", Number, "1200000000", "shares");
    t!("We need 40 million doses." => "40 million", Number, "40000000", "doses");
    t!("Team finished third." => "third", Ordinal, "3");
    t!("The 21st century began." => "The 21st century", Date, "20");
    t!("Temperatures fell by a fifth." => "a fifth", Number, "0.2");
    t!("Jobs rose by 40,000 to 1.4 million." => "1.4 million", Number, "1400000");
    t!("Jobs rose by 40,000 to 1.4 million." => "40,000", Number, "40000");
    t!("Rates fell from 5% to 4%." => "4%", Percent, "4");
    t!("It will help 2.5m families." => "2.5m", Number, "2500000", "families");
    t!("Officials said 12,34,567 people voted." => "12,34,567", Number, "1234567");
    // Counts of a part and counts that point back, as MUC-7 and OntoNotes tag them.
    t!("One of them left." => "One", Number, "1");
    t!("The two companies merged." => "two", Number, "2", "companies");
}

#[test]
fn percents_and_money() {
    t!("Prices rose 5% last year." => "5%", Percent, "5");
    t!("Prices rose 5 per cent." => "5 per cent", Percent, "5");
    t!("Turnout was five percent higher." => "five percent", Percent, "5");
    t!("Rates rose 5 percentage points." => "5 percentage points", Percent, "5", "percentage points");
    t!("The deal is worth $1.2bn." => "$1.2bn", Money, "1200000000", "USD");
    t!("It cost £40 million to build." => "£40 million", Money, "40000000", "GBP");
    t!("It raised 40m euros in a year." => "40m euros", Money, "40000000", "EUR");
    t!("Tickets cost Rs 500 each." => "Rs 500", Money, "500", "INR");
    t!("A meal costs US$3 here." => "US$3", Money, "3", "USD");
    t!("Revenue of $1MM is the target." => "$1MM", Money, "1000000", "USD");
    t!("Bids ranged from $5 to $10." => "$5 to $10", Money, "5..10", "USD");
    t!("Stamps cost 50 cents now." => "50 cents", Money, "0.5", "USD");
    t!("It cost three dollars and fifty" => "three dollars and fifty", Money, "3.5", "USD");
    t!("It cost three dollars and fifty." => "three dollars and fifty", Money, "3.5", "USD");
    t!("It cost three dollars and fifty, he said." => "three dollars and fifty", Money, "3.5", "USD");
    t!("He paid three dollars and fifty people came." => "three dollars", Money, "3", "USD");
    t!("They paid 125 million Australian dollars for it." => "125 million Australian dollars", Money, "125000000", "AUD");
    t!("About €2 million was spent." => "About €2 million", Money, "2000000", "EUR");
    t!("He earns £5,000-a-year." => "£5,000", Money, "5000", "GBP");
    t!("Growth of 5-10% is likely." => "5-10%", Percent, "5..10");
    t!("They won by 52% to 48%." => "48%", Percent, "48");
    t!("A range of 4.25%-4.5% was set." => "4.25%-4.5%", Percent, "4.25..4.5");
    t!("It cut rates by a quarter of a percentage point." => "a quarter of a percentage point", Percent, "0.25");
    t!("Apple sold 50.6m iPhones." => "50.6m", Number, "50600000", "iPhones");
    t!("It cost between $5m and $10m." => "between $5m and $10m", Money, "5000000..10000000", "USD");
}

#[test]
fn quantities() {
    t!("The road is 29 km long." => "29 km", Quantity, "29", "km");
    t!("They walked 10 miles." => "10 miles", Quantity, "10", "miles");
    t!("It weighs 200kg in all." => "200kg", Quantity, "200", "kg");
    t!("It shipped 5,000 tonnes of grain." => "5,000 tonnes", Quantity, "5000", "tonnes");
    t!("It reached 40°C in July." => "40°C", Quantity, "40", "°C");
    t!("The plant makes 300 MW of power." => "300 MW", Quantity, "300", "MW");
    t!("Output fell by 500,000 barrels a day." => "500,000 barrels", Quantity, "500000", "barrels");
    t!("The flat is 60 square metres." => "60 square metres", Quantity, "60", "square metres");
    t!("A 10-year-old boy was hurt." => "10-year-old", Quantity, "10", "years");
    t!("A six-month-old baby was hurt." => "six-month-old", Quantity, "6", "months");
    t!("A three-week-old foal was born." => "three-week-old", Quantity, "3", "weeks");
    t!("It is a six-mile trip." => "six-mile", Quantity, "6", "miles");
    t!("Temperatures dropped to -3C overnight." => "-3C", Quantity, "-3", "°C");
    t!("He ran the 100m in 9.58 seconds." => "100m", Quantity, "100", "m");
}

#[test]
fn dates_and_times() {
    t!("Published 28 December 2025 in London." => "28 December 2025", Date, "2025-12-28");
    t!("Filed on Dec. 28 by staff." => "Dec. 28", Date, "--12-28");
    t!(on "2025-12-30", "Filed on Dec. 28 by staff." => "Dec. 28", Date, "2025-12-28");
    t!(on "2025-12-28", "It ends on Jan. 5, officials said." => "Jan. 5", Date, "2026-01-05");
    t!(on "2025-12-28", "She was elected in May." => "May", Date, "2025-05");
    t!(on "2025-03-10", "The vote is due on 28 April." => "28 April", Date, "2025-04-28");
    t!(on "2011-04-13", "The vote is on June 28." => "June 28", Date, "2011-06-28");
    t!(on "2011-04-13", "The vote was on December 28." => "December 28", Date, "2010-12-28");
    t!(on "2011-04-13", "They will vote on 1 April." => "1 April", Date, "2012-04-01");
    t!(on "2011-04-13", "They voted on 1 April." => "1 April", Date, "2011-04-01");
    t!(on "2025-03-10", "It closed in November." => "November", Date, "2024-11");
    t!("Dated 2025-12-28." => "2025-12-28", Date, "2025-12-28");
    t!("It was founded in 1996." => "1996", Date, "1996");
    t!("Monday, July 28, 2014" => "Monday, July 28, 2014", Date, "2014-07-28");
    t!(on "2025-12-28", "It happened on Saturday." => "Saturday", Date, "2025-12-27");
    t!(on "2025-12-28", "It happened on Sunday." => "Sunday", Date, "2025-12-28");
    t!(on "2025-12-28", "They will meet on Tuesday." => "Tuesday", Date, "2025-12-30");
    t!(on "2025-12-28", "They met on Tuesday." => "Tuesday", Date, "2025-12-23");
    t!(on "2025-12-28", "It rose in the third quarter." => "the third quarter", Date, "2025-Q3");
    t!(on "2025-12-28", "The talks start at 3pm." => "3pm", Time, "2025-12-28T15:00");
    t!("It happened on Saturday." => "Saturday", Date, "null");
    // Told on a Sunday (28 December 2025), "last week" is the week ending.
    t!(on "2025-12-28", "They met last week." => "last week", Date, "2025-W52");
    t!(on "2025-12-27", "They met last week." => "last week", Date, "2025-W51");
    t!(on "2025-12-28", "They met yesterday." => "yesterday", Date, "2025-12-27");
    t!(on "2025-12-28", "It ended two years ago." => "two years ago", Date, "2023");
    t!("The talks start at 3pm." => "3pm", Time, "T15:00");
    t!("The talks start at 15:30 GMT." => "15:30 GMT", Time, "T15:30Z");
    t!("He served 20 years in jail." => "20 years", Duration, "P20Y");
    t!("It took three months." => "three months", Duration, "P3M");
    t!("It took 48 hours." => "48 hours", Duration, "PT48H");
    t!("It took an hour and a half." => "an hour and a half", Duration, "PT1.5H");
    t!("It took one hour and a half." => "one hour and a half", Duration, "PT1.5H");
    t!("He got a 10-15-year sentence." => "10-15-year", Duration, "P10Y/P15Y");
    t!("He got a 10-15 year sentence." => "10-15 year", Duration, "P10Y/P15Y");
    t!("Profits rose in the first quarter of 2009." => "the first quarter of 2009", Date, "2009-Q1");
    t!("It was built in the 1990s." => "the 1990s", Date, "199");
    t!("It will open in early 2027." => "early 2027", Date, "2027");
    t!("They governed from 2009 to 2011." => "from 2009 to 2011", Duration, "2009/2011");
    t!("Growth over 2000 - 2050 will slow." => "2000 - 2050", Duration, "2000/2050");
    t!("Growth from 2000 – 2050 will slow." => "from 2000 – 2050", Duration, "2000/2050");
    t!("Growth over 2000-2050 will slow." => "2000-2050", Duration, "2000/2050");
    t!("The 2014-2015 season was good." => "2014-2015", Duration, "2014/2015");
    t!("About 1800-2000 people came." => "About 1800-2000", Number, "1800..2000", "people");
    t!("He starred in the 2019-20 season." => "2019-20", Duration, "2019/2020");
    t!("He starred in the 1999-00 season." => "1999-00", Duration, "1999/2000");
    t!(on "2024-03-03", "They meet on 19-20 March." => "19-20 March", Date, "2024-03-19/2024-03-20");
    t!(on "2009-06-01", "It filed at 16:00 UTC today." => "16:00 UTC today", Time, "2009-06-01T16:00Z");
    t!(on "2025-12-28", "Sales fell at the end of last year." => "the end of last year", Date, "2024");
    // Told in the present, as "It opens in October." is: the coming one.
    t!(on "2025-12-28", "It opens in mid-October." => "mid-October", Date, "2026-10");
    t!("It opens on May 1st." => "May 1st", Date, "--05-01");
    t!("It opens on the 1st of May." => "the 1st of May", Date, "--05-01");
    t!("It starts at 10.30am." => "10.30am", Time, "T10:30");
}

#[test]
fn parts_and_named_months() {
    t!(on "2025-12-28", "Talks resume at the end of the month." => "the end of the month", Date, "2025-12");
    t!(on "2025-12-28", "A deal is expected by end of year." => "end of year", Date, "2025");
    t!(on "2025-12-28", "Work stops at the beginning of the week." => "the beginning of the week", Date, "2025-W52");
    t!(on "2025-12-28", "It opened last September." => "last September", Date, "2025-09");
    t!(on "2025-12-28", "It opens next March." => "next March", Date, "2026-03");
    t!(on "2025-06-15", "It was signed last June." => "last June", Date, "2024-06");
    t!(on "2025-06-15", "It closes this August." => "this August", Date, "2025-08");
    none!("At the start of the match, he scored.");
    none!("They reached the end of the road.");
}

#[test]
fn spans_of_days() {
    t!(on "2025-11-01", "The summit runs November 19-20 in Paris." => "November 19-20", Date, "2025-11-19/2025-11-20");
    t!("Voting was held on Dec. 3-5, 2024." => "Dec. 3-5, 2024", Date, "2024-12-03/2024-12-05");
    none!("In March 3-5 people were hurt." => "March 3-5");
}

#[test]
fn days_told_by_weekday_or_number() {
    // A weekday with a day and month picks the year that fits.
    t!(on "2016-11-09", "The vote was on Thursday, March 5." => "Thursday, March 5", Date, "2015-03-05");
    t!(on "2016-11-09", "It was held on Monday, Nov. 7." => "Monday, Nov. 7", Date, "2016-11-07");
    t!(on "2016-11-10", "They met this past Wednesday." => "this past Wednesday", Date, "2016-11-09");
    // "on the 18th": the nearest such day of a month.
    t!(on "2016-11-09", "The rent is due on the 18th." => "the 18th", Date, "2016-11-18");
    t!(on "2016-11-02", "The law was passed on the 30th." => "the 30th", Date, "2016-10-30");
    t!("The law was passed on the 3rd." => "the 3rd", Date, "---03");
    none!("He lives on the 5th floor." => "the 5th");
    none!("He finished on the 18th hole." => "the 18th");
}

#[test]
fn days_with_times() {
    // A day and its time of day are one time, valued with the day.
    t!(on "2025-12-28", "They will meet on Tuesday at 3pm." => "Tuesday at 3pm", Time, "2025-12-30T15:00");
    t!(on "2025-12-28", "Polls close tomorrow at 8:45 GMT." => "tomorrow at 8:45 GMT", Time, "2025-12-29T08:45Z");
    t!(on "2025-12-28", "The strike begins on 2 January, 6am." => "2 January, 6am", Time, "2026-01-02T06:00");
    t!(on "2025-12-28", "It will start at 9am on Monday." => "9am on Monday", Time, "2025-12-29T09:00");
    t!(on "2025-12-28", "Police were called at 8am this morning." => "8am this morning", Time, "2025-12-28T08:00");
    t!(on "2025-12-28", "The fire broke out at 10:30 on 27 December." => "10:30 on 27 December", Time, "2025-12-27T10:30");
    t!(on "2025-12-28", "They will meet at noon on Friday." => "noon on Friday", Time, "2026-01-02T12:00");
    // Midnight with no day, told not in the past: the coming one.
    t!(on "2025-12-28", "The curfew starts at midnight." => "midnight", Time, "2025-12-29T00:00");
    t!(on "2025-12-28", "The fire started at midnight." => "midnight", Time, "2025-12-28T00:00");
    t!(on "2025-12-28", "He arrived at 10 o'clock on Monday." => "10 o'clock on Monday", Time, "2025-12-22T10:00");
    t!(on "2025-12-28", "Lunch is served at 12 noon." => "12 noon", Time, "2025-12-28T12:00");
    t!(on "2025-12-28", "The bars close at 12 midnight." => "12 midnight", Time, "2025-12-29T00:00");
    // A number after a day is not its time.
    t!(on "2025-12-28", "On Monday 12 people died." => "Monday", Date, "2025-12-22");
}

#[test]
fn not_figures() {
    none!("Boeing 737 jets were grounded.");
    none!("The G7 met in Italy.");
    none!("Apollo 11 landed on the Moon.");
    none!("The COVID-19 rules ended.");
    none!("They scored 3-1 in the final." => "3-1");
    none!("They scored 3–1 in the final." => "3–1");
    none!("They scored 3 – 1 in the final." => "3 – 1");
    none!("Call 555-1234 for details.");
    none!("Call +44 20 7946 0958 for details.");
    none!("As noted earlier.[3]");
    none!("The 3D model was new.");
    none!("No one came.");
    none!("Which one of them left?");
    none!("It may rain.");
    none!("Boeing's 787, a new jet, flew. The 787 was late." => "787");
    // A size in two dimensions is neither of its numbers.
    none!("The screen is 320×240 pixels.");
    none!("The screen is 320 × 240 pixels.");
    none!("The screen is 320x240 pixels.");
    none!("The room is 10 x 12 feet.");
}

#[test]
fn spaced_hyphens_are_no_scores() {
    t!("The vote was 5 - 4 in favour." => "5", Number, "5");
    t!("The vote was 5 - 4 in favour." => "4", Number, "4");
}

#[test]
fn datelines() {
    for (text, date) in [
        ("Title\n\nMonday, July 28, 2014\n\nBody text.", "2014-07-28"),
        ("date 2025-12-28 Thanks for reading.", "2025-12-28"),
        (
            "Headline here\nWednesday, April 13, 2011\nThe story.",
            "2011-04-13",
        ),
        (
            "LONDON, 3 March 2024 (Reuters) - Markets fell.",
            "2024-03-03",
        ),
    ] {
        let doc = Document::new(text);
        assert_eq!(
            dateline(&doc).map(CalendarDate::iso).as_deref(),
            Some(date),
            "{text:?}"
        );
    }
    assert_eq!(
        dateline(&Document::new("No date at the top, only 1996 later.")),
        None
    );
}

#[test]
fn figures_inside_names_are_left_to_them() {
    let text = "The Boeing 737 flew 500 miles.";
    let doc = Document::new(text);
    let entity = Entity {
        start: 4,
        end: 14,
        text: "Boeing 737".into(),
        kind: crate::analysis::EntityKind::Organization,
        entity: "Boeing 737".into(),
    };
    let found: Vec<_> = find(&doc, &[entity], None)
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert_eq!(found, ["500 miles"]);
}

#[test]
fn no_input_panics() {
    // Pseudo-random texts made of the pieces figures are made of.
    let pieces = [
        "1", "23", "2025", "1,200", ".", ",", "-", "–", "/", ":", "$", "£", "€", "%", "°", "C",
        "km", "m", "M", "bn", "k", "st", "th", " ", "  ", "\n", "a", "the", "one", "two", "twenty",
        "hundred", "million", "and", "half", "thirds", "point", "per", "cent", "percent", "of",
        "December", "May", "Dec", "Sunday", "last", "week", "years", "ago", "pm", "a.m.", "GMT",
        "US", "Rs", "(", ")", "[", "]", "'", "\"", "½", "²", "é", "日", "x", "e", "^", "+",
        "between", "to", "from", "early", "mid", "quarter", "first", "No",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let date = CalendarDate::parse_iso("2025-12-28");
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        for f in scan(&text, date) {
            assert!(
                f.start <= f.core && f.core <= f.end && f.end <= text.len(),
                "{text:?}"
            );
            assert!(
                text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                "{text:?}"
            );
        }
        let _ = numbers_of(&text);
    }
}

#[test]
fn spans_stay_on_char_boundaries() {
    for text in [
        "€€€ 5€ ½ ²³ 5²",
        "–5—6",
        "5 km² 3 m³",
        "10 µg",
        "Ω 3 Ω",
        "1e",
        "1^",
        "5/",
        "½ of £",
        "$",
        "20 (",
        "3 p.",
        "12:",
        "2025-13-45",
        "99/99/9999",
        "the end of",
        "a",
        "- - 1",
        "one and a",
        "point",
        "five point",
        "𝟓 people",
        "٣ people",
        "mid-",
        "between 3 and",
    ] {
        for f in scan(text, CalendarDate::parse_iso("2025-12-28")) {
            assert!(
                text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                "{text:?}"
            );
            assert!(f.start <= f.core && f.core <= f.end, "{text:?}");
        }
    }
}

mod speed {
    /// Prints the scanner's speed on plain news-like text
    /// (`cargo test --release --lib figures::tests::speed -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn words_per_second() {
        let paragraph =
            "The minister flew to Lisbon on Sunday to discuss the 12-point trade plan. Storms \
            cut power to almost 300 villages and 25 towns on Saturday, and two people died while \
            dozens were hurt. The deal, worth $1.2bn, was signed at 3pm on 28 December 2025 after \
            talks that lasted three months; prices rose 5% and output fell to 40,000 barrels a \
            day, officials said.\n";
        let text = paragraph.repeat(5000);
        let words = text.split_whitespace().count();
        let start = std::time::Instant::now();
        let n = super::scan(&text, None).len();
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "{n} figures, {words} words in {secs:.3}s: {:.0} words/s",
            words as f64 / secs
        );
    }
}

#[test]
fn page_furniture_is_read_by_hand() {
    use super::{is_page_number, item_number};
    for page in [
        "Page 3 of 7",
        "page 3/7",
        "- 4 -",
        "12",
        "— 12 —",
        "PAGE 2 OF 9",
    ] {
        assert!(is_page_number(page), "{page}");
    }
    for text in ["Page 3 of the report", "12 people", "Pa€e 3", "€ 4", ""] {
        assert!(!is_page_number(text), "{text}");
    }
    assert_eq!(item_number("12. The budget"), Some(4));
    assert_eq!(item_number("(3) Taxes"), Some(4));
    assert_eq!(item_number("3)\u{a0}Taxes"), Some(4));
    assert_eq!(item_number("2024. A year"), None);
    assert_eq!(item_number("12.5 percent"), None);
    assert_eq!(item_number("😀"), None);
}

/// The scanner's first test passes over most words and marks, and lets
/// through each way a figure starts: a modifier only before what can start
/// one, a code only before digits or a sign, "the" only before the
/// vocabulary, a mark only before digits, a sign or a number word.
#[test]
fn can_start_passes_over_most_atoms() {
    let starts = |text: &str| -> Vec<String> {
        let atoms = Atoms::of(text, &[]);
        let s = atoms.scan();
        (0..s.len())
            .filter(|&i| can_start(&s, i))
            .map(|i| s.str(i).to_string())
            .collect()
    };
    assert_eq!(
        starts("as well as the Senate, GOP leaders said I can go"),
        Vec::<String>::new()
    );
    assert_eq!(starts("“Hi,” he’s said. (Yes) - ok"), Vec::<String>::new());
    assert_eq!(
        starts("as many as 5 and all day"),
        ["as", "many", "5", "all"]
    );
    assert_eq!(
        starts("just after 10pm, at least ~ Two"),
        ["just", "10", "at", "~", "Two"]
    );
    assert_eq!(
        starts("US$5, c$ 16, Q3, EGP 500, F-16"),
        ["US", "$", "5", "c", "$", "16", "Q", "3", "EGP", "500", "F", "-", "16"]
    );
    assert_eq!(
        starts("the Fourth and the past, not the Senate"),
        ["the", "Fourth", "the", "past"]
    );
    assert_eq!(starts("-5 .5 ’90s"), ["-", "5", ".", "5", "’", "90"]);
}

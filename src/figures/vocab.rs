//! The words that figures are made of: number words, scales, months,
//! weekdays, currencies, units of measure and of time.
//!
//! One table, looked up once per word (case-insensitively).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the vocabulary's keys are short, and SipHash is slow for them.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type Vocab = HashMap<&'static str, Sense, BuildHasherDefault<Fnv>>;

/// A number word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Cardinal {
    /// zero ... nineteen.
    Unit(f64),
    /// twenty ... ninety.
    Tens(f64),
    /// hundred.
    Hundred,
    /// thousand, million, lakh ...
    Scale(f64),
    /// dozen.
    Dozen,
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    /// Two weeks ("a fortnight"): P2W.
    Fortnight,
    Month,
    /// A quarter of a year, in the plural only ("two straight quarters"):
    /// "a quarter" and "the third quarter" are read as a fraction and a date.
    Quarter,
    Year,
    Decade,
    Century,
}

impl TimeUnit {
    /// The ISO 8601 duration of `n` units: "P20Y", "PT3H"; quarters as TIMEX3
    /// writes them, "P2Q".
    pub(crate) fn iso(self, n: f64) -> String {
        let (t, n, d) = match self {
            TimeUnit::Second => ("T", n, 'S'),
            TimeUnit::Minute => ("T", n, 'M'),
            TimeUnit::Hour => ("T", n, 'H'),
            TimeUnit::Day => ("", n, 'D'),
            TimeUnit::Week => ("", n, 'W'),
            TimeUnit::Fortnight => ("", n * 2.0, 'W'),
            TimeUnit::Month => ("", n, 'M'),
            TimeUnit::Quarter => ("", n, 'Q'),
            TimeUnit::Year => ("", n, 'Y'),
            TimeUnit::Decade => ("", n * 10.0, 'Y'),
            TimeUnit::Century => ("", n * 100.0, 'Y'),
        };
        format!("P{t}{}{d}", format_number(n))
    }

    /// The unit's name in the plural, for an age: "months" in "six-month-old".
    pub(crate) fn plural(self) -> &'static str {
        match self {
            TimeUnit::Second => "seconds",
            TimeUnit::Minute => "minutes",
            TimeUnit::Hour => "hours",
            TimeUnit::Day => "days",
            TimeUnit::Week => "weeks",
            TimeUnit::Fortnight => "fortnights",
            TimeUnit::Month => "months",
            TimeUnit::Quarter => "quarters",
            TimeUnit::Year => "years",
            TimeUnit::Decade => "decades",
            TimeUnit::Century => "centuries",
        }
    }
}

/// Everything a word can mean for figures.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sense {
    pub cardinal: Option<Cardinal>,
    /// An ordinal ("third", "hundredth") and its value.
    pub ordinal: Option<f64>,
    /// A plural ordinal used as a denominator: "thirds", "quarters".
    pub denominator: Option<f64>,
    /// 1 ... 12.
    pub month: u8,
    /// Whether the month name is an abbreviation ("Dec").
    pub month_short: bool,
    /// 1 (Monday) ... 7 (Sunday).
    pub weekday: u8,
    /// A currency named after the amount: "dollars", "euros".
    pub currency: Option<&'static str>,
    /// A unit of measure named after the amount: "km", "miles".
    pub unit: Option<&'static str>,
    /// Whether the unit must be written in its case (short symbols: "m", "C").
    pub unit_cased: bool,
    pub time_unit: Option<TimeUnit>,
    /// Whether the time unit is plural ("years").
    pub plural: bool,
    /// A vague count: "dozens", "hundreds".
    pub vague: bool,
    /// A scale written after digits: "bn", "k", "mn".
    pub suffix_scale: Option<f64>,
    /// Whether a figure can start at this word whatever follows it (the
    /// scanner skips the words that are not, unless one of the flags below
    /// says they start one before what follows).
    pub trigger: bool,
    /// Whether the word starts a figure only as a code before digits or a
    /// sign ([`CODE_LETTERS`]: "Q3", "US$5").
    pub code: bool,
    /// Whether a modifier of an amount can start at this word ("more" of
    /// "more than", "about"): the quick test before `amounts::MODIFIERS`.
    /// A modifier starts a figure only before what can start one.
    pub modifier_start: bool,
    /// Whether a holiday's name can start at this word when capitalized
    /// ("Christmas", "Super" of "Super Tuesday"): holidays are read only so.
    pub holiday_start: bool,
    /// Whether the word is of [`EXPECTED`] ("forecast", "likely"): ahead
    /// after the present of "be".
    pub expected: bool,
    /// Whether the word tells a tense to the resolver ([`AHEAD`],
    /// [`FUTURE_TENSE`], [`PAST_WORDS`], [`MODALS`], [`INTENT`], "was",
    /// "had", "now"): the quick test of its walks back through a sentence.
    pub tense: bool,
    /// Whether the word is a past form of [`PAST_WORDS`] ("said", "caught").
    pub past: bool,
    /// Whether the word names an event held on a day ([`EVENTS`], [`DAY`]).
    pub event_day: bool,
    /// Whether the word names an event of its year ([`EVENTS`], [`YEAR`]).
    pub event_year: bool,
}

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINAL_UNITS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORDINAL_TENS: &[&str] = &[
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
    // Indian English counts in them: "5 lakhs", "Rs 4 crores".
    ("lakhs", 1e5),
    ("crores", 1e7),
];
/// The months' names, in lower case (the lexer's too).
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words that open a clause's subject: "One day, he left", "A month back
/// the firm was small".
pub(super) const SUBJECTS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "the", "a", "his", "her", "their", "our", "my",
    "there",
];

/// Weekdays' abbreviations of four or five letters, and their weekday (1
/// is Monday): dates only when capitalized.
pub(super) const WEEKDAY_ABBREVIATIONS: &[(&str, u8)] =
    &[("tues", 2), ("weds", 3), ("thurs", 4), ("thur", 4)];

/// Currency words written after the amount, with their ISO 4217 code.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("dlrs", "USD"),
    ("stg", "GBP"),
    ("dlr", "USD"),
    ("bucks", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("stg", "GBP"),
    ("gbp", "GBP"),
    ("pence", "GBP"),
    ("penny", "GBP"),
    ("p", "GBP"),
    ("cent", "USD"),
    ("cents", "USD"),
    // Wire copy: "rose 3 cts to 1.25 dlrs".
    ("cts", "USD"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rmb", "CNY"),
    ("cny", "CNY"),
    ("元", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    // The rupee's hundredth: "up 25 paise".
    ("paise", "INR"),
    ("paisa", "INR"),
    // The rupee's sign in Tamil and in Sinhala, as Sri Lanka writes it.
    ("ரூ", "LKR"),
    ("රු", "LKR"),
    ("inr", "INR"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rub", "RUB"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("chf", "CHF"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("peseta", "ESP"),
    ("pesetas", "ESP"),
    ("markka", "FIM"),
    ("guilder", "NLG"),
    ("guilders", "NLG"),
    ("rand", "ZAR"),
    ("naira", "NGN"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("lira", "TRY"),
    // The Italian lira's plural, until 2002.
    ("lire", "ITL"),
    ("riyal", "SAR"),
    ("riyals", "SAR"),
    ("dirham", "AED"),
    ("dirhams", "AED"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("ringgit", "MYR"),
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("krone", "NOK"),
    ("kroner", "NOK"),
    ("rbls", "RUB"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("zlotych", "PLN"),
    ("koruna", "CZK"),
    ("korunas", "CZK"),
    ("leva", "BGN"),
    ("lev", "BGN"),
    // The Romanian leu, "RON" (before its redenomination of July 2005,
    // "ROL": [`money::old_currencies`](super::money::old_currencies)).
    ("lei", "RON"),
    ("leu", "RON"),
    ("kuna", "HRK"),
    ("kunas", "HRK"),
    ("tenge", "KZT"),
    ("lari", "GEL"),
    ("rial", "IRR"),
    ("rials", "IRR"),
    ("escudo", "PTE"),
    ("escudos", "PTE"),
    ("drachma", "GRD"),
    ("drachmas", "GRD"),
    ("drachmae", "GRD"),
    ("schilling", "ATS"),
    ("schillings", "ATS"),
    ("kwacha", "ZMW"),
    ("taka", "BDT"),
    ("kyat", "MMK"),
    ("kyats", "MMK"),
    ("forint", "HUF"),
    ("forints", "HUF"),
    ("reais", "BRL"),
    ("cedi", "GHS"),
    ("cedis", "GHS"),
    ("bitcoin", "XBT"),
    ("bitcoins", "XBT"),
    ("btc", "XBT"),
    ("eth", "ETH"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("nzd", "NZD"),
    ("krw", "KRW"),
    ("brl", "BRL"),
    ("zar", "ZAR"),
    ("mxn", "MXN"),
    ("try", "TRY"),
    ("uah", "UAH"),
    ("pln", "PLN"),
    // More ISO 4217 codes, in capitals after the amount ("42 KWD"); codes
    // that are also words or names ("ALL", "CUP", "AMD", "PHP") are left out.
    ("kwd", "KWD"),
    ("lbp", "LBP"),
    ("egp", "EGP"),
    ("qar", "QAR"),
    ("sar", "SAR"),
    ("aed", "AED"),
    ("ils", "ILS"),
    ("mnt", "MNT"),
    ("myr", "MYR"),
    ("idr", "IDR"),
    ("thb", "THB"),
    ("pkr", "PKR"),
    ("bdt", "BDT"),
    ("ngn", "NGN"),
    ("kes", "KES"),
    ("ghs", "GHS"),
    ("czk", "CZK"),
    ("huf", "HUF"),
    ("ron", "RON"),
    ("ars", "ARS"),
    ("clp", "CLP"),
    ("cop", "COP"),
    ("vnd", "VND"),
    ("twd", "TWD"),
    // Without a country, the dinar most in the news (Kuwait's, Jordan's
    // and others come with their adjective: "42 Kuwaiti dinars").
    ("dinar", "IQD"),
    ("dinars", "IQD"),
    ("tugrik", "MNT"),
    ("tugriks", "MNT"),
];

/// Units of measure: the words and symbols, and the unit's name.
const MEASURES: &[(&str, &str)] = &[
    ("km", "km"),
    ("kms", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("dm", "dm"),
    ("picometer", "pm"),
    ("picometers", "pm"),
    ("mile", "miles"),
    ("miles", "miles"),
    ("foot", "feet"),
    ("feet", "feet"),
    ("ft", "feet"),
    ("inch", "inches"),
    ("inches", "inches"),
    ("yard", "yards"),
    ("yards", "yards"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("gram", "g"),
    ("grams", "g"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("micron", "µm"),
    ("microns", "µm"),
    ("micrometre", "µm"),
    ("micrometres", "µm"),
    ("micrometer", "µm"),
    ("micrometers", "µm"),
    ("nanometre", "nm"),
    ("nanometres", "nm"),
    ("nanometer", "nm"),
    ("nanometers", "nm"),
    ("mg", "mg"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("microgram", "µg"),
    ("micrograms", "µg"),
    ("microgramme", "µg"),
    ("microgrammes", "µg"),
    ("μg", "µg"),
    ("µg", "µg"),
    ("mcg", "µg"),
    ("lb", "pounds"),
    ("pound", "pounds"),
    ("pounds", "pounds"),
    ("lbs", "pounds"),
    ("oz", "ounces"),
    ("ounce", "ounces"),
    ("ounces", "ounces"),
    ("tonne", "tonnes"),
    ("tonnes", "tonnes"),
    ("ton", "tons"),
    ("tons", "tons"),
    ("litre", "litres"),
    ("litres", "litres"),
    ("liter", "litres"),
    ("liters", "litres"),
    ("ml", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("gallon", "gallons"),
    ("gallons", "gallons"),
    ("barrel", "barrels"),
    ("barrels", "barrels"),
    ("bbl", "barrels"),
    // Oil wire copy: "up 50,000 bpd".
    ("bpd", "barrels per day"),
    ("hectare", "hectares"),
    ("hectares", "hectares"),
    ("ha", "hectares"),
    ("acre", "acres"),
    ("acres", "acres"),
    // Grain in farm reports: "1.3 billion bushels".
    ("bushel", "bushels"),
    ("bushels", "bushels"),
    ("quart", "quarts"),
    ("quarts", "quarts"),
    ("pint", "pints"),
    ("pints", "pints"),
    ("mph", "mph"),
    ("kph", "km/h"),
    // A record's speed, an engine's: "a 45rpm single".
    ("rpm", "rpm"),
    // An engine's size: "a 125cc world champion".
    ("cc", "cc"),
    ("kmph", "km/h"),
    ("knots", "knots"),
    ("kw", "kW"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("kwh", "kWh"),
    ("mwh", "MWh"),
    ("gwh", "GWh"),
    ("twh", "TWh"),
    ("watts", "W"),
    ("kilowatts", "kW"),
    ("megawatts", "MW"),
    ("gigawatts", "GW"),
    ("volts", "V"),
    ("hz", "Hz"),
    ("khz", "kHz"),
    ("mhz", "MHz"),
    ("ghz", "GHz"),
    ("kb", "KB"),
    ("mb", "MB"),
    ("gb", "GB"),
    ("tb", "TB"),
    ("bit", "bit"),
    ("bits", "bits"),
    ("bytes", "bytes"),
    ("megabytes", "MB"),
    ("gigabytes", "GB"),
    ("terabytes", "TB"),
    ("kbps", "kbps"),
    ("mbps", "Mbps"),
    ("gbps", "Gbps"),
    ("megabits", "megabits"),
    ("gigabits", "gigabits"),
    ("points", "points"),
    ("point", "points"),
    ("mark", "mark"),
    ("pts", "points"),
    ("degree", "degrees"),
    ("degrees", "degrees"),
    ("calories", "calories"),
    ("kcal", "kcal"),
    ("mah", "mAh"),
    // Kitchen measures.
    ("cup", "cups"),
    ("cups", "cups"),
    ("tsp", "teaspoons"),
    ("teaspoon", "teaspoons"),
    ("teaspoons", "teaspoons"),
    ("tbsp", "tablespoons"),
    ("tablespoon", "tablespoons"),
    ("tablespoons", "tablespoons"),
    // Concentrations: "415 ppm", "40 parts per million" (read as one unit).
    ("ppm", "ppm"),
    ("ppb", "ppb"),
    // A heart's rate: "60 to 100 bpm".
    ("bpm", "bpm"),
    // A speed by the speed of sound: "Mach 2.04" (named before the number
    // too, [`unit_before`](super::measures::unit_before)).
    ("mach", "Mach"),
    ("decibels", "dB"),
    ("db", "dB"),
    ("storeys", "storeys"),
    ("stories", "storeys"),
];

/// Short unit symbols that must keep their case ("m", not "M", a million):
/// as written, as looked up, and the unit's name.
const CASED_MEASURES: &[(&str, &str, &str)] = &[
    ("m", "m", "m"),
    ("g", "g", "g"),
    ("l", "l", "litres"),
    ("L", "l", "litres"),
    ("t", "t", "tonnes"),
    ("W", "w", "W"),
    ("V", "v", "V"),
    ("Mt", "mt", "megatonnes"),
    ("kt", "kt", "kilotonnes"),
    ("mi", "mi", "miles"),
    // Glued or before "of" only ("a 1ms response", "a 4nm process"): "Ms"
    // is a title.
    ("ms", "ms", "ms"),
    ("nm", "nm", "nm"),
];

/// Words that make an ordinal before them part of a compound, no rank:
/// "third-party", "second-hand", "first-class", "third-rate", "first-person",
/// "a first-time buyer".
pub(super) const ORDINAL_COMPOUNDS: &[&str] = &[
    "party", "parties", "hand", "class", "rate", "person", "string", "guess", "guessed",
    "guessing", "degree", "world", "time", "timer", "timers",
];

/// Parts of the day: "Friday morning" (a time, valued by its day).
pub(super) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// The TIMEX code of the part of the day `word` names, in any case: "morning"
/// is "MO", "afternoon" "AF", "evening" "EV", "night" "NI".
pub(super) fn day_part(word: &str) -> Option<&'static str> {
    const CODES: [&str; 4] = ["MO", "AF", "EV", "NI"];
    DAY_PARTS
        .iter()
        .position(|p| p.eq_ignore_ascii_case(word))
        .map(|n| CODES[n])
}

const TIME_UNITS: &[(&str, TimeUnit, bool)] = &[
    ("second", TimeUnit::Second, false),
    ("seconds", TimeUnit::Second, true),
    ("minute", TimeUnit::Minute, false),
    ("minutes", TimeUnit::Minute, true),
    ("mins", TimeUnit::Minute, true),
    ("min", TimeUnit::Minute, true),
    ("sec", TimeUnit::Second, true),
    ("secs", TimeUnit::Second, true),
    ("hour", TimeUnit::Hour, false),
    ("hours", TimeUnit::Hour, true),
    ("hrs", TimeUnit::Hour, true),
    ("day", TimeUnit::Day, false),
    ("days", TimeUnit::Day, true),
    // "two nights" (in a hotel, in jail): days, as TIMEX counts them.
    ("nights", TimeUnit::Day, true),
    ("week", TimeUnit::Week, false),
    ("weeks", TimeUnit::Week, true),
    ("fortnight", TimeUnit::Fortnight, false),
    ("fortnights", TimeUnit::Fortnight, true),
    ("month", TimeUnit::Month, false),
    // Wire copy's abbreviations: "6mth forecast", "3-mth rates".
    ("mth", TimeUnit::Month, true),
    ("mths", TimeUnit::Month, true),
    ("months", TimeUnit::Month, true),
    ("mth", TimeUnit::Month, false),
    ("mths", TimeUnit::Month, true),
    ("quarters", TimeUnit::Quarter, true),
    ("year", TimeUnit::Year, false),
    ("years", TimeUnit::Year, true),
    ("yrs", TimeUnit::Year, true),
    ("decade", TimeUnit::Decade, false),
    ("decades", TimeUnit::Decade, true),
    ("century", TimeUnit::Century, false),
    ("centuries", TimeUnit::Century, true),
];

/// Words of the future tense: "will visit in May", "is scheduled to meet".
pub(super) const FUTURE_TENSE: &[&str] =
    &["will", "ll", "shall", "scheduled", "expected", "upcoming"];

/// Words of a coming event that tell the future of a month as
/// [`FUTURE_TENSE`] does, not of a weekday: "the looming showdown in July"
/// (but "with the primary looming, the mayor on Monday intervened").
pub(super) const COMING: &[&str] = &["looming", "forthcoming", "impending"];

/// Participles and adjectives of what is expected, ahead after the present
/// of "be" only ("is forecast for", "are set to", "is likely to"; not "its
/// profit forecast", "set a record"). "expected" and "scheduled" are of
/// [`FUTURE_TENSE`], ahead in any tense.
pub(super) const EXPECTED: &[&str] = &[
    "forecast",
    "predicted",
    "slated",
    "poised",
    "tipped",
    "set",
    "likely",
];

/// Nouns of an outlook, whose days lie ahead in a sentence with no past:
/// "The forecast shows rain on Friday", "a 60% chance of storms on Friday".
pub(super) const OUTLOOK: &[&str] = &["forecast", "forecasts", "outlook", "chance", "chances"];

/// Words that put a day ahead of the article date with the future tense
/// ([`FUTURE_TENSE`] and these): "is due on Monday", "until Sunday", an
/// expectation ("forecasters expect snow by Thursday", "rain is forecast for
/// Thursday"); also the singular verbs of [`SCHEDULE`] ("the exhibition
/// opens on Saturday"), read with [`sense`]'s `tense`.
pub(super) const AHEAD: &[&str] = &[
    "due",
    // "a dividend of 8.5p, payable on 4 October".
    "payable",
    "until",
    "till",
    // Expectations: "forecasters expect snow by Thursday morning".
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "predicts",
];

/// Verbs of a schedule, told in the present of what is ahead: the third
/// person singular and the plural ("the exhibition opens on Saturday", "the
/// Games close on Sunday", "the next president takes office in January").
/// The one table of them: [`schedule_verb`] reads it.
pub(super) const SCHEDULE: &[(&str, &str)] = &[
    ("opens", "open"),
    ("closes", "close"),
    ("begins", "begin"),
    ("starts", "start"),
    ("ends", "end"),
    ("finishes", "finish"),
    ("concludes", "conclude"),
    ("resumes", "resume"),
    ("reopens", "reopen"),
    ("expires", "expire"),
    ("premieres", "premiere"),
    ("airs", "air"),
    ("runs", "run"),
    ("takes", "take"),
];

/// Whether `word` (in any case) is a verb of [`SCHEDULE`]: in the singular,
/// or also in the plural when `plural` (the plural is as often a noun or an
/// adjective, "an open letter", so only some places read it).
pub(super) fn schedule_verb(word: &str, plural: bool) -> bool {
    SCHEDULE.iter().any(|&(one, many)| {
        word.eq_ignore_ascii_case(one) || plural && word.eq_ignore_ascii_case(many)
    })
}

/// Verbs of a coming event told in the present, which put a weekday shortly
/// after them ahead: "Wyoming, which holds a caucus on Saturday", "Yellen
/// testifies before the committee on Thursday" (a weekday only: "faces a
/// count of battery over the March 8 incident" is the past's).
pub(super) const PRESENT_EVENTS: &[&str] = &[
    "holds",
    "hosts",
    "meets",
    "visits",
    "travels",
    "returns",
    "heads",
    "arrives",
    "testifies",
    // "when she defends her title on Saturday", "the court hears the case
    // on Monday".
    "defends",
    "competes",
    "hears",
    "publishes",
    "unveils",
    // "Clinton departs on Sunday on a train trip", "when Clinton delivers
    // his acceptance address on Thursday night".
    "departs",
    "leaves",
    "flies",
    "delivers",
    "convenes",
    "reconvenes",
    // "The match kicks off on Wednesday", "Parliament sits on Monday", "the
    // bill goes to a vote on Tuesday".
    "kicks",
    "sits",
    "goes",
];

/// Determiners and owners' words before a noun: "the", "a", "its", "their".
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
];

/// Verbs of a coming event in the present that are as often plural nouns
/// ("new faces", "press releases", "caucus races Monday night"): a verb
/// only before its object's determiner or a name ("Clinton faces Sanders on
/// Tuesday", "the government issues its report on Friday") and after no
/// determiner.
pub(super) const PRESENT_EVENTS_BEFORE_OBJECT: &[&str] = &[
    "faces", "plays", "issues", "releases", "debates", "races", "launches", "features", "votes",
    "reports", "lands", "sails", "docks",
];

/// The same verbs' plural forms, as often nouns too: a verb only as for
/// [`PRESENT_EVENTS_BEFORE_OBJECT`], in lower case ("Meet the Press" is a
/// name), after a name, a plural or a comma ("Rangers play Celtic on
/// Saturday", "both teams meet the press on Friday", "Lens, who have won
/// all three matches, play Montpellier on Wednesday"). Not "host": "radio host Hugh
/// Hewitt", "Fox News host".
pub(super) const PLURAL_PRESENT_EVENTS: &[&str] = &[
    "play", "face", "meet", "visit", "launch", "hold", "feature", "unveil", "host", "travel",
    "fly", "vote", "leave", "depart", "sail", "land", "return",
];

/// Verbs that move an event to a later day: "postponed to Friday",
/// "rescheduled for Monday", "pushed back to Tuesday".
pub(super) const MOVED: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "moved",
    "rescheduled",
    "adjourned",
    "pushed",
    "put",
    // "The deadline was extended to June 30".
    "extended",
];

/// Common verbs of news whose past is not in -ed ("she said in December",
/// "Clinton went there in September", "the talks began in May"), and words
/// that tell of the past ("two earlier surveys, in March and September").
pub(super) const PAST_WORDS: &[&str] = &[
    "said",
    "told",
    "went",
    "came",
    "began",
    "took",
    "made",
    "met",
    "won",
    "lost",
    "held",
    "left",
    "gave",
    "saw",
    "rose",
    "fell",
    "grew",
    "wrote",
    "spoke",
    "sold",
    "bought",
    "paid",
    "ran",
    "became",
    "brought",
    "thought",
    "found",
    "got",
    "led",
    "sent",
    "spent",
    "struck",
    "broke",
    "chose",
    "drew",
    "flew",
    "kept",
    "knew",
    "stood",
    "swore",
    "threw",
    "tried",
    "withdrew",
    "wore",
    // Irregular pasts that are no nouns or presents as often: not "shot",
    // "split", "quit", "shut", "lent", "lit", "wound", "bent".
    "laid",
    "stole",
    "fought",
    "sought",
    "sank",
    "slept",
    "swept",
    "taught",
    "caught",
    "drove",
    "froze",
    "hid",
    "dug",
    "knelt",
    "rang",
    "shook",
    "tore",
    "woke",
    "fled",
    "ago",
    "earlier",
    "previous",
    "previously",
];

/// Words that place a day in its own year or make it recur, so that no
/// other year is lent to it: "this Sept. 11", "next July 4", "every May 1".
pub(super) const PLACING: &[&str] = &["this", "next", "last", "every", "each"];

/// Other words the resolver reads for tense: auxiliaries of the past, the
/// participles it lets pass ("set for"), "now" ("between now and May").
pub(super) const TENSE_OTHERS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "has",
    "have",
    "been",
    "planned",
    "now",
    "if",
    "unless",
    "whoever",
    "whichever",
];

/// Modal verbs that speak of what is ahead ("Trump can win in November",
/// "the vote could come in March", "should be completed in October"), written in lower case (not the month
/// "May"), and not before "have" or a negation ("could have won in March",
/// "can't trash us in February" are about the past).
pub(super) const MODALS: &[&str] = &["can", "could", "may", "might", "would", "should", "must"];

/// Words that, before "to", tell of what is planned ("is set to begin on
/// Wednesday", "plans to visit in May", "are going to vote on Friday");
/// "set" and "slated" before "for" too ("the vote is set for Monday").
pub(super) const INTENT: &[&str] = &[
    "set",
    "slated",
    "poised",
    "going",
    "plans",
    "planning",
    "aims",
    "aiming",
    "intends",
    "intending",
    "hopes",
    "hoping",
    "seeks",
    "seeking",
    "vows",
    // Of many subjects: "Republicans want to win the White House in
    // November", "they hope to finish by May".
    "want",
    "wants",
    "hope",
    "plan",
    "aim",
    "intend",
    "seek",
    "vow",
    "need",
    "needs",
    "expects",
    "expect",
    // "is likely to appear in court Wednesday".
    "likely",
    "unlikely",
    // "temperatures are forecast to hit 44C by the weekend".
    "forecast",
];

/// The first words of the modifiers of amounts (`amounts::MODIFIERS`, whose
/// test checks that each is here).
pub(super) const MODIFIER_STARTS: &[&str] = &[
    "plus",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "as",
    "just",
    "well",
    "close",
    "upwards",
    "an",
    "no",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "below",
    "above",
    "estimated",
    "circa",
    "between",
    "all",
];

/// Words between a count and its unit of time: "six straight days", "three
/// remarkable weeks".
pub(super) const TIME_ADJECTIVES: &[&str] = &[
    "straight",
    "consecutive",
    "successive",
    "trading",
    "business",
    "working",
    "full",
    "whole",
    "entire",
    "more",
    "additional",
    "calendar",
    "long",
    "extra",
    // Told of the time's kind: "three remarkable weeks", "2,766 flying
    // hours", "two tumultuous years".
    "remarkable",
    "tumultuous",
    "turbulent",
    "difficult",
    "hard",
    "tough",
    "busy",
    "hectic",
    "grueling",
    "gruelling",
    "intense",
    "short",
    "brief",
    "flying",
    "flight",
    "combat",
    "school",
    "billable",
];

const SUFFIX_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("thousand", 1e3),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("mm", 1e6),
    ("million", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("billion", 1e9),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
    // Indian English counts in them: "5 lakhs", "Rs 4 crores".
    ("lakhs", 1e5),
    ("crores", 1e7),
];

const VAGUE: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "scores",
    "tens",
];

/// Decades named in words, from the twenties on ("the nineties", "the Roaring
/// Twenties"): in the vocabulary so that a "the" before them starts a figure.
pub(super) const DECADE_WORDS: &[&str] = &[
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// Words that a figure starting with "the" can go on with, other than the
/// vocabulary's numbers, months, weekdays, units, holidays and triggers:
/// "the future", "the near future", "the same period", "the weekend", "the
/// following week", "the middle of", "the turn of the century", "the morning
/// of". Each reader of such a figure names its words here; they join the
/// vocabulary, so that `Sense::known` holds for them.
pub(super) const AFTER_THE: &[&str] = &[
    "future",
    "near",
    "distant",
    "foreseeable",
    "immediate",
    "recent",
    "weekend",
    "same",
    "following",
    "previous",
    "prior",
    "current",
    "middle",
    "turn",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Nouns of events, each marked with what it tells of a date beside it:
/// - [`DAY`], an event held on a day, which a day or month before or after
///   it names ("the November election", "Saturday's friendly match", "the
///   Iowa caucuses on Monday"): read by `resolve::names_an_event_day`;
/// - [`YEAR`], an event of its year, which makes a year before 1800 before
///   it a date ("the 1789 election", "the 1761 transit of Venus", "the 1692
///   witch trials"): read by `suffixes::year_or_decade`.
pub(super) const EVENTS: &[(&str, u8)] = &[
    ("election", DAY | YEAR),
    ("elections", DAY | YEAR),
    ("results", DAY),
    ("primary", DAY),
    ("primaries", DAY),
    ("caucus", DAY),
    ("caucuses", DAY),
    ("vote", DAY),
    ("voting", DAY),
    ("ballot", DAY),
    ("referendum", DAY),
    ("runoff", DAY),
    ("debate", DAY),
    ("summit", DAY),
    ("match", DAY),
    ("game", DAY),
    ("friendly", DAY),
    ("final", DAY),
    ("convention", DAY | YEAR),
    ("meeting", DAY),
    ("talks", DAY),
    ("hearing", DAY),
    ("trial", DAY | YEAR),
    ("deadline", DAY),
    ("contest", DAY),
    ("contests", DAY),
    ("kickoff", DAY),
    ("showdown", DAY),
    ("poll", DAY),
    ("polls", DAY),
    ("census", YEAR),
    ("transit", YEAR),
    ("eclipse", YEAR),
    ("revolution", YEAR),
    ("rebellion", YEAR),
    ("uprising", YEAR),
    ("war", YEAR),
    ("treaty", YEAR),
    ("constitution", YEAR),
    ("earthquake", YEAR),
    ("flood", YEAR),
    ("plague", YEAR),
    ("edition", YEAR),
    ("voyage", YEAR),
    ("expedition", YEAR),
    ("battle", YEAR),
    ("siege", YEAR),
    ("coronation", YEAR),
    ("invasion", YEAR),
    ("massacre", YEAR),
    ("riots", YEAR),
    ("fire", YEAR),
    ("trials", YEAR),
    ("epidemic", YEAR),
    ("quake", YEAR),
    ("hurricane", YEAR),
    ("storm", YEAR),
    ("congress", YEAR),
    ("battles", YEAR),
    ("wars", YEAR),
    ("ratification", YEAR),
    ("insurrection", YEAR),
    ("famine", YEAR),
    ("pandemic", YEAR),
];

/// An event held on a day ([`EVENTS`]).
pub(super) const DAY: u8 = 1;
/// An event of its year ([`EVENTS`]).
pub(super) const YEAR: u8 = 2;

/// Letters that start a figure only as a code glued to digits or a sign
/// ("Q3", "US$5", "C$ 16", "HK$", "R$", "S$", "NT$"), as [`Sense::code`]
/// tells the scanner.
const CODE_LETTERS: &[&str] = &[
    "q", "u", "us", "au", "c", "ca", "can", "hk", "nz", "s", "r", "nt", "sh",
];

/// Other words a figure can start with, whatever follows them: articles,
/// relative dates, signs, currency codes ("Rs", "USD"), "percent of". (A
/// modifier of [`MODIFIER_STARTS`] or a code of [`CODE_LETTERS`] starts one
/// only before what can.)
const TRIGGERS: &[&str] = &[
    "shortly",
    "overnight",
    "a",
    "another",
    "the",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "start",
    "earlier",
    "later",
    "this",
    "last",
    "next",
    "past",
    "coming",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "tonite",
    "noon",
    "noonish",
    "week",
    "midday",
    "midnight",
    "minus",
    "negative",
    "half",
    "percent",
    "percents",
    "percentage",
    "basis",
    "bps",
    "bp",
    "per",
    "pct",
    "rs",
    "rp",
    "ksh",
    "dlrs",
    "rm",
    "stg",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rmb",
    "chf",
    "inr",
    "rub",
    "aud",
    "cad",
    "hkd",
    "sek",
    "nok",
    "uah",
    "final",
];

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut map = Vocab::default();
    let mut add = |w: &'static str, f: &dyn Fn(&mut Sense)| f(map.entry(w).or_default());
    for (i, w) in UNITS.iter().enumerate() {
        add(w, &|s| s.cardinal = Some(Cardinal::Unit(i as f64)));
    }
    add("nought", &|s| s.cardinal = Some(Cardinal::Unit(0.0)));
    add("naught", &|s| s.cardinal = Some(Cardinal::Unit(0.0)));
    for (i, w) in TENS.iter().enumerate() {
        add(w, &|s| {
            s.cardinal = Some(Cardinal::Tens(20.0 + 10.0 * i as f64))
        });
    }
    add("hundred", &|s| s.cardinal = Some(Cardinal::Hundred));
    for &(w, v) in SCALES {
        add(w, &|s| s.cardinal = Some(Cardinal::Scale(v)));
    }
    for w in ["dozen", "dozens", "dz", "dzs", "doz", "dozs"] {
        add(w, &|s| s.cardinal = Some(Cardinal::Dozen));
    }
    for (i, w) in ORDINAL_UNITS.iter().enumerate() {
        add(w, &|s| s.ordinal = Some(i as f64));
    }
    for (i, w) in ORDINAL_TENS.iter().enumerate() {
        add(w, &|s| s.ordinal = Some(20.0 + 10.0 * i as f64));
    }
    for (w, v) in [
        ("hundredth", 1e2),
        ("thousandth", 1e3),
        ("millionth", 1e6),
        ("billionth", 1e9),
        ("trillionth", 1e12),
    ] {
        add(w, &|s| s.ordinal = Some(v));
    }
    // Plural ordinals as denominators: "thirds", "hundredths".
    for (w, v) in [
        ("halves", 2.0),
        ("half", 2.0),
        ("thirds", 3.0),
        ("quarter", 4.0),
        ("quarters", 4.0),
        ("fourths", 4.0),
        ("fifths", 5.0),
        ("sixths", 6.0),
        ("sevenths", 7.0),
        ("eighths", 8.0),
        ("ninths", 9.0),
        ("tenths", 10.0),
        ("twelfths", 12.0),
        ("sixteenths", 16.0),
        ("twentieths", 20.0),
        ("hundredths", 1e2),
        ("thousandths", 1e3),
        ("millionths", 1e6),
        ("billionths", 1e9),
        ("trillionths", 1e12),
        ("firsts", 1.0),
        ("seconds", 2.0),
    ] {
        add(w, &|s| s.denominator = Some(v));
    }
    for (i, w) in MONTHS.iter().enumerate() {
        add(w, &|s| s.month = i as u8 + 1);
        if w.len() > 3 {
            add(&w[..3], &|s| {
                s.month = i as u8 + 1;
                s.month_short = true;
            });
        }
    }
    add("sept", &|s| {
        s.month = 9;
        s.month_short = true;
    });
    for (i, w) in WEEKDAYS.iter().enumerate() {
        add(w, &|s| s.weekday = i as u8 + 1);
    }
    // Abbreviations that are no other word when capitalized ("on Weds",
    // "Thurs"; "weds" in lower case is a verb: read capitalized only, as
    // [`WEEKDAY_ABBREVIATIONS`]).
    for &(w, n) in WEEKDAY_ABBREVIATIONS {
        add(w, &|s| s.weekday = n);
    }
    for &(w, code) in CURRENCY_WORDS {
        add(w, &|s| s.currency = Some(code));
    }
    for &(w, unit) in MEASURES {
        add(w, &|s| s.unit = Some(unit));
    }
    for &(_, w, unit) in CASED_MEASURES {
        add(w, &|s| {
            s.unit = Some(unit);
            s.unit_cased = true;
        });
    }
    for &(w, unit, plural) in TIME_UNITS {
        add(w, &|s| {
            s.time_unit = Some(unit);
            s.plural = plural;
        });
    }
    for w in VAGUE {
        add(w, &|s| s.vague = true);
    }
    for &(w, v) in SUFFIX_SCALES {
        add(w, &|s| s.suffix_scale = Some(v));
    }
    for w in TRIGGERS {
        add(w, &|s| s.trigger = true);
    }
    // In the vocabulary with no sense of their own: `Sense::known` is what
    // lets a "the" before them start a figure.
    for w in AFTER_THE.iter().chain(DECADE_WORDS).chain(&["roaring"]) {
        add(w, &|_| {});
    }
    // The scanner passes over at once the words the vocabulary does not
    // know (and that are no code): "that" starts "that year".
    add("that", &|_| {});
    for &(w, _) in SCHEDULE {
        add(w, &|s| s.tense = true);
    }
    let tense = [
        AHEAD,
        FUTURE_TENSE,
        COMING,
        PAST_WORDS,
        MODALS,
        INTENT,
        TENSE_OTHERS,
    ];
    for w in tense.into_iter().flatten() {
        add(w, &|s| s.tense = true);
    }
    for w in PAST_WORDS {
        add(w, &|s| s.past = true);
    }
    for &(w, marks) in EVENTS {
        add(w, &|s| {
            s.event_day = marks & DAY != 0;
            s.event_year = marks & YEAR != 0;
        });
    }
    for w in CODE_LETTERS {
        add(w, &|s| s.code = true);
    }
    for w in EXPECTED {
        add(w, &|s| s.expected = true);
    }
    for w in MODIFIER_STARTS {
        add(w, &|s| s.modifier_start = true);
    }
    // A holiday is read from its first word ("Christmas", "St.", "Mother's").
    for (words, _) in HOLIDAYS {
        let first = words[0]
            .trim_end_matches(['.', '\''])
            .trim_end_matches("'s");
        add(first, &|s| s.holiday_start = true);
    }
    for w in [
        "several",
        "few",
        "couple",
        "many",
        "recent",
        "fiscal",
        "year",
        "current",
        "previous",
        "now",
        "currently",
        "recently",
        "lately",
        "nowadays",
        "soon",
        // "these days".
        "these",
        // Units named before their number: "Mach 2", "magnitude 7.1".
        "mach",
        "magnitude",
        // Seasons with their year: "summer 2028".
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
    ] {
        add(w, &|s| s.trigger = true);
    }
    // Known after "the", so it may start a figure there, but no trigger
    // alone: "the back half of the year".
    for w in ["back", "front"] {
        add(w, &|_| {});
    }
    for s in map.values_mut() {
        s.trigger |= s.cardinal.is_some()
            || s.ordinal.is_some()
            || s.month > 0
            || s.weekday > 0
            || s.vague
            || s.time_unit.is_some() && s.plural;
    }
    map
});

static EMPTY: Sense = Sense {
    cardinal: None,
    ordinal: None,
    denominator: None,
    month: 0,
    month_short: false,
    weekday: 0,
    currency: None,
    unit: None,
    unit_cased: false,
    time_unit: None,
    plural: false,
    vague: false,
    suffix_scale: None,
    trigger: false,
    code: false,
    modifier_start: false,
    holiday_start: false,
    expected: false,
    tense: false,
    past: false,
    event_day: false,
    event_year: false,
};

/// For each pair of first two letters (lower case; any other character is
/// class 26), the byte lengths of the keys that start with it, as bits: half
/// the words of news are rejected without hashing (a quarter are in the
/// vocabulary; one table of first letters alone passed 95%).
static LENGTHS: LazyLock<Box<[[u32; 27]; 27]>> = LazyLock::new(|| {
    let mut table = Box::new([[0u32; 27]; 27]);
    for key in VOCAB.keys() {
        let b = key.as_bytes();
        if key.len() < 32 {
            let (first, second) = (
                letter_class(b[0]),
                b.get(1).map_or(26, |&c| letter_class(c)),
            );
            table[first][second] |= 1 << key.len();
            // A key with a character outside a-z there is found under class 26.
        }
    }
    table
});

/// The class of a byte for [`LENGTHS`]: 0-25 for a letter (either case), 26
/// for anything else.
fn letter_class(b: u8) -> usize {
    if b.is_ascii_alphabetic() {
        usize::from(b.to_ascii_lowercase() - b'a')
    } else {
        26
    }
}

impl Sense {
    /// Whether the word is in the vocabulary at all (a word of no figure's
    /// has the empty sense).
    pub(crate) fn known(&'static self) -> bool {
        !std::ptr::eq(self, &EMPTY)
    }

    /// Whether the word is part of an amount: a number, ordinal or
    /// fraction, a scale, a vague count, a currency or a unit (of measure
    /// or time).
    pub(crate) fn amount_word(&self) -> bool {
        self.cardinal.is_some()
            || self.ordinal.is_some()
            || self.denominator.is_some()
            || self.suffix_scale.is_some()
            || self.vague
            || self.currency.is_some()
            || self.unit.is_some()
            || self.time_unit.is_some()
    }
}

/// What `word` can mean, looked up without regard to ASCII case.
pub(crate) fn sense(word: &str) -> &'static Sense {
    let mut buf = [0u8; 16];
    if word.len() > buf.len() || word.is_empty() {
        return &EMPTY;
    }
    let b = word.as_bytes();
    let (first, second) = (
        letter_class(b[0]),
        b.get(1).map_or(26, |&c| letter_class(c)),
    );
    if LENGTHS[first][second] & (1 << word.len()) == 0 {
        return &EMPTY;
    }
    let key = if word.is_ascii() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).unwrap_or(word)
    } else {
        word
    };
    VOCAB.get(key).unwrap_or(&EMPTY)
}

/// The unit of measure `word` names, if any (case-sensitive for symbols).
pub(crate) fn measure(word: &str) -> Option<&'static str> {
    let s = sense(word);
    let unit = s.unit?;
    if s.unit_cased {
        return CASED_MEASURES
            .iter()
            .find(|(w, _, _)| *w == word)
            .map(|(_, _, u)| *u);
    }
    Some(unit)
}

/// How a holiday falls in a year.
pub(super) enum Rule {
    /// A fixed day: month, day.
    Fixed(u8, u8),
    /// The nth weekday (0 Monday) of a month; n = 5 means the last.
    Nth(u8, u8, u8),
    /// Days after the nth weekday of a month: Black Friday is the day after
    /// the fourth Thursday of November.
    NthPlus(u8, u8, u8, i64),
    /// Days of a table, one a year (lunisolar feasts: the Lunar New Year),
    /// as (year, month, day); no value outside the table's years.
    Table(&'static [(i32, u8, u8)]),
    /// Days after Easter Sunday.
    Easter(i64),
    /// A lunar or movable feast, or a day whose date is not one rule ("Super
    /// Tuesday", "Black Monday"): no value.
    Lunar,
}

/// Words that end a street's name: "100 Haven Avenue", "115 Spring St.".
pub(super) const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Boulevard",
    "Blvd",
    "Drive",
    "Dr",
    "Road",
    "Rd",
    "Lane",
    "Ln",
    "Way",
    "Place",
    "Pl",
    "Court",
    "Ct",
    "Terrace",
    "Parkway",
    "Pkwy",
    "Concourse",
    "Circle",
    "Plaza",
    "Pike",
    "Trail",
    "Square",
];

/// Countries by their ISO 3166 code and the words that name them or their
/// places, as a story tells where it is: which dollar "$" is
/// ([`money::local_dollar`](super::money::local_dollar)), which
/// Independence Day or Thanksgiving a holiday is
/// ([`seasons::holiday`](super::seasons::holiday)).
pub(super) const PLACES: &[(&str, &[&str])] = &[
    (
        "US",
        &[
            "United States",
            "U.S.",
            "US",
            "USA",
            "America",
            "American",
            "Americans",
            "Washington",
            "New York",
            "Chicago",
            "Los Angeles",
            "San Francisco",
            "Seattle",
            "Boston",
            "Philadelphia",
            "Detroit",
            "Atlanta",
            "Miami",
            "Dallas",
            "Houston",
            "Denver",
            "Phoenix",
            "Buffalo",
            "Minneapolis",
            "Las Vegas",
            "Michigan",
            "Ohio",
            "Illinois",
            "Minnesota",
            "Oregon",
            "Alaska",
            "Vermont",
            "Montana",
            "California",
            "Texas",
            "Florida",
            "Wall Street",
        ],
    ),
    (
        "CA",
        &[
            "Canada",
            "Canadian",
            "Canadians",
            "Ottawa",
            "Toronto",
            "Ontario",
            "Quebec",
            "Montreal",
            "Vancouver",
            "Alberta",
            "Calgary",
            "Edmonton",
            "Manitoba",
            "Winnipeg",
            "Saskatchewan",
            "Nova Scotia",
            "British Columbia",
            "Halifax",
        ],
    ),
    (
        "AU",
        &[
            "Australia",
            "Australian",
            "Australians",
            "Sydney",
            "Melbourne",
            "Canberra",
            "Queensland",
            "Brisbane",
            "Perth",
            "Adelaide",
            "New South Wales",
            "Tasmania",
        ],
    ),
    (
        "NZ",
        &[
            "New Zealand",
            "New Zealanders",
            "Auckland",
            "Wellington",
            "Christchurch",
        ],
    ),
    ("SG", &["Singapore", "Singaporean", "Singaporeans"]),
    ("HK", &["Hong Kong"]),
    (
        "IN",
        &[
            "India",
            "Indian",
            "Indians",
            "New Delhi",
            "Delhi",
            "Mumbai",
            "Kolkata",
            "Chennai",
            "Bengaluru",
            "Bangalore",
            "Red Fort",
            "Modi",
        ],
    ),
    (
        "PK",
        &[
            "Pakistan",
            "Pakistani",
            "Pakistanis",
            "Islamabad",
            "Karachi",
            "Lahore",
        ],
    ),
];

/// The words of the country `code` in [`PLACES`] (none for another code).
pub(super) fn places_of(code: &str) -> &'static [&'static str] {
    PLACES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, p)| p)
}

/// Holidays whose day is another country's in a story that names it more
/// often than the United States: its ISO 3166 code, the holiday's words and
/// that country's rule (India's Independence Day is August 15).
pub(super) const HOLIDAYS_ELSEWHERE: &[(&str, &[&str], Rule)] = &[
    ("IN", &["independence", "day"], Rule::Fixed(8, 15)),
    ("PK", &["independence", "day"], Rule::Fixed(8, 14)),
    ("CA", &["thanksgiving", "day"], Rule::Nth(10, 0, 2)),
    ("CA", &["thanksgiving"], Rule::Nth(10, 0, 2)),
];

/// Holidays, their words (lowercase, as tokens) and rules.
pub(super) const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["xmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year's", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year's", "day"], Rule::Fixed(1, 1)),
    (&["valentine's", "day"], Rule::Fixed(2, 14)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["independence", "day"], Rule::Fixed(7, 4)),
    (&["bastille", "day"], Rule::Fixed(7, 14)),
    (&["veterans", "day"], Rule::Fixed(11, 11)),
    (&["veteran's", "day"], Rule::Fixed(11, 11)),
    (&["veterans'", "day"], Rule::Fixed(11, 11)),
    (&["armistice", "day"], Rule::Fixed(11, 11)),
    (&["remembrance", "day"], Rule::Fixed(11, 11)),
    (&["thanksgiving", "day"], Rule::Nth(11, 3, 4)),
    (&["thanksgiving"], Rule::Nth(11, 3, 4)),
    (&["black", "friday"], Rule::NthPlus(11, 3, 4, 1)),
    (&["cyber", "monday"], Rule::NthPlus(11, 3, 4, 4)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
    (&["martin", "luther", "king", "day"], Rule::Nth(1, 0, 3)),
    (
        &["martin", "luther", "king", "jr", "day"],
        Rule::Nth(1, 0, 3),
    ),
    (&["mlk", "day"], Rule::Nth(1, 0, 3)),
    (&["columbus", "day"], Rule::Nth(10, 0, 2)),
    (&["st", "patrick's", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick's", "day"], Rule::Fixed(3, 17)),
    (&["canada", "day"], Rule::Fixed(7, 1)),
    (&["australia", "day"], Rule::Fixed(1, 26)),
    (&["anzac", "day"], Rule::Fixed(4, 25)),
    (&["may", "day"], Rule::Fixed(5, 1)),
    (&["memorial", "day"], Rule::Nth(5, 0, 5)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["labour", "day"], Rule::Nth(9, 0, 1)),
    (&["presidents'", "day"], Rule::Nth(2, 0, 3)),
    (&["mother's", "day"], Rule::Nth(5, 6, 2)),
    (&["father's", "day"], Rule::Nth(6, 6, 3)),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["holy", "saturday"], Rule::Easter(-1)),
    (&["maundy", "thursday"], Rule::Easter(-3)),
    (&["holy", "thursday"], Rule::Easter(-3)),
    (&["palm", "sunday"], Rule::Easter(-7)),
    (&["ash", "wednesday"], Rule::Easter(-46)),
    (&["shrove", "tuesday"], Rule::Easter(-47)),
    (&["mardi", "gras"], Rule::Easter(-47)),
    (&["whit", "sunday"], Rule::Easter(49)),
    (&["pentecost"], Rule::Easter(49)),
    (&["whit", "monday"], Rule::Easter(50)),
    // US general elections: the Tuesday after the first Monday of November.
    (&["election", "day"], Rule::NthPlus(11, 0, 1, 1)),
    (
        &["small", "business", "saturday"],
        Rule::NthPlus(11, 3, 4, 2),
    ),
    (&["giving", "tuesday"], Rule::NthPlus(11, 3, 4, 5)),
    (&["earth", "day"], Rule::Fixed(4, 22)),
    // Days the United Nations keeps, as news names them.
    (&["world", "aids", "day"], Rule::Fixed(12, 1)),
    (&["international", "women's", "day"], Rule::Fixed(3, 8)),
    (&["world", "environment", "day"], Rule::Fixed(6, 5)),
    (&["world", "refugee", "day"], Rule::Fixed(6, 20)),
    (&["world", "press", "freedom", "day"], Rule::Fixed(5, 3)),
    (&["world", "health", "day"], Rule::Fixed(4, 7)),
    (&["world", "water", "day"], Rule::Fixed(3, 22)),
    (&["world", "mental", "health", "day"], Rule::Fixed(10, 10)),
    (&["human", "rights", "day"], Rule::Fixed(12, 10)),
    (
        &["international", "holocaust", "remembrance", "day"],
        Rule::Fixed(1, 27),
    ),
    (&["groundhog", "day"], Rule::Fixed(2, 2)),
    (&["presidents", "day"], Rule::Nth(2, 0, 3)),
    // Named weekdays whose date changes from year to year or that name a
    // day of history: no value, and not the weekday they contain.
    (&["super", "tuesday"], Rule::Lunar),
    (&["black", "monday"], Rule::Lunar),
    (&["black", "tuesday"], Rule::Lunar),
    (&["black", "wednesday"], Rule::Lunar),
    (&["black", "thursday"], Rule::Lunar),
    (&["bloody", "sunday"], Rule::Lunar),
    (&["ramadan"], Rule::Lunar),
    (&["eid"], Rule::Lunar),
    (&["diwali"], Rule::Table(DIWALI)),
    (&["deepavali"], Rule::Table(DIWALI)),
    (&["hanukkah"], Rule::Table(HANUKKAH)),
    (&["chanukah"], Rule::Table(HANUKKAH)),
    (&["passover"], Rule::Table(PASSOVER)),
    (&["rosh", "hashanah"], Rule::Table(ROSH_HASHANAH)),
    (&["yom", "kippur"], Rule::Table(YOM_KIPPUR)),
    (&["lunar", "new", "year"], Rule::Table(LUNAR_NEW_YEAR)),
    (&["chinese", "new", "year"], Rule::Table(LUNAR_NEW_YEAR)),
];

/// The first day of Passover (15 Nisan; it begins at sundown the evening
/// before), 2015-2027, as published Hebrew calendars give it. The Hebrew
/// calendar's own rules check these tables in a test: Passover falls on no
/// Monday, Wednesday or Friday, and the next Rosh Hashanah comes 163 days
/// after it.
pub(super) const PASSOVER: &[(i32, u8, u8)] = &[
    (2015, 4, 4),
    (2016, 4, 23),
    (2017, 4, 11),
    (2018, 3, 31),
    (2019, 4, 20),
    (2020, 4, 9),
    (2021, 3, 28),
    (2022, 4, 16),
    (2023, 4, 6),
    (2024, 4, 23),
    (2025, 4, 13),
    (2026, 4, 2),
    (2027, 4, 22),
];

/// The first day of Rosh Hashanah (1 Tishrei), 2015-2027; never a Sunday,
/// Wednesday or Friday.
pub(super) const ROSH_HASHANAH: &[(i32, u8, u8)] = &[
    (2015, 9, 14),
    (2016, 10, 3),
    (2017, 9, 21),
    (2018, 9, 10),
    (2019, 9, 30),
    (2020, 9, 19),
    (2021, 9, 7),
    (2022, 9, 26),
    (2023, 9, 16),
    (2024, 10, 3),
    (2025, 9, 23),
    (2026, 9, 12),
    (2027, 10, 2),
];

/// Yom Kippur (10 Tishrei), 2015-2027: nine days after Rosh Hashanah.
pub(super) const YOM_KIPPUR: &[(i32, u8, u8)] = &[
    (2015, 9, 23),
    (2016, 10, 12),
    (2017, 9, 30),
    (2018, 9, 19),
    (2019, 10, 9),
    (2020, 9, 28),
    (2021, 9, 16),
    (2022, 10, 5),
    (2023, 9, 25),
    (2024, 10, 12),
    (2025, 10, 2),
    (2026, 9, 21),
    (2027, 10, 11),
];

/// The first day of Hanukkah (25 Kislev; the first candle is lit the
/// evening before), 2015-2027: 83 or 84 days after Rosh Hashanah.
pub(super) const HANUKKAH: &[(i32, u8, u8)] = &[
    (2015, 12, 7),
    (2016, 12, 25),
    (2017, 12, 13),
    (2018, 12, 3),
    (2019, 12, 23),
    (2020, 12, 11),
    (2021, 11, 29),
    (2022, 12, 19),
    (2023, 12, 8),
    (2024, 12, 26),
    (2025, 12, 15),
    (2026, 12, 5),
    (2027, 12, 25),
];

/// Diwali (the day of Lakshmi Puja, India's public holiday), 2015-2026, as
/// India's published holiday calendars give it; no rule checks it (a
/// lunisolar day, some regions keep it a day apart).
const DIWALI: &[(i32, u8, u8)] = &[
    (2015, 11, 11),
    (2016, 10, 30),
    (2017, 10, 19),
    (2018, 11, 7),
    (2019, 10, 27),
    (2020, 11, 14),
    (2021, 11, 4),
    (2022, 10, 24),
    (2023, 11, 12),
    (2024, 10, 31),
    (2025, 10, 20),
    (2026, 11, 8),
];

/// The first day of the Chinese calendar's year (the Spring Festival), 2015-2035,
/// from the Hong Kong Observatory's published calendar conversions.
const LUNAR_NEW_YEAR: &[(i32, u8, u8)] = &[
    (2015, 2, 19),
    (2016, 2, 8),
    (2017, 1, 28),
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 3),
    (2031, 1, 23),
    (2032, 2, 11),
    (2033, 1, 31),
    (2034, 2, 19),
    (2035, 2, 8),
];

/// A number as short text: "20", "1.5".
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod calendar_tests {
    use super::{HANUKKAH, PASSOVER, ROSH_HASHANAH, YOM_KIPPUR};
    use crate::calendar::CalendarDate;

    fn day(&(y, m, d): &(i32, u8, u8)) -> CalendarDate {
        CalendarDate::new(y, m, d).expect("a real day")
    }

    /// The Hebrew calendar's rules hold for the tables: Rosh Hashanah falls
    /// on no Sunday, Wednesday or Friday, Passover on no Monday, Wednesday
    /// or Friday; 15 Nisan to the next 1 Tishrei is 163 days; Yom Kippur is
    /// nine days after Rosh Hashanah and Hanukkah 83 or 84.
    #[test]
    fn hebrew_feasts_keep_the_calendars_rules() {
        // weekday(): 0 is Monday.
        for rh in ROSH_HASHANAH {
            assert!(![6, 2, 4].contains(&day(rh).weekday()), "{rh:?}");
        }
        for (p, rh) in PASSOVER.iter().zip(ROSH_HASHANAH) {
            assert_eq!(p.0, rh.0);
            assert!(![0, 2, 4].contains(&day(p).weekday()), "{p:?}");
            assert_eq!(day(rh).days() - day(p).days(), 163, "{p:?}");
        }
        for ((rh, yk), h) in ROSH_HASHANAH.iter().zip(YOM_KIPPUR).zip(HANUKKAH) {
            assert_eq!(day(yk).days() - day(rh).days(), 9, "{yk:?}");
            assert!(
                (83..=84).contains(&(day(h).days() - day(rh).days())),
                "{h:?}"
            );
        }
    }
}

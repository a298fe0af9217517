//! The resolver: values of dates told relative to the article's date. A
//! recognizer reads what the text says ("June 28", "two years ago", "on
//! Friday", "in May") and asks here which calendar day, month or year that is,
//! given the article date and the sentence's tense: news speaks of what has
//! just happened and of what is coming, so a day or month without a year is
//! the nearest such one, and the next one when the sentence speaks of the
//! future ("will meet on June 28").
//!
//! One refiner lives here too, as it resolves values from the story rather
//! than the article date: a clock time told without its day takes the day
//! its sentence named ([`story_day`]).

use super::candidate::Found;
use super::scan::Scan;
use super::vocab::{
    schedule_verb, sense, TimeUnit, AHEAD, COMING, DAY_PARTS, DETERMINERS, FUTURE_TENSE, INTENT,
    MODALS, MOVED, OUTLOOK, PLACING, PLURAL_PRESENT_EVENTS, PRESENT_EVENTS,
    PRESENT_EVENTS_BEFORE_OBJECT,
};
use crate::analysis::{FigureKind, Value};
use crate::calendar::{days_in_month, CalendarDate};

/// Resolves a day and month without a year to the such day nearest the
/// article date (so within about half a year either way: news speaks of
/// what has just happened and of what is coming); the first on or after it
/// when the sentence speaks of the future (`ahead`: "will meet on June 28").
/// Without an article date, the partial ISO form "--MM-DD".
pub(super) fn day_month(
    date: Option<CalendarDate>,
    month: u8,
    day: u8,
    toward: Toward,
) -> Option<String> {
    if let Some(d) = date {
        return nearest_yearly(d, |y| CalendarDate::new(y, month, day), toward)
            .map(CalendarDate::iso);
    }
    (day <= days_in_month(2024, month)).then(|| format!("--{month:02}-{day:02}"))
}

pub(super) use super::candidate::Toward;

impl Toward {
    /// Ahead when `ahead`, else back when `back()` says so, else the nearer.
    fn of(ahead: bool, back: impl FnOnce() -> bool) -> Self {
        if ahead {
            Toward::Ahead
        } else if back() {
            Toward::Back
        } else {
            Toward::Nearest
        }
    }

    /// The direction of a day and month told at atom `i` ("Feb. 3"): back
    /// after "since", soon after "through", "until", "by" or "before" in a
    /// sentence not in the past ([`Toward::Soon`]), ahead in the future tense
    /// ([`future_ahead`]), back when a verb group of the past governs it
    /// ([`past_event`]), or the nearer one.
    pub(super) fn of_day(s: &Scan, i: usize) -> Self {
        if since(s, i) {
            return Toward::Before;
        }
        // "funds the government through Sept. 30", "until Feb. 28": a term
        // that runs on, in a sentence not in the past ("ran through Sept.
        // 30"), ends within eight months or is the nearer one.
        if fronted_past_bound(s, i) {
            return Toward::Back;
        }
        let through = s.back(i).is_some_and(|b| {
            s.is_any(b, &["through", "thru", "until", "till"]) && !past_tense(s, b)
        });
        if through || deadline(s, i) {
            return Toward::Soon;
        }
        // "a federal judge ruled Monday", after a clause with "will": the
        // verb that governs the day tells its tense first.
        if past_verb_on(s, i) {
            // "He died on May 4", "were held on 3 May": a past event on
            // that day, surely past; "proposed Sept. 18 as the date" may
            // name a day ahead.
            let on = s.back(i).is_some_and(|b| s.is(b, "on"));
            return if on || past_event(s, i) {
                Toward::Before
            } else {
                Toward::Back
            };
        }
        if future_ahead(s, i) || schedule_on(s, i) {
            // "will vote on 1 April" told in mid-April is next year's; a
            // future told in the past ("would be freed by August 23") may
            // have just passed.
            if will_before(s, i) {
                Toward::After
            } else {
                Toward::Ahead
            }
        } else if past_event(s, i) {
            Toward::Before
        } else {
            // "On December 1, the winner was named", "On Nov. 14, they will
            // send", "His next speech, on May 28, was delivered": the verb
            // after it.
            let fronted = (opens_sentence(s, i) || set_off(s, i))
                .then(|| tense_after(s, i + 1))
                .flatten();
            match fronted {
                Some(true) => return Toward::Ahead,
                Some(false) => return Toward::Back,
                None => {}
            }
            // "Lincoln went to Gettysburg on November 18", "his commitments
            // included a May 11 speech": told in the past, the day is
            // back, or a day of this year up to two months ahead. Not a
            // time aimed at ("paid $0.87 for Dec 6-20") or an event's day
            // ("named him its nominee for the Nov. 5 election") or a day an
            // event was moved to ("was moved to October 14"). So too with
            // the verb of its clause after it: "Talks on July 8 ended", "The
            // attack on Aug. 4 killed 12 people".
            let past_before = past_tense(s, i) && !aimed_at(s, i) && !names_an_event_day(s, i);
            let past_after = !aimed_at(s, i)
                && placed_in_clause(s, i)
                && clause_tense_after(s, i + 1) == Some(false);
            if (past_before || past_after) && !moved_to(s, i) {
                Toward::Back
            } else {
                Toward::Nearest
            }
        }
    }

    /// The direction of a month told at atom `i`: back after "since" ("since
    /// May") or "that" ("that October speech"), ahead in the future tense or as a [`deadline`]
    /// ([`future_tense`]; not "until May", which past sentences use too),
    /// back when a verb group of the past governs it ([`past_event`]) or a
    /// verb or word of the past comes before it in its sentence
    /// ([`past_tense`]; not after "for": "booked airtime for December"), or
    /// the nearer one ([`month_alone`]).
    pub(super) fn of_month(s: &Scan, i: usize) -> Self {
        // "since May"; "that October speech": a month told before, gone.
        if since(s, i) || s.back(i).is_some_and(|b| s.is(b, "that")) {
            return Toward::Before;
        }
        // "the September bond futures contract", "March delivery": a
        // contract's month, which trades until it comes (this month or
        // later), whatever the tense.
        if contract_month(s, i) {
            return Toward::Ahead;
        }
        let past = || {
            past_event(s, i)
                || !aimed_at(s, i)
                    && (past_tense(s, i)
                        || placed_in_clause(s, i) && clause_tense_after(s, i + 1) == Some(false))
        };
        // "the November election", "November's general election": the
        // coming one, in a sentence not in the past; surely the next after
        // a word of intent or what is ahead ("hope to win November's
        // general election", "ahead of the November election") or before
        // the future in its clause ("The November election will be close").
        if !future_tense(s, i) && names_an_event_day(s, i) && !past() && !past_in_sentence(s, i) {
            if future_ahead(s, i)
                || before_in_sentence(s, i, future_word)
                || awaited(s, i)
                || clause_tense_after(s, i + 1) == Some(true)
            {
                return Toward::Ahead;
            }
            return Toward::Soon;
        }
        // "In November, Democrats will regain the Senate", "In October, Mrs.
        // Clinton proposed": the tense after a month that opens its sentence.
        let end = if s.is_ch(i + 1, '.') { i + 2 } else { i + 1 };
        match fronted_tense(s, i, end) {
            Some(true) => return Toward::Ahead,
            Some(false) => return Toward::Back,
            None => {}
        }
        // "is up for re-election in November", "Can he succeed in November?":
        // a month in a sentence told in the present or with a modal, no verb
        // of the past in it, is ahead.
        // Only "in November", no month before a noun ("her March comment",
        // "demanding June wages"); not after a point passed or a level
        // compared ("since boycotting a fixture in February", "is up from 37
        // percent in January", "follows 292,000 in June").
        const PASSED: &[&str] = &[
            "since",
            "after",
            "from",
            "follows",
            "following",
            "than",
            "compared",
        ];
        // Past a part of the month: "in early January", "in mid-January".
        let part = s.back(i).filter(|&b| {
            s.is_any(b, &["early", "late", "mid"]) || s.is_dash(b) && s.is(b.wrapping_sub(1), "mid")
        });
        let part = part.map(|b| if s.is_dash(b) { b - 1 } else { b });
        let in_month = s
            .back(part.unwrap_or(i))
            .is_some_and(|b| s.is_any(b, &["in", "into"]));
        let passed = || sentence_before(s, i, 40).any(|b| s.is_any(b, PASSED));
        if in_month && !past() && !past_in_sentence(s, i) && !passed() && present_in_sentence(s, i)
        {
            return Toward::Ahead;
        }
        Self::of(future_tense(s, i) || deadline(s, i), past)
    }

    /// The direction of a holiday told at atom `i`: by the tense after it
    /// when it opens its sentence ("Good Friday services will be held at
    /// noon": its own future, surely ahead; not a quarter's, whose figures
    /// come out after it ends: "Second quarter growth estimates will be
    /// released"), else as [`Toward::at`] reads it.
    pub(super) fn of_holiday(s: &Scan, i: usize) -> Self {
        if opens_sentence(s, i) {
            match tense_after(s, i + 1) {
                Some(true) => return Toward::After,
                Some(false) => return Toward::Back,
                None => {}
            }
        }
        Self::at(s, i)
    }

    /// The direction of a holiday or quarter told at atom `i`: before after
    /// a past verb and "on" ([`past_verb_on`]), ahead
    /// ([`future_ahead`], or a [`deadline`]), back in a past sentence
    /// ([`past_tense`]), or the nearer one.
    pub(super) fn at(s: &Scan, i: usize) -> Self {
        // "He campaigned in Iowa on Veterans Day": a past act on that day,
        // surely past.
        if past_verb_on(s, i) && s.back(i).is_some_and(|b| s.is(b, "on")) {
            return Toward::Before;
        }
        // "The parade will be held on St. Patrick's Day", told three days
        // after it: next year's, as a day and month is ([`Toward::of_day`]).
        if future_ahead(s, i) && will_before(s, i) {
            return Toward::After;
        }
        Self::of(future_ahead(s, i) || deadline(s, i), || past_tense(s, i))
    }
}

/// Whether the month at atom `i` names a contract's: "futures", "contract",
/// "contracts", "options" or "delivery" within the four words after it,
/// with no word in the past between ("the September Nikkei futures", "the
/// September confederate bond futures contract", "for March delivery", or
/// "delivery in March").
fn contract_month(s: &Scan, i: usize) -> bool {
    const CONTRACT: &[&str] = &["futures", "contract", "contracts", "options", "delivery"];
    let mut k = i;
    for _ in 0..4 {
        let n = s.sp(k + 1);
        if n == k + 1 || s.word(n).is_none() || ed_verb(s, n) {
            break;
        }
        if s.is_any(n, CONTRACT) {
            return true;
        }
        k = n;
    }
    s.back(i).is_some_and(|b| {
        s.is(b, "for") && s.is_space(i + 1) && s.is(i + 2, "delivery")
            || s.is(b, "in") && s.back(b).is_some_and(|d| s.is(d, "delivery"))
    })
}

/// Whether atom `i` is a deadline or a bound told in a sentence not in the
/// past: "rule by the end of June", "no move before Q4", "by Friday" (not
/// "had finished by June"; not "By December, we were", whose tense comes
/// after it).
pub(super) fn deadline(s: &Scan, i: usize) -> bool {
    // Past the part of a period the figure names: "by [the end of] June",
    // "before [early] March".
    const PART: &[&str] = &[
        "of",
        "the",
        "end",
        "beginning",
        "start",
        "middle",
        "early",
        "late",
        "mid",
    ];
    let mut b = s.back(i);
    for _ in 0..3 {
        match b {
            Some(k) if s.is_any(k, PART) => b = s.back(k),
            _ => break,
        }
    }
    // "ahead of Tuesday's primary" too, the "of" passed over as a part's;
    // not "Ahead of Friday's meeting, France and Germany unveiled".
    b.is_some_and(|b| {
        match s.word(b) {
            Some("by" | "before") => true,
            Some("ahead" | "Ahead") => tense_after(s, i + 1) != Some(false),
            _ => false,
        }
    } && !past_beyond_report(s, b))
        && !past_after(s, i)
}

/// Verbs that report what is said or asked of the future: a deadline after
/// them is the future's ("warned of snow by Monday morning", "ordered the
/// agency to finish by June"), though the verb is past.
const REPORTING: &[&str] = &[
    "said",
    "told",
    "warned",
    "announced",
    "predicted",
    "forecast",
    "promised",
    "vowed",
    "pledged",
    "urged",
    "ordered",
    "asked",
    "expected",
    "required",
    "demanded",
];

/// Whether the sentence before atom `i` is in the past ([`past_tense`]),
/// unless a verb that reports ([`REPORTING`]) is the nearest word of tense.
fn past_beyond_report(s: &Scan, i: usize) -> bool {
    let nearest = back_in_sentence(s, i).find(|&b| s.sense(b).tense || ed_verb(s, b));
    // Not after an auxiliary: "had been told just before Tuesday's vote".
    let aux = |b: usize| {
        s.back(b)
            .is_some_and(|a| s.is_any(a, &["had", "been", "was", "were", "be", "is", "are"]))
    };
    match nearest {
        Some(b) if s.is_any(b, REPORTING) && !aux(b) => false,
        _ => past_tense(s, i),
    }
}

/// Whether "had", "was" or "were" follows atom `i` within eight words of its
/// clause, before any word of what is ahead: "by Thursday night the river
/// had risen".
fn past_after(s: &Scan, i: usize) -> bool {
    let mut words = 0;
    for k in i + 1..s.len() {
        if s.sentence_ends(k) || s.is_ch(k, ',') {
            return false;
        }
        if s.word(k).is_none() {
            continue;
        }
        words += 1;
        if words > 8 || ahead(s, k) || modal_ahead(s, k) {
            return false;
        }
        if s.is_any(k, &["had", "was", "were"]) {
            return true;
        }
    }
    false
}

/// Whether the day told by atoms `i..end` opens its sentence ("On Monday,
/// Mr. Clinton will hold two events", "Friday, the team will fly", "And on
/// Monday, he will hold", "But then on Tuesday, they will") and its clause
/// after the comma speaks of the future ([`fronted_tense`]).
pub(super) fn fronted_future(s: &Scan, i: usize, end: usize) -> bool {
    fronted_tense(s, i, end) == Some(true)
}

/// When the day told by atoms `i..end` opens its sentence before a comma
/// ("On Monday, Mr. Clinton will hold", "In October, Mrs. Clinton
/// proposed"), the tense of its clause after the comma ([`tense_after`]:
/// `Some(true)` for the future, `Some(false)` for the past); else None.
/// Words that join the sentence to the one before ("and", "but", "then")
/// may come first.
fn fronted_tense(s: &Scan, i: usize, end: usize) -> Option<bool> {
    const JOINING: &[&str] = &[
        "and",
        "but",
        "so",
        "yet",
        "then",
        "now",
        "also",
        "meanwhile",
        "instead",
        "still",
        "again",
        "later",
        "finally",
        "or",
    ];
    const BEFORE_THE_DAY: &[&str] = &[
        "on", "by", "in", "next", "this", "until", "from", "starting",
    ];
    let mut words = back_in_sentence(s, i).filter(|&b| s.word(b).is_some());
    let opens = match (words.next(), words.find(|&b| !s.is_any(b, JOINING))) {
        (None, _) => true,
        (Some(b), None) => s.is_any(b, JOINING) || s.is_any(b, BEFORE_THE_DAY),
        (Some(_), Some(_)) => false,
    };
    if !opens || !s.is_ch(end, ',') {
        return None;
    }
    tense_after(s, end + 1)
}

/// The tense of what follows atom `k` in its sentence, by the first word
/// that tells one within ten words: `Some(true)` for the future ("will", a
/// modal, "plans to"), `Some(false)` for the past ("was", "unveiled",
/// "said"), `None` when none does.
pub(super) fn tense_after(s: &Scan, k: usize) -> Option<bool> {
    let mut words = 0;
    for k in k..s.len() {
        // A quotation mark: what follows is another voice's, or the
        // speaker's verb ("“... in November,” he said").
        if s.sentence_ends(k) || s.double_quote(k) {
            return None;
        }
        if s.word(k).is_none() {
            continue;
        }
        words += 1;
        if words > 12 {
            return None;
        }
        if future_word(s, k) {
            return Some(true);
        }
        if past_verb(s, k) {
            // A clause that describes a noun tells no tense of the main
            // verb: "members of the group he co-founded will hold".
            // (Past a prefix: "co-founded".)
            let verb_start = s
                .back(k)
                .filter(|&d| s.is_dash(d) && s.glued(k))
                .and_then(|d| s.back(d))
                .unwrap_or(k);
            let subject = s
                .back(verb_start)
                .filter(|&p| s.is_any(p, &["he", "she", "they", "we", "i"]));
            let described = subject
                .and_then(|p| s.back(p))
                .and_then(|n| s.word(n))
                .is_some_and(|n| {
                    n.len() > 3
                        && n.chars().all(char::is_lowercase)
                        && !n.ends_with("ed")
                        && ![
                            "that", "when", "where", "said", "says", "because", "after", "before",
                            "while", "until", "since", "than",
                        ]
                        .contains(&n)
                });
            if !described {
                return Some(false);
            }
        }
    }
    None
}

/// Whether a verb in the past comes anywhere in the sentence of atom `i`,
/// before it (up to 40 atoms) or after it, up to a quotation mark (the
/// speaker's verb after a quote is not the quote's tense: "“... in
/// November,” Mr. Trump said"): "At a March meeting of the caucus, of
/// which she is a member, she said".
fn past_in_sentence(s: &Scan, i: usize) -> bool {
    let after = (i + 1..i + 80).take_while(|&k| !s.sentence_ends(k) && !s.double_quote(k));
    sentence_before(s, i, 40)
        .chain(after)
        .any(|b| past_verb(s, b))
}

/// Whether a verb of the present or a modal comes before atom `i` in its
/// sentence: "is", "are", "has", "have", "can", "would", "feel", and verbs of
/// a schedule ("takes office in January", "begins in March") ([`PRESENT`],
/// [`SCHEDULE`](super::vocab::SCHEDULE), [`in_force`]: "the rules take
/// effect in January");
/// not after it ("Exports in March are up 5 percent").
fn present_in_sentence(s: &Scan, i: usize) -> bool {
    const PRESENT: &[&str] = &[
        "is", "are", "am", "has", "have", "can", "could", "may", "might", "would", "should",
        "must", "feel", "feels", "think", "thinks", "believe", "believes", "hope", "hopes",
    ];
    // Not the present perfect: "has begun", "have taken".
    let participle = |k: usize| {
        ed_verb(s, k)
            || s.sense(k).past
            || s.word(k)
                .is_some_and(|w| w.ends_with("en") || w.ends_with("un") || w.ends_with("wn"))
    };
    sentence_before(s, i, 40).any(|b| {
        (s.is_any(b, PRESENT)
            || s.word(b).is_some_and(|w| schedule_verb(w, false))
            || in_force(s, b))
            && !(s.is_any(b, &["has", "have"]) && s.is_space(b + 1) && participle(b + 2))
    })
}

/// Whether atom `b` is a verb that puts something in force, office or place,
/// told in the present, singular or plural (the word after it shows the
/// plural a verb): "the rules take effect", "comes into force", "go into
/// effect", "takes office", "the talks take place".
fn in_force(s: &Scan, b: usize) -> bool {
    const VERBS: &[&str] = &[
        "takes", "take", "comes", "come", "goes", "go", "enters", "enter",
    ];
    const WHAT: &[&str] = &["effect", "force", "office", "place"];
    s.is_any(b, VERBS)
        && s.is_space(b + 1)
        && (s.is_any(b + 2, WHAT)
            || s.is(b + 2, "into") && s.is_space(b + 3) && s.is_any(b + 4, WHAT))
}

/// Whether the word at atom `w` ("effect", "force", "office", "place") is
/// put so by a verb of [`in_force`] before it: "takes effect", "goes into
/// effect" (not "took effect").
fn in_force_before(s: &Scan, w: usize) -> bool {
    let v = s
        .back(w)
        .and_then(|v| if s.is(v, "into") { s.back(v) } else { Some(v) });
    v.is_some_and(|v| in_force(s, v))
}

/// Whether atom `b` is a verb of the past: "was", "had", a past form
/// ([`PAST_WORDS`](super::vocab::PAST_WORDS)) or a verb in -ed.
pub(super) fn past_verb(s: &Scan, b: usize) -> bool {
    // The words of tense are flagged in the vocabulary: most words pass at once.
    s.sense(b).past
        || s.sense(b).tense && s.is_any(b, &["was", "were", "had", "did"])
        || ed_verb(s, b) && !present_passive(s, b)
}

/// Whether the verb in -ed at atom `b` is a participle after a present or
/// bare "be", no past: "if a Republican is elected in November", "to be
/// delivered Wednesday", "are expected".
fn present_passive(s: &Scan, b: usize) -> bool {
    // Participles of a state that a past act put one in: "is accused of
    // stealing $5,000 in October" tells of October past.
    const OF_A_PAST_ACT: &[&str] = &[
        "accused",
        "charged",
        "suspected",
        "alleged",
        "believed",
        "thought",
        "reported",
        "convicted",
        "blamed",
        "credited",
        "linked",
        "tied",
        "involved",
        "implicated",
        "sentenced",
        "indicted",
        "arrested",
        "detained",
        "jailed",
        "wanted",
        "injured",
        "killed",
        "named",
    ];
    s.back(b)
        .is_some_and(|k| s.is_any(k, &["is", "are", "am", "be", "being"]))
        && !s.is_any(b, OF_A_PAST_ACT)
}

/// The atoms before atom `i` in its sentence, nearest first, at most `n`.
pub(super) fn sentence_before<'a>(
    s: &'a Scan,
    i: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i.saturating_sub(n)..i)
        .rev()
        .take_while(move |&k| !s.sentence_ends(k))
}

/// Whether the date at atom `i` is that of what is awaited after "ahead of",
/// "in the lead up to", "in the run-up to", "waiting for", "awaiting", with
/// no verb between ("ahead of the Tankan survey out on Wednesday", "in the
/// lead up to Tuesday's primary", "was waiting for Friday's stock report";
/// not "ahead of the vote, shares fell on Monday").
pub(super) fn awaited(s: &Scan, i: usize) -> bool {
    const CUES: &[&str] = &[
        "ahead of ",
        "in advance of ",
        "lead up to ",
        "lead-up to ",
        "leadup to ",
        "run-up to ",
        "run up to ",
        "runup to ",
        "leading up to ",
        "waiting for ",
        "awaiting ",
        "awaits ",
        "await ",
    ];
    // The words the cues open, read before the text is compared.
    const FIRST: &[&str] = &[
        "ahead", "in", "lead", "leadup", "run", "runup", "leading", "waiting", "awaiting",
        "awaits", "await",
    ];
    let cue = |b: usize| {
        if !s.is_any(b, FIRST) {
            return false;
        }
        let rest = s.text.get(s.start(b)..).unwrap_or("");
        CUES.iter().any(|c| {
            rest.get(..c.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(c))
        })
    };
    let words: Vec<usize> = sentence_before(s, i, 30)
        .filter(|&b| s.word(b).is_some())
        .take(10)
        .collect();
    // A word inside a cue ("to" of "lead up to") tells no tense.
    let in_a_cue = |n: usize| words[n..].iter().take(4).any(|&c| cue(c));
    for (n, &b) in words.iter().enumerate() {
        if cue(b) {
            return true;
        }
        if (s.sense(b).tense || ed_verb(s, b)) && !in_a_cue(n) {
            return false;
        }
    }
    false
}

/// Whether the day at atom `i` is a bound ("until", "up until", "through")
/// that opens a sentence told in the past after it: "Until Friday, the
/// State Department had declined" (the past's, though "until" looks ahead).
pub(super) fn fronted_past_bound(s: &Scan, i: usize) -> bool {
    let Some(b) = s
        .back(i)
        .filter(|&b| s.is_any(b, &["through", "thru", "until", "till"]))
    else {
        return false;
    };
    // "Up until Friday, ...".
    let up_until = s
        .back(b)
        .filter(|&u| s.is(u, "up"))
        .is_some_and(|u| s.capitalized(u) && s.back(u).is_none_or(|p| s.sentence_ends(p)));
    (opens_sentence(s, i) || up_until) && tense_after(s, i + 1) == Some(false)
}

/// Whether the date at atom `i` opens its sentence, alone or after "On",
/// "By", "In" or "Until", or a clause after "that" ("Records show that on
/// Oct. 31, traders filed").
fn opens_sentence(s: &Scan, i: usize) -> bool {
    let first = match s.back(i) {
        Some(b) if s.is_any(b, &["on", "by", "in", "until", "till", "through"]) => b,
        _ => i,
    };
    let capital = first == i || s.capitalized(first);
    s.back(first)
        .is_none_or(|b| s.sentence_ends(b) && capital || s.is(b, "that") && first != i)
}

/// The tense of the clause after atom `k` ([`tense_after`]), told before
/// its first comma or semicolon: "Talks on July 8 ended" (`Some(false)`);
/// not the report after it ("The deal closes in January, the company
/// said").
fn clause_tense_after(s: &Scan, k: usize) -> Option<bool> {
    // Past a month's abbreviation point: "The attack on Aug. 4 killed".
    let k = if s.is_ch(k, '.') && s.sense(k.wrapping_sub(1)).month_short {
        k + 1
    } else {
        k
    };
    let tense = tense_after(s, k)?;
    let first = (k..s.len())
        .take_while(|&c| !s.sentence_ends(c) && !s.is_ch(c, ',') && !s.is_ch(c, ';'))
        .find(|&c| s.word(c).is_some() && (future_word(s, c) || past_verb(s, c)))?;
    // Not the present perfect: "the March states have gone unnoticed".
    let perfect = (k..first).any(|b| s.is_any(b, &["has", "have", "ve"]));
    (!perfect).then_some(tense)
}

/// Whether the date at atom `i` is told after a word that places it in its
/// clause: a preposition or a determiner ("Talks on July 8 ended", "The
/// July 8 talks"), not bare at a sentence's opening as a market report's
/// contract month is ("December COMEX settled", "September went out").
fn placed_in_clause(s: &Scan, i: usize) -> bool {
    s.back(i).is_some_and(|b| s.word(b).is_some())
        && !sentence_before(s, i, 40)
            .filter(|&b| s.word(b).is_some())
            .last()
            .is_some_and(|b| s.is(b, "for"))
}

/// Whether "for" comes within three words before atom `i`: a time aimed
/// at, which a verb in the past does not place ("booked airtime for
/// December and January").
fn aimed_at(s: &Scan, i: usize) -> bool {
    back_in_sentence(s, i)
        .filter(|&b| s.word(b).is_some())
        .take(3)
        .any(|b| s.is(b, "for"))
}

/// Whether the day at atom `i` is set off by commas after "on" in the
/// middle of its sentence: "His next speech, on May 28, was delivered".
fn set_off(s: &Scan, i: usize) -> bool {
    s.back(i)
        .filter(|&b| s.is(b, "on"))
        .and_then(|b| s.back(b))
        .is_some_and(|c| s.is_ch(c, ','))
}

/// Whether "since" comes just before atom `i` ("since May", "since March 3",
/// "since their Oct. 13 debate") or "back in" does ("way back in October"):
/// a time past.
fn since(s: &Scan, i: usize) -> bool {
    let is_since = |b: usize| s.is_any(b, &["since", "Since"]);
    // "since announcing in October", "since taking office in January".
    let after_gerund = || {
        if !s.back(i).is_some_and(|b| s.is(b, "in")) {
            return false;
        }
        let mut words = back_in_sentence(s, i)
            .filter(|&b| s.word(b).is_some())
            .skip(1)
            .take(3);
        let mut last = words.next();
        words.any(|b| {
            let gerund = last.is_some_and(|w| s.word(w).is_some_and(|v| v.ends_with("ing")));
            last = Some(b);
            gerund && is_since(b)
        })
    };
    // "since their Oct. 13 debate", "since the May 5 vote", "since Russia's
    // Oct. 13 decision", "since the company's Oct. 13 announcement".
    let owned = || {
        let owner = s
            .back(i)
            .filter(|&b| s.is_any(b, DETERMINERS) || s.owner_s(b));
        let before_owner = owner.and_then(|b| {
            if s.owner_s(b) {
                // Past the owner's name (before its apostrophe) and its
                // article: "the company's".
                let k = s.back(b.checked_sub(2)?)?;
                if s.is(k, "the") {
                    s.back(k)
                } else {
                    Some(k)
                }
            } else {
                s.back(b)
            }
        });
        before_owner.is_some_and(is_since)
    };
    // "way back in October", "Back in March, the party": a time looked
    // back to (not "will be back in October").
    let back_in = || {
        // "dates back to October".
        if s.back(i)
            .filter(|&b| s.is(b, "to"))
            .and_then(|b| s.back(b))
            .filter(|&b| s.is(b, "back"))
            .and_then(|b| s.back(b))
            .is_some_and(|d| s.is_any(d, &["dates", "dated", "date", "dating"]))
        {
            return true;
        }
        let back = s
            .back(i)
            .filter(|&b| s.is(b, "in"))
            .and_then(|b| s.back(b))
            .filter(|&b| s.is(b, "back"));
        back.is_some_and(|b| {
            s.back(b)
                .is_none_or(|a| s.is(a, "way") || s.is_ch(a, ',') || s.sentence_ends(a))
        })
    };
    s.back(i).is_some_and(is_since) || after_gerund() || owned() || back_in()
}

/// The day that falls once a year by `on` (a day and month, a holiday's rule)
/// nearest the article date `d`: the article's day itself, else the first
/// after it or the last before it as `toward` says, else the nearer of the two
/// (news looks back when both are as near). [`Toward::Back`], by the tense
/// of a sentence, still takes a day of the article's year up to 61 days
/// ahead, and [`Toward::Ahead`] a day passed within the month whose next is
/// eleven months away; [`Toward::Before`] and [`Toward::After`] never do.
pub(super) fn nearest_yearly(
    d: CalendarDate,
    on: impl Fn(i32) -> Option<CalendarDate>,
    toward: Toward,
) -> Option<CalendarDate> {
    let past = [d.year, d.year - 1]
        .into_iter()
        .filter_map(&on)
        .find(|c| c.days() <= d.days());
    let future = [d.year, d.year + 1]
        .into_iter()
        .filter_map(&on)
        .find(|c| c.days() > d.days());
    match (past, future) {
        (Some(p), _) if p.days() == d.days() => Some(p),
        // Ahead, unless the day passed within the month and its next comes
        // in eleven months: a plan told in the past ("had promised they
        // would be freed by August 23", told on August 27).
        (Some(p), Some(f))
            if toward == Toward::Ahead
                && d.days() - p.days() <= 31
                && f.days() - d.days() > 330 =>
        {
            Some(p)
        }
        (_, Some(f)) if matches!(toward, Toward::Ahead | Toward::After) => Some(f),
        (_, Some(f)) if toward == Toward::Soon && f.days() - d.days() <= 243 => Some(f),
        // A day later this calendar year and at most two months ahead is
        // this year's even in a sentence in the past: news writes the year
        // of any other ("proposed September 18 as the date", told in
        // August; "the debate was held the Saturday before Christmas").
        (_, Some(f)) if toward == Toward::Back && f.year == d.year && f.days() - d.days() <= 61 => {
            Some(f)
        }
        (Some(p), _) if matches!(toward, Toward::Back | Toward::Before) => Some(p),
        (Some(p), Some(f)) if f.days() - d.days() < d.days() - p.days() => Some(f),
        (Some(p), _) => Some(p),
        (None, f) => f,
    }
}

/// Resolves a month told without a year ("in May") to an ISO month: with an
/// article date, the latest such month up to the article's, unless the next
/// is at most four months ahead (news of a March speaks of the conventions
/// in July as coming); when the sentence speaks of the future
/// (`ahead`: "will visit in May") the first such month on or after the
/// article's. Without an article date, the partial form "--05".
pub(super) fn month_alone(date: Option<CalendarDate>, month: u8, toward: Toward) -> String {
    let Some(d) = date else {
        return format!("--{month:02}");
    };
    // Soon: the coming one within eight months ("the November election"
    // told in April), else the last.
    let soon =
        toward == Toward::Soon && (i32::from(month) - i32::from(d.month)).rem_euclid(12) <= 8;
    let year = if matches!(toward, Toward::Ahead | Toward::After) || soon {
        if month >= d.month {
            d.year
        } else {
            d.year + 1
        }
    } else if month <= d.month || toward == Toward::Nearest && month - d.month <= 4 {
        d.year
    } else {
        d.year - 1
    };
    format!("{year:04}-{month:02}")
}

/// The year of quarter `q` (1 to 4) told without a year ("the fourth
/// quarter"), from the article date `d`: when the sentence speaks of the
/// future (`Toward::Ahead`: "will report in the third quarter"), the first
/// such quarter not yet over; in the past (`Back`), the latest begun by the
/// article date; else that latest one, unless the next begins within two
/// months, as for a month alone ([`month_alone`]: "closures during the fourth
/// quarter" told in August).
pub(super) fn quarter_alone(d: CalendarDate, q: u8, toward: Toward) -> i32 {
    let (first, last) = (3 * q - 2, 3 * q);
    let this_year = match toward {
        Toward::Ahead | Toward::After => return if last >= d.month { d.year } else { d.year + 1 },
        Toward::Back | Toward::Before => first <= d.month,
        Toward::Nearest | Toward::Soon => first <= d.month || first - d.month <= 2,
    };
    if this_year {
        d.year
    } else {
        d.year - 1
    }
}

/// The year of half `h` (1 or 2) of a year told without a year ("the second
/// half"): the latest such half up to the article date's `d`, or, when the
/// sentence looks ahead (`toward` as [`Toward::at`] reads it: "will recover
/// in the second half", "analysts expect cuts in the second half", "should
/// pick up in H2"), the first such half on or after the article date's.
pub(super) fn half_alone(d: CalendarDate, h: u8, toward: Toward) -> i32 {
    let ahead = matches!(toward, Toward::Ahead | Toward::After | Toward::Soon);
    let current = if d.month > 6 { 2 } else { 1 };
    match (ahead, h >= current) {
        (true, true) | (false, false) => d.year,
        (true, false) => d.year + 1,
        // The half is still ahead this year: the last one was last year's.
        (false, true) if h == current => d.year,
        (false, true) => d.year - 1,
    }
}

/// The year written in two digits `yy`, in the century that puts it at most
/// `ahead` years after the article's year (2030 without an article date):
/// "'98" is 1998 and "'24" 2024 with `ahead` 0; a dated form looks a little
/// further, "12/28/45" in 2026 is 2045 with `ahead` 20, "09/16/99" still 1999.
pub(super) fn two_digit_year(yy: i32, date: Option<CalendarDate>, ahead: i32) -> i32 {
    let latest = date.map_or(2030, |d| d.year) + ahead;
    if 2000 + yy <= latest {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The date `n` units before `d` (after it when `n` is negative: "two weeks
/// from now"), at the precision of the unit.
pub(super) fn ago(d: CalendarDate, unit: TimeUnit, n: f64) -> Option<String> {
    // A share of a unit in whole finer units: "a quarter century ago" is 25
    // years back, "1.5 years ago" 18 months.
    if n.fract() != 0.0 {
        let (finer, per) = match unit {
            TimeUnit::Century => (TimeUnit::Year, 100.0),
            TimeUnit::Decade => (TimeUnit::Year, 10.0),
            TimeUnit::Year => (TimeUnit::Month, 12.0),
            _ => return None,
        };
        let m = n * per;
        return (m.fract().abs() < 1e-9)
            .then(|| ago(d, finer, m.round()))
            .flatten();
    }
    if !(-10_000.0..=10_000.0).contains(&n) {
        return None;
    }
    let n = n as i64;
    Some(match unit {
        TimeUnit::Day => d.add_days(-n).iso(),
        TimeUnit::Week => d.add_days(-7 * n).iso(),
        TimeUnit::Fortnight => d.add_days(-14 * n).iso(),
        TimeUnit::Month => {
            let m = i64::from(d.year) * 12 + i64::from(d.month) - 1 - n;
            format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
        }
        TimeUnit::Quarter => {
            let q = i64::from(d.year) * 4 + i64::from((d.month - 1) / 3) - n;
            format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
        }
        TimeUnit::Year => format!("{:04}", i64::from(d.year) - n),
        TimeUnit::Decade => format!("{:03}", (i64::from(d.year) - 10 * n) / 10),
        TimeUnit::Century => format!("{:02}", (i64::from(d.year) - 100 * n) / 100),
        _ => d.iso(),
    })
}

/// The atom after "from now" or "from today" told after atom `e` ("two
/// weeks from now"), if it is.
pub(super) fn from_now(s: &Scan, e: usize) -> Option<usize> {
    (s.is_space(e)
        && s.is(e + 1, "from")
        && s.is_space(e + 2)
        && s.is_any(e + 3, &["now", "today"]))
    .then_some(e + 4)
}

/// Whether "ago", or "back" meaning it, follows the length that starts at
/// atom `start` and ends before the space at `e`: "two years ago"; "A
/// month back, nobody had heard of him", "Two years back he was poor" (a
/// length opening its sentence or clause, then a comma or a subject; not
/// "set the plan two years back", "a week back in Iowa").
pub(super) fn ago_after(s: &Scan, start: usize, e: usize) -> bool {
    if !s.is_space(e) {
        return false;
    }
    if s.is(e + 1, "ago") {
        return true;
    }
    let opens = s
        .back(start)
        .is_none_or(|b| s.sentence_ends(b) || s.is_ch(b, ','));
    let then = s.is_ch(e + 2, ',')
        || s.is_space(e + 2) && (s.is_any(e + 3, super::vocab::SUBJECTS) || s.is(e + 3, "when"));
    s.is(e + 1, "back") && opens && then
}

/// Whether the sentence before atom `i` puts a day ahead of the article date
/// (within a few words): "will meet on Friday", "until Sunday", or asks
/// for it ([`request`]).
pub(super) fn future_ahead(s: &Scan, i: usize) -> bool {
    before_in_sentence(s, i, ahead) || request(s, i)
}

/// Whether the sentence before atom `i` tells an outlook ([`OUTLOOK`]) and
/// no verb in the past: "The forecast shows heavy rain on Friday", "a 60%
/// chance of thunderstorms on Friday" (not "had a chance on Friday to").
pub(super) fn outlook(s: &Scan, i: usize) -> bool {
    let words = || sentence_before(s, i, 32).filter(|&b| s.word(b).is_some());
    words().any(|b| s.is_any(b, OUTLOOK)) && !words().any(|b| past_verb(s, b))
}

/// Whether the sentence of atom `i` asks for what is to come: it opens with
/// "Let's", "Let us" or "Please" ("Let's regroup on Monday", "Please let me
/// know Monday morning").
fn request(s: &Scan, i: usize) -> bool {
    let first = sentence_before(s, i, 40)
        .filter(|&b| s.word(b).is_some())
        .last();
    first.is_some_and(|first| {
        s.is(first, "let") && (s.owner_s(first + 2) || s.is(s.sp(first + 1), "us"))
            || s.is(first, "please")
    })
}

/// Whether the sentence before atom `i` speaks in the future tense ("will
/// visit in May"; not "until May", which past sentences use as well: "had
/// paid rent until May").
pub(super) fn future_tense(s: &Scan, i: usize) -> bool {
    before_in_sentence(s, i, of_the_future)
}

/// Whether the sentence before atom `i` speaks in the past tense: "was", "were",
/// "had", "did" or a verb in -ed ("was signed on Memorial Day", "queued on
/// Black Friday") comes before it in its sentence, within 16 atoms, with no
/// word of the future nearer ("said it will reopen on Easter").
pub(super) fn past_tense(s: &Scan, i: usize) -> bool {
    back_in_sentence(s, i)
        .find_map(|b| {
            if !s.sense(b).tense && !ed_verb(s, b) {
                None
            } else if ahead(s, b) || modal_ahead(s, b) || will_not(s, b) {
                Some(false)
            } else if s.is_any(b, &["was", "were", "had", "did"])
                || ed_verb(s, b) && !present_passive(s, b)
                || s.sense(b).past && !passive(s, b)
            {
                Some(true)
            } else {
                None
            }
        })
        .unwrap_or(false)
}

/// The atoms before atom `i` in its sentence, nearest first, at most 24: up
/// to a line break or the mark that ends a sentence, a clause (";") or a
/// quotation. A few words quoted inside the sentence are read through,
/// marks and all ("he'll be “very competitive” in November").
fn back_in_sentence<'a>(s: &'a Scan, i: usize) -> impl Iterator<Item = usize> + 'a {
    let first = i.saturating_sub(24);
    let mut b = i;
    std::iter::from_fn(move || {
        b = b.checked_sub(1).filter(|&b| b >= first)?;
        if s.sentence_ends(b) {
            return None;
        }
        if s.double_quote(b) {
            // Read through only a closing mark whose quote opened after a
            // lowercase word and goes on in lowercase after it.
            let open = inline_quote_opens(s, b)?;
            if open < first {
                return None;
            }
            b = open;
        }
        Some(b)
    })
}

/// The opening mark of the quotation of at most six words that the mark at
/// atom `close` closes, when the quotation sits inside a sentence: a
/// lowercase word before its opening mark and after its closing one ("would
/// be “very competitive” in November"), so no speaker's own words.
fn inline_quote_opens(s: &Scan, close: usize) -> Option<usize> {
    let lower = |k: usize| {
        s.word(k)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
    };
    if !(s.is_space(close + 1) && lower(close + 2)) || matches!(s.ch(close), Some('“' | '„')) {
        return None;
    }
    // A doubled single mark ('') is two atoms: the pair's first one.
    let pair_start = |k: usize| {
        if s.is_ch(k, '\'') {
            k.saturating_sub(1)
        } else {
            k
        }
    };
    let close = pair_start(close);
    let open = (close.saturating_sub(14)..close)
        .rev()
        .take_while(|&k| !s.sentence_ends(k))
        .find(|&k| s.double_quote(k) && !s.is_ch(k, '”'))
        .map(pair_start)?;
    let words = (open..close).filter(|&k| s.word(k).is_some()).count();
    (words <= 6 && open >= 2 && s.is_space(open - 1) && lower(open - 2)).then_some(open)
}

/// Whether a verb group of the past governs the day or month at atom `i`:
/// within the three words before it, an auxiliary of the past ("was",
/// "were", "had", "has", "have", "been") before a verb in -ed ("was signed
/// on Feb. 3", "had closed in March"), or "was" or "were" with only
/// prepositions between ("the vote was on Dec. 12"). Narrower than
/// [`past_tense`]: a participle alone ("ads reserved in December", "the
/// delegate-packed April 19 primary") is no sign, and a word of the future
/// nearer ("was expected on", "scheduled") stops the search.
pub(super) fn past_event(s: &Scan, i: usize) -> bool {
    const AUXILIARIES: &[&str] = &["was", "were", "had", "has", "have", "been"];
    let mut words = 0;
    for b in back_in_sentence(s, i) {
        if s.word(b).is_none() {
            if s.is_space(b) {
                continue;
            }
            return false;
        }
        words += 1;
        if words > 3 || ahead(s, b) || modal_ahead(s, b) {
            return false;
        }
        if ed_verb(s, b) {
            return s.back(b).is_some_and(|a| s.is_any(a, AUXILIARIES));
        }
        if s.is_any(b, &["was", "were"]) {
            return true;
        }
        if !s.is_any(
            b,
            &[
                "on", "in", "by", "at", "since", "from", "during", "until", "of",
            ],
        ) {
            return false;
        }
    }
    false
}

/// Whether a verb of the past (in -ed, or [`PAST_WORDS`](super::vocab::PAST_WORDS)) governs the day
/// at atom `i` from just before it or its preposition: "nominations closed
/// on Jan. 31", "the suit filed Friday", "the jury met on March 3". Not a passive ("will be held on Friday") and not after a word of
/// what is ahead ("is expected on", "scheduled for").
pub(super) fn past_verb_on(s: &Scan, i: usize) -> bool {
    let Some(mut b) = s.back(i) else {
        return false;
    };
    if s.is_any(b, &["on", "in", "by", "at", "from"]) {
        let Some(v) = s.back(b) else {
            return false;
        };
        b = v;
    }
    // "took place on 27 June": the verb before its object.
    if s.is(b, "place") {
        b = s
            .back(b)
            .filter(|&v| s.is_any(v, &["took", "taken"]))
            .unwrap_or(b);
    }
    // "was last seen on June 3", "were sworn in on Monday": an irregular
    // participle after "was" or "were" (one adverb between).
    const PARTICIPLES: &[&str] = &[
        "seen", "taken", "given", "shown", "born", "driven", "stolen", "written", "beaten",
        "chosen", "spoken", "broken", "hidden", "frozen", "thrown", "drawn", "sworn", "known",
        "flown", "begun", "struck", "hit", "shot", "put", "set", "cut",
    ];
    let was = |v: usize| {
        s.back(v).is_some_and(|a| {
            s.is_any(a, &["was", "were"])
                || s.word(a)
                    .is_some_and(|w| w.ends_with("ly") || w == "last" || w == "first")
                    && s.back(a).is_some_and(|w| s.is_any(w, &["was", "were"]))
        })
    };
    if s.is_any(b, PARTICIPLES) && was(b) {
        return true;
    }
    // "the delegate-packed April 19 primary": an adjective; "votes are
    // tallied March 15": a passive of the present.
    (ed_verb(s, b) || s.sense(b).past)
        && !s.glued(b)
        && !passive(s, b)
        && !s.back(b).is_some_and(|a| s.is_any(a, &["is", "are", "am"]))
        && !ahead(s, b)
}

/// Whether a verb of a coming event in the present ([`PRESENT_EVENTS`])
/// comes within eight words before the weekday at atom `i`, with no other
/// word of tense between: "which holds a caucus on Saturday", "New Jersey,
/// which also holds its primary Tuesday".
pub(super) fn present_event(s: &Scan, i: usize) -> bool {
    // Or, with no object, straight to the day, through a place: "The
    // Senate votes on Thursday", "Ministers meet in Brussels on Monday",
    // "travel to Brussels on Monday".
    let leads_to_the_day = |k: usize| {
        let mut k = k;
        // "We meet again on Friday".
        if s.is(k, "again") && s.is_space(k + 1) {
            k += 2;
        }
        if s.is_any(k, &["to", "in", "at", "for"]) && s.is_space(k + 1) && s.capitalized(k + 2) {
            k += 2;
            while s.capitalized(k) && s.is_space(k + 1) && k < i {
                k += 2;
            }
        }
        // Not a noun whose verb comes after: "Police reports on Tuesday
        // said".
        s.is(k, "on")
            && s.is_space(k + 1)
            && k + 2 == i
            && clause_tense_after(s, i + 1) != Some(false)
    };
    // A verb that is as often a noun, before its object: a determiner, an
    // owner or a name that is no day ("faces Sanders"; not "races Monday").
    let before_object = |b: usize| {
        let k = b + 2;
        let subject = s.back(b);
        let plural = s.is_any(b, PLURAL_PRESENT_EVENTS)
            && !s.capitalized(b)
            && subject.is_some_and(|d| {
                s.is_ch(d, ',')
                    || s.word(d)
                        .is_some_and(|w| s.capitalized(d) || w.len() > 3 && w.ends_with('s'))
            });
        (s.is_any(b, PRESENT_EVENTS_BEFORE_OBJECT) || plural)
            && !subject.is_some_and(|d| s.is_any(d, DETERMINERS))
            && s.is_space(b + 1)
            // "The company reports earnings on Tuesday": a business's
            // report, its object without a determiner.
            && (s.is_any(k, DETERMINERS)
                || s.is_any(k, &["earnings", "results", "profits", "figures"])
                || s.capitalized(k) && s.sense(k).weekday == 0 && s.sense(k).month == 0
                || leads_to_the_day(k))
    };
    let event = |b: usize| s.is_any(b, PRESENT_EVENTS) || before_object(b);
    back_in_sentence(s, i)
        .filter(|&b| s.word(b).is_some())
        .take(8)
        .find(|&b| event(b) || s.sense(b).tense || ed_verb(s, b))
        .is_some_and(event)
}

/// Whether the date at atom `i` names an event (one held on a day, of
/// [`EVENTS`](super::vocab::EVENTS)): one within
/// three words after it ("the Nov. 8 election", "November's general
/// election", "Saturday's friendly match"), or just before it with "on" or
/// "in" ("the Iowa caucuses on Monday", "primary on Tuesday", "the election
/// in November").
pub(super) fn names_an_event_day(s: &Scan, i: usize) -> bool {
    // Not an event told as a point passed: "after the debate on Saturday",
    // "since the primary", nor in the present perfect ("has won eight
    // contests, including the caucuses on Saturday").
    let passed = back_in_sentence(s, i)
        .filter(|&b| s.word(b).is_some())
        .take(6)
        .any(|b| s.is_any(b, &["after", "since", "following"]));
    let perfect = sentence_before(s, i, 40).any(|b| {
        s.is_any(b, &["has", "have"])
            && s.is_space(b + 1)
            && (ed_verb(s, b + 2) || s.sense(b + 2).past)
    });
    if passed || perfect {
        return false;
    }
    let mut words = 0;
    let mut k = i + 1;
    while words < 4 && k < i + 16 {
        match s.word(k) {
            Some(_) if s.sense(k).event_day => return true,
            Some(_) => words += 1,
            None if s.is_space(k)
                || s.digits(k).is_some()
                || matches!(s.ch(k), Some('.' | '\'' | '’')) => {}
            None => break,
        }
        k += 1;
    }
    let before = match s.back(i) {
        Some(b) if s.is_any(b, &["on", "in"]) => s.back(b),
        b => b,
    };
    before.is_some_and(|b| s.sense(b).event_day)
}

/// Verbs of a decision on what is to come, before "to" or "for": "voted to
/// return to work on Monday", "called for a strike on Thursday".
const DECIDED: &[&str] = &[
    "voted",
    "agreed",
    "decided",
    "pledged",
    "vowed",
    "threatened",
    "called",
    "urged",
    "promised",
    "resolved",
    "opted",
    "chose",
];

/// Whether a verb of decision ([`DECIDED`]) comes within ten words before
/// the weekday at atom `i`, with "to" or "for" after it and no other word of
/// tense between.
pub(super) fn decided_on(s: &Scan, i: usize) -> bool {
    // "to" or "for" after the verb, before the day ("voted on Friday to
    // strike on Monday").
    // "An announcement was planned in Chicago Wednesday": a plan needs none.
    let decided = |b: usize| {
        s.is_any(b, &["planned", "scheduled", "slated"])
            || s.is_any(b, DECIDED) && (b + 1..i).any(|k| s.is_any(k, &["to", "for"]))
    };
    back_in_sentence(s, i)
        .filter(|&b| s.word(b).is_some())
        .take(10)
        .find(|&b| decided(b) || s.is_any(b, DECIDED) || s.sense(b).tense || ed_verb(s, b))
        .is_some_and(decided)
}

/// Whether the weekday at atom `i` is where an event was moved to:
/// "postponed to Friday", "rescheduled for Monday", "pushed back to
/// Tuesday", "put off until Thursday" (the day lies ahead of the move).
pub(super) fn moved_to(s: &Scan, i: usize) -> bool {
    let Some(to) = s.back(i).filter(|&b| s.is_any(b, &["to", "for", "until"])) else {
        return false;
    };
    let mut v = s.back(to);
    if v.is_some_and(|k| s.is_any(k, &["back", "off", "forward"])) {
        v = v.and_then(|k| s.back(k));
    }
    v.is_some_and(|k| s.is_any(k, MOVED) && !s.glued(k))
}

/// Whether a plan told in the present passive ("is planned Friday", "are
/// set for Monday") or a schedule's verb in the present plural comes just
/// before "on" and the day at atom `i`: "the Games close on Sunday", "doors open again
/// on Saturday" (the verb alone is as often a noun or an adjective, "an open
/// letter Monday", "a rocky start Monday": only so placed does it tell).
pub(super) fn schedule_on(s: &Scan, i: usize) -> bool {
    // Verbs of [`SCHEDULE`](super::vocab::SCHEDULE), of one subject ("the show opens on Friday") or
    // many, and "goes into effect on Dec. 1", "takes effect on".
    // "A memorial service is planned Friday", "talks are set for Monday": a
    // plan told in the present passive.
    let mut p = s.back(i);
    if p.is_some_and(|k| s.is_any(k, &["on", "for"])) {
        p = p.and_then(|k| s.back(k));
    }
    let planned = p.is_some_and(|k| {
        s.is_any(k, &["planned", "set", "slated", "scheduled"])
            && s.back(k).is_some_and(|a| s.is_any(a, &["is", "are"]))
    });
    // "The hearing, listed for 10am on Wednesday, is", "a vote set for
    // Monday": a participle of a plan before "for", within four words, not
    // after "was" or "were" ("was set for Friday" is a plan told past).
    let listed_for = sentence_before(s, i, 12)
        .filter(|&b| s.word(b).is_some())
        .take(4)
        .find(|&b| s.is(b, "for"))
        .and_then(|f| s.back(f))
        .is_some_and(|k| {
            s.is_any(
                k,
                &[
                    "listed",
                    "set",
                    "slated",
                    "scheduled",
                    "pencilled",
                    "penciled",
                    "booked",
                ],
            ) && !s
                .back(k)
                .is_some_and(|a| s.is_any(a, &["was", "were", "had", "been"]))
        });
    if planned || listed_for {
        return true;
    }
    // "There is an election on Tuesday", "there are talks on Monday": a
    // thing that is, on that day (no past verb between).
    let mut words = sentence_before(s, i, 24).filter(|&b| s.word(b).is_some());
    let there_is = words.find_map(|b| {
        if past_verb(s, b) {
            return Some(false);
        }
        let there = s.back(b).filter(|&t| s.is(t, "there"));
        (s.is_any(b, &["is", "are"]) && there.is_some()).then_some(true)
    });
    if there_is == Some(true) {
        return true;
    }
    // "The deadline is Friday", "Opening night is Friday": a weekday told by
    // the present of "be".
    if s.back(i).is_some_and(|b| s.is_any(b, &["is", "are"])) && s.sense(i).weekday > 0 {
        return true;
    }
    // "Kickoff is at 8pm on Saturday", "The final is at 3pm Sunday": a time
    // of the day told by the present of "be".
    let at = sentence_before(s, i, 16)
        .filter(|&b| s.word(b).is_some() || s.digits(b).is_some())
        .take(5)
        .find(|&b| s.is(b, "at"));
    let told_by_be = |a: usize| {
        let clock = s.sp(a + 1);
        s.back(a).is_some_and(|b| s.is_any(b, &["is", "are"]))
            && (s.digits(clock).is_some() || s.is_any(clock, &["noon", "midnight"]))
    };
    if at.is_some_and(told_by_be) {
        return true;
    }
    // "The rules take effect Jan. 1", "comes into force March 1": a verb of
    // [`in_force`] straight before the day.
    if s.back(i).is_some_and(|w| in_force_before(s, w)) {
        return true;
    }
    let Some(on) = s.back(i).filter(|&b| s.is(b, "on")) else {
        return false;
    };
    // "The vote is on Thursday", "the talks are on Monday": a day told by
    // the present of "be" (not the day's own event: "the focus is on
    // Monday's vote").
    if s.back(on).is_some_and(|b| s.is_any(b, &["is", "are"])) && !s.owner_s(i + 2) {
        return true;
    }
    let mut v = s.back(on);
    if v.is_some_and(|k| s.is(k, "again")) {
        v = v.and_then(|k| s.back(k));
    }
    // "its European close on Tuesday", "their close on Friday": a noun.
    const OWNERS: &[&str] = &["its", "his", "her", "their", "our", "my", "your"];
    // A plural name may be the subject ("the Games close"); "Paris" is none.
    let plural = |w: &str| w.ends_with('s') && !["is", "us", "ss"].iter().any(|e| w.ends_with(e));
    let owned = |k: usize| {
        s.back(k).is_some_and(|a| {
            s.is_any(a, OWNERS)
                || s.capitalized(a)
                    && !plural(s.str(a))
                    && s.back(a)
                        .is_some_and(|o| s.is_any(o, OWNERS) || s.is(o, "the"))
        })
    };
    // "goes into effect", "takes effect" (not "took effect").
    let in_effect = |k: usize| !s.is(k, "effect") || in_force_before(s, k);
    v.is_some_and(|k| {
        matches!(s.word(k), Some(w) if w == "effect"
            || w.bytes().all(|c| c.is_ascii_lowercase()) && schedule_verb(w, true))
            && in_effect(k)
            && !owned(k)
            && !s.back(k).is_some_and(|a| {
                s.is_any(
                    a,
                    &[
                        "the", "a", "an", "to", "did", "didn't", "was", "were", "had",
                    ],
                )
            })
    })
}

/// Whether the participle at atom `b` follows "be", "been" or "being" ("will
/// be held on Friday"): a passive, of no tense of its own.
fn passive(s: &Scan, b: usize) -> bool {
    s.back(b)
        .is_some_and(|a| s.is_any(a, &["be", "been", "being"]))
}

/// Whether atom `b` is a verb in -ed, in lower case ("signed", "filed").
pub(super) fn ed_verb(s: &Scan, b: usize) -> bool {
    // Words in -ed that are no past: "need", "speed", "proceed", "indeed"
    // (a past in -eed is one of a few: "agreed", "freed"), "hundred",
    // "sacred", "naked".
    const PAST_IN_EED: &[&str] = &[
        "agreed",
        "disagreed",
        "freed",
        "decreed",
        "guaranteed",
        "refereed",
        "emceed",
    ];
    const NO_PAST: &[&str] = &[
        "hundred", "sacred", "hatred", "kindred", "naked", "wicked", "rugged", "ragged", "embed",
        "shred", "infrared", "crooked", "wretched", "beloved",
    ];
    s.word(b).is_some_and(|w| {
        w.len() > 3
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && (!w.ends_with("eed") || PAST_IN_EED.contains(&w))
            && !NO_PAST.contains(&w)
    })
}

/// Whether atom `b` is a word of what is ahead: [`FUTURE_TENSE`], [`AHEAD`]
/// or a singular verb of a schedule ([`schedule_verb`]).
fn ahead(s: &Scan, b: usize) -> bool {
    // A participle of what is expected after the present of "be" ("rain is
    // forecast for Thursday", "Helene is expected to bring rain through
    // Friday", "the vote is scheduled for"), not the noun ("raised its
    // profit forecast after third-quarter sales") nor the past ("was
    // expected on Monday").
    if s.sense(b).expected {
        return s
            .back(b)
            .is_some_and(|a| s.is_any(a, &["is", "are", "be", "being"]));
    }
    s.is_any(b, FUTURE_TENSE)
        || s.is_any(b, AHEAD)
        || s.word(b).is_some_and(|w| schedule_verb(w, false))
}

/// Whether atom `k` tells the future tense: [`FUTURE_TENSE`], [`COMING`], a
/// modal ([`modal_ahead`]) or a word of intent ([`intent`]).
fn future_word(s: &Scan, k: usize) -> bool {
    of_the_future(s, k) || modal_ahead(s, k) || intent(s, k)
}

/// Whether atom `k` is a word of the future: [`FUTURE_TENSE`] or [`COMING`].
fn of_the_future(s: &Scan, k: usize) -> bool {
    s.is_any(k, FUTURE_TENSE) || s.is_any(k, COMING)
}

/// Whether "will" ("'ll", "shall") comes before atom `i` in its sentence:
/// a future told as such, not one told in the past ("would be freed by
/// August 23").
fn will_before(s: &Scan, i: usize) -> bool {
    back_in_sentence(s, i).any(|b| s.is_any(b, &["will", "ll", "shall"]))
}

/// Whether atom `b` is a modal verb of what is ahead ([`MODALS`]).
fn modal_ahead(s: &Scan, b: usize) -> bool {
    let lower = s.word(b).is_some_and(|w| MODALS.contains(&w));
    // Not "must not only win", whose "not" negates nothing of the future.
    let negated = s.is(b + 2, "have")
        || s.is(b + 2, "not") && !s.is(b + 4, "only")
        || (matches!(s.ch(b + 1), Some('\'' | '’')) && s.is(b + 2, "t"));
    lower && !negated
}

/// Whether a present or future verb of state, or the present perfect, comes
/// within eight words before atom `b`: "is closed", "will stay shut",
/// "remain", "has continued to hold markets closed".
fn state_before(s: &Scan, b: usize) -> bool {
    const STATE: &[&str] = &[
        "is", "are", "be", "will", "remain", "remains", "stay", "stays", "ll", "s", "re", "has",
        "have",
    ];
    back_in_sentence(s, b)
        .filter(|&k| s.word(k).is_some())
        .take(8)
        .any(|k| s.is_any(k, STATE))
}

/// Whether atom `b` is "won" of "won't" ("we won't see a rally Thursday"):
/// "will", not the past of "win".
pub(super) fn will_not(s: &Scan, b: usize) -> bool {
    s.is(b, "won") && matches!(s.ch(b + 1), Some('\'' | '’')) && s.is(b + 2, "t")
}

/// Whether atom `b` is "if", "unless", "whoever" or "whichever" of a
/// condition told in the present, which speaks of what is ahead ("if he
/// wins in November", "Whoever wins in November"); a verb of the past nearer
/// the figure makes it past ("if he won in March", "whoever won in March").
fn condition(s: &Scan, b: usize) -> bool {
    s.is_any(b, &["if", "unless", "whoever", "whichever"])
}

/// Whether the date at atom `i` is a modifier of a noun, whose time a modal
/// verb, an intent or a condition does not tell: after a possessive ("his
/// Tuesday wins") or before an owner's "'s" ("If October's debate",
/// "Thursday night's"). A modal verb's ahead passes over an owner's "'s"
/// ("may wait until February's primaries"), not a possessive ("must file
/// their February reports"). (Which nouns name events, and so lie ahead,
/// is [`names_an_event_day`].)
fn modifies_a_noun(s: &Scan, i: usize) -> bool {
    after_possessive(s, i) || s.owner_s(i + 2) || s.is_space(i + 1) && s.owner_s(i + 4)
}

fn after_possessive(s: &Scan, i: usize) -> bool {
    s.back(i)
        .is_some_and(|b| s.is_any(b, &["his", "her", "their", "its", "our", "my", "your"]))
}

/// Whether atom `b` is a word of intent before "to" ([`INTENT`]), or "set",
/// "slated" or "planned" before "for" ("a summit is planned for early
/// June"), "plans on" ("plans on issuing a bond Wednesday"), or "is to" of
/// an arrangement ("is to be delivered Wednesday"); not a plan told in the
/// past ("was set to headline Tuesday": the Tuesday before).
fn intent(s: &Scan, b: usize) -> bool {
    if s.is_any(b, &["is", "are", "am"]) && s.is_space(b + 1) && s.is(b + 2, "to") {
        // A verb after it ("is to meet", "are to be sworn"), not a noun
        // phrase or a question ("the question is to what extent").
        return verb_after_to(s, b + 2);
    }
    if s.is_any(b, &["plans", "plan", "planning"])
        && s.is_space(b + 1)
        && s.is(b + 2, "on")
        && s.is_space(b + 3)
        && s.word(b + 4).is_some_and(|w| w.ends_with("ing"))
    {
        return true;
    }
    let before_for = ["set", "slated", "planned"];
    // In any case: "Republicans Want to Win", "WANT TO WIN".
    s.word(b).is_some_and(|w| {
        INTENT
            .iter()
            .chain(&before_for)
            .any(|x| w.eq_ignore_ascii_case(x))
    }) && !s
        .back(b)
        .is_some_and(|p| s.is_any(p, &["was", "were", "been", "had"]))
        && s.is_space(b + 1)
        && (s.is(b + 2, "to") && !s.is(b, "planned")
            || s.is_any(b, &before_for) && s.is(b + 2, "for"))
}

/// A decision told in the past about what comes after it, at atom `b`:
/// "OPEC agreed to cut output from January", "the council voted to close the
/// library in March" (a verb after "to", not "agreed to the deal"). Read
/// only before the date ([`before_in_sentence`]): "In May, the council voted
/// to pay" is May's.
fn decided_to(s: &Scan, b: usize) -> bool {
    const DECIDED: &[&str] = &[
        "agreed",
        "decided",
        "voted",
        "pledged",
        "promised",
        "vowed",
        "resolved",
        "undertook",
    ];
    s.is_any(b, DECIDED) && s.is_space(b + 1) && s.is(b + 2, "to") && verb_after_to(s, b + 2)
}

/// Whether a verb in its base form follows the "to" at atom `to`: "is to
/// meet", "agreed to cut" (a word in lower case, not in -ed or -ing, that
/// opens no noun phrase or question: not "is to what extent", "agreed to
/// the deal", "agreed to it").
fn verb_after_to(s: &Scan, to: usize) -> bool {
    const NO_VERB: &[&str] = &[
        "what", "which", "how", "whom", "whose", "the", "a", "an", "this", "that", "these",
        "those", "his", "her", "its", "their", "our", "my", "your", "it", "them", "blame",
    ];
    s.is_space(to + 1)
        && s.word(to + 2).is_some_and(|w| {
            w.chars().all(|c| c.is_ascii_lowercase())
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !NO_VERB.contains(&w)
        })
}

/// Whether one of `words`, a modal verb of what is ahead ([`modal_ahead`]) or
/// a word of intent ([`intent`]) with no verb in the past between it and atom
/// `i` ("could be found in papers filed Sunday": filed is past), or "now and"
/// ("between now and November 15") comes before atom `i` in its sentence,
/// within 16 atoms.
fn before_in_sentence(s: &Scan, i: usize, words: fn(&Scan, usize) -> bool) -> bool {
    let mut past_between = false;
    // A clause of its own, joined by ", and" or ", but", whose verb after
    // atom `i` is the past's: "The fair opens on September 8, and talks on
    // July 8 ended".
    let past_after = || clause_tense_after(s, i + 1) == Some(false);
    for b in back_in_sentence(s, i) {
        if s.is_any(b, &["and", "but"])
            && s.back(b).is_some_and(|c| s.ch(c) == Some(','))
            && past_after()
        {
            return false;
        }
        // A relative clause has its own tense: "should ignore the critics
        // who on Sunday cast".
        if s.is_any(b, &["who", "which"]) {
            return false;
        }
        // Most words tell no tense: passed over at once ("is" only as "is
        // to" of an arrangement, [`intent`]).
        if !s.sense(b).tense
            && !ed_verb(s, b)
            && (!s.is_any(b, &["is", "are", "am"]) || !intent(s, b))
        {
            continue;
        }
        // A bound in a sentence in the past is the past's: "was kept secret
        // until Friday", "stayed in jail until Monday".
        // Not a state told in the present or the future ("is closed until
        // Friday", "will stay closed until Monday").
        if s.is_any(b, &["until", "till"]) && past_tense(s, b) && !state_before(s, b) {
            return false;
        }
        // "lower than expected June output": a comparison, no future.
        let compared =
            s.is(b, "expected") && s.back(b).is_some_and(|a| s.is_any(a, &["than", "as"]));
        if words(s, b) && !will_not(s, b) && !compared
            || will_not(s, b)
            || (!past_between
                && (modal_ahead(s, b) && !after_possessive(s, i)
                    || (intent(s, b) || decided_to(s, b) || condition(s, b))
                        && !modifies_a_noun(s, i)))
            || s.is(b, "now") && s.is_space(b + 1) && s.is_any(b + 2, &["and", "until", "through"])
        {
            return true;
        }
        // A verb in -ed, unless passive after "be" ("could be delayed").
        past_between |= ed_verb(s, b) && !s.is_any(b.wrapping_sub(2), &["be", "been"]);
        // A verb of the past nearer than any word of the future: the clause
        // is the past's ("will close in the fourth quarter, as sales fell in
        // the first quarter").
        if s.is_any(b, &["was", "were", "had", "did"]) || s.sense(b).past && !passive(s, b) {
            return false;
        }
    }
    false
}

/// Words told from the day they are said: a quote's "tonight" is the night
/// of the day it was spoken.
const DEICTIC: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "last night",
    "this morning",
    "this afternoon",
    "this evening",
    "earlier today",
    "later today",
    "tomorrow morning",
    "tomorrow afternoon",
    "tomorrow evening",
    "tomorrow night",
    "yesterday morning",
    "yesterday afternoon",
    "yesterday evening",
];

/// Verbs that tell who said or wrote a quote and when: "he said on Sunday",
/// "an email sent out on Tuesday night warned:".
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "warned",
    "added",
    "tweeted",
    "declared",
    "announced",
    "asked",
    "insisted",
    "recalled",
    "explained",
    "replied",
    "stated",
    "posted",
    "urged",
    "vowed",
    "promised",
    "predicted",
    "argued",
    "noted",
    "saying",
];

/// Deictic days inside a quote ([`DEICTIC`]) whose sentence tells the day
/// the quote was said, by a verb of saying ([`SAYING`]) and a day outside
/// the quote: "“There is only one debate tonight,” Paul said on Thursday",
/// "an email sent out on Tuesday night warned: “our victory tonight ...”":
/// told from that day, not the article's ([`Found::told_on`]), in a text
/// written a day or more after.
pub(super) fn quoted_deixis(text: &str, found: &mut [Found]) {
    for j in 0..found.len() {
        let f = &found[j];
        let (Some(on), Some(Value::Text(v))) = (f.told_on, &f.value) else {
            continue;
        };
        let told = text.get(f.start..f.end).unwrap_or("");
        if !matches!(f.kind, FigureKind::Date | FigureKind::Time)
            || !DEICTIC.iter().any(|w| told.eq_ignore_ascii_case(w))
        {
            continue;
        }
        let Some(((open, _), (close, close_end))) = quote_around(text, f.start, f.end) else {
            continue;
        };
        // A day outside the quote, in its sentence, with a verb of saying
        // between it and the quote.
        let said = |from: usize, to: usize| {
            let between = text.get(from..to).unwrap_or("");
            !sentence_ends_in(between)
                && !between.contains(['"', '“', '”'])
                && !between.contains("''")
                && !between.contains('\n')
                && between
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| SAYING.contains(&w))
        };
        let day = found.iter().find_map(|g| {
            let Some(Value::Text(gv)) = &g.value else {
                return None;
            };
            let after = g.start >= close_end && g.start < close + 120 && said(close_end, g.start);
            let before = g.end <= open && g.end + 120 > open && said(g.end, open);
            let day = CalendarDate::parse_iso(gv.get(..10)?)?;
            let whole = gv.len() == 10 || gv.as_bytes().get(10) == Some(&b'T');
            // A day named, not another deictic word.
            let g_told = text.get(g.start..g.end)?;
            let named = !DEICTIC.iter().any(|w| g_told.eq_ignore_ascii_case(w));
            (matches!(g.kind, FigureKind::Date | FigureKind::Time)
                && whole
                && named
                && (after || before))
                .then_some(day)
        });
        // Said within the week before the day told on.
        let Some(day) = day.filter(|&d| (1..=7).contains(&(on.days() - d.days()))) else {
            continue;
        };
        let Some(own) = v.get(..10).and_then(CalendarDate::parse_iso) else {
            continue;
        };
        let value = format!("{}{}", own.add_days(day.days() - on.days()).iso(), &v[10..]);
        let f = &mut found[j];
        f.value = Some(Value::Text(value));
        f.told_on = Some(day);
    }
}

/// A quote mark's byte span in the text: where it starts and ends.
type Mark = (usize, usize);

/// The marks that open and close the quote around `start..end` in its
/// paragraph: curly (“ ”), straight (") or doubled ('' '') double quotes.
fn quote_around(text: &str, start: usize, end: usize) -> Option<(Mark, Mark)> {
    let para_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let para_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    let before = &text[para_start..start];
    let after = &text[end..para_end];
    // Curly: the last “ before with no ” after it, and the first ” after.
    if let Some(o) = before.rfind('“') {
        if !before[o..].contains('”') {
            let c = after.find('”')?;
            let (o, c) = (para_start + o, end + c);
            return Some(((o, o + '“'.len_utf8()), (c, c + '”'.len_utf8())));
        }
    }
    // Straight or doubled: inside when an odd number of them come before.
    for mark in ["\"", "''"] {
        let n = before.matches(mark).count();
        if n % 2 == 1 {
            let o = para_start + before.rfind(mark)?;
            let c = end + after.find(mark)?;
            return Some(((o, o + mark.len()), (c, c + mark.len())));
        }
    }
    None
}

/// Whether a sentence ends inside `between` ([`sentence_ends_at`]).
fn sentence_ends_in(between: &str) -> bool {
    (0..between.len()).any(|k| sentence_ends_at(between, k))
}

/// Whether a sentence ends at byte `k` of `text`: a point, "!" or "?" before
/// a space and a capital or a quote mark, not after a title ("Mr. Rubio
/// said") nor inside "U.S." or "1.85".
pub(super) fn sentence_ends_at(text: &str, k: usize) -> bool {
    let b = text.as_bytes();
    b.get(k).is_some_and(|c| matches!(c, b'.' | b'!' | b'?'))
        && b.get(k + 1) == Some(&b' ')
        && b.get(k + 2)
            .is_some_and(|c| c.is_ascii_uppercase() || b"\"'".contains(c))
        && !(b[k] == b'.'
            && text[..k]
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(crate::text::abbreviation_point))
}

/// Clock times told without their day after a day their sentence named
/// ("made its first flight Tuesday in Everett at 18:00 UTC", "On November 24,
/// the show airs from 6AM to 9AM EST"): valued on the day they were told on
/// ([`Found::told_on`], the article's) when read, they take the day named.
/// (Not "the same day": it refers as often to an event told after it, "the
/// same day that footage emerged".)
pub(super) fn story_day(text: &str, found: &mut [Found]) {
    // "2000-11-28T": how a time valued on the day `f` was told on begins.
    let told_day = |f: &Found| f.told_on.map(|d| format!("{}T", d.iso()));
    // "at noon (0800 GMT) on Friday": a time and its equivalent in brackets
    // take the day told after them.
    for i in 0..found.len().saturating_sub(2) {
        let (a, b, c) = (&found[i], &found[i + 1], &found[i + 2]);
        let on_article = |f: &Found| {
            f.kind == FigureKind::Time
                && matches!((&f.value, told_day(f)), (Some(Value::Text(v)), Some(t)) if v.starts_with(&t))
        };
        let between = |x: &Found, y: &Found| text.get(x.end..y.start).unwrap_or("").trim();
        let bracketed = between(a, b) == "(" && between(b, c) == ") on";
        let day = match &c.value {
            Some(Value::Text(v))
                if c.kind == FigureKind::Date && CalendarDate::parse_iso(v).is_some() =>
            {
                Some(v.clone())
            }
            _ => None,
        };
        if let Some(day) = day.filter(|_| bracketed && on_article(a) && on_article(b)) {
            for f in &mut found[i..i + 2] {
                if let (Some(Value::Text(v)), Some(t)) = (&f.value, told_day(f)) {
                    f.value = Some(Value::Text(v.replacen(&t, &format!("{day}T"), 1)));
                }
            }
        }
    }
    // The last full day named: its value and where it ends.
    let mut last: Option<(String, usize)> = None;
    for f in found.iter_mut() {
        let told = text.get(f.start..f.end).unwrap_or("");
        let Some(on_article_day) = told_day(f) else {
            continue;
        };
        match (f.kind, &f.value) {
            (FigureKind::Date, Some(Value::Text(v))) if CalendarDate::parse_iso(v).is_some() => {
                last = Some((v.clone(), f.end));
            }
            // "at 11am on Tuesday": a time that names its day names it for
            // the times after it too ("... and returned just after 4pm").
            (FigureKind::Time, Some(Value::Text(v)))
                if names_a_day(told) && v.get(..10).and_then(CalendarDate::parse_iso).is_some() =>
            {
                last = Some((v[..10].to_string(), f.end));
            }
            // A time told after a day named in its sentence: "On Thursday,
            // the president held a meeting in the morning" (a part of a day
            // told without its day is that day's); "made its first flight
            // Tuesday ... at 18:00 UTC" (valued on the article's day, it
            // takes the day named).
            (FigureKind::Time, Some(Value::Text(v)))
                if v.starts_with('T') || v.starts_with(&on_article_day) =>
            {
                let Some((day, end)) = &last else {
                    continue;
                };
                let between = text.get(*end..f.start).unwrap_or(".");
                if between.contains(['.', '!', '?', '\n']) {
                    continue;
                }
                if v.starts_with('T') {
                    if !between.contains(';') {
                        f.value = Some(Value::Text(format!("{day}{v}")));
                    }
                    continue;
                }
                // "lingered over Texas on Sunday should break up by midday":
                // a clause of what is ahead tells of the article's day.
                let ahead = between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                    FUTURE_TENSE.contains(&w) || COMING.contains(&w) || MODALS.contains(&w)
                });
                if !ahead
                    && on_article_day.strip_suffix('T') != Some(day.as_str())
                    && !names_a_day(told)
                {
                    f.value = Some(Value::Text(v.replace(&on_article_day, &format!("{day}T"))));
                }
            }
            _ => {}
        }
    }
}

/// Whether a time's text names its day ("16:00 UTC today", "Monday at 3pm",
/// "tonight at 8"): a weekday, a month, a day told relatively or a part of one.
fn names_a_day(told: &str) -> bool {
    const DAYS: &[&str] = &[
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "noon",
        "midnight",
    ];
    told.split(|c: char| !c.is_alphabetic()).any(|w| {
        let sense = sense(w);
        sense.weekday > 0
            || sense.month > 0
            || DAYS
                .iter()
                .chain(DAY_PARTS)
                .any(|d| w.eq_ignore_ascii_case(d))
    })
}

/// What a count before a day counts ([`counted_from_a_day`]): days from it,
/// signed, or the week on one side of it, as the first and last day's
/// distance from it.
enum Counted {
    Days(i64),
    Week(i64, i64),
}

/// A day counted from the day told right after it: "the day after
/// Christmas" is 12-26 ("the week before Christmas" the seven days before
/// it, 12-18/12-24), "the day before Thanksgiving", "two days after
/// Christmas", "two weeks from Friday" (from the Friday as read), "a week from
/// tonight" (the part of the day kept). One figure, in place of the count
/// (a duration, or "the day after" valued from the story's time) and the
/// day.
pub(super) fn counted_from_a_day(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (f, g) = (&found[i], &found[i + 1]);
        let between = text.get(f.end..g.start).unwrap_or("x").trim();
        // The days counted, and for a week, the seven days on that side.
        let count = match (&f.kind, &f.value) {
            (FigureKind::Date, None) if between.is_empty() => {
                let told = text.get(f.start..f.end).unwrap_or("").to_ascii_lowercase();
                [
                    ("day after", Counted::Days(1)),
                    ("day before", Counted::Days(-1)),
                    ("week after", Counted::Week(1, 7)),
                    ("week before", Counted::Week(-7, -1)),
                ]
                .into_iter()
                .find(|(end, _)| told.ends_with(end))
                .map(|(_, counted)| counted)
            }
            (FigureKind::Duration, Some(Value::Text(v))) => {
                let sign = match between {
                    "after" | "from" => 1,
                    "before" => -1,
                    _ => 0,
                };
                v.strip_prefix('P')
                    .and_then(|v| {
                        v.strip_suffix('D')
                            .map(|n| (n, 1))
                            .or_else(|| v.strip_suffix('W').map(|n| (n, 7)))
                    })
                    .and_then(|(n, per)| n.parse::<i64>().ok().map(|n| n * per))
                    .filter(|_| sign != 0)
                    .map(|n| Counted::Days(sign * n))
            }
            _ => None,
        };
        let Some(count) = count else {
            i += 1;
            continue;
        };
        // The day: "2015-12-25", or with its part, "2015-12-24TNI".
        let day = match (&g.kind, &g.value) {
            (FigureKind::Date | FigureKind::Time, Some(Value::Text(v))) => v
                .get(..10)
                .and_then(CalendarDate::parse_iso)
                .filter(|_| matches!(&v[10..], "" | "TMO" | "TAF" | "TEV" | "TNI"))
                .map(|d| (d, &v[10..])),
            _ => None,
        };
        let Some((d, part)) = day else {
            i += 1;
            continue;
        };
        // "two weeks from Friday": a count ahead from the coming Friday.
        let weekday = text
            .get(g.start..g.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphabetic())
            .any(|w| sense(w).weekday > 0);
        let d = match f.told_on {
            Some(t) if between == "from" && weekday && d < t => d.add_days(7),
            _ => d,
        };
        let (kind, value) = match count {
            Counted::Days(n) if part.is_empty() => (FigureKind::Date, d.add_days(n).iso()),
            Counted::Days(n) => (g.kind, format!("{}{part}", d.add_days(n).iso())),
            // "the week before Christmas": the seven days before it.
            Counted::Week(a, b) => (
                FigureKind::Date,
                format!("{}/{}", d.add_days(a).iso(), d.add_days(b).iso()),
            ),
        };
        let end = g.end;
        let f = &mut found[i];
        (f.end, f.kind, f.value, f.shift) = (end, kind, Some(Value::Text(value)), None);
        found.remove(i + 1);
        i += 1;
    }
}

/// Values the points told from the story's time ([`Found::shift`]: "16
/// years earlier", "a year earlier", "the next day", "the week after") from
/// the last date or time told before them, as TimeML anchors them to the
/// story's reference time: "in 2003 ... a year earlier" is 2002; "in the
/// third quarter, from $1.9bn a year earlier" is the quarter a year before;
/// "on May 4, 2019 ... the next day" is 2019-05-05. The value keeps the
/// anchor's detail (a day, a month, a quarter, a year, a decade) and is
/// left null when the unit is finer than the anchor ("2003 ... the next
/// day") or no date comes before in its paragraph or the one before. A
/// shift of years from a day ("five years earlier") is told as a year, and
/// not after the article date's year. A point so valued anchors the next
/// one.
pub(super) fn from_story_time(text: &str, found: &mut [Found]) {
    // The last date told, and where it ends; and the last one other than the
    // day it is told on ("today", "this year"): "that year", "the same
    // month" point away from now ("support today is below McCain's support
    // that year", after "the 2008 race").
    let mut anchor: Option<(String, usize)> = None;
    let mut away: Option<(String, usize)> = None;
    for f in found.iter_mut() {
        if let (Some((n, unit, period)), None) = (f.shift, &f.value) {
            let anchor = if n == 0 { &away } else { &anchor };
            // An anchor in this paragraph or the one before: a date told
            // further back is seldom the story's time.
            let start = f.start;
            let near = |&&(_, end): &&(String, usize)| {
                text.get(end..start)
                    .is_some_and(|between| between.matches('\n').count() <= 2)
            };
            // "five years earlier", "a decade later": about a year, whatever
            // day the anchor tells.
            let in_years = !period
                && (matches!(unit, TimeUnit::Decade | TimeUnit::Century)
                    || unit == TimeUnit::Year && n.abs() >= 2);
            f.value = anchor
                .as_ref()
                .filter(near)
                .and_then(|(a, _)| shifted(a, n, unit))
                .and_then(|v| {
                    if period || in_years {
                        whole(&v, if in_years { TimeUnit::Year } else { unit })
                    } else {
                        Some(v)
                    }
                })
                // Years later than the article's ("more than 200 years
                // later" after a day of today): the anchor was not the
                // story's time.
                .filter(|v| {
                    !in_years
                        || f.told_on.is_none_or(|d| {
                            v.get(..4)
                                .and_then(|y| y.parse::<i32>().ok())
                                .is_none_or(|y| y <= d.year)
                        })
                })
                .map(Value::Text);
        }
        if matches!(f.kind, FigureKind::Date | FigureKind::Time) {
            if let Some(Value::Text(v)) = &f.value {
                // A range ("2011/2016") or a time without its day ("TEV")
                // anchors nothing; a time anchors by its day.
                if !v.contains('/') && !v.starts_with('T') && !day_of_a_report(text, f.start) {
                    let day = v.split('T').next().unwrap_or(v).to_string();
                    // Told by a word of now ("today", "this year", "now"),
                    // not by a name or digits ("Thursday", "In 2016").
                    let told = text.get(f.start..f.end).unwrap_or("");
                    let now = ["today", "tonight", "now", "currently", "this "]
                        .iter()
                        .any(|w| {
                            told.get(..w.len())
                                .is_some_and(|t| t.eq_ignore_ascii_case(w))
                        })
                        && f.told_on.is_some_and(|d| d.iso().starts_with(&day));
                    if !now {
                        away = Some((day.clone(), f.end));
                    }
                    // A speaker's "today" inside a quotation is the speaker's
                    // now, not the story's time ("At a Thursday rally ...
                    // “Today, there are 11 million ...” ... A day earlier").
                    if !(now && quote_around(text, f.start, f.end).is_some()) {
                        anchor = Some((day, f.end));
                    }
                }
            }
        }
    }
}

/// A month told with "that year" ("died in June of that year", "in March
/// the same year"): the month of the year last told before it in its
/// paragraph or the one before, its span taking the words; left as read
/// when no year was told. So is a month, season or half after "that" ("In
/// 1972, ... . He lost to Nixon that November"), or in a sentence that a
/// year opens ("In 2008, the campaign began airing ads in mid-September";
/// a day too: "In 2015, the games took place on 27 June").
/// (A month alone is not so placed: "lost in 2015, she said in March that
/// ..." is the news' own March, and taking the last year told for every
/// month lowered TIMEX3 value F1 on all three sets.)
pub(super) fn that_year(text: &str, found: &mut Vec<Found>) {
    const THAT_YEAR: &[&str] = &[
        " of that year",
        " that year",
        " of the same year",
        " the same year",
    ];
    let mut anchor: Option<(i32, usize)> = None;
    // A year that opens its sentence: "In 2008, the campaign began airing
    // ads in mid-September".
    let mut fronted: Option<(i32, usize)> = None;
    // Days told with their year ("January 23, 2013"), by "MM-DD": the same
    // day told again without it is that day ("Police arrived on January 23
    // at 4:01 PM"), not this year's.
    let mut days_told: Vec<(String, String)> = Vec::new();
    for f in found.iter_mut() {
        let told = text.get(f.start..f.end).unwrap_or("");
        let Some(Value::Text(v)) = &f.value else {
            continue;
        };
        let with_year = told
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4);
        if let Some(day) =
            day_of(v).filter(|_| matches!(f.kind, FigureKind::Date | FigureKind::Time))
        {
            let key = day[5..].to_string();
            if with_year {
                days_told.retain(|(k, _)| *k != key);
                days_told.push((key, day[..4].to_string()));
            } else if let Some((_, y)) = days_told.iter().find(|(k, _)| *k == key) {
                // Not a day read as ahead ("will celebrate on July 4"), nor
                // one placed by its own word ("this July 4").
                let ahead = f.told_on.is_some_and(|d| day > d.iso().as_str())
                    && matches!(f.toward, Some(Toward::Ahead | Toward::After | Toward::Soon));
                // Its own word may open its span ("This October 2").
                let first = told.split(|c: char| !c.is_alphabetic()).next();
                let placed = told.contains('\'')
                    || after_shift_word(text, f.start)
                    || first.is_some_and(placing);
                if !ahead && !placed && y.as_str() < &day[..4] {
                    f.value = Some(Value::Text(format!("{y}{}", &v[4..])));
                    continue;
                }
            }
        }
        if f.kind != FigureKind::Date || v.contains('/') {
            continue;
        }
        if with_year {
            anchor = v
                .get(..4)
                .and_then(|y| y.parse::<i32>().ok())
                .map(|y| (y, f.end));
            let before = text[..f.start].trim_end();
            let opens = before
                .strip_suffix("In")
                .map(str::trim_end)
                .is_some_and(|b| b.is_empty() || b.ends_with(['.', '!', '?', '\n', '"', '“']));
            fronted = anchor.filter(|_| opens && v.len() == 4 && told.len() == 4);
            continue;
        }
        let month_alone =
            v.len() == 7 && v.as_bytes()[4] == b'-' && !told.contains(|c: char| c.is_ascii_digit());
        // A month, season or half in the sentence a year opened, or after
        // "that" ("In 1972, ... . McGovern lost to Nixon that November").
        let in_sentence = |end: usize| {
            text.get(end..f.start).is_some_and(|between| {
                !between.contains(['\n', '!', '?'])
                    && !between.contains(". ")
                    && !between.contains(".\u{a0}")
            })
        };
        let that = text[..f.start].trim_end().ends_with(" that");
        let near = |end: usize| {
            text.get(end..f.start)
                .is_some_and(|between| between.matches('\n').count() <= 2)
        };
        // "In 2015, the games took place on 27 June": a day too.
        let day_alone = day_of(v).is_some() && !after_shift_word(text, f.start);
        let year = match (fronted, anchor) {
            (Some((y, end)), _) if (month_alone || day_alone) && in_sentence(end) => Some(y),
            (_, Some((y, end))) if month_alone && that && near(end) => Some(y),
            _ => None,
        };
        if let Some(y) = year {
            f.value = Some(Value::Text(format!("{y:04}{}", &v[4..])));
            continue;
        }
        let after = text.get(f.end..).unwrap_or("");
        let Some(words) = THAT_YEAR.iter().find(|w| after.starts_with(*w)) else {
            continue;
        };
        if let Some((y, _)) = anchor.filter(|&(_, end)| month_alone && near(end)) {
            f.value = Some(Value::Text(format!("{y:04}{}", &v[4..])));
            f.end += words.len();
        }
    }
    // "that year" read on its own inside a month's span so taken.
    super::candidate::without_overlaps(found);
}

/// The day "YYYY-MM-DD" that the TIMEX value `v` tells, alone or with a
/// time ("2013-01-23T16:01"); None for any other value.
fn day_of(v: &str) -> Option<&str> {
    let day = v.get(..10)?;
    let rest = &v[10..];
    (CalendarDate::parse_iso(day).is_some() && (rest.is_empty() || rest.starts_with('T')))
        .then_some(day)
}

/// Whether a word that places a day in its own year ([`PLACING`]: "this",
/// "next", "last") comes right before byte `start` of `text`.
fn after_shift_word(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    placing(word)
}

/// Whether `word` places a day in its own year ([`PLACING`]), in any case.
fn placing(word: &str) -> bool {
    PLACING.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Verbs that report, whose day is when the news was told, not the story's
/// time: "said yesterday", "reported on Thursday".
const REPORTED: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "showed",
    "added",
    "confirmed",
    "disclosed",
    "published",
    "released",
    "posted",
    "stated",
    "wrote",
];

/// Whether the date starting at byte `start` of `text` tells the day of a
/// report ("Nationwide said yesterday", "the company reported on Thursday"),
/// which anchors no "a year earlier" told after it: prices "lower than a
/// year earlier" compare with the month told before, not with the day the
/// figures came out.
fn day_of_a_report(text: &str, start: usize) -> bool {
    let mut words = text
        .get(..start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut last = words.next();
    if last == Some("on") {
        last = words.next();
    }
    last.is_some_and(|w| REPORTED.contains(&w))
}

/// The TIMEX value `v` told as the whole period of `unit` it falls in: a
/// day's week ("2019-W19"), month or year; a month's year; `v` itself when
/// it tells no more than the unit.
fn whole(v: &str, unit: TimeUnit) -> Option<String> {
    let day = CalendarDate::parse_iso(v);
    Some(match unit {
        TimeUnit::Week | TimeUnit::Fortnight => match day {
            Some(d) => d.iso_week(),
            None => v.to_string(),
        },
        TimeUnit::Month if day.is_some() => v[..7].to_string(),
        TimeUnit::Year => v.get(..4)?.to_string(),
        _ => v.to_string(),
    })
}

/// The months in one `unit` of the calendar (a month 1, a quarter 3, a year
/// 12, a decade 120, a century 1200); 0 for units of days.
fn unit_months(unit: TimeUnit) -> i64 {
    match unit {
        TimeUnit::Month => 1,
        TimeUnit::Quarter => 3,
        TimeUnit::Year => 12,
        TimeUnit::Decade => 120,
        TimeUnit::Century => 1200,
        _ => 0,
    }
}

/// The TIMEX value `anchor` moved by `n` units, in the anchor's detail:
/// "2003" a year back is "2002", "2025-Q3" a year back "2024-Q3", "2019-05-04"
/// a day on "2019-05-05", "196" a decade back "195"; `None` when the unit
/// is finer than the anchor tells or the anchor is no date.
fn shifted(anchor: &str, n: i64, unit: TimeUnit) -> Option<String> {
    let months = Some(unit_months(unit)).filter(|&m| m > 0).map(|m| m * n);
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let year_of = |t: &str| t.parse::<i64>().ok();
    // A shift in whole periods of `per` months, as an anchor of that detail
    // can take: "12 months later" from 2003 is 2004, but "that month" (no
    // shift) names no month in 2003.
    let whole = |per: i64| months.filter(|&m| m % per == 0 && (n != 0 || unit_months(unit) >= per));
    match anchor.len() {
        // "2019-05-04": any unit of a day or longer.
        10 => {
            let d = CalendarDate::parse_iso(anchor)?;
            let days = match unit {
                TimeUnit::Day => Some(n),
                TimeUnit::Week => Some(7 * n),
                TimeUnit::Fortnight => Some(14 * n),
                _ => None,
            };
            if let Some(k) = days {
                return Some(d.add_days(k).iso());
            }
            let m = i64::from(d.year) * 12 + i64::from(d.month) - 1 + months?;
            let (y, mo) = (m.div_euclid(12), (m.rem_euclid(12) + 1) as u8);
            let y = i32::try_from(y).ok()?;
            let day = d.day.min(days_in_month(y, mo));
            Some(CalendarDate::new(y, mo, day)?.iso())
        }
        // "2019-05".
        7 if digits(&anchor[..4]) && digits(&anchor[5..]) => {
            let m = year_of(&anchor[..4])? * 12 + year_of(&anchor[5..])? - 1 + months?;
            Some(format!(
                "{:04}-{:02}",
                m.div_euclid(12),
                m.rem_euclid(12) + 1
            ))
        }
        // "2025-Q3", "2025-H2", "2025-SU": quarters move by quarters or
        // years, halves and seasons by years.
        7 => {
            let y = year_of(&anchor[..4])?;
            let part = &anchor[5..];
            if let (Some(q), TimeUnit::Quarter) = (part.strip_prefix('Q'), unit) {
                let q = y * 4 + year_of(q)? - 1 + n;
                return Some(format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1));
            }
            let m = whole(12)?;
            Some(format!("{:04}-{part}", y + m / 12))
        }
        // "2003".
        4 if digits(anchor) => {
            let m = whole(12)?;
            Some(format!("{:04}", year_of(anchor)? + m / 12))
        }
        // "196", the 1960s.
        3 if digits(anchor) => {
            let m = whole(120)?;
            Some(format!("{:03}", year_of(anchor)? + m / 120))
        }
        _ => None,
    }
}

#[cfg(test)]
mod story_time_tests {
    use super::{shifted, whole, TimeUnit};

    #[test]
    fn shifts_keep_the_anchor_detail() {
        assert_eq!(shifted("2003", -1, TimeUnit::Year).as_deref(), Some("2002"));
        assert_eq!(shifted("2003", 1, TimeUnit::Day), None);
        assert_eq!(
            shifted("2025-Q3", -1, TimeUnit::Year).as_deref(),
            Some("2024-Q3")
        );
        assert_eq!(
            shifted("2025-Q1", -1, TimeUnit::Quarter).as_deref(),
            Some("2024-Q4")
        );
        assert_eq!(
            shifted("2025-H2", 1, TimeUnit::Year).as_deref(),
            Some("2026-H2")
        );
        assert_eq!(
            shifted("2024-01", -2, TimeUnit::Month).as_deref(),
            Some("2023-11")
        );
        assert_eq!(
            shifted("2024-03-31", -1, TimeUnit::Month).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            shifted("2019-05-04", 1, TimeUnit::Day).as_deref(),
            Some("2019-05-05")
        );
        assert_eq!(shifted("196", -1, TimeUnit::Decade).as_deref(), Some("195"));
        assert_eq!(shifted("196", -3, TimeUnit::Year), None);
        assert_eq!(shifted("2019-W19", 1, TimeUnit::Week), None);
        assert_eq!(
            whole("2019-05-12", TimeUnit::Week).as_deref(),
            Some("2019-W19")
        );
        assert_eq!(whole("2019-05-12", TimeUnit::Year).as_deref(), Some("2019"));
    }
}

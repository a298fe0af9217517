//! The result types: what `analyze` finds, in the schema of the CLI's JSON.

use serde::Serialize;

use crate::calendar::CalendarDate;
use crate::error::Error;
use crate::text::{OffsetMap, OffsetUnit, Span};

/// Settings of one analysis.
#[derive(Clone, Debug, Default)]
pub struct Options {
    date: Option<CalendarDate>,
}

impl Options {
    /// Default options: the article date is taken from a dateline when there is one.
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the article's date (`YYYY-MM-DD`), against which relative dates
    /// ("on Saturday", "last week") are resolved.
    pub fn with_date(mut self, date: &str) -> Result<Options, Error> {
        self.date = Some(CalendarDate::parse_iso(date).ok_or_else(|| Error::invalid_date(date))?);
        Ok(self)
    }

    pub(crate) fn date(&self) -> Option<CalendarDate> {
        self.date
    }
}

/// Everything found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// The article date used to resolve relative dates (`YYYY-MM-DD`), from
    /// the options or a dateline, if any.
    pub date: Option<String>,
    /// Every mention of a person, organization or place, in text order.
    pub entities: Vec<Entity>,
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Every figure, in text order.
    pub figures: Vec<Figure>,
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, team, news outlet or other organization.
    Organization,
    /// A country, region, city or other place.
    Place,
}

impl EntityKind {
    /// The name used in the JSON result (`"person"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

/// One mention of a person, organization or place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Where the mention starts.
    pub start: usize,
    /// Where the mention ends (exclusive).
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// What it names.
    pub kind: EntityKind,
    /// The canonical name that every mention of the same referent shares.
    pub entity: String,
}

/// What a quotation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Someone's words.
    Speech,
    /// Scare quotes, a title, a nickname or a word mentioned as a word.
    Term,
}

impl QuoteKind {
    /// The name used in the JSON result (`"speech"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
        }
    }
}

/// A quotation, with its quote marks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// Where the quotation starts (at its opening mark).
    pub start: usize,
    /// Where the quotation ends (after its closing mark, exclusive).
    pub end: usize,
    /// The quotation as written.
    pub text: String,
    /// Speech or term.
    pub kind: QuoteKind,
    /// Who said it, where the article tells.
    pub speaker: Option<Speaker>,
}

/// The mention an attribution points at.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// Where the mention starts.
    pub start: usize,
    /// Where the mention ends (exclusive).
    pub end: usize,
    /// The mention as written ("he", "Mr Trump", "the Kremlin").
    pub text: String,
    /// The canonical name of the entity it resolves to, if any.
    pub entity: Option<String>,
}

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A count or amount: "1,200", "two", "dozens".
    Number,
    /// A rank: "third", "21st".
    Ordinal,
    /// A share: "5%", "five per cent".
    Percent,
    /// An amount of money: "$1.2bn".
    Money,
    /// A measure with a unit: "10 km".
    Quantity,
    /// A day, month or year.
    Date,
    /// A time of day.
    Time,
    /// A length of time: "three months".
    Duration,
}

impl FigureKind {
    /// The name used in the JSON result (`"number"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Number => "number",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Quantity => "quantity",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Duration => "duration",
        }
    }
}

/// The value of a figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number.
    Number(f64),
    /// A range, low and high.
    Range([f64; 2]),
    /// An ISO 8601 date, time or duration.
    Text(String),
}

/// A figure and its value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Where the figure starts.
    pub start: usize,
    /// Where the figure ends (exclusive).
    pub end: usize,
    /// The figure as written.
    pub text: String,
    /// What it measures.
    pub kind: FigureKind,
    /// Its value, or `None` when vague ("dozens").
    pub value: Option<Value>,
    /// The ISO 4217 currency of money, or the unit of a quantity.
    pub unit: Option<String>,
    /// What a count counts ("drones" in "500 drones").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
}

impl Entity {
    /// The span of the mention, in the offsets of the analysis.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Quote {
    /// The span of the quotation, in the offsets of the analysis.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Figure {
    /// The span of the figure, in the offsets of the analysis.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Analysis {
    /// Converts every offset from bytes of `text` (as `analyze` returns
    /// them) to `unit`: UTF-16 code units for JavaScript, code points for Python.
    pub fn into_offsets(mut self, text: &str, unit: OffsetUnit) -> Analysis {
        if unit == OffsetUnit::Bytes {
            return self;
        }
        let map = OffsetMap::new(text, unit);
        let fix = |start: &mut usize, end: &mut usize| {
            *start = map.convert(*start);
            *end = map.convert(*end);
        };
        for e in &mut self.entities {
            fix(&mut e.start, &mut e.end);
        }
        for q in &mut self.quotes {
            fix(&mut q.start, &mut q.end);
            if let Some(s) = &mut q.speaker {
                fix(&mut s.start, &mut s.end);
            }
        }
        for f in &mut self.figures {
            fix(&mut f.start, &mut f.end);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` and the JSON result name every kind the same way.
    #[test]
    fn kind_names_match_json() {
        fn json<T: Serialize>(kind: T) -> String {
            serde_json::to_value(kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        }
        for k in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [QuoteKind::Speech, QuoteKind::Term] {
            assert_eq!(k.as_str(), json(k));
        }
        use FigureKind::*;
        for k in [
            Number, Ordinal, Percent, Money, Quantity, Date, Time, Duration,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
    }
}

//! presslight finds what a reader of a news article looks for: the people,
//! organizations and places it names (each mention tied to one entity), the
//! quotations and who said them, and the figures with their values.
//!
//! It runs natively and in the browser (WebAssembly); the same [`analyze`]
//! serves both.
//!
//! ```
//! use presslight::{analyze, EntityKind, Options};
//!
//! let text = "Donald Trump met reporters. “We’ll get it done,” Mr Trump said.";
//! let analysis = analyze(text, &Options::new());
//!
//! let trump: Vec<_> = analysis.entities.iter().filter(|e| e.entity == "Donald Trump").collect();
//! assert_eq!(trump.len(), 2);
//! assert_eq!(trump[0].kind, EntityKind::Person);
//!
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.text, "“We’ll get it done,”");
//! assert_eq!(quote.speaker.as_ref().unwrap().entity.as_deref(), Some("Donald Trump"));
//! ```
//!
//! Offsets are bytes of the text given; [`Analysis::into_offsets`] converts
//! them to UTF-16 code units (JavaScript) or code points (Python).

#![deny(missing_docs)]

mod analysis;
mod calendar;
mod entities;
mod error;
mod eval;
mod figures;
mod quotes;
mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{
    Analysis, Entity, EntityKind, Figure, FigureKind, Options, Quote, QuoteKind, Speaker, Value,
};
#[doc(hidden)]
pub use entities::name_table;
pub use entities::{train_tagger, use_model, Corpus, DEFAULT_SEED};
pub use error::Error;
pub use eval::{
    bench, dump_ner_gold, eval_figures, eval_invariance, eval_ner, eval_quotes, eval_seed,
};
pub use text::{OffsetUnit, Span};

/// Analyses one article: its entities, quotations and figures, with byte offsets.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let doc = text::Document::new(text);
    let entities = entities::find(&doc);
    let quotes = quotes::find(&doc, &entities);
    let date = options.date().or_else(|| figures::dateline(&doc));
    let figures = figures::find(&doc, &entities, date);
    // A currency or time zone written as part of a figure ("US$40 billion",
    // "08:30 UTC") is the figure's unit, not a name.
    // Figures are in text order and do not overlap: the one that could hold
    // an entity is the last that starts at or before it.
    let mut entities = entities;
    entities.retain(|e| {
        let at = figures.partition_point(|f| f.start <= e.start);
        !at.checked_sub(1).is_some_and(|k| {
            let f = &figures[k];
            matches!(f.kind, FigureKind::Money | FigureKind::Time) && f.span().contains(e.span())
        })
    });
    Analysis {
        date: date.map(|d| d.iso()),
        entities,
        quotes,
        figures,
    }
}

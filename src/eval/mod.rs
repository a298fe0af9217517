//! Evaluation against annotated data: readers of the gold formats and scoring.
//!
//! Each `eval_*` function reads the gold files, runs [`crate::analyze`] (or
//! a part of it) and returns the printed report.

use std::path::Path;

use crate::error::Error;

mod ner;

pub use ner::eval_ner;
pub(crate) use ner::{micro, read_conll, score, GoldDoc};

/// Scores quotations and speakers against PolNeAR brat folders.
pub fn eval_quotes(paths: &[&Path]) -> Result<String, Error> {
    let _ = paths;
    Err(Error::format("eval quotes: not available yet"))
}

/// Scores figures against the Recognizers-Text specs and MEANTIME.
pub fn eval_figures(paths: &[&Path]) -> Result<String, Error> {
    let _ = paths;
    Err(Error::format("eval figures: not available yet"))
}

/// Reads a file as text, with its path in the error.
pub(crate) fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::io(&path.display().to_string(), e))
}

//! Evaluation against annotated data: readers of the gold formats and scoring.
//!
//! Each `eval_*` function reads the gold files, runs [`crate::analyze`] (or
//! a part of it) and returns the printed report.

mod date_specs;
mod docred;
mod duckling;
mod figures;
mod invariance;
mod meantime;
mod numex;
mod paragraphs;
mod spec_files;
mod timex;

use std::path::{Path, PathBuf};

use crate::error::Error;

mod ner;
mod quotes;

pub use ner::{dump_ner_gold, eval_ner};
pub(crate) use ner::{micro, read_conll, score, GoldDoc};

/// Scores quotations and speakers against PolNeAR brat folders.
pub fn eval_quotes(paths: &[&Path]) -> Result<String, Error> {
    quotes::eval(paths)
}

/// Scores figures against the Recognizers-Text specs and MEANTIME.
pub fn eval_figures(paths: &[&Path]) -> Result<String, Error> {
    figures::eval(paths)
}

/// Reformats the `.txt` articles under `paths` as PDFs, e-mail and wire
/// copy format text, and prints the share of findings each variant keeps.
pub fn eval_invariance(paths: &[&Path]) -> Result<String, Error> {
    invariance::eval(paths)
}

/// Reads a file as text, with its path in the error.
pub(crate) fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::io(&path.display().to_string(), e))
}

/// Adds the files under `path` (itself when a file; a folder searched
/// recursively) to `files`, in name order.
pub(crate) fn files_under(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), Error> {
    if path.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        files_under(&child, files)?;
    }
    Ok(())
}

/// The files under `paths` (files, or folders searched recursively) whose
/// extension is `ext` ("txt", "xml"), in name order per path.
pub(crate) fn files_with_extension(paths: &[&Path], ext: &str) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for path in paths {
        files_under(path, &mut files)?;
    }
    files.retain(|f| f.extension().is_some_and(|e| e == ext));
    Ok(files)
}

/// Whether to list every miss on stderr (`PRESSLIGHT_EVAL_VERBOSE=1`).
pub(crate) fn verbose() -> bool {
    std::env::var_os("PRESSLIGHT_EVAL_VERBOSE").is_some()
}

mod bench;
mod seed;

/// Checks one hand-annotated article (`presslight eval seed ARTICLE EXPECTED`);
/// returns the report and the number of failed checks.
pub fn eval_seed(article: &Path, expected: &Path) -> Result<(String, usize), Error> {
    seed::check(article, expected)
}

/// Measures native speed over the `.txt` articles under `paths`.
pub fn bench(paths: &[&Path]) -> Result<String, Error> {
    bench::run(paths)
}

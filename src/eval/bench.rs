//! Native speed: `presslight bench PATH...` analyses every `.txt` file under
//! the paths (one article a file) and prints words per second, whole and per stage.

use std::fmt::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use super::read;
use crate::error::Error;
use crate::text::Document;
use crate::{entities, figures, quotes};

/// Times `analyze` over the articles under `paths`; returns the report.
pub(crate) fn run(paths: &[&Path]) -> Result<String, Error> {
    let files = super::files_with_extension(paths, "txt")?;
    let texts: Vec<String> = files.iter().map(|f| read(f)).collect::<Result<_, _>>()?;
    if texts.is_empty() {
        return Err(Error::format("bench: no .txt files under the given paths"));
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = crate::Options::new();

    // Whole analyses, repeated for at least two seconds after a warm-up pass.
    for t in &texts {
        std::hint::black_box(crate::analyze(t, &options));
    }
    let (mut rounds, start) = (0u32, Instant::now());
    while rounds == 0 || start.elapsed() < Duration::from_secs(2) {
        for t in &texts {
            std::hint::black_box(crate::analyze(t, &options));
        }
        rounds += 1;
    }
    let whole = start.elapsed().as_secs_f64() / f64::from(rounds);

    // Stages, one pass each.
    let mut stage = [0.0f64; 4];
    for t in &texts {
        let t0 = Instant::now();
        let doc = Document::new(t);
        let t1 = Instant::now();
        let found = entities::find(&doc);
        let t2 = Instant::now();
        let q = quotes::find(&doc, &found);
        let t3 = Instant::now();
        // As `analyze` does with no date given: the dateline's date, then
        // the figures read from it.
        let f = figures::find(&doc, &found, figures::dateline(&doc));
        let t4 = Instant::now();
        std::hint::black_box((q, f));
        for (i, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4)]
            .into_iter()
            .enumerate()
        {
            stage[i] += (b - a).as_secs_f64();
        }
    }
    let total: f64 = stage.iter().sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "articles {}  words {words}  bytes {bytes}  rounds {rounds}",
        texts.len()
    );
    let _ = writeln!(
        out,
        "analyze: {:.0} words/s ({:.1} MB/s) on one core",
        words as f64 / whole,
        bytes as f64 / whole / 1e6
    );
    for (name, secs) in ["text", "entities", "quotes", "figures"].iter().zip(stage) {
        let _ = writeln!(out, "  {name:<9} {:5.1}% of the time", 100.0 * secs / total);
    }
    Ok(out)
}

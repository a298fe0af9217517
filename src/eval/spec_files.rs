//! The Recognizers-Text spec files (`../shared/data/recognizers_specs`):
//! their cases, and the code-point offsets their results give, read by both
//! the figure specs' scoring (`figures.rs`) and DateTimeModel's
//! (`date_specs.rs`).

use serde_json::Value as Json;

use crate::error::Error;

/// The cases of a spec file (its text, with or without a BOM) that have an
/// input and that the JavaScript port supports.
pub(super) fn spec_cases(json: &str) -> Result<Vec<Json>, Error> {
    let cases: Json = serde_json::from_str(json.trim_start_matches('\u{feff}'))
        .map_err(|e| Error::format(format!("spec file: {e}")))?;
    let Json::Array(cases) = cases else {
        return Err(Error::format("spec file: not a list"));
    };
    Ok(cases
        .into_iter()
        .filter(|case| {
            let not_supported = case["NotSupported"].as_str().unwrap_or("");
            !not_supported.to_ascii_lowercase().contains("javascript") && case["Input"].is_string()
        })
        .collect())
}

/// Byte offset of char index `c` in `text`.
pub(super) fn byte_at(text: &str, c: usize) -> Option<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(c)
}

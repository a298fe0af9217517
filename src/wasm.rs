//! The JavaScript boundary: the only place that knows about wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::{analyze as analyze_text, OffsetUnit, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYSIS: &'static str = r#"
/** Offsets count UTF-16 code units, ready for String.slice. */
export interface Analysis {
  date: string | null;
  entities: { start: number; end: number; text: string; kind: "person" | "organization" | "place"; entity: string }[];
  quotes: { start: number; end: number; text: string; kind: "speech" | "term";
            speaker: { start: number; end: number; text: string; entity: string | null } | null }[];
  figures: { start: number; end: number; text: string;
             kind: "number" | "ordinal" | "percent" | "money" | "quantity" | "date" | "time" | "duration";
             value: number | [number, number] | string | null; unit: string | null; counts?: string }[];
}
"#;

/// Analyses `text`. `date` (`YYYY-MM-DD`, or empty) is the article's date;
/// `offsets` is "utf16" (default) or "codepoints".
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    date: Option<String>,
    offsets: Option<String>,
) -> Result<JsValue, JsError> {
    // One JSON string parsed by the JavaScript engine: measured in the page, about twice as
    // quick as building the objects field by field across the boundary (serde-wasm-bindgen).
    Ok(json_parse(&analyze_json(text, date, offsets)?))
}

/// The same analysis as [`analyze`], as JSON text: with `offsets` "codepoints", byte for byte
/// what the CLI prints with `--compact`. The npm package's `analyzeJson`.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(
    text: &str,
    date: Option<String>,
    offsets: Option<String>,
) -> Result<String, JsError> {
    let mut options = Options::new();
    if let Some(d) = date.as_deref().filter(|d| !d.trim().is_empty()) {
        options = options
            .with_date(d)
            .map_err(|e| JsError::new(&e.to_string()))?;
    }
    let unit = match offsets.as_deref() {
        Some("codepoints") => OffsetUnit::CodePoints,
        _ => OffsetUnit::Utf16,
    };
    let analysis = analyze_text(text, &options).into_offsets(text, unit);
    serde_json::to_string(&analysis).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

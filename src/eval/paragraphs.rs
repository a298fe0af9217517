//! Sets of annotated paragraphs in JSON lines, one object a line, shared by
//! the TIMEX3 sets ([`timex`](super::timex)) and the MUC-7 / IE-ER sets of
//! numbers and times ([`numex`](super::numex)):
//!
//! ```text
//! {"id": "p001", "date": "2024-03-07", "text": "...",
//!  "<key>": [{"text": "last Tuesday", "type": "DATE", "value": "2024-03-05"}]}
//! ```
//!
//! `date` (optional) is the document date values are resolved from; each
//! annotation's `text` occurs in `text`, in order (a repeated string is
//! found after the start of the one before it); `value` is optional. The
//! file is read as UTF-8; a line that does not parse, a missing list, or a
//! `text` not found is an error naming the file and line.

use std::path::Path;

use super::read;
use crate::calendar::CalendarDate;
use crate::error::Error;

/// One annotated expression, in bytes of its paragraph.
pub(crate) struct Gold {
    pub start: usize,
    pub end: usize,
    /// The annotation's type as written ("DATE", "CARDINAL").
    pub kind: String,
    pub value: Option<String>,
}

/// One paragraph with its date and its annotations under the set's key.
pub(crate) struct Paragraph {
    /// Its line in the file, from 1.
    pub line: usize,
    pub text: String,
    pub date: Option<CalendarDate>,
    pub gold: Vec<Gold>,
}

/// Reads the paragraphs of the set at `path` with their annotations under
/// the first of `keys` ("numex", "timex") that its first paragraph holds,
/// and that key; every paragraph must hold it.
pub(crate) fn read_set(
    path: &Path,
    keys: &[&'static str],
) -> Result<(&'static str, Vec<Paragraph>), Error> {
    let text = read(path)?;
    let mut out = Vec::new();
    let mut key = None;
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |what: &str| Error::format(format!("{}:{}: {what}", path.display(), n + 1));
        let item: serde_json::Value =
            serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let key = *key.get_or_insert_with(|| {
            keys.iter()
                .copied()
                .find(|k| item[*k].is_array())
                .unwrap_or(keys[0])
        });
        let body = item["text"].as_str().ok_or_else(|| bad("no \"text\""))?;
        let date = match item["date"].as_str() {
            Some(d) => Some(CalendarDate::parse_iso(d).ok_or_else(|| bad("bad \"date\""))?),
            None => None,
        };
        let mut gold = Vec::new();
        let mut from = 0;
        for t in item[key]
            .as_array()
            .ok_or_else(|| bad(&format!("no \"{key}\" list")))?
        {
            let words = t["text"]
                .as_str()
                .filter(|w| !w.is_empty())
                .ok_or_else(|| bad("an annotation without \"text\""))?;
            let start = body
                .get(from..)
                .and_then(|rest| rest.find(words))
                .map(|k| from + k)
                .ok_or_else(|| bad(&format!("{words:?} not found in order")))?;
            from = start + 1;
            gold.push(Gold {
                start,
                end: start + words.len(),
                kind: t["type"].as_str().unwrap_or("").to_string(),
                value: t["value"].as_str().map(str::to_string),
            });
        }
        out.push(Paragraph {
            line: n + 1,
            text: body.to_string(),
            date,
            gold,
        });
    }
    Ok((key.unwrap_or(keys[0]), out))
}

//! Recall of times and numbers on DocRED-style documents (Re-DocRED, Tan et
//! al. 2022; DocRED, Yao et al. 2019): lead sections of English Wikipedia
//! articles whose entity mentions are typed, among them `TIME` (dates,
//! years, centuries, durations) and `NUM` (numbers, amounts, quantities).
//!
//! The file is the corpus's JSON: an array of documents, each with `sents`
//! (sentences of tokens) and `vertexSet` (entities, each a list of mentions
//! `{"pos": [first, end), "sent_id", "type"}` in tokens of its sentence).
//! The text analyzed is rebuilt from the tokens by [`detokenize`]; a mention
//! spans its first token's first byte to its last token's last byte.
//!
//! Only recall is scored. DocRED marks the numbers and times its annotators
//! saw as entities, and leaves others ("one of the ...", ordinals) unmarked,
//! so a figure on no mention is not an error of ours. A mention is found
//! when a figure overlaps it, and found exactly when a figure's span (with
//! or without its modifier: "about 6,000" for "6,000") is the mention's, or
//! the mention is an end of a range of ours: presslight makes a range one
//! figure ("1992–94", "from 1968 to 1992", "13 January 1924–11 February
//! 2005"), where DocRED marks its ends, so a mention that starts or ends a
//! range figure counts as exact. Other conventions differ: a year in a name
//! ("SXSW 2012") is the name's here; "early" and "about" belong to our span.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value as Json;

use super::read;
use crate::analysis::{FigureKind, Value};
use crate::error::Error;
use crate::figures::{self, Found};
use crate::text::Document;

/// The mention types scored, in the order printed.
const TYPES: [&str; 2] = ["TIME", "NUM"];

/// Whether `path` is a DocRED JSON file: a `.json` file whose text opens
/// with an array of objects holding `vertexSet` (looked for in its first
/// 64 KiB, so that a spec file is never parsed whole to tell).
pub(crate) fn is_docred(path: &Path) -> bool {
    if !path.is_file() || path.extension().is_none_or(|e| e != "json") {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    use std::io::Read as _;
    if file.take(64 * 1024).read_to_end(&mut head).is_err() {
        return false;
    }
    let head = String::from_utf8_lossy(&head);
    head.trim_start().starts_with('[') && head.contains("\"vertexSet\"")
}

/// The text of tokenized sentences, and the byte span of each token
/// (`spans[sentence][token]`). Tokens are joined by one space, except
/// before closing punctuation (`, . ; : ! ? ) ] %` and clitics such as
/// `'s`, `n't`), after opening brackets and currency signs, around hyphens
/// and dashes ("1992 – 94" is "1992–94"), and inside straight double quotes
/// (paired in order). Non-breaking spaces inside tokens become spaces.
fn detokenize(sentences: &[Vec<String>]) -> (String, Vec<Vec<(usize, usize)>>) {
    const CLOSING: &[&str] = &[",", ".", ";", ":", "!", "?", ")", "]", "%"];
    const OPENING: &[&str] = &["(", "[", "$", "£", "€"];
    const JOINING: &[&str] = &["-", "–", "—", "/"];
    let mut text = String::new();
    let mut spans = Vec::with_capacity(sentences.len());
    let mut quote_open = false;
    let mut prev: Option<String> = None;
    for sentence in sentences {
        let mut sentence_spans = Vec::with_capacity(sentence.len());
        for token in sentence {
            let token = token.replace('\u{a0}', " ");
            let is_quote = token == "\"";
            let closing_quote = is_quote && quote_open;
            let glue = match &prev {
                None => true,
                Some(p) => {
                    CLOSING.contains(&token.as_str())
                        || token.starts_with('\'') && token.len() > 1
                        || token == "n't"
                        || OPENING.contains(&p.as_str())
                        || JOINING.contains(&token.as_str())
                        || JOINING.contains(&p.as_str())
                        || closing_quote
                        || p == "\"" && quote_open && !is_quote
                }
            };
            if !glue {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&token);
            sentence_spans.push((start, text.len()));
            if is_quote {
                quote_open = !quote_open;
            }
            prev = Some(token);
        }
        spans.push(sentence_spans);
    }
    (text, spans)
}

/// Counts of one mention type: mentions, found (overlapped by a figure),
/// exact (a figure on its span), typed (exact, and of the type's kinds).
#[derive(Default, Clone, Copy)]
struct Counts {
    mentions: usize,
    found: usize,
    exact: usize,
    typed: usize,
}

/// Whether the figure `f` is a range ("1992–94", "13 January 1924–11
/// February 2005", "3-5 percent"), whose ends DocRED marks one by one.
fn is_range(f: &Found) -> bool {
    match &f.value {
        Some(Value::Range(_)) => true,
        Some(Value::Text(t)) => t.contains('/'),
        _ => false,
    }
}

/// Whether a figure of `kind` is what a mention of type `ty` names.
fn of_type(ty: usize, kind: FigureKind) -> bool {
    matches!(
        (ty, kind),
        (
            0,
            FigureKind::Date | FigureKind::Time | FigureKind::Duration
        ) | (
            1,
            FigureKind::Number | FigureKind::Money | FigureKind::Percent | FigureKind::Quantity
        )
    )
}

/// One document's text and its scored mentions (byte span, type index).
struct Doc {
    text: String,
    mentions: Vec<(usize, usize, usize)>,
}

/// Reads the documents of a DocRED JSON text; `name` is for errors.
fn read_docs(json: &str, name: &str) -> Result<Vec<Doc>, Error> {
    let bad = |what: String| Error::format(format!("{name}: {what}"));
    let root: Json = serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
    let docs = root
        .as_array()
        .ok_or_else(|| bad("not an array of documents".into()))?;
    let mut out = Vec::with_capacity(docs.len());
    for (n, doc) in docs.iter().enumerate() {
        let bad = |what: &str| bad(format!("document {n}: {what}"));
        let sentences: Vec<Vec<String>> = doc["sents"]
            .as_array()
            .ok_or_else(|| bad("no \"sents\" array"))?
            .iter()
            .map(|s| {
                s.as_array()
                    .map(|t| {
                        t.iter()
                            .map(|w| w.as_str().unwrap_or("").to_string())
                            .collect()
                    })
                    .ok_or_else(|| bad("a sentence is not an array of tokens"))
            })
            .collect::<Result<_, _>>()?;
        let (text, spans) = detokenize(&sentences);
        let mut mentions = Vec::new();
        let entities = doc["vertexSet"]
            .as_array()
            .ok_or_else(|| bad("no \"vertexSet\" array"))?;
        for mention in entities.iter().filter_map(Json::as_array).flatten() {
            let Some(ty) = TYPES.iter().position(|t| mention["type"] == *t) else {
                continue;
            };
            let pos = |i: usize| mention["pos"][i].as_u64().map(|v| v as usize);
            let sentence = mention["sent_id"].as_u64().map(|v| v as usize);
            let (Some(first), Some(end), Some(sentence)) = (pos(0), pos(1), sentence) else {
                return Err(bad(
                    "a mention without \"pos\" [first, end) and \"sent_id\"",
                ));
            };
            let tokens = spans
                .get(sentence)
                .filter(|t| first < end && end <= t.len())
                .ok_or_else(|| bad("a mention outside its sentence"))?;
            mentions.push((tokens[first].0, tokens[end - 1].1, ty));
        }
        out.push(Doc { text, mentions });
    }
    Ok(out)
}

/// Scores the DocRED file at `path` (read on the date 2019-01-01, the year
/// the corpus was built; no value is scored, so the date only decides which
/// words are read as dates); with `PRESSLIGHT_EVAL_VERBOSE` each mention not
/// found exactly goes to stderr.
pub(crate) fn score(path: &Path) -> Result<String, Error> {
    let docs = read_docs(&read(path)?, &path.display().to_string())?;
    let date = crate::calendar::CalendarDate::new(2019, 1, 1);
    let mut counts = [Counts::default(); TYPES.len()];
    for doc in &docs {
        let document = Document::new(&doc.text);
        let entities = crate::entities::find(&document);
        let found: Vec<Found> = figures::found(&document, &entities, date);
        for &(start, end, ty) in &doc.mentions {
            let c = &mut counts[ty];
            c.mentions += 1;
            let over: Vec<&Found> = found
                .iter()
                .filter(|f| f.start < end && start < f.end)
                .collect();
            let exact = over.iter().find(|f| {
                let starts = f.start == start || f.core == start;
                starts && f.end == end || is_range(f) && (starts || f.end == end)
            });
            c.found += usize::from(!over.is_empty());
            c.exact += usize::from(exact.is_some());
            c.typed += usize::from(exact.is_some_and(|f| of_type(ty, f.kind)));
            if super::verbose() && exact.is_none() {
                let ours: Vec<&str> = over.iter().map(|f| &doc.text[f.start..f.end]).collect();
                eprintln!("{} {:?} ours {:?}", TYPES[ty], &doc.text[start..end], ours);
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "DocRED {} ({} documents; recall only, the corpus leaves numbers unmarked;\n  an end of a range of ours counts as exact):",
        path.display(),
        docs.len()
    );
    for (ty, c) in TYPES.iter().zip(counts) {
        let share = |n: usize| n as f64 / c.mentions.max(1) as f64;
        let _ = writeln!(
            out,
            "  {ty:<4} {:>5} mentions: found {:.3}, exact span {:.3}, exact and of its kind {:.3}",
            c.mentions,
            share(c.found),
            share(c.exact),
            share(c.typed)
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn detokenizes_punctuation_dashes_and_quotes() {
        let (text, spans) = detokenize(&[
            words("Wilfried \" Willi \" Schneider ( born 13 March 1963 ) won in 1997 – 98 ."),
            words("It cost $ 5 , or 3 % of the team 's budget ."),
        ]);
        assert_eq!(
            text,
            "Wilfried \"Willi\" Schneider (born 13 March 1963) won in 1997–98. It cost $5, or 3% of the team's budget."
        );
        assert_eq!(&text[spans[0][13].0..spans[0][15].1], "1997–98");
        assert_eq!(&text[spans[1][2].0..spans[1][3].1], "$5");
    }

    #[test]
    fn reads_mentions_and_rejects_bad_positions() {
        let json = r#"[{"sents": [["Born", "in", "1963", "."]],
            "vertexSet": [[{"pos": [2, 3], "sent_id": 0, "type": "TIME"}],
                          [{"pos": [0, 1], "sent_id": 0, "type": "PER"}]]}]"#;
        let docs = read_docs(json, "t.json").unwrap();
        assert_eq!(docs[0].text, "Born in 1963.");
        assert_eq!(docs[0].mentions, vec![(8, 12, 0)]);
        let bad = json.replace("[2, 3]", "[2, 9]");
        let err = read_docs(&bad, "t.json").err().unwrap().to_string();
        assert!(
            err.contains("t.json: document 0: a mention outside"),
            "{err}"
        );
    }
}

//! The acceptance check of one hand-annotated article: `presslight eval seed ARTICLE EXPECTED`.
//!
//! EXPECTED is a JSON file in the form of `shared/samples/seed-expected.json`:
//! entities by kind, aliases, not_entities, quotes with their speakers,
//! terms and figures. Every check prints one line; the summary counts failures.

use std::fmt::Write;
use std::path::Path;

use serde::Deserialize;

use super::read;
use crate::analysis::{Analysis, QuoteKind, Value};
use crate::error::Error;
use crate::{analyze, Options};

#[derive(Deserialize)]
struct Expected {
    date: Option<String>,
    #[serde(default)]
    entities: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    aliases: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    not_entities: Vec<String>,
    #[serde(default)]
    quotes: Vec<ExpectedQuote>,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    figures: Vec<ExpectedFigure>,
}

#[derive(Deserialize)]
struct ExpectedQuote {
    starts: String,
    speaker: Option<String>,
}

#[derive(Deserialize)]
struct ExpectedFigure {
    text: String,
    kind: String,
    value: serde_json::Value,
    context: Option<String>,
}

/// Checks the analysis of `article` against `expected`; returns the report.
pub(crate) fn check(article: &Path, expected: &Path) -> Result<(String, usize), Error> {
    let text = read(article)?;
    let expected: Expected = serde_json::from_str(&read(expected)?)
        .map_err(|e| Error::format(format!("{}: {e}", expected.display())))?;
    let mut options = Options::new();
    if let Some(d) = &expected.date {
        options = options.with_date(d)?;
    }
    let analysis = analyze(&text, &options);
    let mut report = String::new();
    let mut failed = 0;
    let mut line = |ok: bool, what: String| {
        failed += usize::from(!ok);
        let _ = writeln!(report, "{} {what}", if ok { "ok     " } else { "FAILED " });
    };
    for (kind, names) in &expected.entities {
        for name in names {
            let found = analysis
                .entities
                .iter()
                .filter(|e| &e.entity == name)
                .collect::<Vec<_>>();
            let right_kind = found.iter().any(|e| e.kind.as_str() == kind);
            line(
                right_kind,
                format!(
                    "entity {name} ({kind}){}",
                    if found.is_empty() {
                        ": not found".to_string()
                    } else if right_kind {
                        String::new()
                    } else {
                        format!(": found as {:?}", found[0].kind)
                    }
                ),
            );
        }
    }
    for (canonical, aliases) in &expected.aliases {
        for alias in aliases {
            // Every occurrence of the alias must be covered by a mention of the canonical entity
            // (titles such as "Mr" stay outside the mention itself).
            let mut got = Vec::new();
            let mut occurrences = 0;
            for (at, _) in text.match_indices(alias.as_str()) {
                let span = crate::text::Span::new(at, at + alias.len());
                if !whole_word(&text, span) {
                    continue;
                }
                occurrences += 1;
                match analysis.entities.iter().find(|e| e.span().overlaps(span)) {
                    Some(e) if &e.entity == canonical => {}
                    Some(e) => got.push(e.entity.clone()),
                    None => got.push("nothing".to_string()),
                }
            }
            let ok = occurrences > 0 && got.is_empty();
            line(
                ok,
                format!(
                    "alias {alias} -> {canonical}{}",
                    if ok {
                        String::new()
                    } else {
                        format!(": got {got:?}")
                    }
                ),
            );
        }
    }
    for junk in &expected.not_entities {
        let ok = !analysis.entities.iter().any(|e| &e.text == junk);
        line(ok, format!("not an entity: {junk}"));
    }
    for q in &expected.quotes {
        let found = find_quote(&analysis, &q.starts);
        let (ok, note) = match found {
            None => (false, ": not found".to_string()),
            Some(quote) => {
                let speaker = quote.speaker.as_ref().and_then(|s| s.entity.clone());
                let ok = quote.kind == QuoteKind::Speech && speaker == q.speaker;
                (
                    ok,
                    if ok {
                        String::new()
                    } else {
                        format!(": {:?} by {speaker:?}", quote.kind)
                    },
                )
            }
        };
        line(
            ok,
            format!(
                "quote “{}” by {}{note}",
                q.starts,
                q.speaker.as_deref().unwrap_or("nobody")
            ),
        );
    }
    for term in &expected.terms {
        let ok = find_quote(&analysis, term).is_some_and(|q| q.kind == QuoteKind::Term);
        line(ok, format!("term “{term}”"));
    }
    for f in &expected.figures {
        let (ok, note) = check_figure(&text, &analysis, f);
        line(
            ok,
            format!(
                "figure {} ({}) = {}{note}",
                f.context.as_deref().unwrap_or(&f.text),
                f.kind,
                f.value
            ),
        );
    }
    let _ = writeln!(report, "{failed} failed");
    Ok((report, failed))
}

fn trim_marks(s: &str) -> &str {
    s.trim_matches(|c: char| crate::text::is_quote_mark(c) || c.is_whitespace())
}

fn find_quote<'a>(analysis: &'a Analysis, starts: &str) -> Option<&'a crate::analysis::Quote> {
    analysis
        .quotes
        .iter()
        .find(|q| trim_marks(&q.text).starts_with(starts))
}

fn check_figure(text: &str, analysis: &Analysis, f: &ExpectedFigure) -> (bool, String) {
    // Where the figure is: its context in the article, or its first occurrence.
    let anchor = match &f.context {
        Some(c) => text
            .find(c.as_str())
            .and_then(|at| c.find(f.text.as_str()).map(|i| at + i)),
        None => text.find(f.text.as_str()),
    };
    let Some(at) = anchor else {
        return (false, ": text not in article".to_string());
    };
    let span = crate::text::Span::new(at, at + f.text.len());
    let Some(found) = analysis.figures.iter().find(|g| g.span().contains(span)) else {
        return (false, ": not found".to_string());
    };
    let kind = found.kind.as_str();
    let value = match &found.value {
        None => serde_json::Value::Null,
        Some(Value::Number(n)) => serde_json::json!(n),
        Some(Value::Range(r)) => serde_json::json!(r),
        Some(Value::Text(s)) => serde_json::json!(s),
    };
    let same_value = match (&value, &f.value) {
        (serde_json::Value::Number(a), serde_json::Value::Number(b)) => a.as_f64() == b.as_f64(),
        (a, b) => a == b,
    };
    let ok = kind == f.kind && same_value;
    (
        ok,
        if ok {
            String::new()
        } else {
            format!(": got “{}” {kind} {value}", found.text)
        },
    )
}

fn whole_word(text: &str, span: crate::text::Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let joined = |c: char| c.is_alphanumeric() || c == '-';
    !before.is_some_and(joined) && !after.is_some_and(joined)
}

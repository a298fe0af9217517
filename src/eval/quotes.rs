//! Scoring quotations and speakers against PolNeAR brat folders.
//!
//! A folder holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`; an
//! article annotated by several people is scored once, against the first
//! `.ann` in name order. brat offsets count code points; they are converted
//! to bytes before comparison.
//!
//! A gold direct quote is a `Content` span that opens with a quote mark. The
//! five figures:
//! - recall: the share of gold direct quotes that a `speech` quote overlaps;
//! - precision: the share of `speech` quotes that overlap any gold Content,
//!   direct or reported (a partial quote inside reported speech, "called the
//!   plan a “disgrace”", is speech, as a reader takes it);
//! - speaker (direct): the share of gold direct quotes with a `Source` whose
//!   best-overlapping `speech` quote has a speaker that overlaps the Source,
//!   or names it: the last word of the speaker's entity (or text) is the
//!   last word of the Source or of its head before a comma (a closing tag in
//!   brackets, "(D-Mo.)", left out), as `make compare` scores the peers;
//! - speaker (any): the share of `speech` quotes inside a gold Content with a
//!   Source, direct or reported, whose speaker names that Source;
//! - precision (direct only), for reference: the share of `speech` quotes
//!   that overlap a gold direct quote (a lower bound: PolNeAR's direct
//!   Contents leave out partial quotes in reported speech).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{QuoteKind, Speaker};
use crate::error::Error;
use crate::text::Span;
use crate::Options;

use super::read;

/// The gold of one article: its direct quotes, and every Content span with
/// its Source, if any.
struct Gold {
    quotes: Vec<GoldQuote>,
    contents: Vec<(Span, Option<Span>)>,
}

/// One gold direct quote: its span and the span of its source, in bytes.
struct GoldQuote {
    span: Span,
    source: Option<Span>,
}

#[derive(Default)]
struct Tally {
    articles: usize,
    gold: usize,
    found: usize,
    speech: usize,
    speech_right: usize,
    speech_in_content: usize,
    with_source: usize,
    speaker_right: usize,
    in_sourced_content: usize,
    speaker_any_right: usize,
}

/// Scores quotations and speakers against PolNeAR brat folders.
pub(crate) fn eval(paths: &[&Path]) -> Result<String, Error> {
    if paths.is_empty() {
        return Err(Error::format(
            "eval quotes needs PolNeAR folders (with text/ and attributions/)",
        ));
    }
    let mut tally = Tally::default();
    for dir in paths {
        for (text_path, ann_path) in articles(dir)? {
            let text = read(&text_path)?;
            let ann = read(&ann_path)?;
            let gold = gold_quotes(&text, &ann);
            score(&text, &gold, &mut tally);
        }
    }
    Ok(report(&tally, paths))
}

/// The (text, annotation) pairs of a folder, one annotation per article.
fn articles(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, Error> {
    let list = |sub: &str| -> Result<Vec<PathBuf>, Error> {
        let path = dir.join(sub);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .map_err(|e| Error::io(&path.display().to_string(), e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        Ok(files)
    };
    let mut by_name: HashMap<String, PathBuf> = HashMap::new();
    for ann in list("attributions")? {
        let Some(stem) = ann.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if ann.extension().and_then(|e| e.to_str()) != Some("ann") {
            continue;
        }
        if let Some((name, _annotator)) = stem.rsplit_once('_') {
            by_name.entry(name.to_string()).or_insert(ann);
        }
    }
    let mut pairs = Vec::new();
    for text in list("text")? {
        if text.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let name = text.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if let Some(ann) = by_name.get(name) {
            pairs.push((text.clone(), ann.clone()));
        }
    }
    if pairs.is_empty() {
        return Err(Error::format(format!(
            "{}: no text/*.txt with attributions/*.ann",
            dir.display()
        )));
    }
    Ok(pairs)
}

/// Byte offsets of every code point boundary of `text`.
fn code_point_bytes(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Parses "Kind 12 30;35 40" into the covering span, in code points.
fn parse_span(field: &str) -> Option<(&str, usize, usize)> {
    let (kind, rest) = field.split_once(' ')?;
    let mut start = usize::MAX;
    let mut end = 0;
    for segment in rest.split(';') {
        let (a, b) = segment.trim().split_once(' ')?;
        start = start.min(a.parse().ok()?);
        end = end.max(b.parse().ok()?);
    }
    (start <= end).then_some((kind, start, end))
}

/// The gold direct quotes and contents of one article.
fn gold_quotes(text: &str, ann: &str) -> Gold {
    let bytes = code_point_bytes(text);
    let to_bytes = |start: usize, end: usize| Some(Span::new(*bytes.get(start)?, *bytes.get(end)?));
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            if let Some(span) = parse_span(body).and_then(|(_, a, b)| to_bytes(a, b)) {
                spans.insert(id, span);
            }
        } else if id.starts_with('E') {
            let mut content = None;
            let mut source = None;
            for arg in body.split(' ') {
                match arg.split_once(':') {
                    Some(("Content", t)) => content = Some(t),
                    Some(("Source", t)) => source = Some(t),
                    _ => {}
                }
            }
            events.push((content, source));
        }
    }
    let mut gold = Vec::new();
    let mut contents = Vec::new();
    for (content, source) in events {
        let Some(span) = content.and_then(|c| spans.get(c)) else {
            continue;
        };
        let source_span = source.and_then(|s| spans.get(s)).copied();
        contents.push((*span, source_span));
        let opens_with_mark = text
            .get(span.start..)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| matches!(c, '"' | '“' | '\'' | '‘' | '«' | '`' | '„'));
        if opens_with_mark {
            gold.push(GoldQuote {
                span: *span,
                source: source_span,
            });
        }
    }
    Gold {
        quotes: gold,
        contents,
    }
}

fn score(text: &str, gold: &Gold, tally: &mut Tally) {
    let (contents, gold) = (&gold.contents, &gold.quotes);
    let analysis = crate::analyze(text, &Options::new());
    let speech: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .collect();
    tally.articles += 1;
    tally.gold += gold.len();
    tally.speech += speech.len();
    tally.speech_right += speech
        .iter()
        .filter(|q| gold.iter().any(|g| g.span.overlaps(q.span())))
        .count();
    tally.speech_in_content += speech
        .iter()
        .filter(|q| contents.iter().any(|(c, _)| c.overlaps(q.span())))
        .count();
    for q in &speech {
        let overlap = |c: &Span| q.end.min(c.end).saturating_sub(q.start.max(c.start));
        let content = contents
            .iter()
            .filter(|(c, source)| source.is_some() && c.overlaps(q.span()))
            .max_by_key(|(c, _)| overlap(c));
        if let Some((_, Some(source))) = content {
            tally.in_sourced_content += 1;
            if q.speaker.as_ref().is_some_and(|s| names(text, s, *source)) {
                tally.speaker_any_right += 1;
            } else if super::verbose() {
                eprintln!(
                    "ANY gold {:?} found {:?} for {:?}",
                    text.get(source.range()).unwrap_or(""),
                    q.speaker
                        .as_ref()
                        .map(|s| (s.text.as_str(), s.entity.as_deref())),
                    q.text.chars().take(80).collect::<String>()
                );
            }
        }
    }
    for g in gold {
        let best = speech
            .iter()
            .filter(|q| q.span().overlaps(g.span))
            .max_by_key(|q| q.end.min(g.span.end) - q.start.max(g.span.start));
        if best.is_some() {
            tally.found += 1;
        }
        if let Some(source) = g.source {
            tally.with_source += 1;
            let speaker = best.and_then(|q| q.speaker.as_ref());
            if speaker.is_some_and(|s| names(text, s, source)) {
                tally.speaker_right += 1;
            } else if super::verbose() {
                let cut = |a: usize, b: usize| {
                    let a = text.floor_char_boundary(a);
                    let b = text.floor_char_boundary(b.min(text.len()));
                    text[a..b].replace('\n', " ")
                };
                eprintln!(
                    "SPEAKER gold {:?} found {:?} in {:?}",
                    cut(source.start, source.end),
                    speaker.map(|s| (s.text.as_str(), s.entity.as_deref())),
                    cut(
                        g.span.start.saturating_sub(120),
                        g.span.end.min(g.span.start + 200) + 60
                    )
                );
            }
        }
    }
}

/// Whether `speaker` overlaps `source` or names it (the same last word as the
/// Source or its head before a comma).
fn names(text: &str, speaker: &Speaker, source: Span) -> bool {
    if Span::new(speaker.start, speaker.end).overlaps(source) {
        return true;
    }
    let source_text = without_tag(text.get(source.range()).unwrap_or(""));
    // The Source as a whole, or its head before an appositive ("Washington,
    // star of television’s “Scandal,”").
    let head = source_text.split(',').next().unwrap_or(source_text);
    let name = speaker.entity.as_deref().unwrap_or(&speaker.text);
    let Some(a) = last_word(name) else {
        return false;
    };
    [source_text, head]
        .iter()
        .any(|s| last_word(s).is_some_and(|b| a.eq_ignore_ascii_case(b)))
}

/// `source` without a closing tag in brackets, which names no one: a party
/// and state ("Sen. Claire McCaskill (D-Mo.)"), an age ("Ana Ruiz (34)").
fn without_tag(source: &str) -> &str {
    let s = source.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    match s
        .strip_suffix(')')
        .and_then(|s| s.rfind('(').map(|k| &s[..k]))
    {
        Some(head) if head.chars().any(char::is_alphabetic) => head,
        _ => source,
    }
}

fn last_word(s: &str) -> Option<&str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .rfind(|w| !w.is_empty())
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

fn report(t: &Tally, paths: &[&Path]) -> String {
    let mut out = String::new();
    let dirs: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let _ = writeln!(
        out,
        "quotes on {} ({} articles)",
        dirs.join(", "),
        t.articles
    );
    let mut line = |label: &str, n: usize, d: usize, what: &str| {
        let _ = writeln!(out, "{label:<18} {:.3}  ({n} of {d} {what})", ratio(n, d));
    };
    line(
        "recall",
        t.found,
        t.gold,
        "gold direct quotes overlapped by a speech quote",
    );
    line(
        "precision",
        t.speech_in_content,
        t.speech,
        "speech quotes overlap a gold Content, direct or reported",
    );
    line(
        "speaker (direct)",
        t.speaker_right,
        t.with_source,
        "gold direct quotes with a source",
    );
    line(
        "speaker (any)",
        t.speaker_any_right,
        t.in_sourced_content,
        "speech quotes inside a sourced gold Content",
    );
    line(
        "precision (direct)",
        t.speech_right,
        t.speech,
        "speech quotes overlap a gold direct quote; for reference",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_brat_in_code_points() {
        let text = "Café: “Go,” he said.";
        let ann = "T1\tSource 12 14\the\nT2\tCue 15 19\tsaid\nT3\tContent 6 11\t“Go,”\n\
                   E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let gold = gold_quotes(text, ann).quotes;
        assert_eq!(gold.len(), 1);
        assert_eq!(&text[gold[0].span.range()], "“Go,”");
        assert_eq!(&text[gold[0].source.unwrap().range()], "he");
    }

    #[test]
    fn discontinuous_spans_and_bad_lines() {
        assert_eq!(parse_span("Content 1 3;5 9"), Some(("Content", 1, 9)));
        assert_eq!(parse_span("Content x 3"), None);
        assert!(
            gold_quotes("short", "T1\tContent 3 99\tx\nE1\tContent:T1\n")
                .quotes
                .is_empty()
        );
    }

    #[test]
    fn names_by_last_word() {
        let text = "Ms. Greenberg";
        let speaker = Speaker {
            start: 100,
            end: 102,
            text: "she".into(),
            entity: Some("Anna Greenberg".into()),
        };
        assert!(names(text, &speaker, Span::new(0, text.len())));
    }

    #[test]
    fn a_tag_in_brackets_names_no_one() {
        let speaker = |name: &str| Speaker {
            start: 100,
            end: 102,
            text: "she".into(),
            entity: Some(name.into()),
        };
        let text = "Democratic Sen. Claire McCaskill (D-Mo.),";
        let source = Span::new(0, text.len());
        assert!(names(text, &speaker("Claire McCaskill"), source));
        assert!(!names(text, &speaker("Mo"), source));
        // Brackets that are the whole Source are read as they are.
        assert!(names("(Ruiz)", &speaker("Ana Ruiz"), Span::new(0, 6)));
    }
}

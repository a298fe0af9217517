//! Invariance to the way a text was pasted: each article is reformatted the
//! way PDFs, e-mail, wire services and word processors format text, and the
//! findings of the reformatted text are compared with the original's.
//!
//! The variants: Windows line ends; straight quotes; no-break spaces; one
//! newline between paragraphs; paragraphs hard-wrapped at 72 columns (blank
//! line between them, and a single newline); wrapped at 60 with words
//! hyphenated at line ends; a PDF-like running header and page number
//! between paragraphs. A finding is kept when the variant has the same one:
//! an entity (kind, canonical name), a quote (kind, speaker's entity, words)
//! or a figure (kind, value, unit), names and words compared with their
//! spaces, line breaks and line-end hyphens normalized.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use crate::error::Error;
use crate::{analyze, Analysis, Options};

/// A reformatting of an article's text.
type Reformat = fn(&str) -> String;

/// The reformattings, by name.
const VARIANTS: &[(&str, Reformat)] = &[
    ("crlf", |t| t.replace('\n', "\r\n")),
    ("straight quotes", straight_quotes),
    ("no-break spaces", no_break_spaces),
    ("one newline between paragraphs", |t| {
        paragraphs(t).join("\n")
    }),
    ("wrapped at 72, blank lines", |t| {
        wrap_all(t, 72, false, "\n\n")
    }),
    ("wrapped at 72, one newline", |t| {
        wrap_all(t, 72, false, "\n")
    }),
    ("wrapped at 60, hyphenated", |t| {
        wrap_all(t, 60, true, "\n\n")
    }),
    ("page headers between paragraphs", page_headers),
];

fn paragraphs(text: &str) -> Vec<&str> {
    text.split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

fn straight_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect()
}

/// Every other space between words becomes a no-break space.
fn no_break_spaces(text: &str) -> String {
    let mut odd = false;
    text.chars()
        .map(|c| {
            if c == ' ' {
                odd = !odd;
                if odd {
                    return '\u{a0}';
                }
            }
            c
        })
        .collect()
}

/// A paragraph wrapped at `width` columns (characters); with `hyphenate`, a
/// word of eight letters or more that does not fit is split with a hyphen
/// when at least three letters fit.
fn wrap(paragraph: &str, width: usize, hyphenate: bool) -> String {
    let mut out = String::new();
    let mut column = 0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if column > 0 && column + 1 + len > width {
            let room = width.saturating_sub(column + 2);
            let letters = word.chars().all(char::is_alphabetic);
            if hyphenate && letters && len >= 8 && room >= 3 && len - room >= 3 {
                let cut = word.char_indices().nth(room).map_or(word.len(), |(i, _)| i);
                let _ = write!(out, " {}-\n{}", &word[..cut], &word[cut..]);
                column = len - room;
                continue;
            }
            out.push('\n');
            column = 0;
        } else if column > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += len;
    }
    out
}

fn wrap_all(text: &str, width: usize, hyphenate: bool, between: &str) -> String {
    paragraphs(text)
        .iter()
        .map(|p| wrap(p, width, hyphenate))
        .collect::<Vec<_>>()
        .join(between)
}

/// A running header and a page number between every fourth paragraph.
fn page_headers(text: &str) -> String {
    let mut out = Vec::new();
    for (n, p) in paragraphs(text).iter().enumerate() {
        if n > 0 && n % 4 == 0 {
            out.push(format!("Page {} of 9", n / 4 + 1));
            out.push("THE DAILY REVIEW | NEWS".to_string());
        }
        out.push(p.to_string());
    }
    out.join("\n\n")
}

/// Text compared as a reader reads it: line-end hyphens joined, spaces,
/// no-break spaces and line breaks as one space, quotes straight.
fn normal(text: &str) -> String {
    let joined = text.replace("-\r\n", "").replace("-\n", "");
    straight_quotes(&joined)
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The findings of one analysis, per layer.
fn findings(a: &Analysis) -> [BTreeSet<String>; 3] {
    let entities = a
        .entities
        .iter()
        .map(|e| format!("{} {}", e.kind.as_str(), normal(&e.entity)))
        .collect();
    let quotes = a
        .quotes
        .iter()
        .map(|q| {
            let who = q.speaker.as_ref().and_then(|s| s.entity.as_deref());
            format!(
                "{} {} | {}",
                q.kind.as_str(),
                who.map_or_else(|| "-".to_string(), normal),
                normal(&q.text)
            )
        })
        .collect();
    let figures = a
        .figures
        .iter()
        .map(|f| {
            let value = serde_json::to_string(&f.value).unwrap_or_default();
            format!("{} {value} {:?}", f.kind.as_str(), f.unit)
        })
        .collect();
    [entities, quotes, figures]
}

/// Prints, per variant, the share of entities, quotes and figures of the
/// `.txt` articles under `paths` that the reformatted articles keep.
pub(crate) fn eval(paths: &[&Path]) -> Result<String, Error> {
    let files = super::files_with_extension(paths, "txt")?;
    if files.is_empty() {
        return Err(Error::format(
            "eval invariance: no .txt articles under the paths given",
        ));
    }
    let options = Options::new();
    let mut originals = Vec::with_capacity(files.len());
    let mut texts = Vec::with_capacity(files.len());
    for file in &files {
        let text = super::read(file)?.replace("\r\n", "\n");
        originals.push(findings(&analyze(&text, &options)));
        texts.push(text);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} articles: share of the original's findings kept (entities / quotes / figures)",
        files.len()
    );
    let _ = writeln!(
        out,
        "{:<34} {:>8} {:>8} {:>8}",
        "variant", "entities", "quotes", "figures"
    );
    for (name, variant) in VARIANTS {
        let mut kept = [0usize; 3];
        let mut total = [0usize; 3];
        for (text, original) in texts.iter().zip(&originals) {
            let changed = findings(&analyze(&variant(text), &options));
            for layer in 0..3 {
                total[layer] += original[layer].len();
                kept[layer] += original[layer].intersection(&changed[layer]).count();
                if super::verbose() {
                    for lost in original[layer].difference(&changed[layer]) {
                        eprintln!("{name}: lost {lost}");
                    }
                }
            }
        }
        let share = |l: usize| kept[l] as f64 / total[l].max(1) as f64;
        let _ = writeln!(
            out,
            "{name:<34} {:>8.3} {:>8.3} {:>8.3}",
            share(0),
            share(1),
            share(2)
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_hyphenates_within_the_width() {
        let p = "The government announced a comprehensive programme of investment today.";
        let wrapped = wrap(p, 20, true);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 20),
            "{wrapped}"
        );
        assert_eq!(normal(&wrapped), p);
        assert!(wrapped.contains("-\n"), "{wrapped}");
        assert_eq!(normal("“a”\u{a0}b\r\nc"), "\"a\" b c");
    }
}

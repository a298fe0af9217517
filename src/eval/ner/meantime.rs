//! Entity scores on MEANTIME: names of people, organizations and places in
//! 120 Wikinews articles that the tagger never saw in training.
//!
//! Gold: the `ENTITY_MENTION`s with `syntactic_type="NAM"` (a proper name)
//! whose entity (the `ENTITY` that a `REFERS_TO` relation points to) has
//! `ent_type` PER, ORG or LOC, in the annotated sentences (0-5: the title,
//! the date line and the first four sentences of the body). Found: the
//! entities that [`crate::analyze`] finds in the rebuilt text of those same
//! sentences, with our own tokenizer, kinds person, organization and place.
//!
//! MEANTIME marks the whole noun phrase around a name, where presslight
//! (like CoNLL) marks the name alone: "the U.S.", "Senator John McCain",
//! "U.S. automaker Chrysler", "Joe Leonard, Chairman and Chief Operating
//! Officer of AirTran Airways", "General Motors (GM". Scoring those extents
//! as they are would count every determiner, title and apposition as an
//! error on both sides, so each gold mention is reduced to its name, by rules
//! that follow from the two conventions (not from what the tagger finds):
//!
//! 1. A mention that holds another NAM mention of the same entity ("Ryanair
//!    CEO, Michael O'Leary" holds "Michael O'Leary") is left to that one.
//! 2. A mention ends before its first comma, opening bracket or "in", "near",
//!    "at": what follows is an apposition, an acronym or the place where the
//!    thing named is ("General Motors (GM" -> "General Motors", "the Moscone
//!    Center in San Francisco" -> "the Moscone Center").
//! 3. The name is the last run of capitalized words (or words starting with
//!    a digit), joined by "of", "and", "&", "-", without a leading determiner
//!    ("The GAO" -> "GAO", "U.S. automaker Chrysler" -> "Chrysler"); for a
//!    person, titles and roles are not part of the run ("Senator John
//!    McCain" -> "John McCain", "Chrysler Chief Executive Robert Nardelli"
//!    -> "Robert Nardelli"), with the honorifics and roles the quote
//!    attribution knows, and "CEO", "CFO", "COO".
//! 4. A mention left without a name ("the firm's chief executive officer",
//!    marked NAM) is left out, and two mentions reduced to the same span
//!    count once (the one that was a bare name wins the type).
//!
//! What is neither gold nor an error: names found inside a `PRE.NAM`
//! mention (a name used as a modifier: "U.S." in "U.S. automaker", which
//! MEANTIME does not score as a name but CoNLL would), and inside a NAM
//! mention whose entity has no type. Names of products (PRO), financial
//! entities such as indices and currencies (FIN) and mixed ones stay in:
//! a product found as an organization is a false positive.
//!
//! Printed: the table (per type, micro, span only) on the reduced names,
//! and the micro scores against the extents as marked, for comparison.
//! `PRESSLIGHT_EVAL_VERBOSE=1` lists every miss and false positive on stderr.
//!
//! `presslight eval ner --dump-gold FILE` writes this gold instead, for
//! scoring other taggers the same way (`tests/compare/compare.py`): one JSON
//! line per article, `{"document": file name, "text": the rebuilt text,
//! "names": [[start, end, "PER"|"ORG"|"LOC"], ...], "neutral": [[start, end],
//! ...]}`, offsets in Unicode code points (Python string indices). The text
//! holds the annotated sentences alone, so whatever a tagger finds in it is
//! scored. A name found is left out when its span is not that of a gold name
//! and lies inside a `neutral` span; the rest are scored by exact span and
//! type, each counted once.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;

use super::{micro, table, Mention, Scores};
use crate::analysis::EntityKind;
use crate::entities::TYPES;
use crate::error::Error;
use crate::eval::meantime::{self as reader, Article, Markable};
use crate::eval::verbose;
use crate::quotes::{honorific, is_determiner, is_person_role};
use crate::text::{OffsetMap, OffsetUnit};

/// The gold of one article.
#[derive(Default)]
struct Gold {
    /// Names, reduced from the mentions as described above.
    names: Vec<Mention>,
    /// The same mentions with the extents as marked.
    as_marked: Vec<Mention>,
    /// Where a name found is neither gold nor an error.
    neutral: Vec<(usize, usize)>,
    /// Every entity mention with its type and syntactic type ("PRO NAM"),
    /// to show what MEANTIME marks where a name found is not gold.
    marked: Vec<(usize, usize, String)>,
}

/// Scores the entities `analyze` finds in the MEANTIME documents `files`.
/// Returns the report and the scores of the names.
pub(super) fn eval(files: &[PathBuf]) -> Result<(String, Scores), Error> {
    let articles = reader::read_all(files)?;
    if articles.is_empty() {
        return Err(Error::format(
            "eval ner: no MEANTIME documents (.xml with a <Document>) under the folders given",
        ));
    }
    let mut names = Scores::default();
    let mut as_marked = Scores::default();
    let mut left_out = 0;
    for article in &articles {
        let gold = gold(article);
        let found: Vec<Mention> = crate::analyze(&article.text, &crate::Options::new())
            .entities
            .iter()
            .map(|e| (e.start, e.end, type_index(e.kind)))
            .collect();
        let (found, neutral): (Vec<Mention>, Vec<Mention>) =
            found.into_iter().partition(|&(s, e, _)| {
                gold.names.iter().any(|g| (g.0, g.1) == (s, e))
                    || !gold.neutral.iter().any(|&(a, b)| a <= s && e <= b)
            });
        left_out += neutral.len();
        names.add_document(&gold.names, &found);
        as_marked.add_document(&gold.as_marked, &found);
        if verbose() {
            list_errors(article, &gold, &found);
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "MEANTIME ({} documents, sentences 0-5): names of people, organizations and places (NAM mentions\n  reduced to the name: no determiner, title or apposition), exact span and type",
        articles.len()
    );
    table(&mut out, &names);
    let strict = micro(&as_marked.by_type);
    let _ = writeln!(
        out,
        "against the extents as marked: micro F1 {:.4}, span only {:.4} (gold {})",
        strict.f1(),
        as_marked.span.f1(),
        strict.gold
    );
    let _ = writeln!(
        out,
        "names found inside PRE.NAM or untyped mentions, left out: {left_out}"
    );
    Ok((out, names))
}

/// One line of `--dump-gold`: an article's gold, offsets in code points.
#[derive(Serialize)]
struct GoldLine<'a> {
    document: &'a str,
    text: &'a str,
    names: Vec<(usize, usize, &'static str)>,
    neutral: Vec<(usize, usize)>,
}

/// The gold names of the MEANTIME documents `files`, one JSON line per
/// article (the format is in the module's notes).
pub(super) fn gold_lines(files: &[PathBuf]) -> Result<String, Error> {
    let articles = reader::read_all(files)?;
    if articles.is_empty() {
        return Err(Error::format(
            "eval ner --dump-gold: no MEANTIME documents (.xml with a <Document>) under the folders given",
        ));
    }
    let mut out = String::new();
    for article in &articles {
        out.push_str(&gold_line(article));
        out.push('\n');
    }
    Ok(out)
}

/// The gold of one article as a JSON line (without its newline).
fn gold_line(article: &Article) -> String {
    let gold = gold(article);
    let offsets = OffsetMap::new(&article.text, OffsetUnit::CodePoints);
    let at = |byte: usize| offsets.convert(byte);
    let line = GoldLine {
        document: &article.name,
        text: &article.text,
        names: gold
            .names
            .iter()
            .map(|&(s, e, k)| (at(s), at(e), TYPES.get(k).copied().unwrap_or("?")))
            .collect(),
        neutral: gold.neutral.iter().map(|&(s, e)| (at(s), at(e))).collect(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}

fn type_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

/// The gold names of one article.
fn gold(article: &Article) -> Gold {
    let mut gold = Gold::default();
    // (mention, type index, span as marked) of the NAM mentions scored.
    let mut scored: Vec<(&Markable, usize, (usize, usize))> = Vec::new();
    for m in &article.markables {
        if m.tag != "ENTITY_MENTION" {
            continue;
        }
        let Some(span) = article.span(&m.tokens) else {
            continue;
        };
        let kind = match article.entity_type(m) {
            Some("PER") => Some(0),
            Some("ORG") => Some(1),
            Some("LOC") => Some(2),
            _ => None,
        };
        let syntactic_type = m.attribute("syntactic_type");
        gold.marked.push((
            span.0,
            span.1,
            format!(
                "{} {}",
                article.entity_type(m).unwrap_or("-"),
                syntactic_type.as_deref().unwrap_or("-")
            ),
        ));
        match syntactic_type.as_deref() {
            Some("NAM") => match kind {
                Some(kind) => scored.push((m, kind, span)),
                None if article.entity_type(m).is_none() => gold.neutral.push(span),
                None => {}
            },
            Some("PRE.NAM") => gold.neutral.push(span),
            _ => {}
        }
    }
    // (span, type, whether the mention was the bare name).
    let mut names: Vec<((usize, usize), usize, bool)> = Vec::new();
    for &(m, kind, span) in &scored {
        gold.as_marked.push((span.0, span.1, kind));
        let holds_another = scored.iter().any(|&(other, _, other_span)| {
            other_span != span
                && span.0 <= other_span.0
                && other_span.1 <= span.1
                && article.referent(other).is_some()
                && article.referent(other) == article.referent(m)
        });
        if holds_another {
            continue;
        }
        let Some(name) = name_of(article, m, kind) else {
            continue;
        };
        match names.iter_mut().find(|n| n.0 == name) {
            Some(n) if !n.2 && name == span => *n = (name, kind, true),
            Some(_) => {}
            None => names.push((name, kind, name == span)),
        }
    }
    gold.names = names.into_iter().map(|(s, k, _)| (s.0, s.1, k)).collect();
    gold
}

/// The name in mention `m` of type `kind` (rules 2 and 3 above), as a byte span.
fn name_of(article: &Article, m: &Markable, kind: usize) -> Option<(usize, usize)> {
    let (first, last) = (*m.tokens.first()?, *m.tokens.last()?);
    let mut words: Vec<(&str, (usize, usize))> = Vec::new();
    for id in first..=last {
        let Some(span) = article.span(&[id]) else {
            continue;
        };
        let word = article.text.get(span.0..span.1).unwrap_or("");
        if !words.is_empty() && matches!(word, "," | "(" | "in" | "near" | "at") {
            break;
        }
        words.push((word, span));
    }
    let is_name_word = |word: &str| {
        let capitalized = word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let title = kind == 0
            && (honorific(word).is_some()
                || is_person_role(&word.to_lowercase())
                || matches!(word, "CEO" | "CFO" | "COO"));
        capitalized && !title && !is_determiner(word)
    };
    let is_joint = |word: &str| matches!(word, "of" | "and" | "&" | "-");
    // The last run of name words, joints only between two of them.
    let end = words.iter().rposition(|(w, _)| is_name_word(w))?;
    let mut start = end;
    while start > 0 {
        if is_name_word(words[start - 1].0) {
            start -= 1;
        } else if start > 1 && is_joint(words[start - 1].0) && is_name_word(words[start - 2].0) {
            start -= 2;
        } else {
            break;
        }
    }
    Some((words[start].1 .0, words[end].1 .1))
}

/// Lists the misses and false positives of one article on stderr, each
/// with the gold or found names it overlaps and the words around it.
fn list_errors(article: &Article, gold: &Gold, found: &[Mention]) {
    const KINDS: [&str; 3] = ["PER", "ORG", "LOC"];
    let text = |s: usize, e: usize| article.text.get(s..e).unwrap_or("");
    let around = |s: usize, e: usize| {
        let a = (0..=s.saturating_sub(40))
            .rev()
            .find(|&x| article.text.is_char_boundary(x))
            .unwrap_or(0);
        let b = ((e + 40).min(article.text.len())..=article.text.len())
            .find(|&x| article.text.is_char_boundary(x))
            .unwrap_or(article.text.len());
        text(a, b).replace('\n', " ")
    };
    let overlapping = |list: &[Mention], s: usize, e: usize| -> String {
        let names: Vec<String> = list
            .iter()
            .filter(|m| m.0 < e && s < m.1)
            .map(|&(a, b, t)| format!("{} {:?}", KINDS[t], text(a, b)))
            .collect();
        names.join(", ")
    };
    for &(s, e, k) in &gold.names {
        if !found.contains(&(s, e, k)) {
            eprintln!(
                "MISS {} {:?} found [{}] in {:?}",
                KINDS[k],
                text(s, e),
                overlapping(found, s, e),
                around(s, e)
            );
        }
    }
    for &(s, e, k) in found {
        if !gold.names.contains(&(s, e, k)) {
            let marked: Vec<String> = gold
                .marked
                .iter()
                .filter(|m| m.0 < e && s < m.1)
                .map(|(a, b, label)| format!("{label} {:?}", text(*a, *b)))
                .collect();
            eprintln!(
                "EXTRA {} {:?} gold [{}] marked [{}] in {:?}",
                KINDS[k],
                text(s, e),
                overlapping(&gold.names, s, e),
                marked.join(", "),
                around(s, e)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(words: &[&str]) -> String {
        words
            .iter()
            .enumerate()
            .map(|(n, w)| {
                format!(
                    "<token number=\"{n}\" sentence=\"2\" t_id=\"{}\">{w}</token>\n",
                    n + 1
                )
            })
            .collect()
    }

    fn mention(id: u32, syntactic_type: &str, tokens: &[u32]) -> String {
        let anchors: String = tokens
            .iter()
            .map(|t| format!("<token_anchor t_id=\"{t}\"/>"))
            .collect();
        format!("<ENTITY_MENTION m_id=\"{id}\" syntactic_type=\"{syntactic_type}\">{anchors}</ENTITY_MENTION>\n")
    }

    fn refers(mentions: &[u32], entity: u32) -> String {
        let sources: String = mentions
            .iter()
            .map(|m| format!("<source m_id=\"{m}\"/>"))
            .collect();
        format!("<REFERS_TO r_id=\"{entity}\">{sources}<target m_id=\"{entity}\"/></REFERS_TO>\n")
    }

    #[test]
    fn gold_mentions_are_reduced_to_their_names() {
        let words = [
            "Senator",
            "John",
            "McCain",
            "(",
            "R-AZ",
            ")",
            "met",
            "U.S.",
            "automaker",
            "Chrysler",
            ",",
            "Irish",
            "airline",
            ",",
            "Ryanair",
            ",",
            "in",
            "the",
            "U.S.",
            ".",
        ];
        let xml = format!(
            "<Document>\n{}<Markables>\n{}{}{}{}{}{}{}\
             <ENTITY ent_type=\"PER\" m_id=\"20\"/><ENTITY ent_type=\"ORG\" m_id=\"21\"/>\
             <ENTITY ent_type=\"LOC\" m_id=\"22\"/><ENTITY ent_type=\"ORG\" m_id=\"23\"/>\
             </Markables>\n<Relations>\n{}{}{}{}</Relations></Document>",
            tokens(&words),
            mention(1, "NAM", &[1, 2, 3, 4, 5]),
            mention(2, "NAM", &[8, 9, 10]),
            mention(3, "PRE.NAM", &[8]),
            mention(4, "NAM", &[18, 19]),
            mention(5, "NAM", &[12, 13, 14, 15]),
            mention(6, "NAM", &[15]),
            mention(7, "NAM", &[5]),
            refers(&[1], 20),
            refers(&[2], 21),
            refers(&[3, 4], 22),
            refers(&[5, 6], 23),
        );
        let article = reader::parse(&xml).expect("a document");
        let gold = gold(&article);
        let text = |m: &Mention| format!("{} {}", &article.text[m.0..m.1], m.2);
        let names: Vec<String> = gold.names.iter().map(text).collect();
        assert_eq!(
            names,
            ["John McCain 0", "Chrysler 1", "U.S. 2", "Ryanair 1"]
        );
        let as_marked: Vec<String> = gold.as_marked.iter().map(text).collect();
        assert_eq!(
            as_marked,
            [
                "Senator John McCain (R-AZ 0",
                "U.S. automaker Chrysler 1",
                "the U.S. 2",
                "Irish airline, Ryanair 1",
                "Ryanair 1"
            ]
        );
        // The modifier "U.S." and the untyped "R-AZ" are neither gold nor errors.
        let neutral: Vec<&str> = gold
            .neutral
            .iter()
            .map(|&(a, b)| &article.text[a..b])
            .collect();
        assert_eq!(neutral, ["U.S.", "R-AZ"]);
    }

    #[test]
    fn gold_is_dumped_as_one_json_line_in_code_points() {
        let words = [
            "Señor",
            "José",
            "Pérez",
            "of",
            "U.S.",
            "automaker",
            "Chrysler",
        ];
        let xml = format!(
            "<Document>\n{}<Markables>\n{}{}{}\
             <ENTITY ent_type=\"PER\" m_id=\"20\"/><ENTITY ent_type=\"ORG\" m_id=\"21\"/>\
             </Markables>\n<Relations>\n{}{}</Relations></Document>",
            tokens(&words),
            mention(1, "NAM", &[2, 3]),
            mention(2, "NAM", &[5, 6, 7]),
            mention(3, "PRE.NAM", &[5]),
            refers(&[1], 20),
            refers(&[2], 21),
        );
        let mut article = reader::parse(&xml).expect("a document");
        article.name = "1_Test.xml".to_string();
        let line = gold_line(&article);
        assert!(!line.contains('\n'));
        let json: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(json["document"], "1_Test.xml");
        let text = json["text"].as_str().expect("text");
        assert_eq!(text, "Señor José Pérez of U.S. automaker Chrysler");
        assert_eq!(
            json["names"],
            serde_json::json!([[6, 16, "PER"], [35, 43, "ORG"]])
        );
        assert_eq!(json["neutral"], serde_json::json!([[20, 24]]));
        // Offsets count code points: slicing the text by them gives the names.
        let chars: Vec<char> = text.chars().collect();
        let name: String = chars[6..16].iter().collect();
        assert_eq!(name, "José Pérez");
    }
}

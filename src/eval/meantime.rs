//! The reader of MEANTIME documents (NewsReader's XML): the text of the
//! annotated sentences rebuilt from the tokens, the markables anchored to
//! them, and the types of the entities that mentions refer to.
//!
//! Only sentences 0-5 are annotated (the title, the date line and the first
//! four sentences of the body); the rebuilt text holds those alone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use super::read;
use crate::error::Error;

/// The last annotated sentence.
const LAST_ANNOTATED_SENTENCE: u32 = 5;

/// One MEANTIME document, rebuilt as text.
pub(crate) struct Article {
    /// The file's name ("12345_Some_title.xml"); empty when parsed from a string.
    pub name: String,
    /// The annotated sentences: the title and the date line as paragraphs of
    /// their own, then the body.
    pub text: String,
    /// Each token's byte span in `text`, by token id.
    tokens: BTreeMap<u32, (usize, usize)>,
    /// The markables that are anchored to tokens, in document order.
    pub markables: Vec<Markable>,
    /// The entity each mention refers to (`REFERS_TO`), by the mention's id.
    referents: BTreeMap<u32, u32>,
    /// Each entity's type (`ent_type`: PER, ORG, LOC, PRO, FIN, MIX), by its id.
    entity_types: BTreeMap<u32, String>,
}

/// An annotation anchored to tokens: an `ENTITY_MENTION`, `VALUE` or `TIMEX3`.
pub(crate) struct Markable {
    /// The element's name.
    pub tag: String,
    /// The element's attributes, as written.
    attributes: String,
    /// The ids of the tokens it covers.
    pub tokens: Vec<u32>,
}

impl Markable {
    /// The value of attribute `name`, unescaped.
    pub(crate) fn attribute(&self, name: &str) -> Option<String> {
        attribute(&self.attributes, name).map(unescape)
    }

    /// The markable's id (`m_id`).
    pub(crate) fn id(&self) -> Option<u32> {
        attribute(&self.attributes, "m_id").and_then(|v| v.parse().ok())
    }
}

impl Article {
    /// The byte span from the first to the last of `tokens`, when both lie
    /// in the annotated sentences.
    pub(crate) fn span(&self, tokens: &[u32]) -> Option<(usize, usize)> {
        let first = self.tokens.get(tokens.first()?)?;
        let last = self.tokens.get(tokens.last()?)?;
        Some((first.0, last.1))
    }

    /// The id of the entity that the mention `markable` refers to.
    pub(crate) fn referent(&self, markable: &Markable) -> Option<u32> {
        self.referents.get(&markable.id()?).copied()
    }

    /// The type of the entity that the mention `markable` refers to.
    pub(crate) fn entity_type(&self, markable: &Markable) -> Option<&str> {
        self.entity_types
            .get(&self.referent(markable)?)
            .map(String::as_str)
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<token [^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)</token>"#)
        .expect("token regex")
});
static MARKABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?s)<(ENTITY_MENTION|VALUE|TIMEX3)\b([^>]*?)(?:/>|>(.*?)</(?:ENTITY_MENTION|VALUE|TIMEX3)>)"#,
    )
    .expect("markable regex")
});
static ANCHOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"<token_anchor t_id="(\d+)"/>"#).expect("anchor regex"));
static ENTITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"<ENTITY\s([^>]*)>"#).expect("entity regex"));
static REFERS_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)<REFERS_TO\b[^>]*>(.*?)</REFERS_TO>"#).expect("refers-to regex")
});
static LINK_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"<(source|target) m_id="(\d+)"\s*/>"#).expect("link end regex"));

/// Reads one document; None when `xml` is not a MEANTIME document.
pub(crate) fn parse(xml: &str) -> Option<Article> {
    if !xml.contains("<Document") {
        return None;
    }
    let (text, tokens) = rebuild(xml);
    let markables = MARKABLE
        .captures_iter(xml)
        .filter_map(|m| {
            let tokens: Vec<u32> = ANCHOR
                .captures_iter(m.get(3)?.as_str())
                .filter_map(|a| a[1].parse().ok())
                .collect();
            (!tokens.is_empty()).then(|| Markable {
                tag: m[1].to_string(),
                attributes: m[2].to_string(),
                tokens,
            })
        })
        .collect();
    let mut entity_types = BTreeMap::new();
    for e in ENTITY.captures_iter(xml) {
        let id = attribute(&e[1], "m_id").and_then(|v| v.parse().ok());
        if let (Some(id), Some(ty)) = (id, attribute(&e[1], "ent_type")) {
            entity_types.insert(id, ty.to_string());
        }
    }
    let mut referents = BTreeMap::new();
    for r in REFERS_TO.captures_iter(xml) {
        let mut sources = Vec::new();
        let mut target = None;
        for end in LINK_END.captures_iter(&r[1]) {
            let Ok(id) = end[2].parse::<u32>() else {
                continue;
            };
            if &end[1] == "source" {
                sources.push(id);
            } else {
                target = Some(id);
            }
        }
        if let Some(target) = target {
            for source in sources {
                referents.insert(source, target);
            }
        }
    }
    Some(Article {
        name: String::new(),
        text,
        tokens,
        markables,
        referents,
        entity_types,
    })
}

/// Reads the documents among `files`; a file name seen before (the same
/// article in another copy of the corpus) and files that are not MEANTIME
/// documents are left out.
pub(crate) fn read_all(files: &[PathBuf]) -> Result<Vec<Article>, Error> {
    let mut seen = BTreeSet::new();
    let mut articles = Vec::new();
    for path in files {
        if !seen.insert(path.file_name().map(|n| n.to_os_string())) {
            continue;
        }
        if let Some(mut article) = parse(&read(path)?) {
            article.name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            articles.push(article);
        }
    }
    Ok(articles)
}

/// Adds the `.xml` files under `path` (a file or a folder, searched
/// recursively) to `files`, in name order.
pub(crate) fn find_xml(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), Error> {
    files.extend(super::files_with_extension(&[path], "xml")?);
    Ok(())
}

/// The value of attribute `name` in `attributes` (`a="x" b="y"`), as written.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    attributes.match_indices(name).find_map(|(at, _)| {
        let whole = attributes[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let value = attributes[at + name.len()..].strip_prefix("=\"")?;
        whole.then(|| value.split('"').next()).flatten()
    })
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The annotated sentences rebuilt as text: the title and the date line as
/// paragraphs of their own, tokens joined by spaces except before closing
/// punctuation and clitics and after opening brackets and currency signs;
/// and each token's byte span.
fn rebuild(xml: &str) -> (String, BTreeMap<u32, (usize, usize)>) {
    let mut text = String::new();
    let mut spans = BTreeMap::new();
    let mut last_sentence = None;
    let mut prev = String::new();
    for c in TOKEN.captures_iter(xml) {
        let sentence: u32 = c[1].parse().unwrap_or(u32::MAX);
        if sentence > LAST_ANNOTATED_SENTENCE {
            continue;
        }
        let id: u32 = c[2].parse().unwrap_or(0);
        let tok = unescape(&c[3]);
        if last_sentence != Some(sentence) && last_sentence.is_some() {
            text.push_str(if sentence <= 2 { "\n\n" } else { " " });
        } else if last_sentence.is_some() {
            let glue_before = matches!(
                tok.as_str(),
                "," | "."
                    | ";"
                    | ":"
                    | "%"
                    | ")"
                    | "]"
                    | "?"
                    | "!"
                    | "'s"
                    | "'"
                    | "n't"
                    | "'re"
                    | "'ve"
                    | "'ll"
                    | "'d"
                    | "'m"
                    | "''"
            );
            let glue_after =
                matches!(prev.as_str(), "(" | "[" | "``" | "£" | "€" | "¥") || prev.ends_with('$');
            if !glue_before && !glue_after {
                text.push(' ');
            }
        }
        let start = text.len();
        text.push_str(&tok);
        spans.insert(id, (start, text.len()));
        last_sentence = Some(sentence);
        prev = tok;
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up document in MEANTIME's layout.
    const XML: &str = r#"<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">hires</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="2" t_id="5">Mr.</token>
<token number="5" sentence="2" t_id="6">Jo</token>
<token number="6" sentence="2" t_id="7">Bloggs</token>
<token number="7" sentence="2" t_id="8">joined</token>
<token number="8" sentence="2" t_id="9">Acme</token>
<token number="9" sentence="2" t_id="10">&apos;s</token>
<token number="10" sentence="2" t_id="11">board</token>
<token number="11" sentence="2" t_id="12">.</token>
<token number="12" sentence="6" t_id="13">Unannotated</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
<token_anchor t_id="1"/>
</ENTITY_MENTION>
<ENTITY_MENTION TAG_DESCRIPTOR="Empty_Mark" m_id="9" syntactic_type=""/>
<ENTITY_MENTION comment="" head="" m_id="2" syntactic_type="NAM">
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
<token_anchor t_id="7"/>
</ENTITY_MENTION>
<TIMEX3 m_id="3" type="DATE" value="2010-05-02">
<token_anchor t_id="3"/>
<token_anchor t_id="4"/>
</TIMEX3>
<ENTITY_MENTION m_id="4" syntactic_type="NAM">
<token_anchor t_id="13"/>
</ENTITY_MENTION>
<ENTITY TAG_DESCRIPTOR="Acme" ent_type="ORG" m_id="20"/>
<ENTITY TAG_DESCRIPTOR="Jo Bloggs" ent_type="PER" m_id="21"/>
</Markables>
<Relations>
<REFERS_TO r_id="1">
<source m_id="1"/>
<target m_id="20"/>
</REFERS_TO>
<REFERS_TO r_id="2">
<source m_id="2"/>
<target m_id="21"/>
</REFERS_TO>
<HAS_PARTICIPANT r_id="3" sem_role="Arg0">
<source m_id="2"/>
<target m_id="20"/>
</HAS_PARTICIPANT>
</Relations>
</Document>"#;

    #[test]
    fn rebuilds_the_annotated_sentences() {
        let article = parse(XML).expect("a document");
        assert_eq!(
            article.text,
            "Acme hires\n\nMay 2\n\nMr. Jo Bloggs joined Acme's board."
        );
        let span = |ids: &[u32]| article.span(ids).map(|(a, b)| &article.text[a..b]);
        assert_eq!(span(&[5, 6, 7]), Some("Mr. Jo Bloggs"));
        assert_eq!(span(&[9, 10]), Some("Acme's"));
        assert_eq!(span(&[13]), None);
    }

    #[test]
    fn reads_markables_and_their_entities() {
        let article = parse(XML).expect("a document");
        let found: Vec<String> = article
            .markables
            .iter()
            .map(|m| {
                format!(
                    "{} {:?} {:?} {:?}",
                    m.tag,
                    m.attribute("syntactic_type"),
                    article.entity_type(m),
                    m.tokens
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                r#"ENTITY_MENTION Some("NAM") Some("ORG") [1]"#,
                r#"ENTITY_MENTION Some("NAM") Some("PER") [5, 6, 7]"#,
                r#"TIMEX3 None None [3, 4]"#,
                r#"ENTITY_MENTION Some("NAM") None [13]"#,
            ]
        );
        assert_eq!(
            article.markables[2].attribute("type").as_deref(),
            Some("DATE")
        );
        assert_eq!(
            article.markables[2].attribute("value").as_deref(),
            Some("2010-05-02")
        );
    }

    #[test]
    fn finds_attributes_by_whole_name() {
        let attrs = r#" ent_type="ORG" m_id="7" type="X""#;
        assert_eq!(attribute(attrs, "type"), Some("X"));
        assert_eq!(attribute(attrs, "ent_type"), Some("ORG"));
        assert_eq!(attribute(attrs, "m_id"), Some("7"));
        assert_eq!(attribute(attrs, "id"), None);
    }

    #[test]
    fn other_text_is_no_document() {
        assert!(parse("EU NNP B-ORG").is_none());
    }
}

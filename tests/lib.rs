//! Integration tests: the library's invariants on hostile text and the CLI's contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use presslight::{analyze, Analysis, OffsetUnit, Options, Value};

/// Characters that stress the text layer: quotes of every style, apostrophes,
/// dashes, invisible spaces, surrogate-pair emoji, combining marks, CR/LF.
const ALPHABET: &[&str] = &[
    "a",
    "Z",
    "Mr",
    " ",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    ".",
    ",",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "``",
    "''",
    "-",
    "–",
    "—",
    "…",
    "...",
    "$",
    "£",
    "€",
    "%",
    "1",
    "2,000",
    "3.5",
    "\u{a0}",
    "\u{200b}",
    "😀",
    "é",
    "e\u{301}",
    "𝔘",
    "Trump",
    "said",
    ":",
    "(",
    ")",
    "U.S.",
    "’s",
    "20-point",
    "@AP",
    "https://x.org/a.",
    "©",
];

/// A deterministic pseudo-random text of `n` pieces.
fn noise(seed: u64, n: usize) -> String {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ALPHABET[(state >> 33) as usize % ALPHABET.len()]
        })
        .collect()
}

/// Every span of `analysis` (in bytes) lies on character boundaries and matches its text.
fn check_spans(text: &str, analysis: &Analysis) {
    let check = |start: usize, end: usize, expected: &str| {
        assert!(
            start < end && end <= text.len(),
            "span {start}..{end} empty or out of {} in {text:?}",
            text.len()
        );
        let slice = text
            .get(start..end)
            .unwrap_or_else(|| panic!("span {start}..{end} cuts a character in {text:?}"));
        assert_eq!(slice, expected);
    };
    for e in &analysis.entities {
        check(e.start, e.end, &e.text);
    }
    for q in &analysis.quotes {
        check(q.start, q.end, &q.text);
        if let Some(s) = &q.speaker {
            check(s.start, s.end, &s.text);
        }
    }
    for f in &analysis.figures {
        check(f.start, f.end, &f.text);
        // Values as written, without the noise of float arithmetic
        // ("65400000000.00001", "0.6900000000000001").
        let numbers = match &f.value {
            Some(Value::Number(n)) => vec![*n],
            Some(Value::Range([a, b])) => vec![*a, *b],
            _ => vec![],
        };
        for n in numbers {
            let shown = format!("{n}");
            let decimals = shown.split('.').nth(1).unwrap_or("");
            assert!(
                !(decimals.contains("00000") || decimals.contains("99999")),
                "figure {:?} has the value {shown} in {text:?}",
                f.text
            );
        }
    }
    // Within one layer, spans are sorted and do not overlap.
    let layers: [Vec<(usize, usize)>; 3] = [
        analysis.entities.iter().map(|e| (e.start, e.end)).collect(),
        analysis.quotes.iter().map(|q| (q.start, q.end)).collect(),
        analysis.figures.iter().map(|f| (f.start, f.end)).collect(),
    ];
    for (layer, spans) in ["entities", "quotes", "figures"].iter().zip(layers) {
        for pair in spans.windows(2) {
            assert!(
                pair[0].1 <= pair[1].0,
                "{layer}: {:?} and {:?} overlap or are out of order in {text:?}",
                pair[0],
                pair[1]
            );
        }
    }
}

#[test]
fn hostile_text_never_panics_and_spans_stay_whole() {
    for seed in 0..400 {
        let text = noise(seed, 1 + (seed as usize * 7) % 300);
        let analysis = analyze(&text, &Options::new());
        check_spans(&text, &analysis);
    }
}

/// Pieces a hostile or careless edit puts into an article.
const EDITS: &[&str] = &[
    ".",
    ".3.5",
    "3.",
    "..",
    "-",
    "–",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "\n",
    "\r\n",
    "\n\n",
    "\u{a0}",
    "\u{ad}",
    "$",
    "%",
    "1,000",
    "2.5bn",
    "(",
    ")",
    "[1]",
    "—",
    "Mr",
    "said",
    ":",
    "Q:",
    "•",
    "ﬁ",
    "19-",
    "-20",
    "Page 3 of 7",
    "\t",
    "0",
    "9",
    "e",
    "É",
    "😀",
];

/// A mutation fuzzer in the test suite: real articles with seeded hostile
/// edits (insertions, deletions, duplications, line breaks), each analysed and
/// checked: no panic, every span non-empty, on character boundaries, inside
/// the text, sorted and not overlapping within its layer.
#[test]
fn mutated_articles_keep_every_span_whole() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    };
    for fixture in ["wikinews-korea.txt", "wikinews-stampede.txt"] {
        let article = std::fs::read_to_string(format!("{dir}/tests/fixtures/{fixture}")).unwrap();
        for _ in 0..150 {
            let mut text = article.clone();
            for _ in 0..1 + next(12) {
                let at = text.floor_char_boundary(next(text.len() + 1));
                match next(4) {
                    0 | 1 => text.insert_str(at, EDITS[next(EDITS.len())]),
                    2 => {
                        let end = text.floor_char_boundary((at + next(40)).min(text.len()));
                        text.replace_range(at..end, "");
                    }
                    _ => {
                        let end = text.floor_char_boundary((at + next(60)).min(text.len()));
                        let piece = text[at..end].to_string();
                        text.insert_str(at, &piece);
                    }
                }
            }
            check_spans(&text, &analyze(&text, &Options::new()));
        }
    }
}

/// A paste cut anywhere: every start and end of a word of real article text.
#[test]
fn text_cut_at_any_word_never_panics() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut text =
        std::fs::read_to_string(format!("{dir}/tests/fixtures/wikinews-korea.txt")).unwrap();
    text.truncate(text.char_indices().nth(1200).map_or(text.len(), |(i, _)| i));
    text.push_str(" seemed to say “This is fine.” according to, said: “");
    // Attribution patterns cut at every word: a statement from X, dash
    // signatures, transcript labels, a clause before a comma, seasons and ranges.
    text.push_str(
        "” “We will win,” said a statement from Ana Ruiz. “Go.” -Councillor Ana Ruiz\n\n- Dan \
         Reyes.\nSMITH: We will not.\nQ: Why not now?\nAfter Dan Reyes spoke, Ana Ruiz shot back, \
         “No.” It ran from 3 May to 7 May 2026, last fall, on Christmas Eve, in the early '80s, \
         rose 0.3 percentage points to 4.4% by 50 basis points, dlrs 25, govern-\nment, Page 3 of 9",
    );
    // The figures and quotes of 2026-11-30's session, cut at every word too.
    text.push_str(
        " at 8pm last night, about 9am on Sunday, shortly after 10pm, early on Saturday, in the \
         first half of 2024, last quarter, Nov. 18-Dec. 19, 2015, Jan-Feb 2017, on Tuesday of next \
         week, for years, over the past several months, in fiscal 2009, by year-end, two years \
         earlier, from 9 to 11am, between 5 and 6pm, on Black Friday.\nPRICES ROSE 5 PCT\n\n\
         COPYRIGHT 2023\n\nNgozi Okafor 🇳🇬 said “we won” on monday, april 2017",
    );
    let dated = Options::new().with_date("2025-12-28").unwrap();
    let cuts: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .collect();
    for &cut in &cuts {
        for part in [&text[cut..], &text[..cut], text[cut..].trim_start()] {
            check_spans(part, &analyze(part, &Options::new()));
        }
        check_spans(&text[..cut], &analyze(&text[..cut], &dated));
    }
}

#[test]
fn empty_and_blank_text_give_empty_results() {
    for text in ["", " ", "\n\n\r\n", "\u{a0}\u{200b}\u{feff}"] {
        let a = analyze(text, &Options::new());
        assert!(
            a.entities.is_empty() && a.quotes.is_empty() && a.figures.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn offsets_convert_to_code_points_and_utf16() {
    let text = "😀😀 Barack Obama said “it’s done” in Paris.";
    let bytes = analyze(text, &Options::new());
    assert!(!bytes.entities.is_empty());
    let chars: Vec<char> = text.chars().collect();
    let points = bytes.clone().into_offsets(text, OffsetUnit::CodePoints);
    for e in &points.entities {
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16 = bytes.into_offsets(text, OffsetUnit::Utf16);
    for q in &utf16.quotes {
        assert_eq!(String::from_utf16(&units[q.start..q.end]).unwrap(), q.text);
    }
}

#[test]
fn invalid_date_is_a_clear_error() {
    let err = Options::new().with_date("28/12/2025").unwrap_err();
    assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    assert!(Options::new().with_date("2025-12-28").is_ok());
}

fn cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_presslight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run presslight");
    // A command that fails before reading closes its input early: that is not an error here.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn cli_analyze_prints_code_point_offsets() {
    let text = "😀 Angela Merkel visited Berlin.";
    let out = cli(&["analyze", "-"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let entities = v["entities"].as_array().unwrap();
    assert!(!entities.is_empty());
    for e in entities {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..t].iter().collect::<String>(),
            e["text"].as_str().unwrap()
        );
    }
}

#[test]
fn cli_jsonl_keeps_going_past_bad_lines() {
    let input = b"{\"id\": 1, \"text\": \"Angela Merkel spoke.\"}\n\
                  not json\n\
                  {\"id\": \"b\", \"title\": \"no text\"}\n\
                  {\"id\": 4, \"text\": 5}\n\
                  {\"id\": 5, \"text\": \"x\", \"date\": \"yesterday\"}\n\
                  \xff\xfe{\"id\": 6}\n\
                  \n\
                  {\"id\": 7, \"text\": \"It cost $5.\", \"date\": \"2025-12-28\"}\n";
    let out = cli(&["analyze", "--jsonl"], input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed line makes the exit status 1"
    );
    let records = lines(&out);
    assert_eq!(records.len(), 7, "one output line per non-blank input line");
    assert_eq!(records[0]["id"], 1);
    assert!(records[0]["entities"].is_array());
    assert!(records[1]["error"].as_str().unwrap().contains("line 2"));
    assert!(records[1].get("id").is_none());
    assert_eq!(records[2]["id"], "b");
    assert!(records[2]["error"]
        .as_str()
        .unwrap()
        .contains("missing \"text\""));
    assert_eq!(records[3]["id"], 4);
    assert!(records[4]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    assert!(records[5]["error"].as_str().unwrap().contains("offset 0"));
    assert_eq!(records[6]["id"], 7);
    // The id first, then the fields in the order `analyze` prints them.
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().nth(6).unwrap();
    assert!(
        last.starts_with("{\"id\":7,\"date\":\"2025-12-28\",\"entities\":"),
        "{last}"
    );
    let error = text.lines().nth(2).unwrap();
    assert!(error.starts_with("{\"id\":\"b\",\"error\":"), "{error}");
    assert_eq!(records[6]["date"], "2025-12-28");
}

#[test]
fn cli_reports_invalid_utf8_with_its_offset() {
    let out = cli(&["analyze", "-"], b"Hello \xc3\x28 world");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("not UTF-8") && err.contains("offset 6"),
        "{err}"
    );
}

#[test]
fn cli_rejects_unknown_commands_and_options() {
    assert_eq!(cli(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(cli(&["analyze", "--frob"], b"").status.code(), Some(2));
    assert_eq!(
        cli(&["analyze", "--date", "soon"], b"x").status.code(),
        Some(2)
    );
}

/// One case of `tests/cases/*.json`: a text (or a fixture file) and what a careful reader marks in it.
#[derive(serde::Deserialize)]
struct Case {
    text: Option<String>,
    file: Option<String>,
    date: Option<String>,
    #[serde(default)]
    entities: Vec<(String, String, String)>,
    #[serde(default)]
    not_entities: Vec<String>,
    #[serde(default)]
    quotes: Vec<(String, String, Option<String>)>,
    /// `[text, kind, value]`, or `[text, kind, value, unit]` to check the
    /// currency or unit too.
    #[serde(default)]
    figures: Vec<Figure>,
    #[serde(default)]
    not_figures: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Figure {
    Valued(String, String, serde_json::Value),
    WithUnit(String, String, serde_json::Value, String),
}

/// The failures of one case, as readable lines.
fn check_case(case: &Case) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let text = match (&case.text, &case.file) {
        (Some(t), _) => t.clone(),
        (None, Some(f)) => std::fs::read_to_string(format!("{dir}/fixtures/{f}")).unwrap(),
        (None, None) => panic!("a case needs text or file"),
    };
    let mut options = Options::new();
    if let Some(d) = &case.date {
        options = options.with_date(d).unwrap();
    }
    let a = analyze(&text, &options);
    check_spans(&text, &a);
    let mut failures = Vec::new();
    let name = case
        .file
        .clone()
        .unwrap_or_else(|| text.chars().take(40).collect());
    for (mention, kind, entity) in &case.entities {
        let found = a
            .entities
            .iter()
            .find(|e| &e.text == mention && e.kind.as_str() == kind && &e.entity == entity);
        if found.is_none() {
            let seen: Vec<_> = a
                .entities
                .iter()
                .filter(|e| e.text.contains(mention.as_str()))
                .map(|e| (&e.text, e.kind.as_str(), &e.entity))
                .collect();
            failures.push(format!(
                "{name}: entity {mention:?} {kind} {entity:?} not found; near: {seen:?}"
            ));
        }
    }
    for junk in &case.not_entities {
        if a.entities.iter().any(|e| &e.text == junk) {
            failures.push(format!("{name}: {junk:?} should not be an entity"));
        }
    }
    for (starts, kind, speaker) in &case.quotes {
        let trim = |s: &str| {
            s.trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        };
        match a
            .quotes
            .iter()
            .find(|q| trim(&q.text).starts_with(starts.as_str()))
        {
            None => failures.push(format!("{name}: quote {starts:?} not found")),
            Some(q) => {
                let who = q.speaker.as_ref().and_then(|s| s.entity.clone());
                if q.kind.as_str() != kind || &who != speaker {
                    failures.push(format!(
                        "{name}: quote {starts:?}: {} by {who:?}, expected {kind} by {speaker:?}",
                        q.kind.as_str()
                    ));
                }
            }
        }
    }
    for figure in &case.figures {
        let (covered, kind, value, unit) = match figure {
            Figure::Valued(c, k, v) => (c, k, v, None),
            Figure::WithUnit(c, k, v, u) => (c, k, v, Some(u)),
        };
        let at = text
            .find(covered.as_str())
            .expect("figure text in the case");
        let span = presslight::Span::new(at, at + covered.len());
        match a.figures.iter().find(|f| f.span().contains(span)) {
            None => failures.push(format!("{name}: figure {covered:?} not found")),
            Some(f) => {
                let got = serde_json::to_value(&f.value).unwrap();
                let same = match (&got, value) {
                    (serde_json::Value::Number(x), serde_json::Value::Number(y)) => {
                        x.as_f64() == y.as_f64()
                    }
                    (x, y) => x == y,
                };
                if f.kind.as_str() != kind || !same {
                    failures.push(format!(
                        "{name}: figure {covered:?}: {} {got}, expected {kind} {value}",
                        f.kind.as_str()
                    ));
                }
                if unit.is_some_and(|u| f.unit.as_deref() != Some(u.as_str())) {
                    failures.push(format!(
                        "{name}: figure {covered:?}: unit {:?}, expected {unit:?}",
                        f.unit
                    ));
                }
            }
        }
    }
    for not in &case.not_figures {
        if a.figures.iter().any(|f| f.text.contains(not.as_str())) {
            failures.push(format!("{name}: {not:?} should not be a figure"));
        }
    }
    failures
}

#[test]
fn cases_as_data() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for case in &cases {
            count += 1;
            failures.extend(check_case(case));
        }
    }
    assert!(count > 10);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Walls of one thing (quote marks, capitalized names, digits) are analysed like any text; the bench
/// (`presslight bench`) is where their speed is measured: each is linear now.
#[test]
fn walls_of_marks_and_names_are_analysed() {
    for text in [
        "\"".repeat(20_000),
        "“He said ".repeat(5_000),
        "Smith ".repeat(10_000),
        "1,".repeat(10_000),
        "according to ".repeat(5_000) + "“yes”",
    ] {
        check_spans(&text, &analyze(&text, &Options::new()));
    }
}

/// Runs `eval figures` on a set of JSON lines with `content`, written to a
/// fresh file named `set.jsonl`: whether it succeeded, its stdout and stderr.
fn eval_figures_on(name: &str, content: &str) -> (bool, String, String) {
    let dir = std::env::temp_dir().join(format!("presslight-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let set = dir.join("set.jsonl");
    std::fs::write(&set, content).unwrap();
    let out = cli(&["eval", "figures", set.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).ok();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `eval figures` scores a TIMEX3 set in JSON lines as TempEval-3 does, and
/// names the line of a TIMEX3 whose text is not in its paragraph.
#[test]
fn cli_scores_a_timex_set_and_names_bad_lines() {
    // Three gold TIMEX3: "Tuesday" right, "two years" found with another
    // value (P2Y against a made-up gold P3Y), and a made-up "happened" that
    // nothing finds; the SET "every week" is left out.
    let (ok, stdout, stderr) = eval_figures_on(
        "timex",
        concat!(
            r#"{"id": "a", "date": "2024-03-07", "text": "The mayor resigned on Tuesday after two years in office; the council meets every week.", "timex": [{"text": "Tuesday", "type": "DATE", "value": "2024-03-05"}, {"text": "two years", "type": "DURATION", "value": "P3Y"}, {"text": "every week", "type": "SET", "value": "P1W"}]}"#,
            "\n\n",
            r#"{"id": "b", "date": "2024-03-07", "text": "Nothing happened.", "timex": [{"text": "happened", "type": "DATE", "value": "2024"}]}"#,
            "\n"
        ),
    );
    assert!(ok, "{stderr}");
    // Gold 3, found 2 ("Tuesday", "two years"): relaxed 2 -> F1 0.800,
    // strict 2 -> 0.800, value 1 -> 0.400.
    assert!(stdout.contains("(gold 3, found 2)"), "{stdout}");
    assert!(
        stdout.contains(
            "relaxed (any overlap) F1 0.800, strict (exact span) F1 0.800, value F1 0.400"
        ),
        "{stdout}"
    );
    let (ok, _, stderr) = eval_figures_on(
        "timex-bad",
        r#"{"date": "2024-03-07", "text": "On Monday.", "timex": [{"text": "Friday", "type": "DATE"}]}"#,
    );
    assert!(!ok);
    assert!(
        stderr.contains("set.jsonl:1") && stderr.contains("\"Friday\""),
        "{stderr}"
    );
}

/// `eval figures` scores a set of MUC-7 / IE-ER NUMEX and TIMEX annotations
/// by exact span with the modifier ignored, typed and by span alone, and
/// names a type it does not know.
#[test]
fn cli_scores_a_numex_set_and_names_bad_types() {
    // Five gold: "$1.2 billion" right without its modifier "about",
    // "Tuesday" and "200" right, "5 miles" on the right span under a
    // made-up wrong type, and a made-up "paid" that nothing finds.
    let (ok, stdout, stderr) = eval_figures_on(
        "numex",
        r#"{"id": "a", "date": "1998-03-12", "text": "The firm paid about $1.2 billion on Tuesday and 200 people walked 5 miles.", "numex": [{"text": "paid", "type": "CARDINAL"}, {"text": "$1.2 billion", "type": "MONEY"}, {"text": "Tuesday", "type": "DATE"}, {"text": "200", "type": "CARDINAL"}, {"text": "5 miles", "type": "PERCENT"}]}"#,
    );
    assert!(ok, "{stderr}");
    // Gold 5, found 4: typed 3 -> F1 6/9, by span 4 -> 8/9.
    assert!(
        stdout
            .contains("micro F1 0.667 (P 0.750 R 0.600; gold 5, found 4); by span alone F1 0.889"),
        "{stdout}"
    );
    let (ok, _, stderr) = eval_figures_on(
        "numex-bad",
        r#"{"date": "1998-03-12", "text": "On Monday.", "numex": [{"text": "Monday", "type": "WEEKDAY"}]}"#,
    );
    assert!(!ok);
    assert!(
        stderr.contains("set.jsonl:1") && stderr.contains("\"WEEKDAY\""),
        "{stderr}"
    );
}

//! The presslight command line: a thin shell over the library.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use presslight::{analyze, Error, OffsetUnit, Options};
use serde_json::Value;

const USAGE: &str = "\
presslight: people, organizations, places, quotes and figures in news articles

Usage:
  presslight analyze [FILE|-] [--date YYYY-MM-DD] [--compact]
      Prints the analysis of one article as JSON (offsets in Unicode code points).
  presslight analyze --jsonl [FILE|-] [--date YYYY-MM-DD]
      Reads lines of {\"id\": ..., \"text\": ..., \"date\"?: ...} and writes one result
      line per input line that is not blank, id first; a bad line yields
      {\"id\": ..., \"error\": ...}.
      Exits with 1 when any line failed.
  presslight eval ner PATH...        entity scores on token files (CoNLL, UNER, BTC, WNUT,
                                     CrossNER) and MEANTIME folders; the first is in domain
  presslight eval ner --dump-gold FILE|- PATH...
      Writes the gold as eval ner scores it, instead of scores, one JSON line per document.
      MEANTIME: {\"document\", \"text\", \"names\": [[start, end, type]], \"neutral\":
      [[start, end]]}, offsets in code points; a name found inside a neutral span, and not
      on a gold name's span, is neither right nor wrong. Token files: {\"document\",
      \"words\", \"sentences\": [[first, end]], \"mentions\": [[first, end, type]]} in
      tokens (tests/compare scores the peers on both).
  presslight eval quotes DIR...      quote and speaker scores on PolNeAR brat folders
  presslight eval figures PATH...    figure scores on Recognizers-Text specs, MEANTIME, Duckling
                                     corpora and .jsonl sets of paragraphs with TIMEX3 (\"timex\")
                                     or MUC-7 / IE-ER NUMEX and TIMEX (\"numex\") annotations
  presslight eval invariance PATH... share of findings kept when the .txt articles under PATH
                                     are wrapped, hyphenated, re-quoted, re-spaced as pasted text is
  presslight eval seed ARTICLE EXPECTED.json
                                     acceptance checks of one hand-annotated article
  presslight bench PATH...           native speed of analyze over the .txt articles under PATH
  presslight train --out MODEL [--seed N] [--members N] [--dev FILE]... FILE[@WEIGHT]...
      Trains the entity tagger (see src/entities/train.rs) and writes its weights;
      WEIGHT (default 1) is how many times an epoch takes each document of FILE;
      --members N averages N taggers trained with seeds drawn from --seed.
  presslight help | --version

  --model FILE (before the command) uses a model written by train in place of the built-in one.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("presslight: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = match args {
        [flag, file, rest @ ..] if flag == "--model" => {
            let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
            presslight::use_model(bytes).map_err(|e| format!("{file}: {e}"))?;
            rest
        }
        [flag] if flag == "--model" => return Err("--model needs a file".into()),
        _ => args,
    };
    let (command, rest) = args
        .split_first()
        .map(|(c, r)| (c.as_str(), r))
        .unwrap_or(("help", &[]));
    match command {
        "analyze" => analyze_command(rest),
        "eval" => eval_command(rest),
        "bench" => {
            let paths: Vec<&Path> = rest.iter().map(Path::new).collect();
            print!("{}", presslight::bench(&paths).map_err(|e| e.to_string())?);
            Ok(ExitCode::SUCCESS)
        }
        "train" => train_command(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "--version" | "-V" => {
            println!("presslight {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

fn eval_command(args: &[String]) -> Result<ExitCode, String> {
    let (task, paths) = args
        .split_first()
        .ok_or("eval needs a task: ner, quotes, figures, invariance or seed")?;
    if task == "ner" && paths.first().is_some_and(|a| a == "--dump-gold") {
        return dump_gold_command(&paths[1..]);
    }
    let paths: Vec<&Path> = paths.iter().map(Path::new).collect();
    let report = match task.as_str() {
        "ner" => presslight::eval_ner(&paths),
        "quotes" => presslight::eval_quotes(&paths),
        "figures" => presslight::eval_figures(&paths),
        "invariance" => presslight::eval_invariance(&paths),
        "seed" => {
            let [article, expected] = paths[..] else {
                return Err("eval seed needs ARTICLE EXPECTED.json".to_string());
            };
            let (report, failed) =
                presslight::eval_seed(article, expected).map_err(|e| e.to_string())?;
            print!("{report}");
            return Ok(if failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
        other => {
            return Err(format!(
                "unknown eval task {other:?}: ner, quotes, figures or seed"
            ))
        }
    };
    print!("{}", report.map_err(|e| e.to_string())?);
    Ok(ExitCode::SUCCESS)
}

/// `eval ner --dump-gold FILE|- DIR...`: the gold names as JSON lines.
fn dump_gold_command(args: &[String]) -> Result<ExitCode, String> {
    let (out, dirs) = args.split_first().ok_or(
        "--dump-gold needs a FILE (or - for standard output), then MEANTIME folders or token files",
    )?;
    let dirs: Vec<&Path> = dirs.iter().map(Path::new).collect();
    let lines = presslight::dump_ner_gold(&dirs).map_err(|e| e.to_string())?;
    if out == "-" {
        io::stdout()
            .write_all(lines.as_bytes())
            .map_err(|e| format!("writing standard output: {e}"))?;
    } else {
        std::fs::write(out, lines).map_err(|e| format!("{out}: {e}"))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn train_command(args: &[String]) -> Result<ExitCode, String> {
    let (mut out, mut dev, mut files) = (None, Vec::new(), Vec::new());
    let mut seed = presslight::DEFAULT_SEED;
    let mut members = 1;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => out = Some(it.next().ok_or("--out needs a file")?),
            "--dev" => dev.push(Path::new(it.next().ok_or("--dev needs a file")?)),
            "--members" => {
                let n = it.next().ok_or("--members needs a number")?;
                members = n
                    .parse()
                    .ok()
                    .filter(|&m: &usize| m >= 1)
                    .ok_or_else(|| format!("--members {n}: not a whole number >= 1"))?;
            }
            "--seed" => {
                let n = it.next().ok_or("--seed needs a number")?;
                seed = n
                    .parse()
                    .map_err(|_| format!("--seed {n}: not a whole number"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            s => {
                let (path, weight) = match s.rsplit_once('@') {
                    Some((p, w)) => match w.parse::<f64>() {
                        Ok(w) if w.is_finite() && w >= 0.0 => (p, w),
                        _ => return Err(format!("{s}: the weight after @ is not a number >= 0")),
                    },
                    None => (s, 1.0),
                };
                files.push(presslight::Corpus {
                    path: Path::new(path),
                    weight,
                });
            }
        }
    }
    let out = out.ok_or("train needs --out MODEL")?;
    let report = presslight::train_tagger(&files, &dev, Path::new(out), seed, members)
        .map_err(|e| e.to_string())?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}

struct AnalyzeArgs {
    input: Option<String>,
    date: Option<String>,
    jsonl: bool,
    compact: bool,
}

fn parse_analyze_args(args: &[String]) -> Result<AnalyzeArgs, String> {
    let mut parsed = AnalyzeArgs {
        input: None,
        date: None,
        jsonl: false,
        compact: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => parsed.jsonl = true,
            "--compact" => parsed.compact = true,
            "--date" => parsed.date = Some(it.next().ok_or("--date needs YYYY-MM-DD")?.clone()),
            s if s.starts_with("--date=") => parsed.date = Some(s["--date=".len()..].to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            s if parsed.input.is_none() => parsed.input = Some(s.to_string()),
            s => return Err(format!("unexpected argument {s:?}")),
        }
    }
    Ok(parsed)
}

fn read_input(input: Option<&str>) -> Result<Vec<u8>, String> {
    match input {
        None | Some("-") => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("reading standard input: {e}"))?;
            Ok(bytes)
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("{path}: {e}")),
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))
}

fn analyze_command(args: &[String]) -> Result<ExitCode, String> {
    let args = parse_analyze_args(args)?;
    let options = match &args.date {
        Some(d) => Options::new().with_date(d).map_err(|e| e.to_string())?,
        None => Options::new(),
    };
    let bytes = read_input(args.input.as_deref())?;
    if args.jsonl {
        return analyze_lines(&bytes, &options);
    }
    let text = utf8(&bytes).map_err(|e| e.to_string())?;
    let analysis = analyze(text, &options).into_offsets(text, OffsetUnit::CodePoints);
    let out = if args.compact {
        serde_json::to_string(&analysis)
    } else {
        serde_json::to_string_pretty(&analysis)
    };
    println!("{}", out.map_err(|e| e.to_string())?);
    Ok(ExitCode::SUCCESS)
}

/// One output line of `--jsonl`: the input's `id` first (when it has one), then the analysis's
/// fields in the order `analyze` prints them, or the error.
#[derive(serde::Serialize)]
struct Line {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Value>,
    #[serde(flatten)]
    body: Body,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum Body {
    Analysis(presslight::Analysis),
    Error { error: String },
}

/// The analysis of one input line of `--jsonl`, or its `id` (when it could be read) and the error.
fn analyze_line(line: &[u8], options: &Options) -> Result<Line, (Option<Value>, String)> {
    let text = utf8(line).map_err(|e| (None, e.to_string()))?;
    let record: Value =
        serde_json::from_str(text).map_err(|e| (None, format!("invalid JSON: {e}")))?;
    let Value::Object(record) = record else {
        return Err((None, "expected a JSON object with \"text\"".to_string()));
    };
    let id = record.get("id").cloned();
    let fail = |msg: String| (id.clone(), msg);
    let text = match record.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err(fail("\"text\" must be a string".to_string())),
        None => return Err(fail("missing \"text\"".to_string())),
    };
    let options = match record.get("date") {
        Some(Value::String(d)) => Options::new()
            .with_date(d)
            .map_err(|e| fail(e.to_string()))?,
        Some(Value::Null) | None => options.clone(),
        Some(_) => return Err(fail("\"date\" must be a string YYYY-MM-DD".to_string())),
    };
    let analysis = analyze(text, &options).into_offsets(text, OffsetUnit::CodePoints);
    Ok(Line {
        id,
        body: Body::Analysis(analysis),
    })
}

fn analyze_lines(bytes: &[u8], options: &Options) -> Result<ExitCode, String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = analyze_line(line, options).unwrap_or_else(|(id, error)| {
            failed += 1;
            let error = format!("line {}: {error}", n + 1);
            Line {
                id,
                body: Body::Error { error },
            }
        });
        serde_json::to_writer(&mut out, &record).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

//! The Python module `presslight`: a thin shell over the core crate, like the CLI.
//!
//! Each result is the JSON the CLI prints (code-point offsets, ready for Python slicing), read by
//! Python's own `json.loads`: plain dicts, lists, strings, numbers and None, in the CLI's key
//! order. The analysis itself runs with the GIL released, so threads analyse in parallel.

use presslight::{analyze as analyze_text, OffsetUnit, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString};

/// `json.loads`, looked up once.
static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn json_loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    let loads = JSON_LOADS.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((json,))
}

/// The text argument as a Rust string: a `str`, or a clear TypeError. A lone surrogate (half of a
/// UTF-16 pair, as in text decoded with "surrogateescape" or cut from JSON) is read as U+FFFD, one
/// code point like it, so that offsets still slice the str given.
fn text_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => match s.to_str() {
            Ok(text) => Ok(text.to_owned()),
            // Lone surrogates: through UTF-16, where each is one unit, one U+FFFD.
            Err(_) => {
                let bytes = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
                let bytes: &[u8] = bytes.extract()?;
                let units = bytes
                    .chunks_exact(2)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]));
                Ok(char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect())
            }
        },
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            value.get_type().name()?
        ))),
    }
}

/// The date argument: None, a `str` YYYY-MM-DD or anything with `isoformat()` (datetime.date).
fn options_of(date: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Options> {
    let Some(date) = date.filter(|d| !d.is_none()) else {
        return Ok(Options::new());
    };
    let text = if let Ok(s) = date.cast::<PyString>() {
        s.to_str()?.to_owned()
    } else if date.hasattr("isoformat")? && date.hasattr("year")? {
        // datetime.date (and datetime.datetime: its date part).
        let iso: String = date.call_method0("isoformat")?.extract()?;
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a str YYYY-MM-DD, a datetime.date or None, not {}",
            date.get_type().name()?
        )));
    };
    Options::new()
        .with_date(&text)
        .map_err(|e| PyValueError::new_err(format!("{what}: {e}")))
}

/// The CLI's JSON (`--compact`) of one article.
fn analysis_json(text: &str, options: &Options) -> String {
    let analysis = analyze_text(text, options).into_offsets(text, OffsetUnit::CodePoints);
    serde_json::to_string(&analysis).expect("an analysis always serializes")
}

/// analyze(text, date=None)
/// --
///
/// Analyses one news article: its people, organizations and places, its quotations with their
/// speakers, and its figures. `date` (a str "YYYY-MM-DD" or a datetime.date) is the article's
/// date, which resolves "on Sunday" and "last week"; without it a dateline is used when there is
/// one. Returns a dict in the schema of `presslight analyze` with offsets in code points:
/// `text[e["start"]:e["end"]] == e["text"]`. Raises ValueError for a bad date and TypeError when
/// text is not a str.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = text_of(text, "text")?;
    let options = options_of(date, "date")?;
    let json = py.detach(|| analysis_json(&text, &options));
    json_loads(py, &json)
}

/// analyze_many(texts, dates=None)
/// --
///
/// Analyses a batch of articles, like `[analyze(t, d) for t, d in zip(texts, dates)]`, with the
/// GIL released for the whole batch. `dates` is None, one date for every text, or a sequence as
/// long as `texts` (None where an article has no date). Returns a list of dicts.
#[pyfunction]
#[pyo3(signature = (texts, dates=None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    dates: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not one str (use analyze for one article)",
        ));
    }
    let texts: Vec<String> = texts
        .try_iter()
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                texts
                    .get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?
        .enumerate()
        .map(|(i, t)| text_of(&t?, &format!("texts[{i}]")))
        .collect::<PyResult<_>>()?;
    let options: Vec<Options> = match dates.filter(|d| !d.is_none()) {
        None => vec![Options::new(); texts.len()],
        Some(d) if d.is_instance_of::<PyString>() || d.hasattr("isoformat")? => {
            vec![options_of(Some(d), "dates")?; texts.len()]
        }
        Some(d) => {
            let options: Vec<Options> = d
                .try_iter()?
                .enumerate()
                .map(|(i, d)| options_of(Some(&d?), &format!("dates[{i}]")))
                .collect::<PyResult<_>>()?;
            if options.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "dates has {} items and texts {}: give one date per text, one date, or None",
                    options.len(),
                    texts.len()
                )));
            }
            options
        }
    };
    let jsons: Vec<String> = py.detach(|| {
        texts
            .iter()
            .zip(&options)
            .map(|(text, options)| analysis_json(text, options))
            .collect()
    });
    let results = PyList::empty(py);
    for json in &jsons {
        results.append(json_loads(py, json)?)?;
    }
    Ok(results)
}

/// People, organizations, places, quotations and figures in news articles.
#[pymodule]
#[pyo3(name = "presslight")]
fn presslight_python(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

//! Scoring dates, times and durations against the Recognizers-Text English
//! `DateTimeModel.json` spec.
//!
//! Each case is read on the date of its `Context.ReferenceDateTime`, as an
//! article of that date. The spec's results map to our figures like this:
//!
//! - `date`: a `date` figure whose value is one of the resolved values
//!   ("2016-11-04"; the spec lists both readings of "the 18th" or "friday").
//! - `time`: a `time` figure whose clock time is one of the resolved values
//!   ("T15:00" or "2016-11-07T15:00" both match "15:00:00"; seconds only
//!   when not zero).
//! - `datetime`: a `time` figure with the day and the clock time
//!   ("2016-11-08T07:27"); `PRESENT_REF` ("now") is not modeled.
//! - `duration`: a `duration` figure whose value is the timex ("PT15M", "P3D").
//! - `daterange` of one year, month or week ("2016", "2016-11", "2018-W11";
//!   a month without year takes the year of the resolved start), also with a
//!   start, mid or end modifier ("end of month", "mid-2016"): a `date` figure
//!   with that value.
//! - `daterange` between two days ("(2016-11-08,2016-11-11,P3D)"): a `date`
//!   figure "2016-11-08/2016-11-11" or "…/2016-11-10" (the spec's end is
//!   sometimes the last day, sometimes the day after); between two months
//!   (day 1 of each): "2017-01/2017-02", or with the month before the end;
//!   a quarter ("(2019-07-01,2019-10-01,P3M)") also as "2019-Q3", a half
//!   year ("(2019-07-01,2020-01-01,P6M)") also as "2019-H2".
//! - `timerange` and `datetimerange` of two clock times ("(T17,T18,PT1H)",
//!   "(2016-11-08T03:00,2016-11-08T04:00,PT1H)") or of a part of a day
//!   ("TMO", "2016-11-07TEV"): a `time` figure "2016-11-08T03:00/2016-11-08T04:00"
//!   or "2016-11-07TEV" (for a `timerange`, our days do not matter).
//! - Not modeled, counted apart rather than as failures: open ranges ("after
//!   2010", "since tomorrow", "before early september"), ranges with a modifier
//!   ("late afternoon"), ranges from now ("between now and eight o'clock"),
//!   `set`, seasons without a year ("winter"; "this summer", "2016-SU", is a
//!   `date` figure with that value), and whatever the spec leaves unresolved.
//!
//! A case passes when every modeled result is found with the same span (with
//! or without a leading modifier) and value; a case with no results passes
//! when no date, time or duration is found; a case whose results are all not
//! modeled is not counted. Spurious: dates, times and durations found where
//! no result (modeled or not) lies.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value as Json;

use super::spec_files::{byte_at, spec_cases};
use super::verbose;
use crate::analysis::{FigureKind, Value};
use crate::calendar::CalendarDate;
use crate::error::Error;
use crate::figures::{self, Found};
use crate::text::Document;

/// What a spec result should be in our figures: the kind, and the values
/// that count as right.
#[derive(Debug, PartialEq)]
struct Expected {
    kind: FigureKind,
    values: Vec<String>,
}

/// The score of the DateTimeModel spec.
#[derive(Default)]
pub(super) struct DateScore {
    pub cases: usize,
    pub passed: usize,
    pub spurious: usize,
    /// Cases whose results are all not modeled.
    pub not_modeled_cases: usize,
    /// Per spec type: (modeled results, found with the same span, not modeled).
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

impl DateScore {
    /// The score as lines of the `eval figures` report.
    pub(super) fn report(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "  {:<24} {:>6} {:>7} {:>6.1}% {:>9}   ({} cases not modeled)",
            "DateTimeModel.json",
            self.cases,
            self.passed,
            100.0 * self.passed as f64 / self.cases.max(1) as f64,
            self.spurious,
            self.not_modeled_cases
        );
        for (ty, (n, hit, skipped)) in &self.by_type {
            let _ = writeln!(
                out,
                "    {:<22} span recall {:.3} of {:>3}   not modeled {:>3}",
                ty,
                *hit as f64 / (*n).max(1) as f64,
                n,
                skipped
            );
        }
    }
}

/// A clock time "07:30:00" as we write it: "07:30", or "07:30:15".
fn clock(t: &str) -> Option<String> {
    let t = t.get(..8).unwrap_or(t);
    let bytes = t.as_bytes();
    if bytes.len() < 5 || bytes[2] != b':' {
        return None;
    }
    Some(match t.strip_suffix(":00") {
        Some(short) if short.len() == 5 => short.to_string(),
        _ => t.to_string(),
    })
}

/// Whether `s` looks like `shape`, where '9' stands for any digit.
fn shaped(s: &str, shape: &str) -> bool {
    s.len() == shape.len()
        && s.bytes().zip(shape.bytes()).all(|(c, p)| {
            if p == b'9' {
                c.is_ascii_digit()
            } else {
                c == p
            }
        })
}

/// The values of a date range between `start` and `end` as we might write them.
fn interval(start: &str, end: &str) -> Vec<String> {
    let (Some(a), Some(b)) = (CalendarDate::parse_iso(start), CalendarDate::parse_iso(end)) else {
        return Vec::new();
    };
    if a.day == 1 && b.day == 1 && (a.month != b.month || a.year != b.year) {
        let before = b.add_days(-1);
        let month = |d: CalendarDate| format!("{:04}-{:02}", d.year, d.month);
        let mut values = vec![
            format!("{}/{}", month(a), month(b)),
            format!("{}/{}", month(a), month(before)),
        ];
        // A quarter is ours as "2019-Q3".
        let months = (b.year - a.year) * 12 + i32::from(b.month) - i32::from(a.month);
        if months == 3 && a.month % 3 == 1 {
            values.push(format!("{:04}-Q{}", a.year, a.month / 3 + 1));
        }
        // A half year is ours as "2019-H2".
        if months == 6 && a.month % 6 == 1 {
            values.push(format!("{:04}-H{}", a.year, a.month / 6 + 1));
        }
        values
    } else {
        vec![
            format!("{}/{}", a.iso(), b.iso()),
            format!("{}/{}", a.iso(), b.add_days(-1).iso()),
        ]
    }
}

/// What one spec result maps to, or None when it is not modeled.
fn expected(result: &Json) -> Option<Expected> {
    let ty = result["TypeName"].as_str()?.strip_prefix("datetimeV2.")?;
    let resolutions = result["Resolution"]["values"].as_array()?;
    let first = resolutions.first()?;
    let timex = first["timex"].as_str()?;
    let modifier = first["Mod"].as_str();
    let all =
        |key: &str| -> Vec<&str> { resolutions.iter().filter_map(|r| r[key].as_str()).collect() };
    match ty {
        "date" => Some(Expected {
            kind: FigureKind::Date,
            values: all("value").into_iter().map(str::to_string).collect(),
        }),
        "time" => Some(Expected {
            kind: FigureKind::Time,
            values: all("value").into_iter().filter_map(clock).collect(),
        }),
        "datetime" if timex != "PRESENT_REF" => Some(Expected {
            kind: FigureKind::Time,
            values: all("value")
                .into_iter()
                .filter_map(|v| Some(format!("{}T{}", v.get(..10)?, clock(v.get(11..)?)?)))
                .collect(),
        }),
        "duration" => Some(Expected {
            kind: FigureKind::Duration,
            values: vec![timex.to_string()],
        }),
        "daterange" if matches!(modifier, None | Some("start" | "mid" | "end")) => {
            let season = ["SP", "SU", "FA", "WI"]
                .iter()
                .any(|p| shaped(timex, &format!("9999-{p}")));
            let values = if season
                || ["9999", "9999-99", "9999-W99"]
                    .iter()
                    .any(|s| shaped(timex, s))
            {
                vec![timex.to_string()]
            } else if shaped(timex, "XXXX-99") {
                all("start")
                    .into_iter()
                    .filter_map(|s| Some(format!("{}{}", s.get(..4)?, timex.get(4..)?)))
                    .collect()
            } else if timex.starts_with('(') && !timex.contains("PX") {
                resolutions
                    .iter()
                    .filter_map(|r| Some(interval(r["start"].as_str()?, r["end"].as_str()?)))
                    .flatten()
                    .collect()
            } else {
                Vec::new()
            };
            (!values.is_empty()).then_some(Expected {
                kind: FigureKind::Date,
                values,
            })
        }
        "timerange" | "datetimerange" if modifier.is_none() => {
            let part = timex
                .rsplit_once('T')
                .map(|(_, p)| p)
                .filter(|p| matches!(*p, "MO" | "AF" | "EV" | "NI"));
            let values: Vec<String> = match part {
                // A part of a day: "in the morning" (no day), "this evening" (its day).
                Some(part) if ty == "timerange" => vec![part.to_string()],
                Some(part) => all("start")
                    .into_iter()
                    .filter_map(|s| Some(format!("{}T{part}", s.get(..10)?)))
                    .collect(),
                // Two clock times ("(T17,T18,PT1H)"), on a day for a datetimerange.
                None if timex.starts_with('(') && !timex.contains("PRESENT_REF") => resolutions
                    .iter()
                    .filter_map(|r| {
                        let (a, b) = (r["start"].as_str()?, r["end"].as_str()?);
                        Some(if ty == "timerange" {
                            format!("{}/{}", clock(a)?, clock(b)?)
                        } else {
                            let on = |v: &str| {
                                Some(format!("{}T{}", v.get(..10)?, clock(v.get(11..)?)?))
                            };
                            format!("{}/{}", on(a)?, on(b)?)
                        })
                    })
                    .collect(),
                None => Vec::new(),
            };
            (!values.is_empty()).then_some(Expected {
                kind: FigureKind::Time,
                values,
            })
        }
        _ => None,
    }
}

/// A time value without its days: "2016-11-07T17:00/2016-11-07T18:00" is
/// "17:00/18:00", "2016-11-07TMO" is "MO", "T15:30Z" is "15:30".
fn day_free(value: &str) -> String {
    value
        .split('/')
        .map(|v| v.rsplit('T').next().unwrap_or(v).trim_end_matches('Z'))
        .collect::<Vec<_>>()
        .join("/")
}

/// Our value as text, for comparing with the spec's.
fn text_value(f: &Found) -> String {
    match &f.value {
        Some(Value::Text(t)) => t.clone(),
        Some(Value::Number(n)) => figures::format_number(*n),
        Some(Value::Range([a, b])) => {
            format!(
                "{}/{}",
                figures::format_number(*a),
                figures::format_number(*b)
            )
        }
        None => String::new(),
    }
}

/// Whether our figure `f` has the value `e` expects.
fn same_value(f: &Found, e: &Expected) -> bool {
    let ours = text_value(f);
    if e.kind == FigureKind::Time && !e.values.iter().any(|v| v.contains('T')) {
        // A clock time (or two, or a part of a day) alone: our day, if any, does not matter.
        let clock = day_free(&ours);
        return e.values.contains(&clock);
    }
    e.values.contains(&ours)
}

/// Scores the DateTimeModel spec file.
pub(super) fn score(json: &str) -> Result<DateScore, Error> {
    let cases = spec_cases(json)?;
    let mut score = DateScore::default();
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        let date = case["Context"]["ReferenceDateTime"]
            .as_str()
            .and_then(|d| d.get(..10))
            .and_then(CalendarDate::parse_iso);
        let doc = Document::new(input);
        let entities = crate::entities::find(&doc);
        let found: Vec<Found> = figures::found(&doc, &entities, date)
            .into_iter()
            .filter(|f| {
                matches!(
                    f.kind,
                    FigureKind::Date | FigureKind::Time | FigureKind::Duration
                )
            })
            .collect();
        let results = case["Results"].as_array().map_or(&[][..], Vec::as_slice);
        let mut used = vec![false; found.len()];
        let mut all = true;
        let mut modeled = 0;
        for result in results {
            let ty = result["TypeName"]
                .as_str()
                .unwrap_or("")
                .trim_start_matches("datetimeV2.")
                .to_string();
            let span = result["Start"]
                .as_u64()
                .zip(result["End"].as_u64())
                .and_then(|(s, e)| {
                    Some((byte_at(input, s as usize)?, byte_at(input, e as usize + 1)?))
                });
            let entry = score.by_type.entry(ty).or_default();
            let Some((start, end)) = span else {
                entry.2 += 1;
                continue;
            };
            let overlapping = |f: &Found| f.start < end && start < f.end;
            let Some(e) = expected(result) else {
                entry.2 += 1;
                // Whatever we found there is not spurious.
                for (u, f) in used.iter_mut().zip(&found) {
                    *u |= overlapping(f);
                }
                continue;
            };
            modeled += 1;
            entry.0 += 1;
            let at_span = |f: &Found| (f.start == start || f.core == start) && f.end == end;
            if found.iter().any(at_span) {
                entry.1 += 1;
            }
            let hit = found
                .iter()
                .position(|f| at_span(f) && f.kind == e.kind && same_value(f, &e));
            match hit {
                Some(h) => used[h] = true,
                None => all = false,
            }
            // A figure found inside the result is a miss, not spurious too.
            for (u, f) in used.iter_mut().zip(&found) {
                *u |= overlapping(f);
            }
        }
        if !results.is_empty() && modeled == 0 {
            score.not_modeled_cases += 1;
            continue;
        }
        let spurious = used.iter().filter(|u| !**u).count();
        score.spurious += spurious;
        if results.is_empty() && spurious > 0 {
            all = false;
        }
        score.cases += 1;
        if verbose() && (!all || spurious > 0) {
            let want: Vec<String> = results
                .iter()
                .map(|r| {
                    format!(
                        "{:?}:{}={:?}",
                        r["Text"].as_str().unwrap_or(""),
                        r["TypeName"]
                            .as_str()
                            .unwrap_or("")
                            .trim_start_matches("datetimeV2."),
                        expected(r).map(|e| e.values)
                    )
                })
                .collect();
            let got: Vec<String> = found
                .iter()
                .map(|f| {
                    format!(
                        "{:?}:{}={}",
                        input.get(f.start..f.end).unwrap_or(""),
                        f.kind.as_str(),
                        text_value(f)
                    )
                })
                .collect();
            eprintln!(
                "{} {input:?} want {} got {}",
                if all { "extra" } else { "MISS" },
                want.join(" "),
                got.join(" ")
            );
        }
        if all {
            score.passed += 1;
        }
    }
    Ok(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_spec_results_to_figures() {
        let case = r#"[{"Input": "We'd be out in September and back at 3pm for 3 days.",
            "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [
              {"Text": "september", "Start": 15, "End": 23, "TypeName": "datetimeV2.daterange",
               "Resolution": {"values": [{"timex": "2016-09", "type": "daterange", "start": "2016-09-01", "end": "2016-10-01"}]}},
              {"Text": "3pm", "Start": 37, "End": 39, "TypeName": "datetimeV2.time",
               "Resolution": {"values": [{"timex": "T15", "type": "time", "value": "15:00:00"}]}},
              {"Text": "3 days", "Start": 45, "End": 50, "TypeName": "datetimeV2.duration",
               "Resolution": {"values": [{"timex": "P3D", "type": "duration", "value": "259200"}]}},
              {"Text": "every day", "Start": 0, "End": 0, "TypeName": "datetimeV2.set",
               "Resolution": {"values": [{"timex": "P1D", "type": "set", "value": "not resolved"}]}}
            ]}]"#;
        let cases: Json = serde_json::from_str(case).unwrap_or_default();
        let results = cases[0]["Results"].as_array().cloned().unwrap_or_default();
        let mapped: Vec<Option<Expected>> = results.iter().map(expected).collect();
        assert_eq!(
            mapped,
            vec![
                Some(Expected {
                    kind: FigureKind::Date,
                    values: vec!["2016-09".into()]
                }),
                Some(Expected {
                    kind: FigureKind::Time,
                    values: vec!["15:00".into()]
                }),
                Some(Expected {
                    kind: FigureKind::Duration,
                    values: vec!["P3D".into()]
                }),
                None,
            ]
        );
        let score = score(case).map_err(|e| e.to_string());
        let score = score.as_ref().map(|s| (s.cases, s.passed, s.spurious));
        assert_eq!(score, Ok((1, 1, 0)));
    }
}

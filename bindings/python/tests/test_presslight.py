"""The Python package against the CLI: same results, offsets that slice Python strings, errors.

PRESSLIGHT names the CLI binary (make test sets it); the texts are the repository's own articles
and test cases, so no data outside the checkout is needed.
"""

import datetime
import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

import presslight

ROOT = Path(__file__).resolve().parents[3]
CLI = os.environ.get("PRESSLIGHT") or str(ROOT / "target" / "debug" / "presslight")

# Whole articles with their dates (the first lines of each file give them).
ARTICLES = [
    (ROOT / "www/samples/wikinews-warming.txt", "2014-07-28"),
    (ROOT / "tests/fixtures/wikinews-korea.txt", None),
    (ROOT / "tests/fixtures/wikinews-stampede.txt", "2006-01-12"),
]
# The project's seed article, when the shared folder is beside the checkout (as in CI).
SEED = Path(os.environ.get("SEED") or ROOT.parent / "shared/samples/seed-independent.txt")
if SEED.exists():
    ARTICLES.append((SEED, "2025-12-28"))

# Text outside the Basic Multilingual Plane: one emoji is one code point in Python, two UTF-16
# code units in JavaScript and four bytes in UTF-8; every offset after it tells them apart.
EMOJI = (
    "🎉🇺🇸 Angela Merkel met 😀 Emmanuel Macron in Paris on Monday. "
    "“We agree on 𝟓 points,” Mrs Merkel said 👍, and Airbus shares rose 3.5% to €120.\n\n"
    "𝒜 second paragraph: Boris Johnson 🧪 said 2,000 people came."
)


def cli(args, stdin=None):
    done = subprocess.run(
        [CLI, "analyze", *args], input=stdin, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def case_texts():
    """(text, date) of every case in tests/cases, plus the emoji text."""
    cases = []
    for path in sorted((ROOT / "tests/cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if "text" in case:
                cases.append((case["text"], case.get("date")))
    cases.append((EMOJI, "2025-12-28"))
    cases.append((EMOJI, None))
    return cases


def spans(analysis):
    """Every (start, end, text) of an analysis: entities, quotes, speakers, figures."""
    for e in analysis["entities"]:
        yield e
    for q in analysis["quotes"]:
        yield q
        if q["speaker"]:
            yield q["speaker"]
    for f in analysis["figures"]:
        yield f


@pytest.mark.parametrize("path,date", ARTICLES, ids=lambda a: getattr(a, "name", str(a)))
def test_article_equals_cli(path, date):
    text = path.read_text(encoding="utf-8")
    args = ["--compact", str(path)] + (["--date", date] if date else [])
    want = json.loads(cli(args))
    got = presslight.analyze(text, date=date)
    assert got == want
    assert list(got) == ["date", "entities", "quotes", "figures"]
    assert got["entities"] and got["figures"]


def test_cases_equal_cli_jsonl():
    cases = case_texts()
    lines = "".join(
        json.dumps({"id": i, "text": t, "date": d}, ensure_ascii=False) + "\n"
        for i, (t, d) in enumerate(cases)
    )
    want = [json.loads(line) for line in cli(["--jsonl"], lines.encode("utf-8")).splitlines()]
    assert [w.pop("id") for w in want] == list(range(len(cases)))
    got = presslight.analyze_many([t for t, _ in cases], dates=[d for _, d in cases])
    assert got == want
    assert [presslight.analyze(t, date=d) for t, d in cases] == want


def test_offsets_slice_python_strings():
    for text, date in case_texts():
        for span in spans(presslight.analyze(text, date=date)):
            assert text[span["start"] : span["end"]] == span["text"]


def test_emoji_offsets_are_code_points():
    result = presslight.analyze(EMOJI, date="2025-12-28")
    names = {e["text"]: e for e in result["entities"]}
    assert "Angela Merkel" in names and "Emmanuel Macron" in names
    merkel = names["Angela Merkel"]
    assert merkel["start"] == EMOJI.index("Angela Merkel") == 4  # 🎉, then 🇺 🇸, then a space
    assert any(f["text"] == "3.5%" for f in result["figures"])
    assert any(q["text"].startswith("“We agree") for q in result["quotes"])


def test_lone_surrogates_read_as_replacement_characters():
    # A tweet cut in the middle of an emoji: a high surrogate with no low one.
    text = "Angela Merkel \ud83d said \u201cwe agree\u201d on Monday in Berlin \ude00."
    result = presslight.analyze(text, date="2025-12-28")
    assert any(e["text"] == "Angela Merkel" for e in result["entities"])
    for span in spans(result):
        want = text[span["start"] : span["end"]].encode("utf-8", "replace").decode("utf-8")
        assert want.replace("?", "\ufffd") == span["text"]
    assert presslight.analyze_many([text], dates="2025-12-28")[0] == result


def test_date_resolves_weekdays():
    text = "The meeting on Saturday follows talks held on 3 March 2024."
    got = presslight.analyze(text, date="2025-12-28")
    assert got["date"] == "2025-12-28"
    assert got["figures"][0]["value"] == "2025-12-27"
    assert presslight.analyze(text, date=datetime.date(2025, 12, 28)) == got
    assert presslight.analyze("On Saturday it rained.")["date"] is None


def test_analyze_many_dates():
    texts = ["On Saturday it rained.", "On Saturday it snowed."]
    one = presslight.analyze_many(texts, dates="2025-12-28")
    assert [r["date"] for r in one] == ["2025-12-28", "2025-12-28"]
    each = presslight.analyze_many(texts, dates=["2025-12-28", None])
    assert [r["date"] for r in each] == ["2025-12-28", None]
    assert presslight.analyze_many(iter(texts)) == [presslight.analyze(t) for t in texts]
    assert presslight.analyze_many([]) == []


@pytest.mark.parametrize("date", ["2025-13-01", "28/12/2025", "yesterday", ""])
def test_bad_date_is_value_error(date):
    with pytest.raises(ValueError, match="date"):
        presslight.analyze("On Saturday it rained.", date=date)
    with pytest.raises(ValueError, match=r"dates\[1\]"):
        presslight.analyze_many(["a", "b"], dates=[None, date])


@pytest.mark.parametrize("text", [None, 42, b"bytes", ["a list"]])
def test_non_text_is_type_error(text):
    with pytest.raises(TypeError, match="text must be str"):
        presslight.analyze(text)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        presslight.analyze_many(["fine", text])


def test_other_errors():
    with pytest.raises(TypeError, match="not one str"):
        presslight.analyze_many("one article")
    with pytest.raises(TypeError, match="iterable"):
        presslight.analyze_many(42)
    with pytest.raises(TypeError, match="date must be"):
        presslight.analyze("text", date=20251228)
    with pytest.raises(ValueError, match="dates has 1 items and texts 2"):
        presslight.analyze_many(["a", "b"], dates=[None])


def test_gil_is_released():
    """While one thread analyses a batch, another keeps running, and the results agree."""
    texts = [(ROOT / "www/samples/wikinews-warming.txt").read_text(encoding="utf-8")] * 400
    want = presslight.analyze(texts[0])
    results, span = [], []

    def work():
        start = time.perf_counter()
        results.extend(presslight.analyze_many(texts))
        span.append((start, time.perf_counter()))

    worker = threading.Thread(target=work)
    last, longest = time.perf_counter(), 0.0
    worker.start()
    while worker.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    assert results == [want] * len(texts)
    # Holding the GIL would stop this thread for the whole batch.
    took = span[0][1] - span[0][0]
    assert longest < took / 2, (longest, took)


def test_version():
    assert presslight.__version__ == "0.1.0"

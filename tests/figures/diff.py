#!/usr/bin/env python3
"""The figure diff: every figure two builds of presslight find on the same texts, compared.

    diff.py texts DATA OUT.jsonl      build the texts (one {"id","text","date"} per line)
    diff.py compare OLD NEW TEXTS     run two binaries over TEXTS, print each figure that differs

The texts (about 3,400, 1.9 MB): PolNeAR train (the date from the file name), CoNLL-2003 train
(one text per document, detokenized, dated 1996-08-27, the corpus's last week), CrossNER train
(one text per sentence, dated 2020-06-01), the Wikinews samples of ../shared/samples (dated
2024-01-10) and the texts of tests/cases/figures*.json with their own dates. None of them is an
evaluation set: the diff is read by hand to see what a change moves, never scored.

`compare` prints one line per figure found by one build and not by the other, or with another
value, kind or unit: the text's id and date, OLD -> NEW values, and the figure in its context
(160 code points before, 60 after, the figure in [[ ]]). The last line counts them. Offsets
are code points, as `presslight analyze` gives them.
"""
import glob
import json
import os
import re
import subprocess
import sys

CONLL_DATE = "1996-08-27"
CROSSNER_DATE = "2020-06-01"
WIKINEWS_DATE = "2024-01-10"


def detokenize(words):
    s = " ".join(words)
    s = re.sub(r" ([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", s)


def conll_documents(path):
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if line.startswith("-DOCSTART-") or not parts:
            if sent:
                doc.append(detokenize(sent))
                sent = []
            if line.startswith("-DOCSTART-") and doc:
                yield "\n".join(doc)
                doc = []
            continue
        sent.append(parts[0])
    if sent:
        doc.append(detokenize(sent))
    if doc:
        yield "\n".join(doc)


def texts(data, repo):
    """Yields (id, text, date or None) for every text of the diff set."""
    for f in sorted(glob.glob(f"{data}/polnear/data/train/text/*.txt")):
        name = os.path.basename(f)
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
        yield "pn/" + name, open(f, encoding="utf-8").read(), m and m.group(1)
    for n, doc in enumerate(conll_documents(f"{data}/conll2003/train.txt")):
        yield f"conll/{n}", doc, CONLL_DATE
    for domain in ["ai", "literature", "music", "politics", "science"]:
        path = f"{data}/ner_more/crossner/{domain}/train.txt"
        if not os.path.exists(path):
            continue
        sent, k = [], 0
        for line in open(path, encoding="utf-8"):
            parts = line.split()
            if parts:
                sent.append(parts[0])
            elif sent:
                yield f"cx/{domain}/{k}", detokenize(sent), CROSSNER_DATE
                sent, k = [], k + 1
    samples = os.path.join(os.path.dirname(os.path.abspath(data)), "samples")
    for f in sorted(glob.glob(f"{samples}/wikinews-*.txt")):
        yield "wn/" + os.path.basename(f), open(f, encoding="utf-8").read(), WIKINEWS_DATE
    for f in sorted(glob.glob(f"{repo}/tests/cases/figures*.json")):
        cases = json.load(open(f, encoding="utf-8"))
        cases = cases if isinstance(cases, list) else cases.get("cases", [])
        for j, c in enumerate(cases):
            if isinstance(c, dict) and "text" in c:
                yield f"case/{os.path.basename(f)}/{j}", c["text"], c.get("date")


def figures(binary, path):
    """{(id, start, end, kind): figure} of one binary over the texts at path."""
    out = subprocess.run([binary, "analyze", "--jsonl", path], check=True, capture_output=True).stdout
    found = {}
    for line in out.decode("utf-8").splitlines():
        o = json.loads(line)
        for f in o.get("figures", []):
            found[(o["id"], f["start"], f["end"], f["kind"])] = f
    return found


def compare(old, new, path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    a, b = figures(old, path), figures(new, path)
    changed = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        changed += 1
        doc = docs[key[0]]
        chars = list(doc["text"])
        before = "".join(chars[max(0, key[1] - 160) : key[1]])
        inside = "".join(chars[key[1] : key[2]])
        after = "".join(chars[key[2] : key[2] + 60])
        value = lambda f: None if f is None else (f.get("value"), f.get("unit"))
        print(key[0], doc.get("date"), key[3], "|", value(x), "->", value(y), "|", repr(f"{before}[[{inside}]]{after}"))
    print(f"{changed} figures differ ({len(a)} old, {len(b)} new, {len(docs)} texts)")


def main(argv):
    if len(argv) == 4 and argv[1] == "texts":
        repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        if not os.path.isdir(f"{argv[2]}/polnear") or not os.path.isdir(f"{argv[2]}/conll2003"):
            sys.exit(f"no PolNeAR or CoNLL-2003 under {argv[2]}: give the annotated data folder (DATA=dir)")
        n = 0
        with open(argv[3], "w", encoding="utf-8") as w:
            for i, text, date in texts(argv[2], repo):
                if text.strip():
                    w.write(json.dumps({"id": i, "text": text, **({"date": date} if date else {})}) + "\n")
                    n += 1
        print(f"{argv[3]}: {n} texts")
    elif len(argv) == 5 and argv[1] == "compare":
        compare(argv[2], argv[3], argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)

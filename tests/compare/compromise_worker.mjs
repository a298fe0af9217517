// compromise (with compromise-dates) as a peer of presslight: reads JSON lines
// {"id", "text", "task": "ner" | "quotes" | "figures"} on stdin and writes one
// JSON line per input, {"id", "spans": [[start, end, label], ...]}, with
// offsets in Unicode code points (Python string indices). Scoring is done by
// compare.py, the same for every peer.
//
// `node compromise_worker.mjs --bench FILE...` times entity extraction
// (people, organizations, places) over the files and prints
// {"words", "seconds"} as JSON.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';
import dates from 'compromise-dates';

nlp.plugin(dates);

// UTF-16 index -> code point index (identity when the text has no surrogates).
function cpIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

const EDGE = /[\s.,;:!?)\]}]/;
const LEAD = /[\s([{]/;
// compromise's match offsets include the punctuation glued to the last term
// ("York,"): trim it, and leading/trailing quote marks unless `keepQuotes`.
function trim(text, start, end, keepQuotes) {
  const quote = /["'“”‘’«»`]/;
  while (end > start && (EDGE.test(text[end - 1]) || (!keepQuotes && quote.test(text[end - 1])))) end--;
  while (start < end && (LEAD.test(text[start]) || (!keepQuotes && quote.test(text[start])))) start++;
  return [start, end];
}

function spansOf(text, view, label, keepQuotes = false) {
  const out = [];
  for (const m of view.json({ offset: true })) {
    const o = m.offset;
    if (!o) continue;
    const [s, e] = trim(text, o.start, o.start + o.length, keepQuotes);
    if (e > s) out.push([s, e, label]);
  }
  return out;
}

function overlaps(a, b) {
  return a[0] < b[1] && b[0] < a[1];
}

// A date phrase in compromise opens with its preposition ("on Tuesday",
// "in 2015"): the figure is what follows it.
const DATE_PREP = /^(on|in|at|by|since|until|till|from|for|during|of|as of)\s+/i;
function dropPrep(text, spans) {
  return spans.map(([s, e, l]) => {
    const m = DATE_PREP.exec(text.slice(s, e));
    return m && s + m[0].length < e ? [s + m[0].length, e, l] : [s, e, l];
  });
}

function figures(text, doc) {
  const money = spansOf(text, doc.money(), 'money');
  const percent = spansOf(text, doc.percentages(), 'percent');
  const duration = dropPrep(text, spansOf(text, doc.durations(), 'duration'));
  let time = dropPrep(text, spansOf(text, doc.times(), 'time'));
  // dates() also covers the durations and times that durations() and times()
  // find: a date overlapping a duration gives way to it; a date that opens
  // with a time ("18:00 UTC") is that time, and a time inside a longer date
  // ("March 3 at 5pm") is left to the date.
  const date = [];
  for (const d of dropPrep(text, spansOf(text, doc.dates(), 'date'))) {
    if (duration.some((x) => overlaps(x, d))) continue;
    const t = time.find((x) => overlaps(x, d));
    if (t && t[0] === d[0]) {
      time = time.filter((x) => x !== t);
      date.push([d[0], d[1], 'time']);
    } else {
      if (t) time = time.filter((x) => !overlaps(x, d));
      date.push(d);
    }
  }
  const taken = [...money, ...percent, ...date, ...time, ...duration];
  const out = [...taken];
  // numbers(): money written with a currency sign or word becomes money (its
  // span is longer than money()'s: "$5 million"), ordinals become ordinals,
  // the rest numbers, unless a span above already covers them.
  const nums = doc.numbers();
  for (const m of nums.json({ offset: true })) {
    const o = m.offset;
    if (!o) continue;
    const [s, e] = trim(text, o.start, o.start + o.length, false);
    if (e <= s) continue;
    const n = m.number || {};
    const isMoney = /[$€£¥]/.test(text.slice(s, e)) || /dollar|euro|pound|yen|cent/i.test(n.unit || '');
    const isPercent = /%|percent/i.test(text.slice(s, e));
    const kind = isMoney ? 'money' : isPercent ? 'percent' : n.isOrdinal ? 'ordinal' : 'number';
    const span = [s, e, kind];
    const same = out.findIndex((t) => overlaps(t, span));
    if (same >= 0) {
      // A longer money span from numbers() replaces money()'s shorter one.
      if (kind === 'money' && out[same][2] === 'money' && e - s > out[same][1] - out[same][0]) out[same] = span;
      continue;
    }
    out.push(span);
  }
  return out;
}

function run(task, text) {
  const doc = nlp(text);
  if (task === 'ner') {
    return [
      ...spansOf(text, doc.people(), 'PER'),
      ...spansOf(text, doc.organizations(), 'ORG'),
      ...spansOf(text, doc.places(), 'LOC'),
    ];
  }
  if (task === 'quotes') return spansOf(text, doc.quotations(), 'speech', true);
  if (task === 'figures') return figures(text, doc);
  throw new Error(`unknown task ${task}`);
}

if (process.argv[2] === '--bench') {
  const texts = process.argv.slice(3).map((f) => readFileSync(f, 'utf8'));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g) || []).length, 0);
  run('ner', 'Warm up, Mr. Smith.');
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let found = 0;
  for (const text of texts) found += run('ner', text).length;
  const c = process.cpuUsage(c0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ words, seconds, cpu: (c.user + c.system) / 1e6, found }));
} else {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { id, text, task } = JSON.parse(line);
    const cp = cpIndex(text);
    const spans = run(task, text).map(([s, e, l]) => [cp(s), cp(e), l]);
    process.stdout.write(JSON.stringify({ id, spans }) + '\n');
  }
}

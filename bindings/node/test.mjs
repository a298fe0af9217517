// The npm package against the CLI, installed as a user would: `npm install` of the packed
// tarball into an empty folder (no network: the package has no dependencies), then
// `import { analyze } from "presslight"`, `require("presslight")` and the bundler entry.
//
//   PRESSLIGHT=target/debug/presslight node --test bindings/node/test.mjs dist/presslight-X.tgz
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tarball = resolve(process.argv[2] ?? process.env.PRESSLIGHT_NPM ?? "");
const cli = resolve(root, process.env.PRESSLIGHT ?? "target/debug/presslight");

// Whole articles with their dates, as in the Python tests (paths from the checkout's root).
const articles = [
  ["www/samples/wikinews-warming.txt", "2014-07-28"],
  ["tests/fixtures/wikinews-korea.txt", null],
  ["tests/fixtures/wikinews-stampede.txt", "2006-01-12"],
];
// The project's seed article, when the shared folder is beside the checkout (as in CI).
const seed = resolve(root, process.env.SEED ?? "../shared/samples/seed-independent.txt");
if (existsSync(seed)) articles.push([seed, "2025-12-28"]);
const emoji =
  "🎉🇺🇸 Angela Merkel met 😀 Emmanuel Macron in Paris on Monday. " +
  "“We agree on 𝟓 points,” Mrs Merkel said 👍, and Airbus shares rose 3.5% to €120.\n\n" +
  "𝒜 second paragraph: Boris Johnson 🧪 said 2,000 people came.";

function cases() {
  const all = [];
  const dir = join(root, "tests", "cases");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    for (const c of JSON.parse(readFileSync(join(dir, file), "utf8"))) {
      if (typeof c.text === "string") all.push([c.text, c.date ?? null]);
    }
  }
  all.push([emoji, "2025-12-28"], [emoji, null]);
  return all;
}

function runCli(args, input) {
  return execFileSync(cli, ["analyze", ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
}

function* spans(analysis) {
  for (const e of analysis.entities) yield e;
  for (const q of analysis.quotes) {
    yield q;
    if (q.speaker) yield q.speaker;
  }
  for (const f of analysis.figures) yield f;
}

let dir, esm, cjs;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "presslight-npm-"));
  writeFileSync(join(dir, "package.json"), '{"name": "user", "private": true}\n');
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(join(dir, "user.mjs"), 'export * from "presslight";\n');
  esm = await import(pathToFileURL(join(dir, "user.mjs")));
  cjs = createRequire(join(dir, "user.cjs"))("presslight");
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("lone surrogates read as U+FFFD: offsets still slice the text given", () => {
  // A tweet cut in the middle of an emoji: a high surrogate with no low one.
  const text = "Angela Merkel \uD83D said “we agree” on Monday in Berlin \uDE00.";
  for (const api of [esm, cjs]) {
    for (const offsets of ["codepoints", "utf16"]) {
      const a = api.analyze(text, { date: "2025-12-28", offsets });
      const cut = offsets === "utf16" ? (s, e) => text.slice(s, e) : (s, e) => [...text].slice(s, e).join("");
      assert.ok(a.entities.some((e) => e.text === "Angela Merkel"));
      for (const span of spans(a)) assert.equal(cut(span.start, span.end).toWellFormed(), span.text);
    }
  }
});

test("ESM has a default export too", async () => {
  const all = await import(pathToFileURL(join(dir, "node_modules/presslight/index.mjs")).href);
  assert.equal(all.default.analyze, esm.analyze);
});

test("import and require give the same API", () => {
  for (const api of [esm, cjs]) {
    assert.equal(typeof api.analyze, "function");
    assert.equal(typeof api.analyzeJson, "function");
    assert.equal(api.version, JSON.parse(readFileSync(join(dir, "node_modules/presslight/package.json"))).version);
  }
});

for (const [file, date] of articles) {
  test(`${file}: the CLI's JSON byte for byte (import and require)`, () => {
    const text = readFileSync(resolve(root, file), "utf8");
    const want = runCli(["--compact", resolve(root, file), ...(date ? ["--date", date] : [])]);
    assert.equal(esm.analyzeJson(text, { date }) + "\n", want);
    assert.equal(cjs.analyzeJson(text, { date }) + "\n", want);
    const parsed = JSON.parse(want);
    assert.deepEqual(esm.analyze(text, { date }), parsed);
    assert.deepEqual(cjs.analyze(text, { date, offsets: "codepoints" }), parsed);
    assert.deepEqual(Object.keys(esm.analyze(text, { date })), ["date", "entities", "quotes", "figures"]);
    assert.ok(parsed.entities.length > 0 && parsed.figures.length > 0);
  });
}

test("the bundler entry (ES module integration of the .wasm) gives the same JSON", () => {
  const [file, date] = articles[0];
  const want = runCli(["--compact", resolve(root, file), "--date", date]);
  const script = `
    import { readFileSync } from "node:fs";
    const { analyzeJson } = await import(${JSON.stringify(pathToFileURL(join(dir, "node_modules/presslight/bundler.mjs")).href)});
    process.stdout.write(analyzeJson(readFileSync(${JSON.stringify(resolve(root, file))}, "utf8"), { date: ${JSON.stringify(date)} }) + "\\n");`;
  const got = execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  assert.equal(got, want);
});

test("test cases: the same results as the CLI's --jsonl", () => {
  const all = cases();
  const lines = all.map(([text, date], id) => JSON.stringify({ id, text, date })).join("\n") + "\n";
  const want = runCli(["--jsonl"], lines)
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(want.length, all.length);
  all.forEach(([text, date], i) => {
    const { id, ...expected } = want[i];
    assert.equal(id, i);
    assert.deepEqual(esm.analyze(text, { date }), expected);
  });
});

test("offsets: code points by default, UTF-16 code units on request", () => {
  for (const [text, date] of cases()) {
    const points = Array.from(text);
    for (const s of spans(esm.analyze(text, { date }))) {
      assert.equal(points.slice(s.start, s.end).join(""), s.text);
    }
    for (const s of spans(esm.analyze(text, { date, offsets: "utf16" }))) {
      assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
  const merkel = (offsets) => esm.analyze(emoji, { offsets }).entities.find((e) => e.text === "Angela Merkel");
  assert.equal(merkel().start, 4); // 🎉, 🇺, 🇸, a space
  assert.equal(merkel("utf16").start, 7);
});

test("errors", () => {
  for (const api of [esm, cjs]) {
    for (const bad of [undefined, null, 42, ["text"], new Uint8Array(3)]) {
      assert.throws(() => api.analyze(bad), TypeError);
    }
    assert.throws(() => api.analyze("On Saturday.", { date: "2025-13-01" }), /invalid date/);
    assert.throws(() => api.analyze("On Saturday.", { date: new Date() }), TypeError);
    assert.throws(() => api.analyze("On Saturday.", { offsets: "bytes" }), RangeError);
    // An empty date is a bad date, as in the CLI and Python (null means none); options are an object.
    assert.throws(() => api.analyze("On Saturday.", { date: "" }), /invalid date/);
    assert.throws(() => api.analyze("On Saturday.", "2025-12-28"), TypeError);
    assert.throws(() => api.analyze("On Saturday.", ["2025-12-28"]), TypeError);
    assert.equal(api.analyze("On Saturday it rained.").date, null);
    assert.equal(api.analyze("On Saturday it rained.", { date: "2025-12-28" }).figures[0].value, "2025-12-27");
  }
});

// The CLI's own output, type-checked against index.d.ts (strict), from ESM and from CommonJS:
// the types match the schema, and they reject what the API rejects.
test("TypeScript: index.d.ts types the CLI's output", { skip: !process.env.TSC && "TSC not set" }, () => {
  const outputs = [
    ...articles.map(([file, date]) => runCli(["--compact", resolve(root, file), ...(date ? ["--date", date] : [])])),
    ...cases().map(([text, date]) => runCli(["--compact", ...(date ? ["--date", date] : [])], text)),
  ];
  writeFileSync(
    join(dir, "check.mts"),
    `import { analyze, analyzeJson, version, type Analysis, type Options } from "presslight";
const options: Options = { date: "2025-12-28", offsets: "utf16" };
const a: Analysis = analyze("text", options);
const j: string = analyzeJson("text");
const v: string = version;
const fromCli: Analysis[] = [\n${outputs.map((o) => o.trim()).join(",\n")}\n];
// @ts-expect-error offsets are code points or UTF-16 code units
analyze("text", { offsets: "bytes" });
// @ts-expect-error text is a string
analyze(42);
export { a, j, v, fromCli };
`,
  );
  writeFileSync(
    join(dir, "check.cts"),
    `import presslight = require("presslight");
const a: presslight.Analysis = presslight.analyze("text", { date: null });
export = a;
`,
  );
  const args = ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022"];
  execFileSync(process.env.TSC, [...args, "check.mts", "check.cts"], { cwd: dir, stdio: "inherit" });
});

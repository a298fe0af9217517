// Bench of the page in headless Chromium:
//
//   node bench.mjs ARTICLE.txt [RUNS]
//
// prints the median time the page's engine (wasm, in its worker) takes to analyse ARTICLE
// (RUNS runs, 20 by default, after one warm-up run), the median time from input to highlights
// on screen (analysis, transfer and rendering), and the total size, raw and gzipped, of
// everything the page loads over HTTP (and of the one-file page, when dist/ has it).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, WWW, launch, serve } from './lib.mjs';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench.mjs ARTICLE.txt [RUNS]');
  process.exit(2);
}
const RUNS = Number(runsArg || 20);
const text = fs.readFileSync(file, 'utf8');

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const server = await serve(WWW);
const browser = await launch();
try {
  const page = await browser.newPage();
  const loaded = [];
  page.on('response', async (r) => {
    try { loaded.push({ url: r.url(), body: await r.body() }); } catch { /* redirects have no body */ }
  });
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => window.presslight && document.getElementById('highlighted').dataset.state);
  await page.waitForLoadState('networkidle');

  const engine = await page.evaluate(async ([t, runs]) => {
    await window.presslight.analyze(t); // warm-up: compiles the regexes once
    const reply = await window.presslight.analyze(t, { repeat: runs });
    return { times: reply.times, counts: [reply.result.entities.length, reply.result.quotes.length, reply.result.figures.length] };
  }, [text, RUNS]);

  // Input to highlights: the page waits DEBOUNCE ms after the last keystroke, which is taken off.
  const DEBOUNCE = 250;
  const endToEnd = [];
  for (let i = 0; i < 5; i++) {
    endToEnd.push(await page.evaluate((t) => new Promise((resolve) => {
      const a = document.getElementById('article');
      a.value = t;
      const t0 = performance.now();
      document.addEventListener('presslight:rendered', () => resolve(performance.now() - t0), { once: true });
      a.dispatchEvent(new Event('input', { bubbles: true }));
    }), text));
  }

  const files = loaded.filter((f) => f.url.startsWith(server.origin));
  const raw = files.reduce((n, f) => n + f.body.length, 0);
  const gzipped = files.reduce((n, f) => n + gz(f.body), 0);

  console.log(`article: ${path.basename(file)} (${text.length} UTF-16 code units); found ${engine.counts[0]} names, ${engine.counts[1]} quotes, ${engine.counts[2]} figures`);
  console.log(`page engine (wasm in a worker): median ${median(engine.times).toFixed(2)} ms over ${engine.times.length} runs (min ${Math.min(...engine.times).toFixed(2)}, max ${Math.max(...engine.times).toFixed(2)})`);
  console.log(`page input to highlights on screen: median ${(median(endToEnd) - DEBOUNCE).toFixed(1)} ms over ${endToEnd.length} runs (not counting the ${DEBOUNCE} ms typing debounce)`);
  console.log(`page size: ${files.length} files, ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget 2048 KiB)`);
  for (const f of files) console.log(`  ${new URL(f.url).pathname.padEnd(28)} ${kb(f.body.length).padStart(11)} raw ${kb(gz(f.body)).padStart(10)} gzipped`);
  if (fs.existsSync(DIST)) {
    const one = fs.readFileSync(DIST);
    console.log(`one-file page dist/presslight.html: ${kb(one.length)} raw, ${kb(gz(one))} gzipped`);
  }
  const wasmFile = path.join(WWW, '..', 'target', 'wasm-bindgen', 'presslight_bg.wasm');
  if (fs.existsSync(wasmFile)) {
    const w = fs.readFileSync(wasmFile);
    console.log(`wasm module: ${kb(w.length)} raw, ${kb(gz(w))} gzipped (embedded in pkg/presslight-wasm.js gzipped, in base64)`);
  }
} finally {
  await browser.close();
  await server.close();
}

// The package's API over the wasm-bindgen glue `wasm` (analyze, analyzeJson, version); build.mjs
// wraps this file as ESM for Node.js, as CommonJS for Node.js and as ESM for bundlers.

const OFFSETS = ["codepoints", "utf16"];

function args(text, options) {
  if (typeof text !== "string") {
    throw new TypeError(`presslight: text must be a string, not ${text === null ? "null" : typeof text}`);
  }
  const { date = null, offsets = "codepoints" } = options ?? {};
  if (date !== null && typeof date !== "string") {
    throw new TypeError("presslight: options.date must be a string YYYY-MM-DD, or null");
  }
  if (!OFFSETS.includes(offsets)) {
    throw new RangeError(`presslight: options.offsets must be "codepoints" or "utf16", not ${JSON.stringify(offsets)}`);
  }
  return [text, date, offsets];
}

/** The analysis of one article (see index.d.ts). */
function analyze(text, options) {
  return wasm.analyze(...args(text, options));
}

/** The same analysis as the JSON text `presslight analyze --compact` prints, byte for byte. */
function analyzeJson(text, options) {
  return wasm.analyzeJson(...args(text, options));
}

const version = wasm.version();

// The package's API over the wasm-bindgen glue `wasm` (analyze, analyzeJson, version); build.mjs
// wraps this file as ESM for Node.js, as CommonJS for Node.js and as ESM for bundlers.

const OFFSETS = ["codepoints", "utf16"];

// A lone surrogate (half of a UTF-16 pair, as in a tweet cut in the middle of an emoji) is read
// as U+FFFD, one code unit and one code point like it: offsets are the same in the text given, and
// a span's text carries U+FFFD where the text has the lone surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text) {
  return typeof text.toWellFormed === "function" ? text.toWellFormed() : text.replace(LONE_SURROGATE, "\uFFFD");
}

function args(text, options) {
  if (typeof text !== "string") {
    throw new TypeError(`presslight: text must be a string, not ${text === null ? "null" : typeof text}`);
  }
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(
      `presslight: options must be an object such as { date: "2025-12-28" }, not ${Array.isArray(options) ? "an array" : typeof options}`,
    );
  }
  const { date = null, offsets = "codepoints" } = options ?? {};
  if (date !== null && typeof date !== "string") {
    throw new TypeError("presslight: options.date must be a string YYYY-MM-DD, or null");
  }
  // As the CLI's --date and the Python package: an empty date is a bad date, not "no date" (null).
  if (date !== null && date.trim() === "") {
    throw new Error('presslight: invalid date "": expected YYYY-MM-DD (null for none)');
  }
  if (!OFFSETS.includes(offsets)) {
    throw new RangeError(`presslight: options.offsets must be "codepoints" or "utf16", not ${JSON.stringify(offsets)}`);
  }
  return [wellFormed(text), date, offsets];
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

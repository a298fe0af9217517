// Assembles the npm package from wasm-bindgen's outputs of one wasm module.
//
//   node bindings/node/build.mjs BINDGEN_DIR OUT_DIR
//
// BINDGEN_DIR holds nodejs/, esm/ (--target experimental-nodejs-module) and bundler/, each the
// output of one `wasm-bindgen --out-name presslight`; the three .wasm files are the same bytes,
// so the package carries one, in wasm/, beside the three glue files that load it:
//   index.mjs   Node.js, import      wasm/node.mjs      (reads the .wasm with fs)
//   index.cjs   Node.js, require     wasm/node.cjs      (reads the .wasm with fs)
//   bundler.mjs bundlers (webpack, Vite, Rollup...)   wasm/presslight.js (imports the .wasm)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [bindgen, out] = process.argv.slice(2);
if (!bindgen || !out) {
  console.error("usage: node build.mjs BINDGEN_DIR OUT_DIR");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const read = (p) => readFileSync(p, "utf8");

const wasms = ["nodejs", "esm", "bundler"].map((t) => readFileSync(join(bindgen, t, "presslight_bg.wasm")));
if (!wasms.every((w) => w.equals(wasms[0]))) {
  throw new Error("wasm-bindgen's targets gave different .wasm files: the package cannot share one");
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "wasm"), { recursive: true });
writeFileSync(join(out, "wasm", "presslight_bg.wasm"), wasms[0]);
writeFileSync(join(out, "wasm", "node.cjs"), read(join(bindgen, "nodejs", "presslight.js")));
writeFileSync(join(out, "wasm", "node.mjs"), read(join(bindgen, "esm", "presslight.js")));
// The bundler glue imports "./presslight_bg.wasm" and "./presslight_bg.js" (the module name the
// .wasm imports from), so it keeps wasm-bindgen's names; its folder is ESM.
writeFileSync(join(out, "wasm", "presslight.js"), read(join(bindgen, "bundler", "presslight.js")));
writeFileSync(join(out, "wasm", "presslight_bg.js"), read(join(bindgen, "bundler", "presslight_bg.js")));
writeFileSync(join(out, "wasm", "package.json"), JSON.stringify({ type: "module", sideEffects: true }, null, 2) + "\n");

const api = read(join(here, "api.js"));
const esm = (glue) =>
  `import * as wasm from "${glue}";\n\n${api}\nexport { analyze, analyzeJson, version };\nexport default { analyze, analyzeJson, version };\n`;
writeFileSync(join(out, "index.mjs"), esm("./wasm/node.mjs"));
writeFileSync(join(out, "bundler.mjs"), esm("./wasm/presslight.js"));
writeFileSync(
  join(out, "index.cjs"),
  `"use strict";\nconst wasm = require("./wasm/node.cjs");\n\n${api}\nmodule.exports = { analyze, analyzeJson, version };\n`,
);
const types = read(join(here, "index.d.ts"));
writeFileSync(join(out, "index.d.ts"), types);
// ESM also has a default export (the same three names); CommonJS's module.exports is that object.
writeFileSync(
  join(out, "index.d.mts"),
  `${types}\ndeclare const presslight: { analyze: typeof analyze; analyzeJson: typeof analyzeJson; version: string };\nexport default presslight;\n`,
);

const cargo = read(join(root, "Cargo.toml"));
const version = cargo.match(/^version = "([^"]+)"/m)[1];
const pkg = JSON.parse(read(join(here, "package.json")));
pkg.version = version;
writeFileSync(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
cpSync(join(here, "README.md"), join(out, "README.md"));
for (const license of ["LICENSE-MIT", "LICENSE-APACHE"]) cpSync(join(root, license), join(out, license));
console.log(`${out}: presslight ${version} for Node.js (import, require) and bundlers`);

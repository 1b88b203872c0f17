// Prints what a partner downloads (gzip -9), from dist/ of a release build:
//   - the first visit: index.html, CSS, JS and the main wasm, which holds the frame and the
//     customer picker, where the app opens;
//   - what opening each other part of the app adds to that, the first time (a part is one
//     download: a screen, or the screens of one task; see src/pages/screens.rs);
//   - the whole app.
// Fails when the first visit grows past the ceiling that guards against regressions
// (SIZE_CEILING_KB, raised only on purpose). The product's target is TARGET_KB.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET_KB = 150;
const CEILING_KB = Number(process.env.SIZE_CEILING_KB ?? 272);
const dist = process.argv[2] ?? "dist";

const files = readdirSync(dist);
const gz = new Map(files.map((f) => [f, gzipSync(readFileSync(join(dist, f)), { level: 9 }).length]));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pick = (re) => files.filter((f) => re.test(f));

// Every wasm module the loader knows: its file and the modules it needs first.
const loaderFile = pick(/^__wasm_split-[0-9a-f]+\.js$/)[0];
const modules = new Map(); // name -> { file, deps }
if (loaderFile) {
  const loader = readFileSync(join(dist, loaderFile), "utf8");
  const decl = /const (__chunk_\d+) = makeLoad\(\(\) => \{[\s\S]*?"\.\/([^"]+\.wasm)"[\s\S]*?\n, \[([^\]]*)\]\)/g;
  const screen = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{[\s\S]*?"\.\/([^"]+\.wasm)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g;
  for (const re of [decl, screen]) {
    for (const [, name, file, deps] of loader.matchAll(re)) {
      modules.set(name, { file, deps: deps.split(",").map((d) => d.trim()).filter(Boolean) });
    }
  }
}
const parts = [...modules.keys()].filter((name) => !name.startsWith("__chunk_")).sort();

/** The wasm files opening `part` downloads: its own module and every module it needs. */
function partFiles(part, seen = new Set()) {
  const module = modules.get(part);
  if (!module || seen.has(module.file)) return seen;
  seen.add(module.file);
  for (const dep of module.deps) partFiles(dep, seen);
  return seen;
}
const sum = (list) => [...list].reduce((total, f) => total + (gz.get(f) ?? 0), 0);

// The service worker is fetched once the app runs, and keeps the whole app for offline use in
// the background: it is not part of what the first visit waits for.
const frame = [
  "index.html",
  ...pick(/\.css$/),
  ...pick(/\.js$/).filter((f) => f !== "sw.js"),
  ...pick(/^partner-support-desk-[0-9a-f]+_bg\.wasm$/),
];
const firstVisit = sum(frame);

console.log("First visit (gzip -9):");
for (const f of frame) console.log(`  ${f.padEnd(56)} ${kb(gz.get(f)).padStart(10)}`);
console.log(`first visit, gzipped: ${kb(firstVisit)} (${firstVisit} bytes); target ${TARGET_KB} KB, ceiling ${CEILING_KB} KB`);

if (parts.length > 0) {
  console.log("Opening another part of the app the first time adds:");
  for (const part of parts) {
    const files = partFiles(part);
    console.log(`  ${`${part} (${files.size} wasm files)`.padEnd(56)} ${kb(sum(files)).padStart(10)}`);
  }
}
const everything = sum(files.filter((f) => /\.(wasm|js|css|html)$/.test(f)));
console.log(`whole app, gzipped: ${kb(everything)} in ${files.filter((f) => f.endsWith(".wasm")).length} wasm files (what the offline copy keeps, fetched after the first visit)`);

if (firstVisit > TARGET_KB * 1024) {
  console.log(`The first visit is ${kb(firstVisit - TARGET_KB * 1024)} over its ${TARGET_KB} KB target.`);
}
if (firstVisit > CEILING_KB * 1024) {
  console.error(`The first visit grew past the ${CEILING_KB} KB ceiling.`);
  process.exit(1);
}

// Prints what a partner downloads (gzip -9) from dist/ of a release build (scripts/downloads.mjs):
// the first visit, what opening each other part of the app adds to it, the Russian texts'
// download, and the whole app. Fails when the first visit grows past the ceiling that guards
// against regressions (SIZE_CEILING_KB, raised only on purpose). The product's target is TARGET_KB.
import { downloads, total } from "./downloads.mjs";

const TARGET_KB = 200;
const CEILING_KB = Number(process.env.SIZE_CEILING_KB ?? 267.0);
const { sizes, firstVisit, parts, everything, files } = downloads(process.argv[2] ?? "dist");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (list) => total(list.map((f) => sizes.get(f))).gzip;

console.log("First visit (gzip -9):");
for (const f of firstVisit) console.log(`  ${f.padEnd(56)} ${kb(sizes.get(f).gzip).padStart(10)}`);
const first = gzip(firstVisit);
console.log(`first visit, gzipped: ${kb(first)} (${first} bytes); target ${TARGET_KB} KB, ceiling ${CEILING_KB} KB`);

if (parts.size > 0) {
  console.log("Opening another part of the app the first time adds:");
  for (const [part, partFiles] of parts) {
    console.log(`  ${`${part} (${partFiles.length} wasm files)`.padEnd(56)} ${kb(gzip(partFiles)).padStart(10)}`);
  }
}
console.log(`whole app, gzipped: ${kb(gzip(everything))} in ${files.filter((f) => f.endsWith(".wasm")).length} wasm files (what the offline copy keeps, fetched after the first visit)`);

if (first > TARGET_KB * 1024) {
  console.log(`The first visit is ${kb(first - TARGET_KB * 1024)} over its ${TARGET_KB} KB target.`);
}
if (first > CEILING_KB * 1024) {
  console.error(`The first visit grew past the ${CEILING_KB} KB ceiling.`);
  process.exit(1);
}

// What a partner downloads from a release build (dist/), shared by the size check
// (scripts/size.mjs) and the benchmark (benches/bench.mjs):
//   - the first visit: index.html, CSS, JS and the main wasm, which holds the frame and the
//     customer picker, where the app opens;
//   - each other part of the app (a screen, or the screens of one task; src/pages/screens.rs):
//     the wasm files opening it the first time adds;
//   - each file's size raw, gzip -9 and brotli (quality 11), as a CDN sends it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** `{ raw, gzip, brotli }` byte counts of one file. */
export function fileSizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The sum of `{ raw, gzip, brotli }` over `list`. */
export function total(list) {
  return list.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * The parts of the app in the build in `dist` (a screen, the screens of one task, or the Russian
 * texts; src/pages/screens.rs), read from the split loader: each part's name mapped to the wasm
 * files opening it downloads, its own module and every module it needs first.
 */
export function appParts(dist, files = readdirSync(dist)) {
  const loaderFile = files.find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
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
  const partFiles = (part, seen = new Set()) => {
    const module = modules.get(part);
    if (!module || seen.has(module.file)) return seen;
    seen.add(module.file);
    for (const dep of module.deps) partFiles(dep, seen);
    return seen;
  };
  return new Map([...modules.keys()]
    .filter((name) => !name.startsWith("__chunk_"))
    .sort()
    .map((name) => [name, [...partFiles(name)]]));
}

/**
 * The downloads of the build in `dist`: `{ files, sizes, firstVisit, parts, everything }`, where
 * `firstVisit` is a list of file names, `parts` is `appParts(dist)`, and `sizes` maps each file
 * name to its `{ raw, gzip, brotli }`.
 */
export function downloads(dist) {
  const files = readdirSync(dist);
  const sizes = new Map(files.map((f) => [f, fileSizes(join(dist, f))]));
  const pick = (re) => files.filter((f) => re.test(f));
  const parts = appParts(dist, files);

  // The service worker is fetched once the app runs, and keeps the whole app for offline use in
  // the background: it is not part of what the first visit waits for.
  const firstVisit = [
    "index.html",
    ...pick(/\.css$/),
    ...pick(/\.js$/).filter((f) => f !== "sw.js"),
    ...pick(/_bg\.wasm$/),
  ];
  const everything = files.filter((f) => /\.(wasm|js|css|html)$/.test(f));
  return { files, sizes, firstVisit, parts, everything };
}

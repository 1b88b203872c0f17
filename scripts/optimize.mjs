// The release build's last touches, shared by the post-build step (scripts/split-wasm.mjs) and the
// size yardstick (scripts/size-floor.sh), so that both are built alike:
//   - binaryen (wasm-opt's library, from npm) shrinks wasm as `wasm-opt -Oz` would;
//   - terser minifies JS modules, keeping the names they export and import;
//   - the functions a module imports from its wasm-bindgen glue get one- or two-letter names in
//     both (wasm-bindgen names each `__wbg_<what>_<16 hex digits>`: some 7 KB that do not
//     compress, in the wasm and again in the glue);
//   - the wasm stops exporting the methods of glue classes that nothing can create, so that
//     their code goes (wasm-streams' `IntoUnderlyingSource` and its kin, which Leptos's server
//     functions bring and a client-side app never uses: 1.4 KB gzipped).
// As a command, `node scripts/optimize.mjs FILE...` does this in place to each .wasm and .js file
// (a `NAME_bg.wasm` with its glue `NAME.js` has its imports renamed first).
import binaryen from "binaryen";
import { minify } from "terser";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The features rustc's wasm32-unknown-unknown target uses, so that the optimizer may keep them. */
const wasmFeatures = [
  "MVP", "BulkMemory", "BulkMemoryOpt", "MutableGlobals", "NontrappingFPToInt", "SignExt",
  "ReferenceTypes", "CallIndirectOverlong", "Multivalue",
].reduce((all, name) => all | binaryen.Features[name], 0);

/**
 * `wasm-opt -Oz` on the file, in place; throws when the result is not valid. The exports of the
 * classes named in `unusedClasses` (see `unusedClasses`) are dropped first.
 */
export function shrinkWasm(path, { unusedClasses = [] } = {}) {
  const module = binaryen.readBinary(readFileSync(path));
  try {
    const dead = [];
    for (let i = 0; i < module.getNumExports(); i++) {
      const { name } = binaryen.getExportInfo(module.getExportByIndex(i));
      if (unusedClasses.some((c) => name === `__wbg_${c}_free` || name.startsWith(`${c}_`))) dead.push(name);
    }
    for (const name of dead) module.removeExport(name);
    module.setFeatures(wasmFeatures);
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    binaryen.setDebugInfo(false);
    module.optimize();
    if (!module.validate()) throw new Error(`${path} is not valid after optimising`);
    writeFileSync(path, module.emitBinary());
  } finally {
    module.dispose();
  }
}

/**
 * Renames the functions that `wasm` imports from its glue module `./NAME_bg.js` (the glue's
 * `import0` object, in wasm-bindgen's unminified layout) to short names, in both; returns
 * `{ wasm, js }`. Throws when an import is not found exactly once as a key of the glue, so that a
 * change of wasm-bindgen's output stops the build instead of breaking the app.
 */
export function shortenImportNames(wasm, js, glueModule) {
  const renamed = new Map();
  const renamedWasm = rewriteImports(wasm, (module, name) => {
    if (module !== glueModule) return name;
    if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
    return renamed.get(name);
  });
  if (renamed.size === 0) throw new Error(`the wasm imports nothing from ${glueModule}`);
  for (const [long, short] of renamed) {
    const key = `\n        ${long}: function(`;
    const parts = js.split(key);
    if (parts.length !== 2) {
      throw new Error(`the glue has ${parts.length - 1} keys ${long} (expected one)`);
    }
    js = parts.join(`\n        ${short}: function(`);
  }
  return { wasm: renamedWasm, js };
}

/** `a` … `z`, `A` … `Z`, then two letters: never a name wasm-bindgen gives. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/** The module with each import's name replaced by `rename(module, name)`. */
function rewriteImports(bytes, rename) {
  const reader = { at: 8 };
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      if (reader.at >= bytes.length) throw new Error("the wasm ends inside a number");
      byte = bytes[reader.at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const text = () => {
    const length = leb();
    const start = reader.at;
    reader.at += length;
    return Buffer.from(bytes.subarray(start, reader.at)).toString("utf8");
  };
  const limits = () => {
    const flags = bytes[reader.at++];
    leb();
    if (flags & 1) leb();
  };
  const out = [Buffer.from(bytes.subarray(0, 8))];
  let found = false;
  while (reader.at < bytes.length) {
    const start = reader.at;
    const id = bytes[reader.at++];
    const size = leb();
    const end = reader.at + size;
    if (id !== 2) {
      reader.at = end;
      out.push(Buffer.from(bytes.subarray(start, end)));
      continue;
    }
    found = true;
    const entries = [];
    const count = leb();
    for (let i = 0; i < count; i++) {
      const module = text();
      const name = text();
      const descriptorStart = reader.at;
      const kind = bytes[reader.at++];
      if (kind === 0) leb();
      else if (kind === 1) {
        reader.at++;
        limits();
      } else if (kind === 2) limits();
      else if (kind === 3) reader.at += 2;
      else if (kind === 4) {
        reader.at++;
        leb();
      } else throw new Error(`an import of unknown kind ${kind}`);
      const descriptor = bytes.subarray(descriptorStart, reader.at);
      entries.push(Buffer.concat([encodeText(module), encodeText(rename(module, name)), descriptor]));
    }
    if (reader.at !== end) throw new Error("the import section was not read to its end");
    const body = Buffer.concat([encodeLeb(count), ...entries]);
    out.push(Buffer.from([2]), encodeLeb(body.length), body);
  }
  if (!found) throw new Error("the wasm has no imports");
  return Buffer.concat(out);
}

function encodeText(string) {
  const utf8 = Buffer.from(string, "utf8");
  return Buffer.concat([encodeLeb(utf8.length), utf8]);
}

function encodeLeb(value) {
  const bytes = [];
  let n = value;
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

/**
 * The classes of a wasm-bindgen glue (unminified) that nothing can create, lower-cased as in
 * their exports' names: a class the wasm hands out has a `__wrap`, one that JS makes calls
 * `wasm.<class>_new`; a class with neither is only ever an empty shell.
 */
export function unusedClasses(js) {
  const unused = [];
  for (const [, name] of js.matchAll(/^export class (\w+) \{/gm)) {
    const lower = name.toLowerCase();
    if (js.includes(`${name}.__wrap(`) || js.includes(`wasm.${lower}_new(`)) continue;
    unused.push(lower);
  }
  return unused;
}

/** The JS module's text, minified. */
export async function minifyJs(source) {
  const result = await minify(source, { module: true, compress: true, mangle: true });
  if (typeof result.code !== "string") throw new Error("terser returned no code");
  return result.code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const paths = process.argv.slice(2);
    const unused = new Map(); // wasm path -> its glue's unused classes
    for (const wasmPath of paths.filter((path) => path.endsWith("_bg.wasm"))) {
      const stem = wasmPath.slice(0, -"_bg.wasm".length);
      if (!paths.includes(`${stem}.js`)) continue;
      const glue = `./${basename(stem)}_bg.js`;
      const short = shortenImportNames(readFileSync(wasmPath), readFileSync(`${stem}.js`, "utf8"), glue);
      writeFileSync(wasmPath, short.wasm);
      writeFileSync(`${stem}.js`, short.js);
      unused.set(wasmPath, unusedClasses(short.js));
    }
    for (const path of paths) {
      if (path.endsWith(".wasm")) shrinkWasm(path, { unusedClasses: unused.get(path) });
      else if (path.endsWith(".js")) writeFileSync(path, await minifyJs(readFileSync(path, "utf8")));
      else throw new Error(`${path} is neither .wasm nor .js`);
    }
  } catch (error) {
    console.error(`optimize: ${error.message}`);
    process.exit(1);
  }
}

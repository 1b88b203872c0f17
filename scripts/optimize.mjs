// The release build's last touches, shared by the post-build step (scripts/split-wasm.mjs) and the
// size yardstick (scripts/size-floor.sh), so that both are built alike:
//   - binaryen (wasm-opt's library, from npm) shrinks wasm as `wasm-opt -Oz` would;
//   - terser minifies JS modules, keeping the names they export and import.
// As a command, `node scripts/optimize.mjs FILE...` does this in place to each .wasm and .js file.
import binaryen from "binaryen";
import { minify } from "terser";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The features rustc's wasm32-unknown-unknown target uses, so that the optimizer may keep them. */
const wasmFeatures = [
  "MVP", "BulkMemory", "BulkMemoryOpt", "MutableGlobals", "NontrappingFPToInt", "SignExt",
  "ReferenceTypes", "CallIndirectOverlong", "Multivalue",
].reduce((all, name) => all | binaryen.Features[name], 0);

/** `wasm-opt -Oz` on the file, in place; throws when the result is not valid. */
export function shrinkWasm(path) {
  const module = binaryen.readBinary(readFileSync(path));
  try {
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

/** The JS module's text, minified. */
export async function minifyJs(source) {
  const result = await minify(source, { module: true, compress: true, mangle: true });
  if (typeof result.code !== "string") throw new Error("terser returned no code");
  return result.code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const path of process.argv.slice(2)) {
      if (path.endsWith(".wasm")) shrinkWasm(path);
      else if (path.endsWith(".js")) writeFileSync(path, await minifyJs(readFileSync(path, "utf8")));
      else throw new Error(`${path} is neither .wasm nor .js`);
    }
  } catch (error) {
    console.error(`optimize: ${error.message}`);
    process.exit(1);
  }
}

// Post-build step (run by scripts/post-build.mjs): cuts the app's wasm into the frame plus one
// download per screen.
//
// The Rust side marks each screen as a split point (src/pages/screens.rs, `split` feature).
// Trunk 0.21 cannot split wasm itself, so this hook redoes its last steps on the linked wasm
// (built with `--emit-relocs`, see .cargo/config.toml):
//   1. wasm-split-cli cuts it into the main module, one module per screen (and modules of code
//      that several screens share) and a small loader, __wasm_split.js;
//   2. wasm-bindgen generates the JS glue for the main module;
//   3. in release builds, scripts/optimize.mjs gives the functions the main module imports from
//      its glue short names, drops the exports of glue classes nothing creates, shrinks every
//      module (binaryen's `-Oz`) and minifies the JS glue (terser); the loader stays as it is,
//      small and read by scripts/size.mjs;
//   4. the results replace Trunk's own glue and wasm in the staging folder, every file named
//      with Trunk's build hash (the host caches .js and .wasm for a year); the loader fetches
//      each module with its subresource integrity, and index.html's integrity values are
//      recomputed. scripts/boot.mjs then writes the script that starts the app.
import { minifyJs, shortenImportNames, shrinkWasm, unusedClasses } from "./optimize.mjs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const crate = "partner-support-desk";

/** The scratch folder, removed on the way out, also when a step fails. */
let work = null;

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!staging) fail("TRUNK_STAGING_DIR is not set (run as a Trunk hook)");

const glue = readdirSync(staging).find((f) => new RegExp(`^${crate}-[0-9a-f]+\\.js$`).test(f));
if (!glue) fail(`no ${crate}-<hash>.js in the staging folder`);
const stem = glue.slice(0, -".js".length);
const hash = stem.slice(crate.length + 1);

const targetDir =
  process.env.CARGO_TARGET_DIR ||
  JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"]))
    .target_directory;
const linked = join(targetDir, "wasm32-unknown-unknown", profile, `${crate}.wasm`);

work = mkdtempSync(join(tmpdir(), "split-wasm-"));
try {
  const split = join(work, "split");
  const bound = join(work, "bound");
  mkdirSync(split);
  mkdirSync(bound);

  run("wasm-split-cli", [linked, split, "--target", "web", "--out-name", stem]);
  const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${stem}.wasm`);
  if (chunks.length === 0) fail("wasm-split-cli found no split points (is the `split` feature on?)");

  run("wasm-bindgen", [
    "--target", "web",
    "--keep-lld-exports",
    "--no-typescript",
    "--out-dir", bound,
    "--out-name", stem,
    join(split, `${stem}.wasm`),
  ]);

  const loaderName = `__wasm_split-${hash}.js`;
  const renamed = new Map(); // chunk -> hashed name
  for (const chunk of chunks) {
    const name = `${chunk.slice(0, -".wasm".length)}-${hash}.wasm`;
    copyFileSync(join(split, chunk), join(staging, name));
    renamed.set(chunk, name);
  }

  // Only the import statements move to the hashed name: the wasm still names its import module
  // "./__wasm_split.js", and so do the keys of the glue's import object.
  const importFrom = /from\s*(["'])\.\/__wasm_split\.js\1/g;
  let mainJs = readFileSync(join(bound, `${stem}.js`), "utf8");
  if (!importFrom.test(mainJs)) fail("the wasm-bindgen glue does not import ./__wasm_split.js");
  mainJs = mainJs.replace(importFrom, `from "./${loaderName}"`);
  let mainWasm = readFileSync(join(bound, `${stem}_bg.wasm`));
  if (profile === "release") {
    try {
      ({ wasm: mainWasm, js: mainJs } = shortenImportNames(mainWasm, mainJs, `./${stem}_bg.js`));
    } catch (error) {
      fail(error.message);
    }
  }
  writeFileSync(join(staging, `${stem}.js`), await minified(mainJs));
  writeFileSync(join(staging, `${stem}_bg.wasm`), mainWasm);

  if (profile === "release") {
    shrink(join(staging, `${stem}_bg.wasm`), { unusedClasses: unusedClasses(mainJs) });
    for (const file of renamed.values()) shrink(join(staging, file));
  }

  // The loader fetches each module by its final name, checking that it is the module built.
  let loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
  for (const [chunk, name] of renamed) {
    const fetchOf = `fetch(new URL("./${chunk}", import.meta.url))`;
    if (!loader.includes(fetchOf)) fail(`__wasm_split.js does not fetch ${chunk} as expected`);
    const integrity = sri(readFileSync(join(staging, name)));
    loader = loader
      .split(fetchOf)
      .join(`fetch(new URL("./${name}", import.meta.url), { integrity: "${integrity}" })`);
  }
  writeFileSync(join(staging, loaderName), loader);

  const indexPath = join(staging, "index.html");
  let html = readFileSync(indexPath, "utf8");
  for (const file of [`${stem}.js`, `${stem}_bg.wasm`]) {
    html = withIntegrity(html, file, readFileSync(join(staging, file)));
  }
  writeFileSync(indexPath, html);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Subresource integrity of `bytes`. */
function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/** Replaces the integrity attribute of the tag that loads `file` (its attributes quoted or,
 * as Trunk's minifier leaves them, not). */
function withIntegrity(html, file, bytes) {
  const href = `${publicUrl}${file}`;
  return html.replace(/<link\b[^>]*>/g, (tag) => {
    const found = /\shref=(?:"([^"]*)"|([^\s>]+))/.exec(tag);
    if (!found || (found[1] ?? found[2]) !== href) return tag;
    return tag.replace(/\sintegrity=(?:"[^"]*"|[^\s>]+)/, ` integrity="${sri(bytes)}"`);
  });
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  } catch (error) {
    fail(`${command} failed: ${error.message}`);
  }
}

/** The JS module's text, minified in release builds (names it exports and imports are kept). */
async function minified(source) {
  if (profile !== "release") return source;
  try {
    return await minifyJs(source);
  } catch (error) {
    fail(error.message);
  }
}

/** `wasm-opt -Oz` through binaryen's API: one process for every module instead of one each. */
function shrink(path, options) {
  try {
    shrinkWasm(path, options);
  } catch (error) {
    fail(error.message);
  }
}

function fail(message) {
  console.error(`split-wasm: ${message}`);
  if (work) rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

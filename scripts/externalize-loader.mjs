// Post-build step (run by scripts/post-build.mjs): moves Trunk's inline module loader into its
// own hashed file, so the Content-Security-Policy can forbid inline scripts. Adds subresource
// integrity to it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set (run as a Trunk hook)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match || match[1].trim() === "") {
  console.error("externalize-loader: no inline module script found in index.html");
  process.exit(1);
}
const body = match[1].trim() + "\n";
const hash = createHash("sha384").update(body).digest();
const name = `boot-${hash.toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), body);
const integrity = `sha384-${hash.toString("base64")}`;
const tag = `<script type="module" src="/${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
writeFileSync(indexPath, html.replace(inline, tag));

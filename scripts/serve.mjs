// Serves a build the way a static host does, on loopback: the files under the public URL, the
// production headers (scripts/deploy-config.mjs: the Content-Security-Policy, caching), the app
// for every other address under the public URL (single-page app fallback), and 404 for a file
// that is not there. For the tests, /api/* is passed to the contract server, so that the HTTP
// backend can be tried same-origin. With --compress, text and wasm are sent brotli- or
// gzip-compressed, as a CDN sends them (the benchmark, benches/bench.mjs).
//   node scripts/serve.mjs DIR PORT [--base /support/] [--api-origin https://...] [--compress]
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, request } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { apiOrigins, basePath, cacheControl, securityHeaders } from "./deploy-config.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const root = resolve(positional[0] ?? "dist");
const port = Number(positional[1] ?? 8080);
const base = basePath(option("base", "/"));
const apiTarget = new URL(process.env.API_UPSTREAM ?? "http://127.0.0.1:4010");
const compress = args.includes("--compress");
const headers = securityHeaders({ apiOrigins: apiOrigins(option("api-origin", "")) });

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain",
};

const compressible = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt"]);
const compressed = new Map(); // "br:path" or "gzip:path" -> bytes, made once per file

/** The encoding a CDN would pick for the request: brotli, then gzip, or none. */
function encodingFor(req, path) {
  if (!compress || !compressible.has(extname(path))) return null;
  const accepted = String(req.headers["accept-encoding"] ?? "");
  return /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
}

function send(req, res, path) {
  const encoding = encodingFor(req, path);
  res.writeHead(200, {
    "Content-Type": types[extname(path)] ?? "application/octet-stream",
    "Cache-Control": cacheControl(path),
    ...(compress ? { Vary: "Accept-Encoding" } : {}),
    ...(encoding ? { "Content-Encoding": encoding } : {}),
    ...headers,
  });
  if (!encoding) return createReadStream(path).pipe(res);
  const key = `${encoding}:${path}`;
  if (!compressed.has(key)) {
    const bytes = readFileSync(path);
    compressed.set(key, encoding === "br"
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(bytes, { level: 9 }));
  }
  res.end(compressed.get(key));
}

function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/plain", ...headers });
  res.end("not found");
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.startsWith(`${base}api/`) || url.pathname.startsWith("/api/")) {
    const path = url.pathname.slice(url.pathname.indexOf("/api/") + "/api".length);
    const upstream = request({
      host: apiTarget.hostname, port: apiTarget.port, method: req.method,
      path: path + url.search, headers: { ...req.headers, host: apiTarget.host },
    }, (up) => { res.writeHead(up.statusCode ?? 502, up.headers); up.pipe(res); });
    upstream.on("error", () => { res.writeHead(502, { "Content-Type": "text/plain" }); res.end("contract server unreachable"); });
    req.pipe(upstream);
    return;
  }
  if (!url.pathname.startsWith(base)) return notFound(res);
  const file = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
  if (file.startsWith(root)) {
    try {
      if (statSync(file).isFile()) return send(req, res, file);
    } catch { /* not a file: the app, or a 404 */ }
  }
  // Unknown asset-looking paths are real 404s; everything else is a client-side route.
  if (extname(url.pathname) !== "") return notFound(res);
  send(req, res, join(root, "index.html"));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));

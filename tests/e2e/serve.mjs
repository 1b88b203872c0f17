// Serves dist/ on loopback the way a static host would: hashed assets, index.html for any
// unknown path (SPA fallback), the production security headers from public/_headers, and
// /api/* proxied to the contract server so the HTTP backend can be tested same-origin.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, request } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
const apiTarget = new URL(process.env.API_UPSTREAM ?? "http://127.0.0.1:4010");

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain",
};

// The CSP of public/_headers, so tests catch anything production would block.
const csp = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8")
  .split("\n").map((l) => l.trim()).find((l) => l.startsWith("Content-Security-Policy:"))
  ?.slice("Content-Security-Policy:".length).trim();

function send(res, path, status = 200) {
  const type = types[extname(path)] ?? "application/octet-stream";
  const html = type.startsWith("text/html") || path.endsWith("config.json");
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": html ? "no-cache" : "public, max-age=31536000, immutable",
    ...(csp ? { "Content-Security-Policy": csp } : {}),
    "X-Content-Type-Options": "nosniff",
  });
  createReadStream(path).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.startsWith("/api/")) {
    const upstream = request({
      host: apiTarget.hostname, port: apiTarget.port, method: req.method,
      path: url.pathname.slice("/api".length) + url.search, headers: { ...req.headers, host: apiTarget.host },
    }, (up) => { res.writeHead(up.statusCode ?? 502, up.headers); up.pipe(res); });
    upstream.on("error", () => { res.writeHead(502, { "Content-Type": "text/plain" }); res.end("contract server unreachable"); });
    req.pipe(upstream);
    return;
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (file.startsWith(root)) {
    try {
      if (statSync(file).isFile()) return send(res, file);
    } catch { /* fall through to the SPA fallback */ }
  }
  // Unknown asset-looking paths are real 404s; everything else is a client-side route.
  if (extname(url.pathname) !== "") {
    res.writeHead(404, { "Content-Type": "text/plain" });
    return res.end("not found");
  }
  send(res, join(root, "index.html"));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));

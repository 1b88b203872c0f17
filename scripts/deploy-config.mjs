// What a host must send with the app's files, in one place: the Content-Security-Policy, the
// other security headers, and how long each file may be cached. scripts/hosts.mjs renders it
// into each host's own files (deploy/), and the test servers send the same.

/** The Content-Security-Policy. `apiOrigins` (e.g. `https://support-api.example.com`) are where
 * the HTTP backend may be reached besides the app's own origin. `meta`: for a <meta> tag, which
 * cannot carry frame-ancestors (GitHub Pages sends no headers). */
export function csp({ apiOrigins = [], meta = false } = {}) {
  const directives = [
    "default-src 'self'",
    // WebAssembly needs 'wasm-unsafe-eval'; nothing else is evaluated, nothing is inline.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...apiOrigins].join(" ")}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join("; ");
}

/** The security headers every file is sent with. */
export function securityHeaders(options = {}) {
  return {
    "Content-Security-Policy": csp(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

/** Files whose name carries the build's hash: they never change, so they are cached a year.
 * Trunk writes the hash as a 64-bit number in hex without leading zeros: 16 digits or fewer. */
export const hashedFile = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const NO_CACHE = "no-cache";

/** The Cache-Control of a file: the hashed ones for a year; index.html, config.json, the
 * service worker and anything else always asked for afresh. */
export function cacheControl(file) {
  return hashedFile.test(file) ? IMMUTABLE : NO_CACHE;
}

/** `/` or `/support/` from a public URL that may be a full URL. */
export function basePath(publicUrl = "/") {
  let path;
  try {
    path = new URL(publicUrl, "http://localhost").pathname;
  } catch {
    path = "/";
  }
  const inner = path.replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/** The API origins from a space- or comma-separated list (`API_ORIGIN`), checked. */
export function apiOrigins(list = "") {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      const url = new URL(origin);
      if (url.protocol !== "https:" && url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
        throw new Error(`API origin ${origin} must use https`);
      }
      return url.origin;
    });
}

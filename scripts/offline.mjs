// Post-build step (run by scripts/post-build.mjs): in release builds, writes sw.js, the service
// worker that keeps this build in the browser so that, after one visit, the app opens and works
// with no network (the mock-backed demo entirely; with the HTTP backend, the app itself, whose
// calls then say plainly that the service cannot be reached).
//   - It precaches every file of the build, under the public URL; the cache is named after the
//     build, and the caches of other builds of the same deployment are removed when it takes
//     over.
//   - Hashed files are served from the cache first; navigations and config.json from the network
//     first (three seconds at most), else from the cache: index.html for any address of the app.
//   - Nothing else (API calls above all) is touched, and nothing else is cached.
//   - A new build waits until the partner chooses Reload (scripts/boot.mjs): no silent swap in
//     the middle of a form.
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashedFile } from "./deploy-config.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!staging) {
  console.error("offline: TRUNK_STAGING_DIR is not set (run as a Trunk hook)");
  process.exit(1);
}

if (process.env.TRUNK_PROFILE === "release") {
  const hostFiles = new Set(["sw.js", "_headers", "_redirects", "staticwebapp.config.json", "404.html", ".nojekyll"]);
  const files = readdirSync(staging).filter((f) => statSync(join(staging, f)).isFile() && !hostFiles.has(f)).sort();
  const hashed = files.filter((f) => hashedFile.test(f));
  const build = files.map((f) => /^partner-support-desk-([0-9a-f]+)\.js$/.exec(f)?.[1]).find(Boolean)
    ?? String(Date.now());
  const worker = `// The offline copy of this build of Partner Support Desk; written by scripts/offline.mjs.
const BUILD = ${JSON.stringify(build)};
const BASE = new URL(${JSON.stringify(publicUrl)}, self.location).pathname;
const CACHE = \`psd \${BASE} \${BUILD}\`;
const FILES = ${JSON.stringify(files)};
const HASHED = new Set(${JSON.stringify(hashed)});

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => BASE + f))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(\`psd \${BASE} \`) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

/** The network's answer within three seconds, else the cached one (kept fresh when \`keep\`:
 * config.json; a navigation always falls back to this build's own index.html). */
async function networkFirst(request, cached, keep) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (keep && response.ok) cache.put(cached, response.clone());
    return response;
  });
  const late = new Promise((resolve) => setTimeout(resolve, 3000));
  try {
    const answer = await Promise.race([network, late]);
    if (answer) return answer;
  } catch {
    // offline: the cache answers
  }
  return (await cache.match(cached)) ?? network;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const file = url.pathname.slice(BASE.length);
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, BASE + "index.html", false));
  } else if (file === "config.json") {
    event.respondWith(networkFirst(request, BASE + "config.json", true));
  } else if (HASHED.has(file)) {
    event.respondWith(caches.match(BASE + file).then((hit) => hit ?? fetch(request)));
  }
});
`;
  writeFileSync(join(staging, "sw.js"), worker);
}

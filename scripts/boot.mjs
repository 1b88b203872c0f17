// Post-build step (run by scripts/post-build.mjs, after split-wasm.mjs): writes the script that
// starts the app, in its own hashed file so that the Content-Security-Policy can forbid inline
// scripts, in place of Trunk's inline loader. It
//   - imports the JS glue (preloaded with its subresource integrity, as is the split loader it
//     imports) and fetches the main wasm with its integrity, so that a file changed after the
//     build is refused; then the static shell says so (#boot-failed) instead of a blank page;
//   - in release builds, registers the service worker (scripts/offline.mjs) and tells the app
//     when a new version is waiting (`psd:update-ready`), which it takes on `psd:update-accept`;
//   - tells the app the public URL it is served under (<meta name="public-url">);
//   - says in the static shell's status line when the app's download takes longer than usual;
//   - asks for config.json at once and hands the app the answer (`psdConfig`), and fetches the
//     Russian texts at once when the shell shows Russian;
//   - adds scripts/shell.js, which picks what the static shell shows before the first paint.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appParts } from "./downloads.mjs";
import { minifyJs } from "./optimize.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) fail("TRUNK_STAGING_DIR is not set (run as a Trunk hook)");

const crate = "partner-support-desk";
const files = readdirSync(staging);
const glue = files.find((f) => new RegExp(`^${crate}-[0-9a-f]+\\.js$`).test(f)) ?? fail("no glue");
const hash = glue.slice(crate.length + 1, -".js".length);
const wasm = `${crate}-${hash}_bg.wasm`;
const loader = `__wasm_split-${hash}.js`;
if (!files.includes(wasm)) fail(`no ${wasm}`);

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const integrityOf = (name) => sri(readFileSync(join(staging, name)));

const register = `
// The offline demo and updates: scripts/offline.mjs writes sw.js from this build's files.
if ("serviceWorker" in navigator) {
  const base = new URL("./", import.meta.url);
  const announce = () => {
    document.documentElement.dataset.updateReady = "true";
    dispatchEvent(new Event("psd:update-ready"));
  };
  const watch = (registration) => {
    const waiting = () => {
      if (registration.waiting && navigator.serviceWorker.controller) announce();
    };
    waiting();
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => worker.state === "installed" && waiting());
    });
    const check = () => registration.update().catch(() => {});
    setInterval(check, 5 * 60 * 1000);
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && check());
  };
  addEventListener("psd:update-accept", async () => {
    const registration = await navigator.serviceWorker.getRegistration(base.href);
    if (!registration?.waiting) return location.reload();
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    registration.waiting.postMessage("skip-waiting");
  });
  navigator.serviceWorker
    .register(new URL("./sw.js", base), { scope: base.href })
    .then((registration) => registration && watch(registration))
    .catch((error) => console.warn("The offline copy is not available:", error));
}
`;

// config.json is asked for at once, beside the app's download, instead of after the app has
// started; the app takes the answer (src/app.rs, load_config), and reports a failed request
// itself, so the promise's rejection is marked handled here.
// When the static shell shows Russian (scripts/shell.js), the app will start in Russian and first
// download its texts (the `russian` part): those files are fetched now, after the app's own
// download in priority, so that the app's request for them finds them in the browser's cache.
const russianTexts = appParts(staging, files).get("russian") ?? [];
const boot = `// Starts Partner Support Desk; written by scripts/boot.mjs.
const failed = (error) => {
  console.error(error);
  delete document.documentElement.dataset.shell;
  const message = document.getElementById("boot-failed");
  if (message) message.hidden = false;
  document.querySelector(".boot__message")?.remove();
  document.querySelector(".boot")?.removeAttribute("aria-busy");
};
const config = fetch("${pathOf(publicUrl)}config.json", { cache: "no-cache" });
config.catch(() => {});
window.psdConfig = config;
if (document.documentElement.lang.startsWith("ru")) {
  for (const file of ${JSON.stringify(russianTexts)}) {
    fetch(new URL("./" + file, import.meta.url), { priority: "low" }).then((r) => r.arrayBuffer()).catch(() => {});
  }
}
// A download still under way after 15 seconds is waited for, and the shell's line says so.
const slow = setTimeout(() => {
  for (const text of document.querySelectorAll("[data-slow]")) text.textContent = text.dataset.slow;
}, 15000);
try {
  const glue = await import("./${glue}");
  const module_or_path = fetch(new URL("./${wasm}", import.meta.url), { integrity: "${integrityOf(wasm)}" });
  const wasm = await glue.default({ module_or_path });
  clearTimeout(slow);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (error) {
  clearTimeout(slow);
  failed(error);
}
${release ? register : ""}`;

const bootScript = release ? await minifyJs(boot) : boot;
const bootName = `boot-${createHash("sha384").update(bootScript).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), bootScript);

// The static shell's chooser (scripts/shell.js), a blocking script of its own, for the same reason.
const shellSource = readFileSync(new URL("./shell.js", import.meta.url), "utf8");
const shell = release ? await minifyJs(shellSource) : shellSource;
const shellName = `shell-${createHash("sha384").update(shell).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(staging, shellName), shell);

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
// Trunk's minifier (release builds) may drop the attribute's quotes.
const inline = /<script type="?module"?[^>]*>[\s\S]*?<\/script>/;
if (!inline.test(html)) fail("no inline module script (Trunk's loader) in index.html");
const tags = [
  `<meta name="public-url" content="${pathOf(publicUrl)}">`,
  `<meta name="app-build" content="${hash}">`,
  `<script src="${publicUrl}${shellName}" integrity="${sri(shell)}" crossorigin="anonymous"></script>`,
  `<script type="module" src="${publicUrl}${bootName}" integrity="${sri(bootScript)}" crossorigin="anonymous"></script>`,
  files.includes(loader)
    ? `<link rel="modulepreload" href="${publicUrl}${loader}" integrity="${integrityOf(loader)}" crossorigin="anonymous">`
    : "",
].join("\n    ");
html = html.replace(inline, tags);
writeFileSync(indexPath, html);

/** The path of a public URL that may be a full URL (a CDN's). */
function pathOf(url) {
  try {
    return new URL(url, "http://localhost").pathname;
  } catch {
    return "/";
  }
}

function fail(message) {
  console.error(`boot: ${message}`);
  process.exit(1);
}

// The host recipes of deploy/, rendered for a build's public URL and the API's origin.
//   - As Trunk's post-build step (scripts/post-build.mjs): writes into the build the files static
//     hosts read: _headers and _redirects (Netlify, Cloudflare Pages), staticwebapp.config.json
//     (Azure Static Web Apps), and with PSD_HOST=github-pages, 404.html (the app, for every
//     address) and the Content-Security-Policy as a <meta> tag (GitHub Pages sends no headers).
//     PUBLIC_URL comes from Trunk (TRUNK_PUBLIC_URL), the API's origin from API_ORIGIN.
//   - As a command: `node scripts/hosts.mjs nginx --root DIR [--public-url /support/]
//     [--api-origin https://...] [--api-upstream http://...] [--listen 127.0.0.1:8080]
//     [--brotli]` prints an nginx server block.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { apiOrigins, basePath, cacheControl, csp, hashedFile } from "./deploy-config.mjs";

const deploy = join(dirname(fileURLToPath(import.meta.url)), "..", "deploy");

/** A template of deploy/ with its {{NAME}}s filled in. */
function render(template, values) {
  return readFileSync(join(deploy, template), "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (all, name) => {
    if (!(name in values)) throw new Error(`${template}: nothing for {{${name}}}`);
    return values[name];
  });
}

/** The host files of a build in `dir`. */
export function writeHostFiles(dir, { publicUrl, origins, host }) {
  const base = basePath(publicUrl);
  const files = readdirSync(dir);
  const cacheRules = files
    .sort()
    .map((file) => `${base}${file}\n  Cache-Control: ${cacheControl(file)}`)
    .join("\n");
  const policy = csp({ apiOrigins: origins });
  writeFileSync(join(dir, "_headers"), render("netlify-cloudflare/_headers", { BASE: base, CSP: policy, CACHE_RULES: cacheRules }));
  writeFileSync(join(dir, "_redirects"), render("netlify-cloudflare/_redirects", { BASE: base }));
  writeFileSync(
    join(dir, "staticwebapp.config.json"),
    render("azure-static-web-apps/staticwebapp.config.json", { BASE: base, CSP: policy }),
  );
  if (host === "github-pages") {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${csp({ apiOrigins: origins, meta: true })}">`;
    const index = readFileSync(join(dir, "index.html"), "utf8").replace(/<head>|(<meta charset=[^>]*>)/i, (found) => `${found}\n    ${meta}`);
    writeFileSync(join(dir, "index.html"), index);
    writeFileSync(join(dir, "404.html"), index);
    copyFileSync(join(deploy, "github-pages", ".nojekyll"), join(dir, ".nojekyll"));
  } else if (host && host !== "any") {
    throw new Error(`PSD_HOST must be github-pages or empty, not ${host}`);
  }
}

/** The nginx server block for a build published in `root` + the public URL. */
export function nginxConfig({ root, publicUrl = "/", origins = [], listen = "80", brotli = false, upstream = "" }) {
  const base = basePath(publicUrl);
  const proxy = upstream
    ? `    location ${base}api/ {\n        proxy_pass ${upstream.replace(/\/+$/, "")}/;\n        proxy_set_header Host $proxy_host;\n        # A request filed with a 5 MB file is about 7 MB of JSON (nginx takes 1 MB by default).\n        client_max_body_size 8m;\n    }`
    : "";
  return render("nginx/partner-support-desk.conf", {
    ROOT: resolve(root),
    BASE: base,
    BASE_REGEX: base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    LISTEN: listen,
    CSP: csp({ apiOrigins: origins }),
    API_PROXY: proxy,
    BROTLI: brotli
      ? "    brotli on;\n    brotli_types application/wasm application/javascript text/javascript text/css application/json image/svg+xml;"
      : "",
  });
}

function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

const asCommand = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
try {
  if (asCommand && process.argv[2] === "nginx") {
    const args = process.argv.slice(3);
    const root = option(args, "root");
    if (!root) throw new Error("give --root, the folder that holds the public URL's folder");
    process.stdout.write(
      nginxConfig({
        root,
        publicUrl: option(args, "public-url", "/"),
        origins: apiOrigins(option(args, "api-origin", "")),
        listen: option(args, "listen", "80"),
        brotli: args.includes("--brotli"),
        upstream: option(args, "api-upstream", ""),
      }),
    );
  } else if (!asCommand || process.argv.length === 2) {
    const staging = process.env.TRUNK_STAGING_DIR;
    if (!staging) throw new Error("TRUNK_STAGING_DIR is not set (run as a Trunk hook, or `nginx`)");
    writeHostFiles(staging, {
      publicUrl: process.env.TRUNK_PUBLIC_URL || "/",
      origins: apiOrigins(process.env.API_ORIGIN ?? ""),
      host: process.env.PSD_HOST ?? "",
    });
  } else {
    throw new Error(`unknown command ${process.argv[2]} (nginx)`);
  }
} catch (error) {
  console.error(`hosts: ${error.message}`);
  process.exit(1);
}

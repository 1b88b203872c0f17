import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);
const nginxPort = Number(process.env.NGINX_PORT ?? 4180);

export default defineConfig({
  testDir: ".",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    trace: "off",
    // Routes of config.json do not reach a service worker's fetches: the tests of the offline
    // copy (offline.spec.ts) allow it, the others keep it out.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // The app at the root of its origin: dist/, served by scripts/serve.mjs.
    { name: "root", testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    // The /support/ build, served by nginx as the deployment guide's server block does.
    { name: "sub-path", testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${port}`,
      cwd: "../..",
      url: `http://127.0.0.1:${port}/config.json`,
      reuseExistingServer: false,
      timeout: 15_000,
    },
    {
      command: "tests/nginx/serve.sh",
      cwd: "../..",
      url: `http://127.0.0.1:${nginxPort}/support/config.json`,
      reuseExistingServer: false,
      timeout: 15_000,
      env: { NGINX_PORT: String(nginxPort) },
    },
  ],
});

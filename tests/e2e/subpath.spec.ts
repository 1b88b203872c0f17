// The app built for /support/ (make build PUBLIC_URL=/support/), served by nginx with the
// deployment guide's server block and production headers: every screen, both flows, the lists,
// deep links, reloads, back and forward, with no CSP violation, no console error and no failed
// request.
import { expect, test, type Page } from "@playwright/test";
import { fillAzureBasics, fillAzureDetails, fillContact, fillOfficeSteps, next } from "./flow_helpers";
import { expectNoAxeViolations, waitForApp } from "./helpers";

const BASE = "/support/";

/** Records what must not happen on the page: CSP violations, console errors, failed requests. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    // The browser's own icon fetch, cut short when a reload starts the page again, is no fault.
    if (r.failure()?.errorText === "net::ERR_ABORTED" && /\/favicon-[0-9a-f]+\.svg$/.test(r.url())) return;
    problems.push(`failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}

test("under /support/: the picker, service management and the Azure flow to the customer's list", async ({ page }) => {
  const problems = await watch(page);
  await page.goto(BASE);
  await waitForApp(page);
  await expect(page).toHaveURL(/\/support\/customers$/);
  await expect(page.locator('meta[name="public-url"]')).toHaveAttribute("content", BASE);
  await page.getByRole("combobox").fill("contoso");
  await page.getByRole("option", { name: /Contoso GmbH/ }).first().click();
  await expect(page).toHaveURL(/\/support\/customers\/[^/]+$/);
  await expectNoAxeViolations(page, "on service management under /support/");

  await page.getByRole("link", { name: /Create or view service request.*Azure/ }).click();
  await expect(page).toHaveURL(/\/support\/customers\/[^/]+\/azure\/new/);
  await fillAzureBasics(page);
  await next(page);
  await fillAzureDetails(page, "Filed under a sub-path.");
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  await expect(page).toHaveURL(/\/support\/customers\/[^/]+\/azure\/new\?step=review/);
  // A reload in the middle of the flow keeps the step and the answers.
  await page.reload();
  await expect(page.getByText("VM in West Europe does not start after resize")).toBeVisible();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  await expect(page).toHaveURL(/\/support\/requests\/\d+\/created$/);
  const number = (await page.locator(".request-id").textContent())?.trim() ?? "";
  await page.getByRole("link", { name: "View the customer's service requests" }).click();
  await expect(page).toHaveURL(/\/support\/customers\/[^/]+\/requests$/);
  await expect(page.getByRole("link", { name: new RegExp(`^Request ${number}`) })).toHaveAttribute(
    "href",
    `${BASE}requests/${number}`,
  );
  expect(problems).toEqual([]);
});

test("under /support/: the Office 365 flow, the lists, the detail, deep links, back and forward", async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${BASE}customers`);
  await waitForApp(page);
  await page.getByRole("combobox").fill("chateau");
  await page.getByRole("option", { name: /Château Lumière/ }).first().click();
  await page.getByRole("link", { name: /Create or view service request.*Office 365/ }).click();
  await expect(page).toHaveURL(/\/support\/customers\/[^/]+\/services\/office-365\/new/);
  await fillOfficeSteps(page, "Mail under a sub-path");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Service requests" }).click();
  await expect(page).toHaveURL(/\/support\/requests$/);
  await expect(nav.getByRole("link", { name: "Service requests" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Status").selectOption("closed");
  await expect(page).toHaveURL(/\/support\/requests\?status=closed$/);
  await page.locator("table.request-table tbody a.request-link").first().click();
  await expect(page).toHaveURL(/\/support\/requests\/\d+$/);
  const detail = page.url();
  await page.goBack();
  await expect(page).toHaveURL(/\/support\/requests\?status=closed$/);
  await page.goForward();
  await expect(page).toHaveURL(detail);

  // Deep links and reloads of every screen.
  for (const [path, heading] of [
    ["help", "Help"],
    ["profile", "Your profile"],
    ["requests", "Service requests"],
    ["customers/my-organization", "My organization"],
  ]) {
    await page.goto(`${BASE}${path}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await page.getByRole("link", { name: "Service requests", exact: true }).first().click();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "My organization" })).toBeVisible();

  // The help's links stay under /support/.
  await page.goto(`${BASE}help`);
  await expect(page.getByRole("link", { name: "Go to your profile" })).toHaveAttribute("href", `${BASE}profile`);
  expect(problems).toEqual([]);
});

test("under /support/: an unknown address shows the not-found page, an unknown file is a 404", async ({ page, request }) => {
  await page.goto(`${BASE}no/such/page`);
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your customers" }).click();
  await expect(page).toHaveURL(/\/support\/customers$/);
  expect((await request.get(`${BASE}no-such-file.wasm`)).status()).toBe(404);
});

test("under /support/: the HTTP backend through the same origin", async ({ page }) => {
  const problems = await watch(page);
  await page.route("**/support/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: `${BASE}api/v1`, timeoutMs: 5000 }),
    }),
  );
  await page.goto(`${BASE}requests`);
  await waitForApp(page);
  await expect(page.locator("table.request-table tbody tr").first()).toBeVisible();
  await page.locator("table.request-table tbody a.request-link").first().click();
  await expect(page).toHaveURL(/\/support\/requests\/\d+$/);
  // Loaded before the reload, so that the reload cuts no call short.
  await expect(page.getByRole("heading", { name: "Add a note" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Add a note" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("under /support/: a 5 MB file reaches the API through the server block, and the request shows it", async ({ page, request }) => {
  const problems = await watch(page);
  await page.route("**/support/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: `${BASE}api/v1`, timeoutMs: 30000 }),
    }),
  );
  await page.goto(BASE);
  await waitForApp(page);
  await page.getByRole("combobox").fill("contoso");
  await page.getByRole("option", { name: /Contoso GmbH/ }).first().click();
  await page.getByRole("link", { name: /Create or view service request.*Azure/ }).click();
  await fillAzureBasics(page);
  await next(page);
  await fillAzureDetails(page, "The full memory dump is attached.");
  // Exactly the limit, bytes of every value.
  const dump = Buffer.from(Array.from({ length: 5 * 1024 * 1024 }, (_, i) => (i * 7) % 256));
  await page.getByLabel("Attachment (optional)").setInputFiles({ name: "memory.dmp", mimeType: "application/octet-stream", buffer: dump });
  await expect(page.locator("#attachment-chosen")).toContainText("memory.dmp (5.0 MB)");
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible({ timeout: 30_000 });
  const number = (await page.locator(".request-id").textContent())?.trim() ?? "";
  const control = process.env.CONTRACT_CONTROL_URL ?? "http://127.0.0.1:4011";
  const filed = await (await request.get(`${control}/__control/attachment?request=${number}`)).json();
  expect(filed.size).toBe(dump.length);
  expect(Buffer.from(filed.content, "base64").equals(dump)).toBeTruthy();
  await page.goto(`${BASE}requests/${number}`);
  await expect(page.locator("dl.facts")).toContainText("memory.dmp (5.0 MB)");
  expect(problems).toEqual([]);
});

test("under /support/: the production headers are sent", async ({ request }) => {
  const index = await request.get(`${BASE}customers/some/deep/link`);
  expect(index.status()).toBe(200);
  const csp = index.headers()["content-security-policy"];
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self' 'wasm-unsafe-eval'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(index.headers()["cache-control"]).toBe("no-cache");
  const html = await index.text();
  const wasm = /href="?(\/support\/partner-support-desk-[0-9a-f]+_bg\.wasm)/.exec(html)?.[1] ?? "";
  const file = await request.get(wasm, { headers: { "Accept-Encoding": "gzip" } });
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(file.headers()["content-type"]).toBe("application/wasm");
  expect((await request.get(`${BASE}sw.js`)).headers()["cache-control"]).toBe("no-cache");
  expect((await request.get(`${BASE}config.json`)).headers()["cache-control"]).toBe("no-cache");
});

// The offline copy (the service worker of scripts/offline.mjs), under the sub-path /support/:
// after one visit the mock-backed demo works with no network, the HTTP backend's app still
// opens and says the service cannot be reached (and no API answer is kept), and a new build is
// offered, not forced. And subresource integrity: a file changed after the build is refused
// with a clear message, and the rest of the app keeps working.
import { readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { fillAzureBasics, fillOfficeSteps } from "./flow_helpers";
import { expectNoAxeViolations, snap, waitForApp } from "./helpers";
import { StaticServer } from "./static_server";

/** Waits until the service worker has cached the build and controls the page. */
async function offlineCopyReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe("the offline copy", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit the demo works with no network: a customer, an Office 365 request, the list", async ({ page, context }) => {
    const server = new StaticServer("target/dist-support", 4191, "/support/");
    await server.start();
    try {
      await page.goto(`${server.url}customers`);
      await waitForApp(page);
      await offlineCopyReady(page);
      await server.stop();
      await context.setOffline(true);

      await page.reload();
      await waitForApp(page);
      await page.getByRole("combobox").fill("chateau");
      await page.getByRole("option", { name: /Château Lumière/ }).first().click();
      await expect(page).toHaveURL(/\/support\/customers\/[^/]+$/);
      await page.getByRole("link", { name: /Create or view service request.*Office 365/ }).click();
      await fillOfficeSteps(page, "Filed with no network");
      await page.getByRole("button", { name: "Submit" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
      await page.getByRole("link", { name: "View the customer's service requests" }).click();
      await expect(page.locator("td.request-title").filter({ hasText: "Filed with no network" })).toHaveCount(1);

      // A deep link opened offline is the app too, with what was created.
      await page.goto(`${server.url}requests`);
      await expect(page.locator("td.request-title").filter({ hasText: "Filed with no network" })).toHaveCount(1);
    } finally {
      await context.setOffline(false);
      await server.remove();
    }
  });

  test("with the HTTP backend the app opens offline, says the service cannot be reached, and keeps no API answer", async ({ page, context }) => {
    const server = new StaticServer("target/dist-support", 4192, "/support/");
    server.write("config.json", JSON.stringify({ backend: "http", apiBaseUrl: "/support/api/v1", timeoutMs: 2000 }));
    await server.start();
    try {
      await page.goto(`${server.url}customers`);
      await waitForApp(page);
      await expect(page.getByRole("combobox")).toBeVisible();
      await offlineCopyReady(page);
      await server.stop();
      await context.setOffline(true);

      await page.reload();
      await waitForApp(page);
      const alert = page.getByRole("alert").filter({ hasText: "This could not be loaded" });
      await expect(alert).toContainText("The service could not be reached. Check your connection and try again.", { timeout: 15_000 });
      await expectNoAxeViolations(page, "offline with the HTTP backend");
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      expect(cached.some((url) => url.endsWith("/support/index.html"))).toBe(true);
      expect(cached.filter((url) => url.includes("/api/"))).toEqual([]);
    } finally {
      await context.setOffline(false);
      await server.remove();
    }
  });

  test("a new build is offered with Reload, never swapped in silently, and what was typed survives", async ({ page }) => {
    const server = new StaticServer("target/dist-support", 4193, "/support/");
    await server.start();
    try {
      const build = (page: Page) => page.locator('meta[name="app-build"]').getAttribute("content");
      await page.goto(`${server.url}customers/my-organization/azure/new`);
      await waitForApp(page);
      await offlineCopyReady(page);
      const first = await build(page);
      await fillAzureBasics(page, "");
      await page.getByLabel("Summary").fill("Typed before the update");
      await expect(page.locator(".draft-status")).toHaveText(/^Draft saved/);

      // Build B is deployed.
      const next = "b".repeat(16);
      server.write("sw.js", server.read("sw.js").replace(/const BUILD = "[^"]*"/, `const BUILD = "${next}"`));
      server.write("index.html", server.read("index.html").replace(/name="app-build" content="[^"]*"/, `name="app-build" content="${next}"`));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const notice = page.locator(".update-notice");
      await expect(notice).toContainText("A new version is available.", { timeout: 15_000 });
      await expect(notice).toHaveAttribute("role", "status");
      await expect(page.getByLabel("Summary"), "the notice does not take focus").toBeFocused();
      expect(await build(page), "nothing changes until the partner chooses").toBe(first);
      await snap(page, "update-available");
      await notice.getByRole("button", { name: "Reload" }).click();

      await expect.poll(() => build(page), { timeout: 15_000 }).toBe(next);
      await waitForApp(page);
      await expect(page.getByLabel("Summary")).toHaveValue("Typed before the update");
      await expect(page.locator(".update-notice")).toHaveText("");
    } finally {
      await server.remove();
    }
  });
});

test.describe("subresource integrity", () => {
  test("a split module changed after the build is refused with a message; the rest of the app works", async ({ page }) => {
    const server = new StaticServer("dist", 4194, "/");
    const help = fileLike(server, /^split_help-[0-9a-f]+\.wasm$/);
    const bytes = server.readBytes(help);
    bytes[bytes.length - 1] ^= 0xff;
    server.write(help, bytes);
    await server.start();
    try {
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${server.url}customers`);
      await waitForApp(page);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("is not the code this version of the app was built with");
      await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
      await expectNoAxeViolations(page, "with a damaged screen");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Service requests" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Service requests" })).toBeVisible();
      await expect(page.locator("table.request-table tbody tr").first()).toBeVisible();
      expect(pageErrors).toEqual([]);
    } finally {
      await server.remove();
    }
  });

  test("a main module changed after the build shows why the app did not start, not a blank page", async ({ page }) => {
    const server = new StaticServer("dist", 4195, "/");
    const main = fileLike(server, /^partner-support-desk-[0-9a-f]+_bg\.wasm$/);
    const bytes = server.readBytes(main);
    bytes[bytes.length - 1] ^= 0xff;
    server.write(main, bytes);
    await server.start();
    try {
      await page.goto(`${server.url}customers`);
      const alert = page.locator("#boot-failed");
      await expect(alert).toBeVisible();
      await expect(alert).toHaveAttribute("role", "alert");
      await expect(alert).toContainText("Partner Support Desk could not start");
      await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
      await expectNoAxeViolations(page, "when the app could not start");
      await snap(page, "could-not-start");
    } finally {
      await server.remove();
    }
  });
});

/** The one file of the copy whose name matches. */
function fileLike(server: StaticServer, pattern: RegExp): string {
  const found = readdirSync(server.dir).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file like ${pattern}, found ${found.join(", ")}`);
  return found[0];
}

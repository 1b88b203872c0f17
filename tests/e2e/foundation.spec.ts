import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, waitForApp, watchForErrors } from "./helpers";

const pages = [
  { link: "Customers", path: "/customers", heading: "Customers" },
  { link: "Service requests", path: "/requests", heading: "Service requests" },
  { link: "Help", path: "/help", heading: "Help" },
  { link: "Your profile", path: "/profile", heading: "Your profile" },
];

test("the static shell paints the product name before the app starts", async ({ page }) => {
  await page.route(/\.wasm$/, () => {}); // never answer: only the shell can show
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await expect(page.locator("header.topbar")).toContainText("Partner Support Desk");
  await expect(page.getByRole("status")).toHaveText("Loading…");
});

test("the root address opens the customers page", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/");
  await waitForApp(page);
  await expect(page).toHaveURL(/\/customers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page).toHaveTitle("Customers – Partner Support Desk");
  expect(errors).toEqual([]);
});

test("each navigation link opens its page with its own title, and axe finds nothing", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/customers");
  await waitForApp(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const p of pages) {
    await nav.getByRole("link", { name: p.link }).click();
    await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
    await expect(page).toHaveTitle(`${p.heading} – Partner Support Desk`);
    await expect(nav.getByRole("link", { name: p.link })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page, `on ${p.path}`);
  }
  expect(errors).toEqual([]);
});

test("a deep link survives a reload, and back and forward work", async ({ page }) => {
  await page.goto("/help");
  await waitForApp(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Service requests" }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "Service requests" })).toBeVisible();
});

test("an unknown address shows the not-found page", async ({ page }) => {
  await page.goto("/no/such/page");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found – Partner Support Desk");
  await expectNoAxeViolations(page, "on the not-found page");
  await page.getByRole("link", { name: "Go to your customers" }).click();
  await expect(page).toHaveURL(/\/customers$/);
});

test("a malformed config.json shows what is wrong instead of a blank page", async ({ page }) => {
  await page.route("**/config.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"backend": "ftp"}' }),
  );
  await page.goto("/customers");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The app could not start");
  await expect(alert).toContainText('"backend" must be "mock" or "http", not "ftp"');
  await expect(page).toHaveTitle("The app could not start – Partner Support Desk");
  await expectNoAxeViolations(page, "on the configuration error screen");
});

test("a config.json that is not JSON, or missing, is named as such", async ({ page }) => {
  await page.route("**/config.json", (route) => route.fulfill({ status: 200, body: "backend = mock" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("config.json is not valid JSON");
  await page.unroute("**/config.json");
  await page.route("**/config.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("the server answered 404");
});

test("the narrow-screen menu opens, and following a link closes it", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/customers");
  await waitForApp(page);
  const menu = page.getByRole("button", { name: "Main" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("the picker comes with the first visit; other screens download when first opened", async ({ page }) => {
  const errors = watchForErrors(page);
  const fetched: string[] = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.slice(1);
    if (name.endsWith(".wasm")) fetched.push(name);
  });
  await page.goto("/customers");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  expect(fetched.filter((f) => !f.startsWith("partner-support-desk-"))).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  expect(fetched.some((f) => /^split_help-[0-9a-f]+\.wasm$/.test(f))).toBe(true);
  expect(errors).toEqual([]);
});

test("a screen whose download fails says so, and Try again fetches it", async ({ page }) => {
  const helpCode = /\/split_help-[0-9a-f]+\.wasm$/;
  await page.route(helpCode, (route) => route.abort("internetdisconnected"));
  await page.goto("/customers");
  await waitForApp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This could not be loaded" })).toBeVisible();
  await expect(page).toHaveTitle("This could not be loaded – Partner Support Desk");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This page's code did not arrive, or it is not the code this version of the app was built with");
  await expectNoAxeViolations(page, "with a screen that did not download");

  await page.unroute(helpCode);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("while a screen downloads, the page says it is loading", async ({ page }) => {
  const helpCode = /\/split_help-[0-9a-f]+\.wasm$/;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(helpCode, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/customers");
  await waitForApp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
});

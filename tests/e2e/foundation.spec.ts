import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

const pages = [
  { link: "Customers", path: "/customers", heading: "Customers" },
  { link: "Service requests", path: "/requests", heading: "Service requests" },
  { link: "Help", path: "/help", heading: "Help" },
  { link: "Your profile", path: "/profile", heading: "Your profile" },
];

test("on any other address the static shell paints the product name and Loading…, not the customers page", async ({ page }) => {
  await page.route(/\.wasm$/, () => {}); // never answer: only the shell can show
  for (const path of ["/requests", "/customers/c1/azure/new", "/customers/", "/help"]) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    await expect(page.locator("header.topbar")).toContainText("Partner Support Desk");
    await expect(page.getByRole("status")).toHaveText("Loading…");
    await expect(page.getByRole("heading", { name: "Customers" })).toHaveCount(0);
    await expect(page.getByLabel("Find a customer")).toBeHidden();
  }
});

/** Holds back the main wasm until `release()`, so that only the static shell shows. */
async function holdTheApp(page: import("@playwright/test").Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/partner-support-desk-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The file names the page asks for, from now on, of the addresses that match `pattern`. */
function requestsFor(page: import("@playwright/test").Page, pattern: RegExp): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (pattern.test(url.pathname)) asked.push(url.pathname.split("/").pop() ?? "");
  });
  return asked;
}

/** The layout shifts of the page so far (none made right after the partner's own input). */
async function layoutShift(page: import("@playwright/test").Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 100);
      }),
  );
}

test("the customers page paints and takes typing before the app starts; the app carries on with what was typed", async ({ page }) => {
  const errors = watchForErrors(page);
  const release = await holdTheApp(page);
  await page.goto("/customers", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.locator(".lead")).toHaveText(/^Pick the customer whose service has a problem\./);
  await expect(page.getByRole("status")).toHaveText("Loading your customers…");
  const shellField = page.getByLabel("Find a customer");
  await shellField.click();
  await shellField.pressSequentially("conto");
  await expect(page.locator("nav#main-nav")).toHaveCount(0); // still the shell
  release();
  await waitForApp(page);
  const field = page.getByRole("combobox", { name: "Find a customer" });
  await expect(field).toHaveValue("conto");
  await expect(field).toBeFocused();
  await expect(page.getByRole("option").first()).toContainText("Contoso");
  // The caret is at the end: typing carries on where it was.
  await page.keyboard.type("so g");
  await expect(field).toHaveValue("contoso g");
  await expect(page.getByRole("option", { name: /Contoso GmbH/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/customers\/[^/]+$/);
  await expect(page.getByText("Contoso GmbH").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("from the shell to the app nothing on screen moves, on a phone and on a desktop", async ({ browser }) => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    const page = await browser.newPage({ viewport });
    const release = await holdTheApp(page);
    await page.goto("/customers", { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    const before = await page.locator("#main h1, #main .lead, #main .picker input, #main .picker__status").evaluateAll((els) =>
      els.map((e) => JSON.stringify(e.getBoundingClientRect())),
    );
    release();
    await waitForApp(page);
    await expect(page.getByRole("combobox")).toBeVisible();
    const after = await page.locator("#main h1, #main .lead, #main .picker input, #main .picker__status").evaluateAll((els) =>
      els.map((e) => JSON.stringify(e.getBoundingClientRect())),
    );
    expect(after, `${viewport.width}px`).toEqual(before);
    expect(await layoutShift(page), `${viewport.width}px`).toBe(0);
    await page.close();
  }
});

test("the shell speaks the partner's language: the saved choice, else the browser's", async ({ browser }) => {
  const saved = await browser.newPage();
  await saved.addInitScript(() => localStorage.setItem("psd.locale", "ru-RU"));
  const release = await holdTheApp(saved);
  await saved.goto("/customers", { waitUntil: "domcontentloaded" });
  await expect(saved.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
  await expect(saved.locator("html")).toHaveAttribute("lang", "ru-RU");
  await expect(saved.getByText("Customers", { exact: true })).toHaveCount(0);
  await expect(saved.getByRole("status")).toHaveText("Загрузка списка клиентов…");
  release();
  await waitForApp(saved);
  await expect(saved.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
  await saved.close();

  const context = await browser.newContext({ locale: "ru-RU" });
  const russianBrowser = await context.newPage();
  await russianBrowser.route(/\.wasm$/, () => {});
  await russianBrowser.goto("/requests", { waitUntil: "domcontentloaded" });
  await expect(russianBrowser.getByRole("status")).toHaveText("Загрузка…");
  await expect(russianBrowser.locator(".topbar")).toHaveText("Служба поддержки партнеров");
  await context.close();
});

test("the language the app last started in is the shell's next time (a deployer's choice in config.json)", async ({ page }) => {
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ backend: "mock", locale: "ru-RU" }) }),
  );
  await page.goto("/customers");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
  await page.route(/\.wasm$/, () => {});
  await page.reload({ waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
});

test("with JavaScript turned off the page says so in both languages, and nothing claims to be loading", async ({ browser }) => {
  for (const locale of ["en-US", "ru-RU"]) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale });
    const page = await context.newPage();
    await page.goto("/customers");
    // Text inside <noscript> is found by CSS and role, not by getByText; axe cannot run here.
    const english = page.locator(".boot .config-error:not([lang])").filter({ visible: true });
    await expect(english.getByRole("heading", { level: 1, name: "JavaScript is turned off" })).toBeVisible();
    await expect(english).toContainText("Turn JavaScript on for this site, then reload the page.");
    const russian = page.locator('.config-error[lang="ru"]');
    await expect(russian.getByRole("heading", { level: 1, name: "JavaScript отключен" })).toBeVisible();
    await expect(russian).toContainText("Включите JavaScript для этого сайта и перезагрузите страницу.");
    await expect(page.getByText("Loading…")).toBeHidden();
    await expect(page.getByLabel("Find a customer")).toBeHidden();
    await context.close();
  }
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

test("a config.json that never answers is given up after 15 seconds, said as not arrived, and Try again starts afresh", async ({ page }) => {
  await page.clock.install();
  await page.route("**/config.json", () => {}); // never answered
  await page.goto("/customers");
  const alert = page.getByRole("alert");
  // The app sets its time limit once it runs: time is moved on until it has said so.
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(alert).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(alert).toContainText("The app could not start");
  await expect(alert).toContainText("Its configuration file did not arrive:");
  await expect(alert.locator("code")).toHaveText("config.json did not arrive: no answer within 15 seconds");
  await expect(alert).toContainText("Check your connection and try again. If this keeps happening, tell whoever runs this site.");
  await expect(alert).not.toContainText("Whoever deployed this site should correct config.json");
  await expectNoAxeViolations(page, "when config.json did not arrive");
  await snap(page, "config-not-arrived");

  await page.unroute("**/config.json");
  await alert.getByRole("button", { name: "Try again" }).click();
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Find a customer" })).toBeEditable();
});

test("a config.json that a failing server does not give is said as not arrived, in Russian too; a missing one is the deployer's to correct", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.route("**/config.json", (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.goto("/customers");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Приложение не удалось запустить");
  await expect(alert).toContainText("Файл конфигурации не получен:");
  await expect(alert.locator("code")).toHaveText("config.json did not arrive: the server answered 503 Service Unavailable");
  await expect(alert).toContainText("Проверьте подключение и повторите попытку.");
  await expectNoAxeViolations(page, "in Russian, when config.json did not arrive");

  await page.unroute("**/config.json");
  await page.route("**/config.json", (route) => route.fulfill({ status: 404, body: "" }));
  await alert.getByRole("button", { name: "Повторить" }).click();
  await expect(alert.locator("code")).toHaveText("config.json could not be loaded: the server answered 404 Not Found");
  await expect(alert).toContainText("В файле конфигурации есть ошибка:");
  // Trying again does not correct a missing file: no button says it would.
  await expect(alert.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("config.json is asked for once, while the app itself still downloads", async ({ page }) => {
  const asked = requestsFor(page, /\/config\.json$/);
  const release = await holdTheApp(page);
  await page.goto("/customers", { waitUntil: "domcontentloaded" });
  await expect.poll(() => asked.length).toBe(1); // the app's wasm is still held back
  release();
  await waitForApp(page);
  await expect(page.getByRole("combobox", { name: "Find a customer" })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test("in a Russian browser the Russian texts download beside the app itself, in an English one only when chosen", async ({ browser }) => {
  for (const locale of ["ru-RU", "en-US"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const russianTexts = requestsFor(page, /\/split_russian-[0-9a-f]+\.wasm$/);
    const release = await holdTheApp(page);
    await page.goto("/customers", { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("status")).toHaveText(locale === "ru-RU" ? "Загрузка списка клиентов…" : "Loading your customers…");
    if (locale === "ru-RU") await expect.poll(() => russianTexts.length).toBe(1); // the app is still held back
    else expect(russianTexts).toEqual([]);
    release();
    await waitForApp(page);
    const heading = locale === "ru-RU" ? "Клиенты" : "Customers";
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    if (locale === "en-US") {
      await page.getByRole("button", { name: "Русский" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
      expect(russianTexts).toHaveLength(1);
    }
    await context.close();
  }
});

test("the app's download still under way after 15 seconds is waited for, and the shell's line says so, in the shell's language", async ({ browser }) => {
  const cases = [
    { locale: "en-GB", path: "/customers", before: "Loading your customers…", heading: "Customers",
      slow: "This is taking longer than usual. If your connection was lost, check it and reload the page." },
    { locale: "ru-RU", path: "/requests", before: "Загрузка…", heading: "Запросы на обслуживание",
      slow: "Загрузка идёт дольше обычного. Если соединение прервалось, проверьте его и перезагрузите страницу." },
  ];
  for (const { locale, path, before, heading, slow } of cases) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.clock.install();
    await page.goto(path);
    const line = page.getByRole("status");
    await expect(line).toHaveText(before);
    await page.clock.fastForward(14_000);
    await expect(line).toHaveText(before);
    await page.clock.fastForward(2_000);
    await expect(line).toHaveText(slow);
    await expectNoAxeViolations(page, `in ${locale}, while the app's download takes longer than usual`);

    release();
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await context.close();
  }
});

test("Russian texts that do not come within 15 seconds leave the app in English, not on the shell", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.route(/\/split_russian-[0-9a-f]+\.wasm$/, () => {}); // never answered
  await page.clock.install();
  await page.goto("/customers");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU"); // the shell's
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(page.locator("nav#main-nav")).toBeAttached({ timeout: 500 });
  }).toPass();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Find a customer" })).toBeEditable();
  await context.close();
});

test("when the early request for config.json fails, the app asks again and starts", async ({ page }) => {
  const errors = watchForErrors(page);
  let answered = 0;
  await page.route("**/config.json", (route) => (answered++ === 0 ? route.abort("connectionreset") : route.continue()));
  await page.goto("/customers");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  expect(answered).toBe(2);
  expect(errors.filter((e) => !e.includes("ERR_CONNECTION_RESET"))).toEqual([]); // the browser logs the failed request
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
  const fetched = requestsFor(page, /\.wasm$/);
  await page.goto("/customers");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  expect(fetched.filter((f) => !f.startsWith("partner-support-desk-"))).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  expect(fetched.some((f) => /^split_help-[0-9a-f]+\.wasm$/.test(f))).toBe(true);
  expect(errors).toEqual([]);
});

for (const build of ["dist", "target/dist-support"]) {
  test(`${build}: the browser calls of the main module have short names, each one its glue provides, and it exports nothing of classes nothing creates`, () => {
    const folder = fileURLToPath(new URL(`../../${build}/`, import.meta.url));
    const wasmFile = readdirSync(folder).find((f) => /^partner-support-desk-[0-9a-f]+_bg\.wasm$/.test(f));
    expect(wasmFile).toBeDefined();
    const stem = (wasmFile ?? "").slice(0, -"_bg.wasm".length);
    const glue = readFileSync(join(folder, `${stem}.js`), "utf8");
    const main = new WebAssembly.Module(readFileSync(join(folder, wasmFile ?? "")));
    const fromGlue = WebAssembly.Module.imports(main).filter((i) => i.module === `./${stem}_bg.js`).map((i) => i.name);
    expect(fromGlue.length).toBeGreaterThan(100);
    expect(fromGlue.filter((name) => !/^[A-Za-z]{1,2}$/.test(name))).toEqual([]);
    expect(fromGlue.filter((name) => !new RegExp(`[{,]${name}:function\\(`).test(glue))).toEqual([]);
    // wasm-streams' classes, which Leptos's server functions bring and this app never creates.
    const exported = WebAssembly.Module.exports(main).map((e) => e.name);
    expect(exported.filter((name) => /intounderlying/.test(name))).toEqual([]);
    expect(exported).toContain("main");
  });
}

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

test("while a screen downloads the page says it is loading, past 15 seconds that it is taking longer than usual, and the screen shows when it comes", async ({ page }) => {
  const helpCode = /\/split_help-[0-9a-f]+\.wasm$/;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(helpCode, async (route) => {
    await held;
    await route.continue();
  });
  await page.clock.install();
  await page.goto("/customers");
  await waitForApp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  const line = page.getByRole("status").filter({ hasText: /Loading…|taking longer/ });
  await expect(line).toHaveText("Loading…");
  await page.clock.fastForward(14_000);
  await expect(line).toHaveText("Loading…");
  await page.clock.fastForward(2_000);
  await expect(line).toHaveText(
    "This page is taking longer than usual to arrive. It shows as soon as it has; if your connection was lost, check it and reload the page.",
  );
  await expectNoAxeViolations(page, "while a screen takes longer than usual");

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(line).toHaveCount(0);
});

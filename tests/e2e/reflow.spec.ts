// At 320 CSS pixels wide (a small phone, or a desktop zoomed to 400%) no screen scrolls sideways
// (WCAG 1.4.10), in either language, even when the service sends names, domains and titles
// longer than any line: a domain or a pasted address has no space to break at.
import { expect, test, type Page } from "@playwright/test";
import { CONTOSO, MAIL_FLOW_REQUEST, TestBackend } from "./backends";
import { snap, waitForApp } from "./helpers";

const ADDRESS = "https://portal.azure.com/#@contoso-international-holdings.onmicrosoft.com/resource/subscriptions";
const DOMAIN = "contoso-international-holdings-europe-middle-east-africa.onmicrosoft.com";

/** The service's answers with every name, title and domain made longer than a phone's line. */
function lengthen(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lengthen);
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(object)) {
    if (typeof field === "string" && ["companyName", "title", "friendlyName", "offerName", "productName"].includes(key)) {
      object[key] = `${field} ${ADDRESS}`;
    } else if (key === "domain" && typeof field === "string") {
      object[key] = DOMAIN;
    } else if (key === "customDomains" && Array.isArray(field)) {
      object[key] = field.map(() => DOMAIN);
    } else {
      object[key] = lengthen(field);
    }
  }
  return object;
}

/** What sticks out past the window's right edge, for the message. */
async function sideways(page: Page): Promise<{ width: number; past: string[] }> {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    past: [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
      .filter((e) => !e.closest(".visually-hidden, thead"))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? "").slice(0, 40)}`),
  }));
}

/** The words of the top bar's product name that are split over two lines. */
async function splitWords(page: Page): Promise<string[]> {
  return page.locator(".topbar__product").evaluate((name) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const content = text.textContent ?? "";
      for (const word of content.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index ?? 0);
        range.setEnd(text, (word.index ?? 0) + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(word[0]);
      }
    }
    return split;
  });
}

/** The screen shows its heading, does not scroll sideways at `width`, and no table or its
 *  cards hides what does not fit. */
async function fits(page: Page, screen: string, width = 320) {
  await expect(page.locator("main h1")).toBeVisible();
  const { width: scrolled, past } = await sideways(page);
  expect(scrolled, `${screen} scrolls sideways: ${past.join(" | ")}`).toBeLessThanOrEqual(width);
  for (const wrap of await page.locator(".table-wrap").all()) {
    const [scroll, client] = await wrap.evaluate((w) => [w.scrollWidth, w.clientWidth]);
    expect(scroll, `${screen}: a table is wider than its frame`).toBeLessThanOrEqual(client);
  }
}

for (const locale of ["en-GB", "ru-RU"]) {
  test.describe(locale, () => {
    test.use({ locale, viewport: { width: 320, height: 640 } });

    test(`at 320 px wide no screen scrolls sideways, with the service's long names, domains and titles (${locale})`, async ({ page, request }) => {
      const backend = new TestBackend(page, request, "http");
      await backend.start();
      await backend.rewrite("/api/v1/", (body) => {
        try {
          return JSON.stringify(lengthen(JSON.parse(body)));
        } catch {
          return body; // not JSON: passed on as it came
        }
      });

      await page.goto("/customers");
      await waitForApp(page);
      await page.getByRole("combobox").fill("contoso");
      const option = page.getByRole("option", { name: /Contoso GmbH/ });
      await expect(option).toContainText(DOMAIN);
      await fits(page, "the picker");
      expect(await splitWords(page), "the product's name breaks between words only").toEqual([]);

      await option.click();
      await expect(page.locator("main h1")).toContainText(ADDRESS);
      await expect(page.locator("main")).toContainText(DOMAIN);
      await fits(page, "service management");
      await snap(page, `reflow-service-management-${locale}`);

      for (const path of ["azure/new", "services/office-365/new", "requests"]) {
        await page.goto(`/customers/${backend.customer}/${path}`);
        await expect(page.locator(".breadcrumbs")).toContainText(ADDRESS);
        await fits(page, path);
      }

      await page.goto("/requests");
      await expect(page.locator(".request-table tbody tr").first()).toContainText(ADDRESS);
      await fits(page, "the list of requests");
      await snap(page, `reflow-requests-${locale}`);

      await page.locator(".request-table a.request-link").first().click();
      await expect(page.locator("main h1")).toContainText(ADDRESS);
      await fits(page, "a request");

      for (const path of ["/help", "/profile", "/no-such-page"]) {
        await page.goto(path);
        await waitForApp(page);
        await fits(page, path);
      }
    });
  });
}

/** A customer named by its domain: nothing in it to break a line at. */
const UNBROKEN = "contosointernationalholdingseuropemiddleeastafrica.onmicrosoft.com";

test("on a wide screen the request table keeps a customer name with nowhere to break inside its frame, in both languages", async ({ browser, request }) => {
  for (const locale of ["en-GB", "ru-RU"]) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const backend = new TestBackend(page, request, "http");
    await backend.start();
    await backend.rewrite("/api/v1/", (body) => body.replaceAll('"Contoso GmbH"', `"${UNBROKEN}"`));
    await page.goto("/requests");
    await waitForApp(page);
    const row = page.locator(".request-table tbody tr").filter({ hasText: UNBROKEN }).first();
    await expect(row).toBeVisible();
    for (const width of [1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const customer = row.locator("td.request-customer");
      await expect(customer).toHaveCSS("display", "table-cell");
      const wrap = page.locator(".request-table-wrap");
      const [scroll, client] = await wrap.evaluate((w) => [w.scrollWidth, w.clientWidth]);
      expect(scroll, `${locale} at ${width}px: the table scrolls sideways`).toBeLessThanOrEqual(client);
      // The whole name shows, on as many lines as it takes; the other columns' words stay whole.
      await expect(customer).toHaveText(UNBROKEN);
      const [cell, link] = await customer.evaluate((td) => [td.getBoundingClientRect().right, td.querySelector("a")!.getBoundingClientRect().right]);
      expect(link, `${locale} at ${width}px: the name sticks out of its cell`).toBeLessThanOrEqual(cell + 0.5);
      const updated = row.locator("td.request-updated");
      const box = await updated.boundingBox();
      expect(box!.x + box!.width, `${locale} at ${width}px: the last update is off screen`).toBeLessThanOrEqual(width);
    }
    await snap(page, `requests-unbroken-customer-${locale}`);
    await context.close();
  }
});

/** A service request id as long as the contract allows (64 characters of `[A-Za-z0-9-]`), with
 *  nowhere to break: Partner Center's are 15 digits, another service's may not be. */
const LONG_ID = "PSD0000000000000000000000000000000000000000000000000000625110301";

test("a request id as long as the contract allows stays inside the table, its cards and its page, in both languages", async ({ browser, request }) => {
  expect(LONG_ID).toHaveLength(64);
  for (const locale of ["en-GB", "ru-RU"]) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const backend = new TestBackend(page, request, "http");
    await backend.start();
    const id = MAIL_FLOW_REQUEST.http;
    // The service answers with the long id, and takes it back for the request it names.
    await page.route(
      (url) => url.pathname.startsWith("/api/v1/"),
      async (route) => {
        const response = await route.fetch({ url: route.request().url().replaceAll(LONG_ID, id) });
        await route.fulfill({ response, body: (await response.text()).replaceAll(`"${id}"`, `"${LONG_ID}"`) });
      },
    );
    await page.goto("/requests");
    await waitForApp(page);
    const row = page.locator(".request-table tbody tr").filter({ hasText: LONG_ID });
    await expect(row).toHaveCount(1);
    for (const width of [1280, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const at = `${locale} at ${width}px`;
      const cell = row.locator("td").first();
      await expect(cell).toHaveText(LONG_ID);
      const wrap = page.locator(".request-table-wrap");
      const [scroll, client] = await wrap.evaluate((w) => [w.scrollWidth, w.clientWidth]);
      expect(scroll, `${at}: the table scrolls sideways`).toBeLessThanOrEqual(client);
      const [right, link] = await cell.evaluate((td) => [td.getBoundingClientRect().right, td.querySelector("a")!.getBoundingClientRect().right]);
      expect(link, `${at}: the id sticks out of its cell`).toBeLessThanOrEqual(right + 0.5);
      const updated = await row.locator("td.request-updated").boundingBox();
      expect(updated!.x + updated!.width, `${at}: the last update is off screen`).toBeLessThanOrEqual(width);
      expect((await sideways(page)).width, `${at}: the page scrolls sideways`).toBeLessThanOrEqual(width);
      if (width > 1000) {
        // Partner Center's 15-digit ids, in the other rows, stay on one line.
        const lines = await page.locator(".request-table a.request-link").evaluateAll((links) =>
          links.filter((a) => a.textContent!.trim().length <= 15).map((a) => a.getClientRects().length));
        expect(lines.length, `${at}: rows with Partner Center's ids`).toBeGreaterThan(0);
        expect(lines.every((n) => n === 1), `${at}: a 15-digit id is broken over lines`).toBe(true);
        await snap(page, `requests-long-id-table-${locale}`);
      }
    }
    await snap(page, `requests-long-id-cards-${locale}`);
    await row.locator("a.request-link").click();
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator("main")).toContainText(LONG_ID);
    await fits(page, `${locale}: the request's page`);
    await context.close();
  }
});

/** WCAG 1.4.12's text spacing, as a partner's own style sheet would set it. */
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }" +
  " p { margin-bottom: 2em !important; }";

test("with wider text spacing the top bar grows to hold its words, and nothing in a card is cut off", async ({ browser }) => {
  for (const locale of ["en-GB", "ru-RU"]) {
    for (const width of [320, 390]) {
      const context = await browser.newContext({ locale, viewport: { width, height: 700 }, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ["/customers", "/requests", "/help"]) {
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator("main h1")).toBeVisible();
        await page.addStyleTag({ content: TEXT_SPACING });
        const outside = await page.locator(".topbar").evaluate((bar) => {
          const frame = bar.getBoundingClientRect();
          return [...bar.children]
            .map((item) => ({ item, box: item.getBoundingClientRect() }))
            .filter(({ box }) => box.height > 0)
            .filter(({ box }) => box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5 || box.right > frame.right + 0.5)
            .map(({ item }) => item.textContent);
        });
        expect(outside, `${locale} at ${width}px on ${path}: out of the top bar`).toEqual([]);
        await fits(page, `${locale} at ${width}px on ${path}`, width);
      }
      await context.close();
    }
  }
});

const LARGE_TEXT_PATHS = ["/customers", `/customers/${CONTOSO.mock}`, `/customers/${CONTOSO.mock}/services/office-365/new`,
  `/customers/${CONTOSO.mock}/azure/new`, "/requests", `/requests/${MAIL_FLOW_REQUEST.mock}`, "/help", "/profile"];

// One test a language: each opens every screen at three widths (24 page loads).
for (const locale of ["en-GB", "ru-RU"]) {
  test(`with the browser's text size set larger, every text grows with it, the layout turns compact sooner, and nothing scrolls sideways (${locale})`, async ({ browser }) => {
    for (const width of [1280, 1000, 390]) {
      const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      // A partner's "very large" font size in the browser's settings: 24 px, 1.5 times the 16 px
      // the design is drawn at.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24, fixed: 20 } });
      for (const path of LARGE_TEXT_PATHS) {
        const at = `${locale} at ${width}px on ${path}`;
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator("main h1")).toBeVisible();
        const sizes = await page.evaluate(() => ({
          body: getComputedStyle(document.body).fontSize,
          h1: getComputedStyle(document.querySelector("main h1") as Element).fontSize,
          footer: getComputedStyle(document.querySelector(".footer") as Element).fontSize,
        }));
        expect(sizes, at).toEqual({ body: "21px", h1: "42px", footer: "18px" });
        // The navigation leaves the side for the menu where 16 px text would at 760 px: here 1,140 px.
        await expect(page.locator(".sidenav"), at).toBeVisible({ visible: width >= 1140 });
        await expect(page.locator(".topbar__menu"), at).toBeVisible({ visible: width < 1140 });
        const { width: scrolled, past } = await sideways(page);
        expect(scrolled, `${at}: ${past.join(" | ")}`).toBeLessThanOrEqual(width);
      }
      if (width === 390) await snap(page, `large-text-profile-${locale}`);
      await context.close();
    }
  });
}

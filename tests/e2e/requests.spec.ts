import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

// Seed requests of the mock backend (src/backend/mock/seed/requests.rs).
const TOTAL = 16;
const MAIL_FLOW = "Mail flow to external recipients stopped"; // Contoso GmbH, open, A, Office 365
const QUOTA = "Increase the vCPU quota in West Europe"; // Fabrikam, open, C, Azure, no notes
const DIRSYNC = "Directory synchronisation errors"; // Woodgrove Bank, closed, oldest update
const TEAMS = "Teams-звонки обрываются через 60 секунд"; // attention needed, A, Office 365
const LICENCE = "Licence E3 non attribuée après achat"; // closed, C, Office 365
const WOODGROVE = "Woodgrove Bank"; // two requests

const rows = (page: Page) => page.locator("table.request-table tbody tr");
const count = (page: Page) => page.locator("#request-count");
const titles = (page: Page) => page.locator("table.request-table tbody td.request-title");

async function openList(page: Page, path = "/requests") {
  await page.goto(path);
  await waitForApp(page);
  await expect(rows(page).first()).toBeVisible();
}

function fastMock(mock: Record<string, unknown> = {}) {
  return async (page: Page) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ backend: "mock", mock: { latencyMs: 0, ...mock } }),
      }),
    );
  };
}

test("the all-customers list shows the seeded requests in every status, and axe finds nothing", async ({ page }) => {
  const errors = watchForErrors(page);
  await openList(page);
  await expect(page.getByRole("heading", { level: 1, name: "Service requests" })).toBeVisible();
  await expect(page).toHaveTitle("Service requests – Partner Support Desk");
  await expect(count(page)).toHaveText(`${TOTAL} service requests`);
  await expect(count(page)).toHaveAttribute("role", "status");
  await expect(rows(page)).toHaveCount(TOTAL);

  const statuses = await page.locator("tbody .badge--open, tbody .badge--closed, tbody .badge--attention").allTextContents();
  expect(new Set(statuses)).toEqual(new Set(["Open", "Closed", "Attention needed"]));
  const severities = await page.locator("tbody .badge--critical, tbody .badge--moderate, tbody .badge--minimal").allTextContents();
  expect(new Set(severities)).toEqual(new Set(["A – Critical", "B – Moderate", "C – Minimal"]));

  const row = rows(page).filter({ hasText: MAIL_FLOW });
  await expect(row.locator("td[data-label=Customer]")).toHaveText("Contoso GmbH");
  await expect(row.locator("td[data-label=Service]")).toHaveText("Office 365");
  await expect(row.getByRole("link", { name: /^Request 6\d+/ })).toHaveAttribute("href", /^\/requests\/6\d+$/);
  await expect(row.locator("td[data-label='Last update']")).toHaveText(/\d{4}/);
  await expect(rows(page).filter({ hasText: "Quota increase for our own lab subscription" }).locator("td[data-label=Customer]"))
    .toHaveText("My organization");

  await expectNoAxeViolations(page, "on the all-customers list");
  await snap(page, "requests");
  expect(errors).toEqual([]);
});

test("filters by status, severity and service narrow the list and live in the address", async ({ page }) => {
  await fastMock()(page);
  await openList(page);

  await page.getByLabel("Status").selectOption("closed");
  await expect(page).toHaveURL(/\/requests\?status=closed$/);
  const closed = await rows(page).count();
  expect(closed).toBeGreaterThan(1);
  expect(closed).toBeLessThan(TOTAL);
  await expect(count(page)).toHaveText(`${closed} of ${TOTAL} service requests match`);
  for (const status of await rows(page).locator("td[data-label=Status]").allTextContents()) expect(status).toBe("Closed");

  await page.getByLabel("Severity").selectOption("C");
  await expect(page).toHaveURL(/status=closed&severity=C$/);
  await expect(titles(page)).toHaveText([LICENCE, "Вопрос по счёту за октябрь"]);

  await page.getByLabel("Service", { exact: true }).selectOption("azure");
  await expect(page).toHaveURL(/status=closed&severity=C&service=azure$/);
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No request matches these filters" })).toBeVisible();
  await expect(count(page)).toHaveText(`0 of ${TOTAL} service requests match`);
  await expectNoAxeViolations(page, "on the list with nothing matching");

  await page.locator(".empty-state").getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
  await expect(rows(page)).toHaveCount(TOTAL);
  await expect(page.getByLabel("Status")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
});

test("the search ignores accents and case, covers customers and numbers, and survives a reload", async ({ page }) => {
  await fastMock()(page);
  await openList(page);
  const search = page.getByRole("searchbox", { name: "Search" });

  await search.fill("ATTRIBUEE apres");
  await expect(titles(page)).toHaveText([LICENCE]);
  await search.fill("звонки");
  await expect(titles(page)).toHaveText([TEAMS]);

  // By request number, taken from the list itself.
  await search.fill("");
  const number = (await rows(page).filter({ hasText: MAIL_FLOW }).locator(".request-link").textContent())!.trim();
  await search.fill(number);
  await expect(titles(page)).toHaveText([MAIL_FLOW]);

  await search.fill("woodgrove");
  await expect(rows(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\?q=woodgrove$/);
  await page.getByLabel("Status").selectOption("open");
  await expect(rows(page)).toHaveCount(1);
  await expect(count(page)).toHaveText(`1 of ${TOTAL} service requests match`);

  await page.reload();
  await waitForApp(page);
  await expect(rows(page)).toHaveCount(1);
  await expect(search).toHaveValue("woodgrove");
  await expect(page.getByLabel("Status")).toHaveValue("open");
  await expect(titles(page)).toHaveText(["Production App Service returns HTTP 503"]);
});

test("a deep link opens the list filtered, and back from a request returns to the same filters", async ({ page }) => {
  await fastMock()(page);
  await openList(page, "/requests?status=attention-needed&severity=A");
  await expect(titles(page)).toHaveText([TEAMS]);
  await expect(page.getByLabel("Status")).toHaveValue("attention-needed");
  await expect(page.getByLabel("Severity")).toHaveValue("A");

  await rows(page).first().getByRole("link", { name: /^Request / }).click();
  await expect(page.getByRole("heading", { level: 1, name: TEAMS })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/requests\?status=attention-needed&severity=A$/);
  await expect(titles(page)).toHaveText([TEAMS]);
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: TEAMS })).toBeVisible();
});

test("on a phone, back from a request far down the list brings it into view with the focus on it", async ({ page }) => {
  await fastMock()(page);
  await page.setViewportSize({ width: 390, height: 700 });
  await openList(page);
  const link = rows(page).nth(12).getByRole("link", { name: /^Request / });
  const number = (await link.textContent())?.trim() ?? "";
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/requests/${number}$`));
  await page.goBack();
  const again = rows(page).nth(12).getByRole("link", { name: /^Request / });
  await expect(again).toBeFocused();
  await expect(again).toHaveText(number);
  await expect(again).toBeInViewport();
});

test("sorting toggles between the newest and the oldest update", async ({ page }) => {
  await fastMock()(page);
  await openList(page);
  await expect(titles(page).last()).toHaveText(DIRSYNC);
  await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");

  await page.getByLabel("Sort by").selectOption("oldest");
  await expect(page).toHaveURL(/\?sort=oldest$/);
  await expect(titles(page).first()).toHaveText(DIRSYNC);
  await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");
  const oldestFirst = await titles(page).allTextContents();

  await page.getByLabel("Sort by").selectOption("newest");
  await expect(page).toHaveURL(/\/requests$/);
  await expect(titles(page)).toHaveText([...oldestFirst].reverse());
});

test("a customer's list shows only its requests, with the way back to service management", async ({ page }) => {
  const errors = watchForErrors(page);
  await openList(page);
  await rows(page).filter({ hasText: DIRSYNC }).getByRole("link", { name: WOODGROVE }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}\/requests$/);
  const customerPath = new URL(page.url()).pathname.replace(/\/requests$/, "");

  await expect(page.getByRole("heading", { level: 1, name: `${WOODGROVE} – Service requests` })).toBeVisible();
  await expect(page).toHaveTitle(`${WOODGROVE} – Service requests – Partner Support Desk`);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumbs" });
  await expect(crumbs.getByRole("link", { name: "Customers" })).toHaveAttribute("href", "/customers");
  await expect(crumbs.getByRole("link", { name: WOODGROVE })).toHaveAttribute("href", customerPath);
  await expect(crumbs.locator("li[aria-current=page]")).toHaveText("Service requests");
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator("table.request-table th", { hasText: "Customer" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New service request" })).toHaveAttribute("href", customerPath);
  await expect(page.getByRole("link", { name: "Back to service management" })).toHaveAttribute("href", customerPath);

  await page.getByLabel("Status").selectOption("closed");
  await expect(titles(page)).toHaveText([DIRSYNC]);
  await page.reload();
  await waitForApp(page);
  await expect(titles(page)).toHaveText([DIRSYNC]);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows(page)).toHaveCount(2);

  await expectNoAxeViolations(page, "on a customer's list");
  await snap(page, "customer-requests");
  expect(errors).toEqual([]);
});

test("the partner's own requests are listed under My organization", async ({ page }) => {
  await fastMock()(page);
  await openList(page, "/customers/my-organization/requests");
  await expect(page.getByRole("heading", { level: 1, name: "My organization – Service requests" })).toBeVisible();
  await expect(titles(page)).toHaveText(["Quota increase for our own lab subscription", "Shared mailbox not visible in Outlook"]);
});

test("an unknown customer's list shows the error with a way to retry", async ({ page }) => {
  await fastMock()(page);
  await page.goto("/customers/no-such-customer/requests");
  await waitForApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This could not be loaded");
  await expect(alert).toContainText("This item was not found");
  await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Service requests" })).toBeVisible();
  await expectNoAxeViolations(page, "on the list's error state");
});

test("a failing backend shows what happened and offers to try again", async ({ page }) => {
  await fastMock({ failureRate: 1 })(page);
  await page.goto("/requests");
  await waitForApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Microsoft's service is busy. Try again in a minute.");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toContainText("This could not be loaded");
});

test("on a narrow screen the list becomes stacked cards with labels", async ({ page }) => {
  await fastMock()(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openList(page, "/requests?status=open&severity=A");
  const first = rows(page).first();
  const cells = first.locator("td");
  const a = await cells.nth(0).boundingBox();
  const b = await cells.nth(1).boundingBox();
  expect(b!.y).toBeGreaterThan(a!.y); // one under the other, not side by side
  const label = await cells.nth(0).evaluate((td) => getComputedStyle(td, "::before").content);
  expect(label).toBe('"Request"');
  await expectNoAxeViolations(page, "on the narrow list");
  await snap(page, "requests-narrow");
});

test("the list never scrolls sideways: a table where its columns fit, in either language, else cards", async ({ browser }) => {
  // [viewport width, a table (not cards)]: the sidebar takes part of the width; Russian words
  // and severities are longer, so the table's severities may take two lines.
  const widths: [number, boolean][] = [[900, false], [1024, false], [1280, true], [1440, true]];
  for (const locale of ["en-GB", "ru-RU"]) {
    const context = await browser.newContext({ locale, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await fastMock()(page);
    await openList(page);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const [width, table] of widths) {
      await page.setViewportSize({ width, height: 800 });
      const wrap = page.locator(".request-table-wrap");
      const [scroll, client] = await wrap.evaluate((w) => [w.scrollWidth, w.clientWidth]);
      expect(scroll, `${locale} at ${width}px: the list scrolls sideways`).toBeLessThanOrEqual(client);
      const updated = rows(page).first().locator("td").last();
      await expect(updated).toHaveCSS("display", table ? "table-cell" : "grid");
      await expect(page.locator(".request-table thead")).toHaveCSS("position", table ? "static" : "absolute");
      const box = await updated.boundingBox();
      expect(box!.x + box!.width, `${locale} at ${width}px: the last update is off screen`).toBeLessThanOrEqual(width);
    }
    await context.close();
  }
});

test("a request shows its facts, description and notes; a note is validated, added and kept", async ({ page }) => {
  const errors = watchForErrors(page);
  await openList(page, "/requests?q=fabrikam");
  await rows(page).filter({ hasText: QUOTA }).getByRole("link", { name: /^Request / }).click();
  await expect(page).toHaveURL(/\/requests\/6\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: QUOTA })).toBeVisible();
  await expect(page).toHaveTitle(`${QUOTA} – Service request – Partner Support Desk`);

  const facts = page.locator("dl.facts");
  await expect(facts.getByRole("link", { name: "Fabrikam, Inc." })).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);
  await expect(facts).toContainText("Microsoft Azure");
  await expect(facts).toContainText("Increase a compute (vCPU) quota");
  await expect(facts).toContainText("Anna Schmidt (anna.schmidt@partner.example)");
  await expect(page.locator(".badges")).toContainText("Open");
  await expect(page.locator(".badges")).toContainText("C – Minimal");
  await expect(page.locator(".request-description")).toHaveCSS("white-space", "pre-wrap");
  await expect(page.getByText("No notes yet.")).toBeVisible();
  await expectNoAxeViolations(page, "on the detail page");

  // An empty note: the summary, the inline message, the title, focus.
  const note = page.getByRole("textbox", { name: "Note" });
  await note.fill("   ");
  await page.getByRole("button", { name: "Add note" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${QUOTA} – Service request – Partner Support Desk`);
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#note-error")).toContainText("Enter a note");
  await expect(note).toHaveAttribute("aria-describedby", /note-error/);
  await expectNoAxeViolations(page, "on the note's error state");
  await snap(page, "request-detail-error");
  await summary.getByRole("link", { name: "Enter a note" }).click();
  await expect(note).toBeFocused();

  // A real note, with a line break and markup that must stay text.
  const text = "The customer confirms the migration starts Monday.\nSecond line <b>not bold</b>";
  await note.fill(text);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note added" })).toBeVisible();
  await expect(note).toHaveValue("");
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(`${QUOTA} – Service request – Partner Support Desk`);
  const added = page.locator("ol.notes li").last();
  await expect(added.locator(".note__text")).toHaveText(text);
  // No name is saved in the profile: the demo signs the note with its own partner's name.
  await expect(added.locator(".note__author")).toHaveText("Anna Schmidt");
  await expect(page.locator("ol.notes b")).toHaveCount(0);
  await expect(page.locator("#notes-heading")).toHaveText("Notes (1)");
  await snap(page, "request-detail");

  await page.reload();
  await waitForApp(page);
  await expect(page.locator("ol.notes li").last().locator(".note__text")).toHaveText(text);
  expect(errors).toEqual([]);
});

test("the add-note button is disabled while the note is sent, and notes come newest last", async ({ page }) => {
  await fastMock({ latencyMs: 800 })(page);
  await openList(page, `/requests?q=${encodeURIComponent(MAIL_FLOW)}`);
  await rows(page).first().getByRole("link", { name: /^Request / }).click();
  await expect(page.getByRole("heading", { level: 1, name: MAIL_FLOW })).toBeVisible();
  await expect(page.locator("ol.notes li")).toHaveCount(1);
  await page.getByRole("textbox", { name: "Note" }).fill("Queue is now 4,000 messages.");
  const button = page.locator(".add-note button[type=submit]");
  await button.click();
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toHaveText("Adding your note…");
  await button.dispatchEvent("click"); // ignored while sending: no second note, no error
  await expect(page.getByRole("status").filter({ hasText: "Note added" })).toBeVisible();
  await expect(button).not.toHaveAttribute("aria-disabled", "true");
  await expect(page.locator("ol.notes li")).toHaveCount(2);
  await expect(page.locator(".error-summary")).toHaveCount(0);
  await expect(page.locator("ol.notes li").first()).toContainText("Microsoft Support");
  await expect(page.locator("ol.notes li").last()).toContainText("Queue is now 4,000 messages.");
});

test("a closed request explains why it takes no notes", async ({ page }) => {
  await fastMock()(page);
  await openList(page, "/requests?status=closed&q=directory");
  await rows(page).first().getByRole("link", { name: /^Request / }).click();
  await expect(page.getByRole("heading", { level: 1, name: DIRSYNC })).toBeVisible();
  await expect(page.getByText("This request is closed. To follow up, create a new request.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Note" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Create a new request" })).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);
  await expect(page.locator("dl.facts")).toContainText("Closed");
  await expectNoAxeViolations(page, "on a closed request");
});

test("an unknown request number shows the error, not a blank page", async ({ page }) => {
  await fastMock()(page);
  await page.goto("/requests/000");
  await waitForApp(page);
  await expect(page.getByRole("alert")).toContainText("This item was not found");
  await expect(page.getByRole("heading", { level: 1, name: "Service request" })).toBeVisible();
});

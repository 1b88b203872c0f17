// Never lose a partner's work, never file a request twice: the key that goes with the answers
// (and the 409 when they changed after an unknown outcome), drafts across reloads, storage that
// refuses them and two tabs, and the response time the confirmation promises.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { TestBackend, type BackendName } from "./backends";
import { fillAzureBasics, fillContact, fillOfficeRequest, next } from "./flow_helpers";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

const BACKENDS: BackendName[] = ["mock", "http"];

const draftSaved = (page: Page) => expect(page.locator(".draft-status").first()).toHaveText(/^Draft saved \d/);

for (const name of BACKENDS) {
  test(`${name}: answers changed after an unknown outcome are not filed as new, and go to the filed request as a note`, async ({ page, request }) => {
    const errors = watchForErrors(page);
    const backend = new TestBackend(page, request, name);
    await backend.start();
    // The first send is filed, but every answer to it is lost.
    await backend.inject("create", "timeout", 3);
    await fillOfficeRequest(page, backend.customer, "External mail bounces");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.locator("#send-status h2")).toHaveText("We could not tell whether the request arrived", { timeout: 15_000 });

    // The partner changes an answer and sends again: the same key with other answers.
    await page.getByRole("link", { name: /Change\s+title/i }).click();
    await page.getByLabel("Title").fill("External mail bounces with 550 5.7.1");
    await next(page);
    await expect(page).toHaveURL(/step=review/);
    await page.getByRole("button", { name: "Submit" }).click();

    const status = page.locator("#send-status");
    await expect(status.getByRole("heading")).toHaveText("These answers were already filed");
    await expect(status).toBeFocused();
    const link = status.getByRole("link", { name: /^View request \d+$/ });
    const number = ((await link.textContent()) ?? "").replace("View request ", "").trim();
    await expect(status).toContainText(`Your earlier answers were filed as request ${number} before you changed them.`);
    await expect(link).toHaveAttribute("href", `/requests/${number}`);
    await expectNoAxeViolations(page, "with the answers already filed");
    await snap(page, "already-filed");
    if (name === "http") expect((await backend.count()).serviceRequests).toBe(5);

    // What changed becomes a note on the filed request.
    await status.getByRole("button", { name: "Add the changes as a note" }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${number}`));
    const note = page.getByRole("textbox", { name: "Note" });
    await expect(note).toBeFocused();
    await expect(note).toHaveValue("Updated after the request was filed:\nTitle: External mail bounces with 550 5.7.1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("External mail bounces");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.locator("ol.notes li").filter({ hasText: "Title: External mail bounces with 550 5.7.1" })).toHaveCount(1);

    // One request, with the first answers; the flow starts afresh.
    await page.goto(`/customers/${backend.customer}/requests`);
    const titles = page.locator("table.request-table tbody td.request-title");
    await expect(titles.first()).toBeVisible();
    await expect(titles.filter({ hasText: "External mail bounces" })).toHaveCount(1);
    await page.goto(`/customers/${backend.customer}/services/office-365/new`);
    await expect(page.getByText(/We restored the draft/)).toHaveCount(0);
    expect(errors.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
  });

  test(`${name}: a severity A technical Azure request is due 2 hours after it was created, as the form said`, async ({ page, request }) => {
    const backend = new TestBackend(page, request, name);
    await backend.start();
    await page.goto(`/customers/${backend.customer}/azure/new`);
    await waitForApp(page);
    await fillAzureBasics(page);
    await next(page);
    await page.getByLabel("Description").fill("The VM does not start after a resize.");
    await expect(page.getByText(/^Major outage: production services are down\. First response within 2 hours\.$/)).toBeVisible();
    await page.getByLabel("A – Critical impact").check();
    await page.getByLabel("No", { exact: true }).check();
    await next(page);
    await fillContact(page, "anna.schmidt@partner.example");
    await next(page);
    const before = Date.now();
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    const after = Date.now();
    const format = (at: number) =>
      new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })
        .format(new Date(at + 2 * 60 * 60 * 1000));
    const expected = [...new Set([format(before), format(after)])];
    const due = ((await page.locator("p.due").textContent()) ?? "").replace("First response due by ", "").trim();
    expect(expected).toContain(due);

    // A reload of the confirmation says the same.
    await page.reload();
    await expect(page.locator("p.due")).toHaveText(`First response due by ${due}`);
  });

  test(`${name}: two tabs on one draft share it, say when the other changed it, and file it once`, async ({ context, page, request }) => {
    const backend = new TestBackend(page, request, name);
    await backend.start();
    const second = await context.newPage();
    await new TestBackend(second, request, name).start();

    await fillOfficeRequest(page, backend.customer, "Mail from two tabs");
    await second.goto(`/customers/${backend.customer}/services/office-365/new?step=review`);
    await waitForApp(second);
    await expect(second.getByText(/We restored the draft/)).toBeVisible();
    await expect(second.getByText("Mail from two tabs")).toBeVisible();

    // The first tab changes the title: the second says so instead of overwriting it.
    await page.getByRole("link", { name: /Change\s+title/i }).click();
    await page.getByLabel("Title").fill("Mail from the first tab");
    await draftSaved(page);
    const notice = second.locator("#draft-conflict");
    await expect(notice).toContainText("You changed this draft in another tab or window.");
    await expectNoAxeViolations(second, "with the draft changed in another tab");
    await notice.getByRole("button", { name: "Use the answers from the other tab" }).click();
    await expect(notice).toHaveCount(0);
    await expect(second.getByText("Mail from the first tab")).toBeVisible();

    // Both send the same answers with the draft's one key: one request.
    await next(page);
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    const number = (await page.locator(".request-id").textContent())?.trim();
    await second.getByRole("button", { name: "Submit" }).click();
    await expect(second.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    await expect(second.locator(".request-id")).toHaveText(number ?? "");
    if (name === "http") expect((await backend.count()).serviceRequests).toBe(5);
  });
}

test("a backend that does not repeat the Azure issue type still gets the response time the form showed", async ({ page, request }) => {
  const backend = new TestBackend(page, request, "http");
  await backend.start();
  // Partner Center's own answers know nothing of the issue type.
  await backend.rewrite("/api/v1/servicerequests", (body) => body.replace(/"issueType":"[^"]*",?/g, ""));
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  await fillAzureBasics(page);
  await next(page);
  await page.getByLabel("Description").fill("The VM does not start after a resize.");
  await page.getByLabel("A – Critical impact").check();
  await page.getByLabel("No", { exact: true }).check();
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  const before = Date.now();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  const after = Date.now();
  const format = (at: number) =>
    new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })
      .format(new Date(at + 2 * 60 * 60 * 1000));
  const due = ((await page.locator("p.due").textContent()) ?? "").replace("First response due by ", "").trim();
  expect([...new Set([format(before), format(after)])]).toContain(due);
});

test("a reload in the middle of each flow comes back to the same step with every answer", async ({ page, request }) => {
  const backend = new TestBackend(page, request, "mock");
  await backend.start();
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  await fillAzureBasics(page);
  await next(page);
  await page.getByLabel("Description").fill("Half-way through Details.");
  await page.getByLabel("B – Moderate impact").check();
  await page.reload();
  await expect(page).toHaveURL(/step=details/);
  await expect(page.getByText(/We restored the draft you were writing/)).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("Half-way through Details.");
  await expect(page.getByLabel("B – Moderate impact")).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue("VM in West Europe does not start after resize");
  await expect(page.getByLabel("Technical", { exact: true })).toBeChecked();

  await page.goto(`/customers/${backend.customer}/services/office-365/new`);
  await page.getByRole("radio").nth(2).check();
  await next(page);
  await page.getByLabel("Title").fill("Reloaded on Contact");
  await page.getByLabel("Description").fill("Details typed before the reload.");
  await page.getByLabel("C – Minimal impact").check();
  await next(page);
  await page.getByLabel("First name").fill("Kai");
  await page.reload();
  await expect(page).toHaveURL(/step=contact/);
  await expect(page.getByLabel("First name")).toHaveValue("Kai");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Reloaded on Contact");
  await expect(page.getByLabel("C – Minimal impact")).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio").nth(2)).toBeChecked();
});

/** The mock backend started and its Azure form open, errors watched; with `at`, the page's
 * date stands still there (a test clock, whose timer handles do not fit an i32). */
async function openAzureForm(page: Page, request: APIRequestContext, at?: string) {
  const errors = watchForErrors(page);
  const backend = new TestBackend(page, request, "mock");
  await backend.start();
  if (at) await page.clock.setFixedTime(new Date(at));
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  return { errors, backend };
}

test("a draft is saved once typing stops, and says when", async ({ page, request }) => {
  const { backend } = await openAzureForm(page, request);
  const key = `psd.draft.v1.azure.${backend.customer}`;
  const stored = () => page.evaluate((k) => localStorage.getItem(k), key);
  await page.getByLabel("Summary").pressSequentially("Typed slowly", { delay: 50 });
  await draftSaved(page);
  expect(JSON.parse((await stored()) ?? "{}").answers.answers.basics.summary).toBe("Typed slowly");
  await expect(page.locator(".draft-status").first()).toHaveAttribute("role", "status");
});

test("a draft is saved once typing stops also where the date stands still (a test clock)", async ({ page, request }) => {
  const { errors, backend } = await openAzureForm(page, request, "2026-12-04T15:00:00Z");
  await page.getByLabel("Summary").fill("Typed under a clock that stands still");
  await draftSaved(page);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `psd.draft.v1.azure.${backend.customer}`);
  expect(JSON.parse(stored ?? "{}")).toMatchObject({
    saved_at: Date.parse("2026-12-04T15:00:00Z"),
    answers: { answers: { basics: { summary: "Typed under a clock that stands still" } } },
  });
  expect(errors).toEqual([]);
});

test("leaving a form at once after typing keeps what was typed, and the app goes on", async ({ page, request }) => {
  const { errors } = await openAzureForm(page, request);
  await page.getByLabel("Summary").fill("Typed and left at once");
  // Before the draft's half-second pause has passed.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel("Summary")).toHaveValue("Typed and left at once");
  expect(errors).toEqual([]);
});

test("a draft's save that comes due after its form has gone is skipped, and the app goes on", async ({ page, request }) => {
  // The date stands still and the page cannot clear the half-second save's timer: it still
  // fires, after the form has gone.
  const { errors } = await openAzureForm(page, request, "2026-12-04T15:00:00Z");
  await page.getByLabel("Summary").fill("Typed and left at once");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  // Past the half second the save waited for.
  await page.waitForTimeout(1000);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Service requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service requests" })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.getByLabel("Summary")).toHaveValue("Typed and left at once");
  expect(errors).toEqual([]);
});

test("storage that refuses drafts says the draft is not kept, and the form goes on", async ({ page, request }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("psd.draft.")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  const errors = watchForErrors(page);
  const backend = new TestBackend(page, request, "mock");
  await backend.start();
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  await page.getByLabel("Summary").fill("Typed where storage is full");
  const notice = page.getByRole("alert").filter({ hasText: "This browser is not keeping your draft" });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
  await page.getByLabel("Summary").fill("Typed where storage is full, twice");
  await page.waitForTimeout(700);
  await expect(notice).toHaveCount(1);
  await expectNoAxeViolations(page, "with storage refusing the draft");
  await snap(page, "draft-not-kept");
  await fillAzureBasics(page);
  await next(page);
  await expect(page).toHaveURL(/step=details/);
  expect(errors).toEqual([]);
});

test("a draft older than 7 days is dropped with a notice", async ({ page, request }) => {
  const backend = new TestBackend(page, request, "mock");
  await backend.start();
  const key = `psd.draft.v1.azure.${backend.customer}`;
  const eightDays = 8 * 24 * 60 * 60 * 1000;
  await page.addInitScript(([k, at]) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(k, JSON.stringify({ saved_at: at, answers: { key: "k", basics: { summary: "Old" } } }));
    }
  }, [key, Date.now() - eightDays] as [string, number]);
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  await expect(page.getByText(/A draft you saved on .* was more than 7 days old, so it was removed\./)).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("");
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
});

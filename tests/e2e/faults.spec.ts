// Every backend call of both flows, on both backends, failing in each way a real service fails:
// a 500, a 429 with Retry-After, a timeout, a network failure and a malformed body; and a 503
// whose Retry-After is too long to wait (said) or short (waited out). Each gives a clear message
// (and passes axe); nothing typed is lost; after recovery exactly one request or note exists.
import { expect, test, type Page } from "@playwright/test";
import { KINDS, MESSAGE, TestBackend, timesFor, type BackendName, type Call } from "./backends";
import { fillOfficeRequest } from "./flow_helpers";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

const BACKENDS: BackendName[] = ["mock", "http"];
const alert = (page: Page) => page.getByRole("alert").filter({ hasText: /./ });

/** The pages that load with each call, and what shows once they have. */
const LOADS: { call: Call; path: (b: TestBackend) => string; loaded: (page: Page) => Promise<void>; typed?: "summary" | "topic" }[] = [
  {
    call: "customer",
    path: (b) => `/customers/${b.customer}/azure/new`,
    loaded: (page) => expect(page.getByRole("heading", { level: 1, name: "New support request" })).toBeVisible(),
    typed: "summary",
  },
  {
    call: "subscriptions",
    path: (b) => `/customers/${b.customer}/azure/new`,
    loaded: (page) => expect(page.getByRole("heading", { level: 1, name: "New support request" })).toBeVisible(),
    typed: "summary",
  },
  {
    call: "topics",
    path: (b) => `/customers/${b.customer}/services/office-365/new`,
    loaded: (page) => expect(page.getByRole("heading", { level: 1, name: "Create service request" })).toBeVisible(),
    typed: "topic",
  },
  {
    call: "customerRequests",
    path: (b) => `/customers/${b.customer}/requests`,
    loaded: (page) => expect(page.getByRole("heading", { level: 1, name: /Contoso GmbH/ })).toBeVisible(),
  },
  {
    call: "requests",
    path: () => "/requests",
    loaded: (page) => expect(page.locator("table.request-table tbody tr").first()).toBeVisible(),
  },
  {
    call: "request",
    path: (b) => `/requests/${b.mailFlowRequest}`,
    loaded: (page) => expect(page.getByRole("heading", { level: 1, name: "Mail flow to external recipients stopped" })).toBeVisible(),
  },
];

/** Waits until the draft has been written (the polite "Draft saved" line). */
async function draftSaved(page: Page) {
  await expect(page.locator(".draft-status").first()).toHaveText(/^Draft saved \d/);
}

for (const name of BACKENDS) {
  for (const load of LOADS) {
    for (const kind of KINDS) {
      test(`${name}: loading ${load.call} fails with ${kind}, says so, keeps what was typed and recovers`, async ({ page, request }) => {
        const errors = watchForErrors(page);
        const backend = new TestBackend(page, request, name);
        await backend.start();
        await page.goto(load.path(backend));
        await waitForApp(page);
        await load.loaded(page);
        if (load.typed === "summary") {
          await page.getByLabel("Summary").fill("Typed before the fault");
          await draftSaved(page);
        } else if (load.typed === "topic") {
          await page.getByRole("radio").nth(1).check();
          await draftSaved(page);
        }

        await backend.inject(load.call, kind, timesFor(kind));
        await page.reload();
        await expect(alert(page)).toContainText("This could not be loaded", { timeout: 15_000 });
        await expect(alert(page)).toContainText(MESSAGE[kind]);
        await expectNoAxeViolations(page, `with ${load.call} failing (${kind})`);

        await alert(page).getByRole("button", { name: "Try again" }).click();
        await load.loaded(page);
        if (load.typed === "summary") await expect(page.getByLabel("Summary")).toHaveValue("Typed before the fault");
        if (load.typed === "topic") await expect(page.getByRole("radio").nth(1)).toBeChecked();
        expect(errors.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
      });
    }
  }
}

/** Fills the Office 365 flow for Contoso up to its review. */
/** How many of the customer's requests carry `title`, as its list shows them. */
async function listed(page: Page, backend: TestBackend, title: string): Promise<number> {
  await page.goto(`/customers/${backend.customer}/requests`);
  await expect(page.locator("table.request-table tbody tr").first()).toBeVisible();
  return page.locator("table.request-table tbody td.request-title").filter({ hasText: title }).count();
}

for (const name of BACKENDS) {
  for (const kind of KINDS) {
    test(`${name}: filing fails with ${kind}, says so, keeps the answers, and sending again files exactly one request`, async ({ page, request }) => {
      const backend = new TestBackend(page, request, name);
      await backend.start();
      await backend.inject("create", kind, timesFor(kind));
      const title = `Filed through a ${kind} (${name})`;
      await fillOfficeRequest(page, backend.customer, title);
      const before = name === "http" ? (await backend.count()).serviceRequests : 0;

      await page.getByRole("button", { name: "Submit" }).click();
      const status = page.locator("#send-status");
      await expect(status).toContainText(MESSAGE[kind], { timeout: 15_000 });
      await expect(status).toBeFocused();
      await expect(status.getByRole("heading")).toHaveText(
        kind === "429" ? "The request was not sent" : "We could not tell whether the request arrived",
      );
      await expect(page.getByText(title)).toBeVisible();
      await expectNoAxeViolations(page, `with the create failing (${kind})`);

      await status.getByRole("button").click();
      await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
      await expect(page.locator("dd").filter({ hasText: title })).toBeVisible();
      if (name === "http") expect((await backend.count()).serviceRequests).toBe(before + 1);
      expect(await listed(page, backend, title)).toBe(1);
    });

    test(`${name}: adding a note fails with ${kind}, keeps the text, and trying again adds it once`, async ({ page, request }) => {
      const backend = new TestBackend(page, request, name);
      await backend.start();
      await backend.inject("note", kind, timesFor(kind));
      await page.goto(`/requests/${backend.mailFlowRequest}`);
      await waitForApp(page);
      const text = `The customer restarted the connector (${kind}, ${name}).`;
      await page.getByRole("textbox", { name: "Note" }).fill(text);
      await page.getByRole("button", { name: "Add note" }).click();

      const failure = page.locator("#note-failure");
      await expect(failure).toContainText(MESSAGE[kind], { timeout: 15_000 });
      await expect(failure).toBeFocused();
      await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(text);
      await expectNoAxeViolations(page, `with the note failing (${kind})`);

      await failure.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Note added" })).toBeVisible();
      await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue("");
      const notes = page.locator("ol.notes li").filter({ hasText: text });
      await expect(notes).toHaveCount(1);
      await page.reload();
      await expect(page.locator("ol.notes li").first()).toBeVisible();
      await expect(notes).toHaveCount(1);
      await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue("");
      if (name === "http") expect((await backend.count()).notes).toBe(1);
    });
  }
}

for (const name of BACKENDS) {
  test(`${name}: a busy service's long Retry-After is said, its short one waited out with a notice, and one request is filed`, async ({ page, request }) => {
    const backend = new TestBackend(page, request, name);
    await backend.start();
    // Too long to wait in the app: the partner is told when to try; then a wait of 4 s, which
    // the app waits out before it sends again.
    await backend.busy("create", [120, 4]);
    const title = `Filed while the service was busy (${name})`;
    await fillOfficeRequest(page, backend.customer, title);
    const before = name === "http" ? (await backend.count()).serviceRequests : 0;

    await page.getByRole("button", { name: "Submit" }).click();
    const status = page.locator("#send-status");
    await expect(status).toContainText("Microsoft's service is busy. Try again in 120 seconds.");
    await expect(status.getByRole("heading")).toHaveText("The request was not sent");
    await expect(status).toBeFocused();
    await expectNoAxeViolations(page, "with the service busy for 120 seconds");

    // While the app waits, a notice says why sending takes longer; it goes once the request is in.
    const retrying = page.locator(".retry-notice[role=status]");
    await expect(retrying).toBeEmpty();
    await status.getByRole("button").click();
    await expect(retrying).toHaveText("Microsoft's service is busy. Trying again (attempt 2 of 3)…");
    // It covers part of the page for a while: clicks go through it to the page.
    expect(await retrying.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe("none");
    await expectNoAxeViolations(page, "with the notice of a retry");
    if (name === "mock") await snap(page, "retrying");
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible({ timeout: 10_000 });
    await expect(retrying).toBeEmpty();
    await expect(page.locator("dd").filter({ hasText: title })).toBeVisible();
    if (name === "http") expect((await backend.count()).serviceRequests).toBe(before + 1);
    expect(await listed(page, backend, title)).toBe(1);
  });
}

test("leaving a page stops its load and the load's retries", async ({ page, request }) => {
  const backend = new TestBackend(page, request, "http");
  await backend.start();
  await request.post(`${process.env.CONTRACT_CONTROL_URL ?? "http://127.0.0.1:4011"}/__control/fault`, {
    // Retry-After is honoured: the retry would come 6 s after the first call.
    data: { route: "customer", kind: "429", times: 10, retryAfter: 6 },
  });
  let calls = 0;
  const started = Date.now();
  const asked: number[] = [];
  page.on("request", (r) => {
    if (/\/api\/v1\/customers\/[^/]+$/.test(new URL(r.url()).pathname)) {
      calls += 1;
      asked.push(Date.now() - started);
    }
  });
  await page.goto(`/customers/${backend.customer}/azure/new`);
  await waitForApp(page);
  await expect.poll(() => calls).toBe(1);
  const retrying = page.locator(".retry-notice[role=status]");
  await expect(retrying).toHaveText("Microsoft's service is busy. Trying again (attempt 2 of 3)…");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Help" }).click();
  const left = Date.now() - started;
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  // The notice of the retry leaves with the load.
  await expect(retrying).toBeEmpty();
  // The first retry would have come 6 s after the first call: long enough to leave the page first
  // on a busy machine.
  await page.waitForTimeout(7_000);
  expect(calls, `calls at ${asked.join(", ")} ms; the page was left at ${left} ms`).toBe(1);
});

test("on a phone, the notice of a retry never covers the control that takes the focus", async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const backend = new TestBackend(page, request, "mock");
  await backend.start();
  // One wait of 9 s: long enough to move the focus while the notice shows.
  await backend.busy("create", [9]);
  await fillOfficeRequest(page, backend.customer, "Filed on a phone while the service was busy");
  await page.getByRole("button", { name: "Submit" }).click();
  const notice = page.locator(".retry-notice[role=status]");
  await expect(notice).toHaveText("Microsoft's service is busy. Trying again (attempt 2 of 3)…");

  // Put one of the review's small links where the notice floats, with the focus on the link
  // before it, and move on with Tab: the link comes up above the notice (WCAG 2.4.11).
  const links = page.getByRole("link", { name: /^Change/ });
  expect(await links.count()).toBeGreaterThan(1);
  await links.nth(0).evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  const noticeTop = await notice.evaluate((el) => el.getBoundingClientRect().top);
  await links.nth(1).evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top - 4), noticeTop);
  const under = await links.nth(1).evaluate((el) => el.getBoundingClientRect().toJSON());
  const noticeBottom = await notice.evaluate((el) => el.getBoundingClientRect().bottom);
  expect([under.top > noticeTop, under.bottom < noticeBottom], "the notice covers the link").toEqual([true, true]);
  await page.keyboard.press("Tab");
  await expect(links.nth(1)).toBeFocused();
  const box = await links.nth(1).evaluate((el) => el.getBoundingClientRect().toJSON());
  const top = await notice.evaluate((el) => el.getBoundingClientRect().top);
  expect(box.bottom, `the focused link (${box.top}–${box.bottom}) is above the notice (from ${top})`).toBeLessThanOrEqual(top);
  await expect(notice).not.toBeEmpty();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible({ timeout: 15_000 });
});

// One whole flow against the HTTP backend: the app talks to the contract server through
// Prism (which checks every request against api/openapi.yaml), proxied same-origin at /api.
import { expect, test } from "@playwright/test";
import { expectErrorSummary, fillAzureBasics, fillAzureDetails, fillContact, next, openFlow, pickCustomer, reachAzureDetails } from "./flow_helpers";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";
import { manyTopics } from "../contract-server/seed.mjs";
import { control, useContractServer } from "./backends";

test.beforeEach(async ({ page, request }) => useContractServer(page, request));

test("HTTP backend: Azure request from picking the customer to the customer's list", async ({ page }) => {
  const errors = watchForErrors(page);
  const apiCalls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/")) apiCalls.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await pickCustomer(page, "contoso", /Contoso GmbH/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contoso GmbH");
  await openFlow(page, /Create or view service request.*Azure/);
  await fillAzureBasics(page);
  await next(page);
  await fillAzureDetails(page, "Created through the HTTP adapter.");
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  await expectNoAxeViolations(page, "on Review (HTTP backend)");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  const number = (await page.locator(".request-id").textContent())?.trim() ?? "";
  expect(number).not.toBe("");
  await page.getByRole("link", { name: "View the customer's service requests" }).click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();

  expect(apiCalls).toContain("POST /api/v1/servicerequests/en-GB");
  expect(apiCalls.some((c) => c.startsWith("GET /api/v1/customers"))).toBeTruthy();
  expect(errors).toEqual([]);
});

test.describe("in Berlin, in December", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("HTTP backend: when the problem started is read in the partner's own time, at the offset that day had, in both languages", async ({ page }) => {
    const errors = watchForErrors(page);
    // Now is 2 December 2026, 13:00 in Berlin (UTC+1); 24 October was still summer time (UTC+2).
    await page.clock.setFixedTime(new Date("2026-12-02T12:00:00Z"));
    const created: unknown[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes("/api/v1/servicerequests/")) created.push(r.postDataJSON());
    });
    await reachAzureDetails(page, "The VM stopped answering on Saturday night.");

    const start = page.getByLabel("When did the problem start?");
    const hint = page.locator("#problem-start-hint");
    const readBack = page.locator("#problem-start-read-back");
    await expect(hint).toHaveText("In your local time: Berlin – Central European Time (GMT+1). Leave it empty if you do not know.");
    await expect(readBack).toHaveCount(0);
    await expect(start).toHaveAttribute("aria-describedby", "problem-start-hint");

    // Later today is refused, and what was typed stays.
    await start.fill("2026-12-02T13:30");
    await expect(readBack).toHaveText("That is Wednesday, 2 December 2026 at 13:30 GMT+1.");
    await next(page);
    await expectErrorSummary(page, ["The date the problem started must be in the past"]);
    await expect(start).toHaveValue("2026-12-02T13:30");
    await expect(start).toHaveAttribute("aria-describedby", "problem-start-hint problem-start-read-back problem-start-error");

    await start.fill("2026-10-24T23:30");
    await expect(readBack).toHaveText("That is Saturday, 24 October 2026 at 23:30 GMT+2.");
    await expectNoAxeViolations(page, "on Details with the problem's start read back");
    await snap(page, "azure-details-problem-start");

    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
    await expect(hint).toHaveText("По вашему местному времени: Берлин – Центральная Европа (GMT+1). Оставьте пустым, если не знаете.");
    await expect(readBack).toHaveText("То есть суббота, 24 октября 2026 г. в 23:30 GMT+2.");
    await expect(page.getByLabel("Когда возникла проблема?")).toHaveValue("2026-10-24T23:30");
    await expectNoAxeViolations(page, "on Details with the problem's start read back, in Russian");
    await page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "English" }).click();

    await next(page);
    await fillContact(page, "anna.schmidt@partner.example");
    await next(page);
    await expect(page).toHaveURL(/step=review/);
    const answer = page.locator(".answers__row", { hasText: "When did the problem start?" });
    await expect(answer.locator(".answers__value")).toHaveText("Saturday, 24 October 2026 at 23:30 GMT+2");
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    // 23:30 in summer time is 21:30 UTC (not 22:30, as December's offset would make it).
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ azureDetails: { problemStartTime: "2026-10-24T21:30:00Z" } });
    expect(errors).toEqual([]);
  });
});

test("HTTP backend: a call's time limit that ends after its answer does nothing, even where the page cannot clear timers", async ({ page }) => {
  const errors = watchForErrors(page);
  // A fixed clock whose timer handles the page cannot clear: each call's 1-second limit still
  // fires, long after its answer came.
  await page.clock.setFixedTime(new Date("2026-12-04T15:00:00Z"));
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: "/api/v1", timeoutMs: 1000 }),
    }),
  );
  await pickCustomer(page, "contoso", /Contoso GmbH/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contoso GmbH");
  // Past every call's limit.
  await page.waitForTimeout(1500);
  await page.getByRole("link", { name: /Create or view service request.*Azure/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New support request" })).toBeVisible();
  await expect(page.getByLabel("Subscription", { exact: true }).locator("option")).not.toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(errors).toEqual([]);
});

test("HTTP backend: a failing server shows a message the partner can act on, and retry works", async ({ page, request }) => {
  await request.post(`${control}/__control/fault`, {
    data: { route: "customers", kind: "500", times: 10 },
  });
  await page.goto("/customers");
  await expect(page.getByRole("alert")).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, "on the customers error state");
  await request.post(`${control}/__control/reset`);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("combobox")).toBeVisible();
});

test("HTTP backend: a sign-in that expired while filing leads to the deployment's sign-in page, which brings the partner back to every answer, and one request is filed", async ({ page, request }) => {
  const errors = watchForErrors(page);
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: "/api/v1", timeoutMs: 5000, signInUrl: "/signin?returnUrl={returnUrl}" }),
    }),
  );
  // The deployment's sign-in page (a backend-for-frontend's), here a plain page.
  const signIns: string[] = [];
  await page.route("**/signin?*", (route) => {
    signIns.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<!doctype html><html lang=en><title>Sign in</title><h1>Sign in</h1>" });
  });
  await reachAzureDetails(page, "Filed again after signing in.");
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  const filedBefore = (await (await request.get(`${control}/__control/count`)).json()).serviceRequests;
  await request.post(`${control}/__control/fault`, { data: { route: "create", kind: "401", times: 1 } });
  await page.getByRole("button", { name: "Create" }).click();

  const status = page.locator("#send-status");
  await expect(status).toContainText("You are not signed in, or your sign-in has expired. Sign in again and retry.");
  const here = new URL(page.url());
  expect(here.search).toContain("step=review");
  const signIn = status.getByRole("link", { name: "Sign in again" });
  await expect(signIn).toHaveAttribute("href", `/signin?returnUrl=${encodeURIComponent(here.pathname + here.search)}`);
  await expectNoAxeViolations(page, "with the way to sign in again");
  await snap(page, "sign-in-again");
  await signIn.click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(signIns).toHaveLength(1);
  const back = new URL(signIns[0]).searchParams.get("returnUrl") ?? "";
  expect(back).toBe(here.pathname + here.search);

  // Signed in, the partner is sent back: the same step, every answer, and one request filed.
  await page.goto(back);
  await expect(page.getByText(/We restored the draft you were writing/)).toBeVisible();
  await expect(page.locator("main")).toContainText("Filed again after signing in.");
  await expect(page.locator("main")).toContainText("anna.schmidt@partner.example");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  const filedAfter = (await (await request.get(`${control}/__control/count`)).json()).serviceRequests;
  expect(filedAfter).toBe(filedBefore + 1);
  // The browser logs the refused call itself.
  expect(errors.filter((e) => !e.includes("status of 401"))).toEqual([]);
});

test("HTTP backend: a sign-in that expired, where the deployment names no sign-in page, is said without a link", async ({ page, request }) => {
  await request.post(`${control}/__control/fault`, { data: { route: "customers", kind: "401", times: 1 } });
  await page.goto("/customers");
  const alert = page.getByRole("alert").filter({ hasText: "sign-in has expired" });
  await expect(alert).toContainText("You are not signed in, or your sign-in has expired. Sign in again and retry.");
  await expect(alert.getByRole("link")).toHaveCount(0);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("combobox")).toBeVisible();
});

test("HTTP backend: a note the service sends without its author says so, in English and in Russian", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/requests/625111000010003");
  await expect(page.getByRole("heading", { level: 1, name: "VM in Germany Central does not start" })).toBeVisible();
  const authors = page.locator("ol.notes .note__author");
  await expect(authors).toHaveText(["Microsoft Support", "Author not given"]);
  await expect(page.locator("ol.notes li").last()).toContainText("Screenshot sent by e-mail.");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
  await expect(authors).toHaveText(["Microsoft Support", "Автор не указан"]);
  await expectNoAxeViolations(page, "on a request's notes (HTTP backend, Russian)");
  expect(errors).toEqual([]);
});

test("HTTP backend: customers read page by page say how many have arrived, and Try again goes on from the failed page", async ({ page }) => {
  const errors = watchForErrors(page);
  const customer = (n: number) => ({
    id: `c0ffee00-0000-4000-8000-${String(n).padStart(12, "0")}`,
    companyProfile: {
      tenantId: `c0ffee00-0000-4000-8000-${String(n).padStart(12, "0")}`,
      domain: `tenant${n}.onmicrosoft.com`,
      companyName: `Tenant ${n} Ltd`,
    },
    relationshipToPartner: "reseller",
    attributes: { objectType: "Customer" },
  });
  const pageOf = (from: number, to: number, next?: string) => ({
    totalCount: 1200,
    items: Array.from({ length: to - from }, (_, i) => customer(from + i)),
    ...(next ? { continuationToken: next } : {}),
    attributes: { objectType: "Collection" },
  });
  const asked: string[] = [];
  let releaseSecond: () => void = () => {};
  const secondAsked = new Promise<void>((resolve) => (releaseSecond = resolve));
  let failSecond = true;
  let holdSecond: Promise<void> | null = new Promise<void>((resolve) => {
    void secondAsked.then(resolve);
  });
  await page.route(/\/api\/v1\/customers\?/, async (route) => {
    const url = new URL(route.request().url());
    const token = route.request().headers()["ms-continuationtoken"] ?? "";
    asked.push(`${url.searchParams.get("seekOperation") ?? "first"} ${token}`);
    const json = (body: unknown, status = 200) =>
      route.fulfill({ status, contentType: "application/json", body: JSON.stringify(body) });
    if (!token) return json(pageOf(0, 500, "page-2"));
    if (token === "page-2") {
      if (holdSecond) await holdSecond;
      holdSecond = null;
      if (failSecond) {
        failSecond = false;
        return json({ code: 2000, description: "The request is not valid." }, 400);
      }
      return json(pageOf(500, 1000, "page-3"));
    }
    return json(pageOf(1000, 1200));
  });

  await page.goto("/customers");
  const status = page.locator(".picker__status");
  // The first page is in; the second is held back.
  await expect(status).toHaveText("Loading your customers… 500 of 1,200 so far");
  // Typed while the pages arrive; kept when one fails.
  const input = page.getByRole("combobox", { name: "Find a customer" });
  await input.fill("Tenant 42");
  releaseSecond();
  await expect(page.getByRole("alert")).toContainText("This could not be loaded");
  await expect(input).toHaveValue("Tenant 42");
  // The first page's customers are searched while the rest are missing, and the status says so.
  await expect(page.getByRole("option", { name: /Tenant 42 Ltd/ })).toBeVisible();
  await input.fill("Tenant 1150");
  await expect(page.getByRole("option")).toHaveCount(0);
  await expect(status).toHaveText("Only part of your customers could be read (500 of 1,200): the search covers those.");
  await expectNoAxeViolations(page, "with a page of customers failed (HTTP backend)");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(input).toHaveValue("Tenant 1150");
  // The partner is back in the field: the arrow key opens what was typed, now found.
  await expect(input).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("option", { name: /Tenant 1150 Ltd/ })).toBeVisible();
  await input.fill("tenant");
  await expect(page.getByText("Showing 50 of 1,200 – keep typing to narrow")).toBeVisible();
  // The first page was read once: trying again asked for the page that failed, then the last.
  expect(asked).toEqual(["first ", "Next page-2", "Next page-2", "Next page-3"]);
  expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
});

test("HTTP backend: support topics show Partner Center's descriptions, and the filter finds a topic by its description", async ({ page }) => {
  await page.goto("/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/services/office-365/new");
  await waitForApp(page);
  await expect(page.getByRole("radio", { name: "Mail flow" })).toHaveAccessibleDescription(
    "Messages that are delayed, rejected or not delivered",
  );
  await page.getByLabel("Filter topics").fill("problems with managing");
  await expect(page.getByRole("radio")).toHaveCount(1);
  await expect(page.getByRole("radio", { name: "Cannot manage my profile" })).toHaveAccessibleDescription(
    "Issues that are related to errors or problems with managing a profile",
  );
  await expectNoAxeViolations(page, "on the support topics (HTTP backend)");
});

test("HTTP backend: a partner with over a thousand requests sees the newest at once and the rest a page at a time", async ({ page, request }) => {
  const errors = watchForErrors(page);
  const added = await request.post(`${control}/__control/requests`, { data: { count: 1200 } });
  expect(await added.json()).toEqual({ serviceRequests: 1204 });
  await page.goto("/requests");
  await expect(page.locator("#request-count")).toHaveText("1,204 service requests");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator(".request-link")).toHaveText("6252000000000000");
  await expect(rows.nth(49).locator(".request-link")).toHaveText("6252000000000049");
  await expect(page.locator(".list-more")).toContainText("Showing the first 50 of 1,204");
  await expectNoAxeViolations(page, "on a long request list (HTTP backend)");
  await snap(page, "requests-long");

  // From the keyboard: the button brings the next 50 under the last, and the focus to the first.
  const more = page.getByRole("button", { name: "Show 50 more requests" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(100);
  await expect(rows.nth(50).locator(".request-link")).toBeFocused();
  await expect(rows.nth(50).locator(".request-link")).toHaveText("6252000000000050");
  await expect(page.locator(".list-more")).toContainText("Showing the first 100 of 1,204");
  expect(new URL(page.url()).search).toBe("?shown=100");

  // A request opened from the second page, and back: the same 100, that request in view and
  // focused, so the partner goes on from there.
  await rows.nth(79).locator(".request-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/\(79\)/);
  await page.goBack();
  await expect(rows).toHaveCount(100);
  const opened = rows.nth(79).locator(".request-link");
  await expect(opened).toBeFocused();
  await expect(opened).toHaveText("6252000000000079");
  await expect(opened).toBeInViewport();

  // A search covers every request, not only those listed, and starts again at one page.
  await page.getByRole("searchbox", { name: "Search" }).fill("vpn");
  await expect(page.locator("#request-count")).toHaveText("150 of 1,204 service requests match");
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator(".request-title")).toHaveText("VPN gateway disconnects (7)");
  // In Russian, with what was asked for kept.
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
  await expect(page.locator(".list-more")).toContainText("Показаны первые 50 из 150");
  await expect(page.getByRole("button", { name: "Показать ещё 50 запросов" })).toBeVisible();
  await expect(rows).toHaveCount(50);
  await page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox", { name: "Search" }).fill("vpn (1199)");
  await expect(rows).toHaveCount(1);
  await expect(page.locator(".list-more")).toHaveCount(0);
  expect(errors).toEqual([]);
});

type Topic = { id: number; name: string; category: string; description: string; common: boolean };
/** The topics the filter must show: every word in the name, category or description. */
const matching = (topics: Topic[], query: string) => topics.filter((t) => {
  const text = `${t.name}\n${t.category}\n${t.description}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
});

test("HTTP backend: over a catalogue of 300 topics the filter shows the matching ones in place, the error leads to the first shown, and a choice stays in sight", async ({ page }) => {
  const errors = watchForErrors(page);
  const topics: Topic[] = manyTopics(300, (i: number) => i % 25 === 0);
  const serve = (list: Topic[]) => page.route("**/api/v1/servicerequests/supporttopics*", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ totalCount: list.length, items: list, attributes: { objectType: "Collection" } }) }));
  await serve(topics);
  await page.goto("/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/services/office-365/new");
  await waitForApp(page);
  const radios = page.getByRole("radio");
  const common = topics.filter((t) => t.common);
  await expect(radios).toHaveCount(common.length);
  const visibleHeadings = () => page.locator(".topic-group__title:visible").allTextContents();

  await next(page);
  await expectErrorSummary(page, ["Select a support topic"]);
  await page.getByRole("link", { name: "Select a support topic" }).click();
  await expect(radios.first()).toBeFocused();
  await expect(radios.first()).toHaveAccessibleName(common[0].name);

  // The filter looks through every topic, common or not, and shows the matches under their categories.
  const filter = page.getByLabel("Filter topics");
  // With no topic shown, Continue's error leads to the filter, to clear it.
  await filter.fill("teams zzz");
  await expect(radios).toHaveCount(0);
  await next(page);
  await page.getByRole("link", { name: "Select a support topic" }).click();
  await expect(filter).toBeFocused();
  for (const query of ["calendar", "calendar case 1", "Mailbox BILLING", "sync for some users"]) {
    await filter.fill(query);
    const found = matching(topics, query);
    expect(found.length, query).toBeGreaterThan(1);
    await expect(radios, query).toHaveCount(found.length);
    await expect(page.getByRole("status").filter({ hasText: "topics match" })).toHaveText(`${found.length} topics match`);
    expect((await radios.evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)))).sort()).toEqual(found.map((t) => t.id).sort());
    expect((await visibleHeadings()).sort()).toEqual([...new Set(found.map((t) => t.category))].sort());
    // The error's link leads to the first topic shown, not to one the filter hides.
    await page.getByRole("link", { name: "Select a support topic" }).click();
    await expect(radios.first()).toBeFocused();
    await expect(page.locator("#support-topic")).toHaveCount(1);
    // The arrow keys go from topic to topic shown, past those the filter hides.
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(1)).toBeFocused();
    await expect(radios.nth(1)).toBeChecked();
    await page.keyboard.press("ArrowUp");
    await expect(radios.first()).toBeChecked();
  }
  await expect(page.getByRole("button", { name: "More…" })).toBeHidden();
  await expectNoAxeViolations(page, "on 300 topics, filtered");

  // A topic found behind "More..." stays in sight, chosen, when the filter is cleared.
  const rare = matching(topics, "sync for some users").find((t) => !t.common)!;
  await page.getByRole("radio", { name: rare.name, exact: true }).check();
  await filter.fill("");
  await expect(page.getByRole("radio", { name: rare.name, exact: true })).toBeChecked();
  await expect(radios).toHaveCount(topics.length);
  await expect(page.getByRole("button", { name: "Show only common topics" })).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: "Show only common topics" }).click();
  await expect(radios).toHaveCount(common.length);

  await filter.fill("teams zzz");
  await expect(radios).toHaveCount(0);
  expect(await visibleHeadings()).toEqual([]);
  await expect(page.getByRole("status").filter({ hasText: "No topic matches" })).toBeVisible();

  // With no topic marked common, all show at once and there is no "More..." that does nothing.
  await serve(manyTopics(300, () => false));
  await page.reload();
  await waitForApp(page);
  await expect(radios).toHaveCount(300);
  await expect(page.getByRole("button", { name: /More…|Show only common topics/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

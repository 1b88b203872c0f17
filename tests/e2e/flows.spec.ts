import { expect, test, type Locator, type Page } from "@playwright/test";
import { CONTOSO } from "./backends";
import { expectErrorSummary, fillAzureBasics, fillAzureDetails, fillContact, next, openFlow, pickCustomer, reachAzureDetails } from "./flow_helpers";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

test("Azure flow: from picking a customer to the new request in the customer's list", async ({ page }) => {
  const errors = watchForErrors(page);
  await pickCustomer(page, "contoso", /Contoso GmbH/);
  await openFlow(page, /Create or view service request.*Azure/);
  await expect(page.getByRole("heading", { level: 1, name: "New support request" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Steps" }).locator('[aria-current="step"]')).toHaveText("Basics");
  await snap(page, "azure-basics");

  // An empty step: every problem at once, in a summary that takes focus.
  await next(page);
  await expectErrorSummary(page, ["Select an issue type", "Select the Azure subscription", "Enter a title for the request"]);
  await expect(page.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "on Basics with errors");
  await snap(page, "azure-basics-errors");
  await page.locator(".error-summary").getByRole("link", { name: "Enter a title for the request" }).click();
  await expect(page.getByLabel("Summary")).toBeFocused();

  // A support plan other than Cloud Solution Provider is refused for a customer's request.
  await fillAzureBasics(page, "Premier");
  await next(page);
  await expectErrorSummary(page, [/Select Cloud Solution Provider as the support plan/]);
  await expect(page.getByLabel("Summary")).toHaveValue("VM in West Europe does not start after resize");
  await page.getByLabel("Cloud Solution Provider", { exact: true }).check();
  await next(page);

  await expect(page).toHaveURL(/step=details/);
  await next(page);
  await expectErrorSummary(page, ["Enter a description of the problem", "Select a severity"]);
  await page.getByLabel("Description").fill("After resizing to D4s_v5 the VM stays in 'Starting'. Boot diagnostics show no errors.");
  await page.getByLabel("A – Critical impact").check();
  await page.getByLabel("Yes", { exact: true }).check();
  await snap(page, "azure-details");
  await next(page);

  await expect(page).toHaveURL(/step=contact/);
  await fillContact(page, "anna@CONTOSO.de");
  await snap(page, "azure-contact");
  await next(page);
  await expectErrorSummary(page, ["Enter your own e-mail address, not one at the customer's domain (contoso.de)"]);
  await expectNoAxeViolations(page, "on Contact with the customer's e-mail");
  await page.getByLabel("E-mail address").fill("anna.schmidt@partner.example");
  await next(page);

  await expect(page).toHaveURL(/step=review/);
  await expect(page.getByRole("heading", { name: "Review" })).toBeVisible();
  await expect(page.getByText("VM in West Europe does not start after resize")).toBeVisible();
  await expectNoAxeViolations(page, "on Review");
  await snap(page, "azure-review");

  // Change returns to the field, then back to the review.
  await page.getByRole("link", { name: /Change\s+summary/i }).click();
  await expect(page).toHaveURL(/step=basics.*then=review/);
  await expect(page.getByLabel("Summary")).toBeFocused();
  await page.getByLabel("Summary").fill("VM does not start after resize");
  await next(page);
  await expect(page).toHaveURL(/step=review/);
  await expect(page.getByText("VM does not start after resize")).toBeVisible();

  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  const number = (await page.locator(".request-id").textContent())?.trim() ?? "";
  expect(number).toMatch(/^\d{10,}$/);
  await expect(page.getByText(/First response due by/)).toBeVisible();
  await expectNoAxeViolations(page, "on the confirmation");
  await snap(page, "azure-created");

  await page.getByRole("link", { name: "View the customer's service requests" }).click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();
  await expect(page.getByText("VM does not start after resize")).toBeVisible();
  expect(errors).toEqual([]);
});

test("Office 365 flow: topic behind More..., validation, Submit, and the list", async ({ page }) => {
  const errors = watchForErrors(page);
  await pickCustomer(page, "chateau", /Château Lumière/);
  await openFlow(page, /Create or view service request.*Office 365/);
  await expect(page.getByRole("heading", { level: 1, name: "Create service request" })).toBeVisible();
  await next(page);
  await expectErrorSummary(page, ["Select a support topic"]);
  await expectNoAxeViolations(page, "on the topic step with an error");

  const more = page.getByRole("button", { name: "More…" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  const commonCount = await page.getByRole("radio").count();
  await more.click();
  await expect(page.getByRole("button", { name: "Show only common topics" })).toHaveAttribute("aria-expanded", "true");
  expect(await page.getByRole("radio").count()).toBeGreaterThan(commonCount);
  await snap(page, "o365-topics");
  // A topic alone in its category takes the whole row; on a phone, every card fits the screen.
  const widths = () => page.locator(".topics").evaluateAll((lists) => lists.map((list) => ({
    list: list.getBoundingClientRect().width,
    cards: [...list.children].map((card) => card.getBoundingClientRect().width),
  })));
  const alone = (await widths()).filter((w) => w.cards.length === 1);
  expect(alone.length).toBeGreaterThan(0);
  for (const w of alone) expect(w.cards[0]).toBeCloseTo(w.list, 0);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const w of await widths()) for (const card of w.cards) expect(card).toBeLessThanOrEqual(w.list + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel("Filter topics").fill("mail");
  await expect(page.getByRole("status").filter({ hasText: /topics? match/ })).toBeVisible();
  await page.getByRole("radio").first().check();
  await next(page);

  await next(page);
  await expectErrorSummary(page, ["Enter a title for the request", "Enter a description of the problem", "Select a severity"]);
  await page.getByLabel("Title").fill("Users cannot receive external mail");
  await page.getByLabel("Description").fill("Since 09:00 CET no mail from outside arrives. Internal mail works.");
  await page.getByLabel("B – Moderate impact").check();
  await snap(page, "o365-details");
  await next(page);

  await fillContact(page, "anna@chateau-lumiere.fr");
  await next(page);
  await expectErrorSummary(page, [/not one at the customer's domain \(chateau-lumiere\.fr\)/]);
  await page.getByLabel("E-mail address").fill("anna.schmidt@partner.example");
  await page.getByLabel("Save these details for future requests").check();
  await next(page);

  await expect(page.getByText("Users cannot receive external mail")).toBeVisible();
  await snap(page, "o365-review");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
  const number = (await page.locator(".request-id").textContent())?.trim() ?? "";
  await page.getByRole("link", { name: "View the customer's service requests" }).click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();

  // The saved contact prefills the next request.
  await page.goto(page.url().replace(/\/requests$/, "/services/office-365/new"));
  await page.getByRole("radio").first().check();
  await next(page);
  await page.getByLabel("Title").fill("Second request");
  await page.getByLabel("Description").fill("Details");
  await page.getByLabel("C – Minimal impact").check();
  await next(page);
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.schmidt@partner.example");
  expect(errors).toEqual([]);
});

test.describe("on a computer whose clock is UTC", () => {
  test.use({ timezoneId: "UTC" });

  test("one business day is counted in the partner's time zone, the one the due time is shown in", async ({ page }) => {
    const errors = watchForErrors(page);
    // Friday 4 December 2026, 15:00 UTC: 18:00 in Moscow, after the partner's business hours.
    await page.clock.setFixedTime(new Date("2026-12-04T15:00:00Z"));
    await page.goto("/profile");
    await waitForApp(page);
    await page.getByLabel("First name").fill("Irina");
    await page.getByLabel("Last name").fill("Volkova");
    await page.getByLabel("E-mail address").fill("irina.volkova@partner.example");
    await page.getByLabel("Country").selectOption("RUS");
    await page.getByLabel("Time zone").selectOption("Europe/Moscow");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your details are saved" })).toBeVisible();

    // A billing question: answered within one business day.
    await page.goto(`/customers/${CONTOSO.mock}/azure/new`);
    await waitForApp(page);
    await page.getByLabel("Billing", { exact: true }).check();
    await page.getByLabel("Subscription", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Summary").fill("Invoice for November shows the wrong quantity");
    await page.getByLabel("Problem type").selectOption({ index: 1 });
    const subtype = page.getByLabel("Problem subtype");
    if (await subtype.count()) await subtype.selectOption({ index: 1 });
    await page.getByLabel("Cloud Solution Provider", { exact: true }).check();
    await next(page);
    await fillAzureDetails(page, "The invoice counts 40 licences; the customer has 25.", "C – Minimal impact");
    await next(page);
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Moscow");
    await next(page);
    await expect(page).toHaveURL(/step=review/);
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    // The next business day's worth of hours ends Monday 17:00 in Moscow (14:00 UTC); counted
    // on the computer's UTC clock it would end at 15:00 UTC, shown as 18:00 in Moscow.
    await expect(page.locator("p.due")).toHaveText("First response due by 7 Dec 2026, 17:00");
    expect(errors).toEqual([]);
  });
});

test("own subscriptions: the partner's own support plan is asked for and checked", async ({ page }) => {
  await page.goto("/customers/my-organization/azure/new");
  await waitForApp(page);
  await expect(page.getByRole("heading", { name: "Your own support plan" })).toBeVisible();
  await expect(page.getByText(/the CSP support benefit does not cover/)).toBeVisible();
  // The subscription is the partner's own, not a customer's.
  await expect(page.getByLabel("Subscription", { exact: true })).toHaveAccessibleDescription(
    "Your own Azure subscription that has the problem.",
  );
  await fillAzureBasics(page, "");
  await page.getByLabel("MPN contract ID").check();
  await page.getByLabel("Support plan ID").fill("12");
  await next(page);
  await expectErrorSummary(page, [/Enter the support plan ID as it appears on your agreement/]);
  await expectNoAxeViolations(page, "on own-subscription Basics with errors");
  await snap(page, "own-basics-errors");
  await page.getByLabel("Support plan ID").fill("1234-567");
  await next(page);
  await page.getByLabel("Description").fill("Our own VM does not start.");
  await page.getByLabel("C – Minimal impact").check();
  await page.getByLabel("No", { exact: true }).check();
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  await expect(page.getByText("MPN contract ID: 1234-567")).toBeVisible();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
});

test("a step cannot be reached before the steps before it are complete", async ({ page }) => {
  await page.goto("/customers/my-organization/azure/new?step=review");
  await waitForApp(page);
  await expect(page).toHaveURL(/step=basics/);
});

test("what was typed survives a reload, and the draft can be discarded", async ({ page }) => {
  await pickCustomer(page, "contoso", /Contoso GmbH/);
  await openFlow(page, /Create or view service request.*Azure/);
  await page.getByLabel("Summary").fill("Draft title");
  await page.reload();
  await expect(page.getByLabel("Summary")).toHaveValue("Draft title");
  await expect(page.getByText(/We restored the draft/)).toBeVisible();
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue("");
});

test.describe("in Berlin", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("a problem start typed in part is kept and refused with what to do, not taken as not known; clearing one part keeps the others", async ({ page }) => {
    const errors = watchForErrors(page);
    await page.clock.setFixedTime(new Date("2026-12-02T12:00:00Z"));
    await reachAzureDetails(page, "The VM stopped answering on Tuesday night.");
    const start = page.getByLabel("When did the problem start?");
    const partial = () => start.evaluate((input: HTMLInputElement) => input.value === "" && input.validity.badInput);
    const readBack = page.locator("#problem-start-read-back");

    // The date typed, not the time: the browser gives the field no value.
    await start.focus();
    await page.keyboard.type("11242026");
    expect(await partial()).toBe(true);
    await next(page);
    await expectErrorSummary(page, ["Enter both the date and the time the problem started, or clear the field if you do not know"]);
    await expect(page).toHaveURL(/step=details/);
    await expect(start).toHaveAttribute("aria-invalid", "true");
    expect(await partial(), "what was typed stays in the field").toBe(true);

    // The time added after it: the whole of it is read back.
    await start.click({ position: { x: 20, y: 10 } });
    await page.keyboard.type("11242026");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1130P");
    await expect(start).toHaveValue("2026-11-24T23:30");
    await expect(readBack).toHaveText("That is Tuesday, 24 November 2026 at 23:30 GMT+1.");

    // Clearing the month to type another keeps the day, the year and the time.
    await start.click({ position: { x: 20, y: 10 } });
    await page.keyboard.press("Backspace");
    expect(await partial()).toBe(true);
    await expect(readBack).toHaveCount(0);
    await page.keyboard.type("10");
    await expect(start).toHaveValue("2026-10-24T23:30");
    await expect(readBack).toHaveText("That is Saturday, 24 October 2026 at 23:30 GMT+2.");

    await next(page);
    await expect(page).toHaveURL(/step=contact/);
    await page.goBack();
    await expect(start).toHaveValue("2026-10-24T23:30");
    expect(errors).toEqual([]);
  });
});

/** Presses Tab until `target` has focus: proves it can be reached by keyboard. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test("keyboard only: the Azure flow from the picker to the confirmation", async ({ page }) => {
  await page.goto("/customers");
  await waitForApp(page);
  await tabTo(page, page.getByRole("combobox"));
  await page.keyboard.type("Contoso");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/customers\/[^/]+$/);
  await tabTo(page, page.getByRole("link", { name: /Create or view service request.*Azure/ }));
  await page.keyboard.press("Enter");

  await tabTo(page, page.getByLabel("Technical", { exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("Subscription", { exact: true }));
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByLabel("Service", { exact: true }));
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByLabel("Summary"));
  await page.keyboard.type("Keyboard-only request");
  await tabTo(page, page.getByLabel("Problem type"));
  await page.keyboard.press("ArrowDown");
  const subtype = page.getByLabel("Problem subtype");
  if (await subtype.count()) {
    await tabTo(page, subtype);
    await page.keyboard.press("ArrowDown");
  }
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/step=details/);
  await tabTo(page, page.getByLabel("Description"));
  await page.keyboard.type("Typed without a mouse.");
  // In a radio group Tab reaches the first radio; the arrow keys move and choose.
  await tabTo(page, page.getByLabel("A – Critical impact"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("C – Minimal impact")).toBeChecked();
  await tabTo(page, page.getByLabel("Yes", { exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("No", { exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/step=contact/);
  for (const [label, text] of [["First name", "Kai"], ["Last name", "Berg"], ["E-mail address", "kai@partner.example"]]) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(text);
  }
  await tabTo(page, page.getByLabel("Country"));
  await page.keyboard.type("Germany");
  await tabTo(page, page.getByLabel("Time zone"));
  await page.keyboard.type("Berlin");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/step=review/);
  await tabTo(page, page.getByRole("button", { name: "Create" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
});

test("deep links open at the top of the page on a phone, and nothing on screen moves as they load", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of ["/customers/my-organization/azure/new", "/requests", "/customers"]) {
    await page.goto(path);
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path.endsWith("/new")) await expect(page.getByRole("heading", { level: 2, name: "Basics" })).toBeFocused();
    else await page.waitForLoadState("networkidle");
    // The step heading takes the focus where it is: the page's title above it stays in sight.
    expect(await page.evaluate(() => scrollY), path).toBe(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
  }
});

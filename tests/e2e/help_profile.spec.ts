import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

const PROFILE_KEY = "psd.profile.v1";

test("help answers the FAQ, with a contents list and the response-time table", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/help");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page).toHaveTitle("Help – Partner Support Desk");

  const toc = page.getByRole("navigation", { name: "On this page" });
  const links = toc.getByRole("link");
  const questions = page.locator(".help-section h2");
  expect(await links.count()).toBeGreaterThanOrEqual(7);
  await expect(links).toHaveText(await questions.allTextContents());

  const table = page.getByRole("table", { name: "Initial response times for critical technical incidents" });
  await expect(table.getByRole("columnheader")).toHaveText(["Severity", "Business impact", "Initial response"]);
  await expect(table.getByRole("rowheader")).toHaveText(["A – Critical", "B – Moderate", "C – Minimal"]);
  await expect(table.locator(".response-times__target")).toHaveText(["2 hours", "4 hours", "8 hours"]);

  const main = page.locator("main");
  for (const fact of [
    "Microsoft Azure",
    "Enterprise Mobility Suite",
    "Other services are out of scope",
    "not part of the CSP support benefit",
    "an MPN contract ID",
    "Signature Cloud Support",
    "paid subscription or on a trial",
    "within one business day",
    "support in English only",
    "This programme has no phone support",
    "puts you in your own context",
    "keep Cloud Solution Provider as the support plan",
  ]) {
    await expect(main).toContainText(fact);
  }

  await toc.getByRole("link", { name: "How soon does Microsoft respond?" }).click();
  await expect(page).toHaveURL(/\/help#response-times$/);
  await expect(page.getByRole("heading", { level: 2, name: "How soon does Microsoft respond?" })).toBeInViewport();

  await expectNoAxeViolations(page, "on help");
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, "help");
  expect(errors).toEqual([]);
});

async function openProfile(page: Page) {
  await page.goto("/profile");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
}

async function fillProfile(page: Page) {
  await page.getByLabel("First name").fill("  Anna ");
  await page.getByLabel("Last name").fill("Schmidt");
  await page.getByLabel("E-mail address").fill(" anna.schmidt@partner.example  ");
  await page.getByLabel("Phone number (optional)").fill("+49 30 1234-5678 ");
  await page.getByLabel("Country").selectOption("DEU");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
}

test("the profile validates on submit, like every form here", async ({ page }) => {
  const errors = watchForErrors(page);
  await openProfile(page);
  await expect(page).toHaveTitle("Your profile – Partner Support Desk");
  await expect(page.getByText("Your details are kept in this browser only.")).toBeVisible();
  // The profile shows no response times, so the note says which times it means.
  await expect(page.getByLabel("Support language")).toHaveAccessibleDescription(
    "Microsoft's response times hold for support in English. Support in other languages is given during business hours.",
  );
  await expectNoAxeViolations(page, "on the profile");

  await page.getByLabel("E-mail address").fill("anna at partner");
  await page.getByRole("button", { name: "Save details" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expect(summary.getByRole("link", { name: "Enter your first name" })).toHaveAttribute("href", "#first-name");
  await expect(summary.getByRole("link", { name: /Enter an e-mail address in the correct format/ })).toBeVisible();
  await expect(page).toHaveTitle("Error: Your profile – Partner Support Desk");
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna at partner"); // kept as typed
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toContainText("Enter an e-mail address in the correct format");
  await expectNoAxeViolations(page, "on the profile's error state");
  await snap(page, "profile-error");

  await summary.getByRole("link", { name: "Enter your first name" }).click();
  await expect(page.getByLabel("First name")).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROFILE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test("saved details survive a reload, are stored in this browser, and can be cleared", async ({ page }) => {
  const errors = watchForErrors(page);
  await openProfile(page);
  await fillProfile(page);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your details are saved" })).toBeVisible();
  await expect(page).toHaveTitle("Your profile – Partner Support Desk");
  const partnerName = page.getByRole("banner").getByRole("link", { name: "Anna Schmidt" });
  await expect(partnerName).toBeVisible();
  // What is saved is shown, without the spaces typed around it.
  await expect(page.getByLabel("First name")).toHaveValue("Anna");
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.schmidt@partner.example");
  await expect(page.getByLabel("Phone number (optional)")).toHaveValue("+49 30 1234-5678");
  await snap(page, "profile");

  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROFILE_KEY)) ?? "{}");
  expect(stored).toMatchObject({
    first_name: "Anna",
    last_name: "Schmidt",
    email: "anna.schmidt@partner.example",
    phone: "+49 30 1234-5678",
    country: "DEU",
    time_zone: "Europe/Berlin",
    support_language: "en-us",
  });

  await page.reload();
  await waitForApp(page);
  await expect(partnerName).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Anna");
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.schmidt@partner.example");
  await expect(page.getByLabel("Country")).toHaveValue("DEU");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  // The zone as a partner reads it: the city, the zone's name and its offset from GMT.
  await expect(page.getByLabel("Time zone").locator("option:checked")).toHaveText(
    /^Berlin – Central European (Standard )?Time \(GMT\+[12]\)$/,
  );

  await page.getByRole("button", { name: "Clear saved details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your saved details are cleared" })).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("");
  await expect(page.getByLabel("First name")).toBeFocused();
  await expect(partnerName).toHaveCount(0);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel("E-mail address")).toHaveValue("");
  await expect(partnerName).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Clear saved details" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("saved details prefill a new request's contact step", async ({ page }) => {
  await openProfile(page);
  await fillProfile(page);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your details are saved" })).toBeVisible();

  // Contoso's list gives its customer id; its Office 365 form starts with the topic step.
  await page.goto("/requests?q=contoso");
  await waitForApp(page);
  await page.locator("tbody td[data-label=Customer] a").first().click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}\/requests$/);
  await page.goto(page.url().replace(/\/requests$/, "/services/office-365/new"));
  await waitForApp(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Title").fill("Prefill check");
  await page.getByLabel("Description").fill("Only to see the contact step.");
  await page.getByLabel("C – Minimal impact").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("First name")).toHaveValue("Anna");
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.schmidt@partner.example");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
});

test("when the browser refuses to store the details, the profile says so plainly", async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "psd.profile.v1") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return original.call(this, key, value);
    };
  });
  await openProfile(page);
  await fillProfile(page);
  await page.getByRole("button", { name: "Save details" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Your browser did not save your details");
  await expect(alert).toContainText("allow storage for this site");
  await expect(page.getByRole("status").filter({ hasText: "Your details are saved" })).toHaveCount(0);
  await expect(page.getByLabel("First name")).toHaveValue("  Anna "); // nothing lost
  await expectNoAxeViolations(page, "on the profile when storage is refused");
});

// Steps shared by the request-flow tests.
import { expect, type Page } from "@playwright/test";
import { waitForApp } from "./helpers";

/** Picks a customer in the customer picker, by typing part of its name. */
export async function pickCustomer(page: Page, query: string, name: RegExp) {
  await page.goto("/customers");
  await waitForApp(page);
  const picker = page.getByRole("combobox");
  await picker.fill(query);
  await page.getByRole("option", { name }).first().click();
  await expect(page).toHaveURL(/\/customers\/[^/]+$/);
}

export async function openFlow(page: Page, family: RegExp) {
  await page.getByRole("link", { name: family }).click();
}

export async function expectErrorSummary(page: Page, messages: (string | RegExp)[]) {
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  for (const message of messages) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
}

export async function fillAzureBasics(page: Page, plan = "Cloud Solution Provider") {
  await page.getByLabel("Technical", { exact: true }).check();
  await page.getByLabel("Subscription", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Service", { exact: true }).selectOption({ label: "Virtual Machine running Windows" });
  await page.getByLabel("Summary").fill("VM in West Europe does not start after resize");
  await page.getByLabel("Problem type").selectOption({ index: 1 });
  const subtype = page.getByLabel("Problem subtype");
  if (await subtype.count()) await subtype.selectOption({ index: 1 });
  if (plan) await page.getByLabel(plan, { exact: true }).check();
}

/** Fills the Azure flow's Details: the description, a severity and no diagnostic consent. */
export async function fillAzureDetails(page: Page, description: string, severity = "B – Moderate impact") {
  await page.getByLabel("Description").fill(description);
  await page.getByLabel(severity).check();
  await page.getByLabel("No", { exact: true }).check();
}

/** Picks Contoso GmbH, opens its Azure flow and goes through Basics to a filled Details. */
export async function reachAzureDetails(page: Page, description: string) {
  await pickCustomer(page, "contoso", /Contoso GmbH/);
  await openFlow(page, /Create or view service request.*Azure/);
  await fillAzureBasics(page);
  await next(page);
  await fillAzureDetails(page, description);
}

export async function fillContact(page: Page, email: string) {
  await page.getByLabel("First name").fill("Anna");
  await page.getByLabel("Last name").fill("Schmidt");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Country").selectOption("DEU");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
}

export const next = (page: Page) => page.getByRole("button", { name: "Continue" }).click();

/** Fills the Office 365 flow for `customerId` up to its review. */
export async function fillOfficeRequest(page: Page, customerId: string, title: string) {
  await page.goto(`/customers/${customerId}/services/office-365/new`);
  await waitForApp(page);
  await fillOfficeSteps(page, title);
}

/** Fills the steps of the Office 365 flow already open, up to its review. */
export async function fillOfficeSteps(page: Page, title: string) {
  await page.getByRole("radio").first().check();
  await next(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("No mail from outside arrives since 09:00 CET.");
  await page.getByLabel("B – Moderate impact").check();
  await next(page);
  await fillContact(page, "anna.schmidt@partner.example");
  await next(page);
  await expect(page).toHaveURL(/step=review/);
}


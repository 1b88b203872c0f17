// One whole flow against the HTTP backend: the app talks to the contract server through
// Prism (which checks every request against api/openapi.yaml), proxied same-origin at /api.
import { expect, test } from "@playwright/test";
import { fillAzureBasics, fillContact, next, openFlow, pickCustomer } from "./flow_helpers";
import { expectNoAxeViolations, watchForErrors } from "./helpers";

const control = process.env.CONTRACT_CONTROL_URL ?? "http://127.0.0.1:4011";

test.beforeEach(async ({ page, request }) => {
  const reset = await request.post(`${control}/__control/reset`);
  expect(reset.ok(), "the contract server must be running (tests/contract-server/start.sh)").toBeTruthy();
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: "/api/v1", timeoutMs: 5000 }),
    }),
  );
});

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
  await page.getByLabel("Description").fill("Created through the HTTP adapter.");
  await page.getByLabel("B – Moderate impact").check();
  await page.getByLabel("No", { exact: true }).check();
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

import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

// Seed customers of the mock backend (src/backend/mock/seed/customers.rs).
const MULLER = "Müller & Söhne Straßenbau GmbH"; // Microsoft Cloud Germany
const ROGA = "Рога и копыта";
const FABRIKAM = "Fabrikam, Inc."; // fabrikam.com
const CONTOSO = "Contoso GmbH"; // Azure, Office 365, EMS and CRM Online
const NORTHWIND = "Northwind Traders"; // only services out of scope

const OUT_OF_SCOPE =
  "Service requests through Partner Center cover Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite only.";

function mockConfig(mock: Record<string, unknown>) {
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

async function openPicker(page: Page) {
  await page.goto("/customers");
  await waitForApp(page);
  const combobox = page.getByRole("combobox", { name: "Find a customer" });
  await expect(combobox).toBeVisible();
  // The field takes typing at once; the keys that move through the list wait for the customers.
  await expect(page.locator(".picker__status")).not.toHaveText("Loading your customers…");
  return combobox;
}

const listbox = (page: Page) => page.getByRole("listbox", { name: "Customers" });
const options = (page: Page) => listbox(page).getByRole("option");

/** Opens a customer's service management screen through the picker; returns its URL path. */
async function openCustomer(page: Page, query: string, name: string) {
  const combobox = await openPicker(page);
  await combobox.fill(query);
  await options(page).filter({ hasText: name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} – Service management` })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("the picker finds customers by name without accents, by Cyrillic name, by domain and by tenant ID", async ({ page }) => {
  const errors = watchForErrors(page);
  const contosoPath = await openCustomer(page, "contoso gmbh", CONTOSO);
  const tenantId = (await page.locator(".tenant-id").textContent())?.trim() ?? "";
  expect(tenantId).toMatch(/^[0-9a-f-]{36}$/);

  const combobox = await openPicker(page);
  await combobox.fill("muller");
  await expect(options(page).first()).toContainText(MULLER);
  await expect(options(page).first()).toContainText("Microsoft Cloud Germany");
  await expect(page.locator(".picker__status")).toHaveText(/^\d+ customers? match(es)?$/);
  await expect(page.locator(".picker__status")).toHaveAttribute("role", "status");

  await combobox.fill("strassenbau");
  await expect(options(page).first()).toContainText(MULLER);

  await combobox.fill("рога и");
  await expect(options(page)).toHaveCount(1);
  await expect(options(page)).toContainText(ROGA);
  await expect(page.locator(".picker__status")).toHaveText("1 customer matches");

  await combobox.fill("fabrikam.com");
  await expect(options(page).first()).toContainText(FABRIKAM);
  await expect(options(page).first()).toContainText("fabrikam.com");

  await combobox.fill(tenantId.toUpperCase());
  await expect(options(page)).toHaveCount(1);
  await expect(options(page)).toContainText(CONTOSO);
  await options(page).click();
  await expect(page).toHaveURL(new RegExp(`${contosoPath}$`));
  expect(errors).toEqual([]);
});

test("keyboard only: type, ArrowDown, Enter opens service management", async ({ page }) => {
  const errors = watchForErrors(page);
  const combobox = await openPicker(page);
  await combobox.focus();
  await page.keyboard.type("fabrikam");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expect(combobox).not.toHaveAttribute("aria-activedescendant");
  await page.keyboard.press("ArrowDown");
  const first = options(page).first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
  await expect(combobox).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `${FABRIKAM} – Service management` })).toBeVisible();
  await expect(page).toHaveTitle(`${FABRIKAM} – Service management – Partner Support Desk`);
  expect(errors).toEqual([]);
});

test("in Windows high contrast, the customer chosen with the arrow keys, the current page and the language stay marked", async ({ page }) => {
  // Forced colours drop backgrounds and shadows, which mark them otherwise.
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  const combobox = await openPicker(page);
  await combobox.fill("con");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const outline = (option: Locator) =>
    option.evaluate((el) => {
      const style = getComputedStyle(el);
      return style.outlineStyle === "none" ? "none" : `${style.outlineStyle} ${style.outlineWidth}`;
    });
  const all = options(page);
  expect(await all.count()).toBeGreaterThan(2);
  await expect(all.nth(1)).toHaveAttribute("aria-selected", "true");
  expect(await outline(all.nth(1))).toBe("solid 2px");
  expect(await outline(all.nth(0))).toBe("none");
  expect(await outline(all.nth(2))).toBe("none");
  const current = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" });
  await expect(current).toHaveAttribute("aria-current", "page");
  expect(await outline(current)).toBe("solid 2px");
  const language = page.locator(".language__choice");
  await expect(language.nth(0)).toHaveAttribute("aria-pressed", "true");
  expect([await outline(language.nth(0)), await outline(language.nth(1))]).toEqual(["solid 2px", "none"]);
  await snap(page, "picker-high-contrast");
});

test("Escape closes the list, a second Escape clears the input; no match says what to try", async ({ page }) => {
  const combobox = await openPicker(page);
  await combobox.fill("contoso");
  await expect(listbox(page)).toBeVisible();
  await combobox.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(listbox(page)).toBeHidden();
  await expect(combobox).toHaveValue("contoso");
  await combobox.press("Escape");
  await expect(combobox).toHaveValue("");

  await combobox.fill("xyzzy");
  await expect(page.locator(".picker__status")).toHaveText(
    "No customer matches “xyzzy”. Check the spelling, or search by domain or tenant ID.",
  );
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
});

test("the own organization is the first entry and opens its own service management", async ({ page }) => {
  const combobox = await openPicker(page);
  await combobox.press("ArrowDown");
  await expect(options(page).first()).toContainText("My organization: own subscriptions");
  await combobox.fill("own sub");
  await expect(options(page)).toHaveCount(1);
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/customers\/my-organization$/);
  await expect(page.getByRole("heading", { level: 1, name: "My organization – Service management" })).toBeVisible();
  await expect(page.getByText("not covered by the CSP support benefit")).toBeVisible();
  await expect(page.getByText("MPN contract ID, a Premier support plan or an Azure support plan")).toBeVisible();
  // The partner's own Visual Studio subscription is out of scope.
  await expect(page.getByText(OUT_OF_SCOPE)).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Create or view service request for Microsoft Azure" }),
  ).toHaveAttribute("href", "/customers/my-organization/azure/new");
  await expectNoAxeViolations(page, "on the own organization's service management");
  await snap(page, "service-management-own-organization");
});

test("axe finds nothing with the picker open, in light and dark", async ({ page }) => {
  const errors = watchForErrors(page);
  const combobox = await openPicker(page);
  await combobox.fill("co");
  await combobox.press("ArrowDown");
  await combobox.press("ArrowDown");
  await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await expectNoAxeViolations(page, "with the picker open (light)");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, "with the picker open (dark)");
  await page.emulateMedia({ colorScheme: "light" });
  await snap(page, "customers");
  expect(errors).toEqual([]);
});

test("service management: details, services by family, and the flow each link leads to", async ({ page }) => {
  const errors = watchForErrors(page);
  const path = await openCustomer(page, "contoso", CONTOSO);
  const main = page.getByRole("main");
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("listitem")).toHaveText([
    "Customers",
    CONTOSO,
    "Service management",
  ]);
  const details = page.getByRole("region", { name: "Customer details" });
  await expect(details).toContainText("contoso.onmicrosoft.com");
  await expect(details).toContainText("contoso.de");
  await expect(details).toContainText("Reseller");
  await expect(details).toContainText("Global");
  for (const family of ["Microsoft Azure", "Office 365", "Enterprise Mobility Suite", "Microsoft Dynamics CRM Online"]) {
    await expect(main.getByRole("heading", { level: 2, name: family })).toBeVisible();
  }
  const azure = page.getByRole("region", { name: "Microsoft Azure" });
  await expect(azure.getByRole("cell", { name: "Production" })).toBeVisible();
  await expect(azure.getByText("Active").first()).toBeVisible();
  await expect(azure.locator("td[data-label='Azure subscription ID'] code").first()).toHaveText(/^[0-9a-f-]{36}$/);

  const flows: [string, string][] = [
    ["Microsoft Azure", `${path}/azure/new`],
    ["Office 365", `${path}/services/office-365/new`],
    ["Microsoft Dynamics CRM Online", `${path}/services/dynamics-crm-online/new`],
    ["Enterprise Mobility Suite", `${path}/services/enterprise-mobility-suite/new`],
  ];
  for (const [family, href] of flows) {
    await expect(
      page.getByRole("link", { name: `Create or view service request for ${family}`, exact: true }),
    ).toHaveAttribute("href", href);
  }
  await expect(page.getByRole("link", { name: "View this customer's service requests" })).toHaveAttribute(
    "href",
    `${path}/requests`,
  );
  await expectNoAxeViolations(page, "on a customer's service management");
  await snap(page, "service-management");

  await page.getByRole("link", { name: "Create or view service request for Office 365" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/services/office-365/new`));
  await page.goBack();
  await page.getByRole("link", { name: "Create or view service request for Microsoft Azure" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/azure/new`));
  expect(errors).toEqual([]);
});

test("a Microsoft Cloud Germany customer says so", async ({ page }) => {
  await openCustomer(page, "muller", MULLER);
  const details = page.getByRole("region", { name: "Customer details" });
  await expect(details.getByText("Microsoft Cloud Germany", { exact: true })).toBeVisible();
  await expect(details).toContainText("separate national cloud");
  await expectNoAxeViolations(page, "on a Germany cloud customer's service management");
});

test("a customer with no in-scope services says why nothing can be filed here", async ({ page }) => {
  await openCustomer(page, "northwind", NORTHWIND);
  await expect(page.getByText("Nothing here can be escalated through Partner Center")).toBeVisible();
  const other = page.getByRole("region", { name: "Other services" });
  await expect(other).toContainText(OUT_OF_SCOPE);
  await expect(other).toContainText("contact Microsoft support directly");
  await expect(other.getByRole("cell", { name: "Visual Studio Professional" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Create or view service request/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "on a customer with no in-scope services");
});

test("on a narrow screen the subscription tables become stacked cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCustomer(page, "contoso", CONTOSO);
  const head = page.locator("table.stack thead").first();
  await expect(head).toHaveCSS("position", "absolute");
  await expect(page.locator("table.stack td").first()).toHaveCSS("display", "grid");
  await expectNoAxeViolations(page, "on a narrow service management screen");
  await snap(page, "service-management-narrow");
});

test("recently opened customers appear after opening one", async ({ page }) => {
  await openPicker(page);
  await expect(page.getByRole("heading", { name: "Recently opened" })).toHaveCount(0);
  await openCustomer(page, "fabrikam", FABRIKAM);
  await openCustomer(page, "рога", ROGA);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  const recent = page.getByRole("region", { name: "Recently opened" });
  await expect(recent.getByRole("link")).toHaveCount(2);
  await expect(recent.getByRole("link").first()).toContainText(ROGA);
  await expect(recent.getByRole("link").nth(1)).toContainText("fabrikam.com");
  await expectNoAxeViolations(page, "with recently opened customers");

  // Read back from this browser's storage after a reload; an entry that is not one is left out.
  await page.reload();
  await expect(recent.getByRole("link")).toHaveCount(2);
  await expect(recent.getByRole("link").first()).toContainText(ROGA);
  const key = "psd.recent-customers.v1";
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? "[]");
    localStorage.setItem(key, JSON.stringify([{ id: 42, name: "not a customer" }, ...saved]));
  }, key);
  await page.reload();
  await expect(recent.getByRole("link")).toHaveCount(2);
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), key);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Find a customer" })).toBeVisible();
  await expect(recent).toHaveCount(0);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify([{ id: "x", name: "X", domain: "x.example" }])), key);
  await page.reload();
  await expect(recent.getByRole("link")).toHaveCount(1);
  await expect(recent.getByRole("link")).toContainText("x.example");
  await page.evaluate((key) => localStorage.removeItem(key), key);
  await page.reload();
  await openCustomer(page, "fabrikam", FABRIKAM);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await recent.getByRole("link", { name: new RegExp(FABRIKAM.replace(".", "\\.")) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${FABRIKAM} – Service management` })).toBeVisible();
});

test("a deep link to a customer reloads fine", async ({ page }) => {
  const path = await openCustomer(page, "contoso", CONTOSO);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: `${CONTOSO} – Service management` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `${CONTOSO} – Service management` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Microsoft Azure" })).toBeVisible();
});

test("an unknown customer id shows an error, not a blank page", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/customers/no-such-customer");
  await waitForApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Customer not found");
  await expect(alert).toContainText("“no-such-customer”");
  await expect(page.getByRole("heading", { level: 1, name: "Service management" })).toBeVisible();
  await expectNoAxeViolations(page, "on an unknown customer");
  await alert.getByRole("link", { name: "Go to your customers" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("loading, failure and empty states", async ({ page }) => {
  await mockConfig({ latencyMs: 1500 })(page);
  await page.goto("/customers");
  await expect(page.getByRole("status").filter({ hasText: "Loading your customers…" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Find a customer" })).toBeVisible({ timeout: 10_000 });

  await page.unroute("**/config.json");
  await mockConfig({ failureRate: 1 })(page);
  await page.goto("/customers");
  await expect(page.getByRole("alert")).toContainText("This could not be loaded");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  // The picker stays: it says why no customer is listed, and the own organization can still be
  // opened.
  const combobox = page.getByRole("combobox", { name: "Find a customer" });
  await expect(page.locator(".picker__status")).toHaveText(
    "Your customers could not be read, so only your own organization is listed.",
  );
  await combobox.fill("contoso");
  await expect(options(page)).toHaveCount(0);
  await expect(page.locator(".picker__status")).toHaveText(
    "Your customers could not be read, so only your own organization is listed.",
  );
  await expectNoAxeViolations(page, "when customers could not be loaded");
  await snap(page, "customers-failed");
  // Trying again from the keyboard takes the notice and its button away; the focus goes to the
  // search field, with what was typed, rather than falling back to the top of the document.
  await page.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  await expect(combobox).toBeFocused();
  await expect(page.getByRole("alert")).toContainText("This could not be loaded");
  await expect(combobox).toHaveValue("contoso");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("my org");
  await expect(options(page)).toHaveText([/My organization: own subscriptions/]);
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/customers\/my-organization$/);

  await page.unroute("**/config.json");
  await mockConfig({ generatedCustomers: 0 })(page);
  await page.goto("/customers");
  await expect(page.getByRole("heading", { name: "You have no customers yet" })).toBeVisible();
  await expect(page.locator(".picker__status")).toHaveText("");
  await expectNoAxeViolations(page, "with no customers");
  await snap(page, "customers-none");
  await page.getByRole("link", { name: "My organization: own subscriptions" }).click();
  await expect(page).toHaveURL(/\/customers\/my-organization$/);
});

test("with 10,000 customers the picker narrows and renders a capped window", async ({ page }) => {
  const errors = watchForErrors(page);
  await mockConfig({ generatedCustomers: 10000 })(page);
  const combobox = await openPicker(page);
  await combobox.press("ArrowDown");
  await expect(page.locator(".picker__status")).toHaveText("10,000 customers match");
  await expect(options(page)).toHaveCount(51); // the own organization and the first 50
  await expect(options(page).nth(1)).toHaveAttribute("aria-setsize", "10001");
  await expect(options(page).nth(50)).toHaveAttribute("aria-posinset", "51");
  await expect(page.getByText("Showing 50 of 10,000 – keep typing to narrow")).toBeVisible();

  await combobox.fill("gmbh");
  const count = Number(((await page.locator(".picker__status").textContent()) ?? "").replace(/\D/g, ""));
  expect(count).toBeGreaterThan(50);
  expect(count).toBeLessThan(10000);
  await expect(options(page)).toHaveCount(50);
  await expect(page.locator(".picker__more")).toContainText(`of ${count.toLocaleString("en-GB")}`);

  await combobox.fill("müller söhne straßenbau");
  await expect(options(page).first()).toContainText(MULLER);
  await expect(page.locator(".picker__more")).toHaveCount(0);
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `${MULLER} – Service management` })).toBeVisible();
  expect(errors).toEqual([]);
});

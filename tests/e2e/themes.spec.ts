// axe on every screen and the error states of its forms in the dark theme, in English on a
// desktop and in Russian on a phone (the light theme is checked throughout the other tests).
import { expect, test } from "@playwright/test";
import { TestBackend } from "./backends";
import { expectNoAxeViolations, waitForApp } from "./helpers";

const CASES: { locale: string; width: number }[] = [
  { locale: "en-GB", width: 1280 },
  { locale: "ru-RU", width: 390 },
];

for (const { locale, width } of CASES) {
  test.describe(`${locale} at ${width}px`, () => {
    test.use({ locale, colorScheme: "dark", viewport: { width, height: 800 } });

    test(`in the dark theme axe finds nothing on any screen or its errors (${locale}, ${width}px)`, async ({ page, request }) => {
      const backend = new TestBackend(page, request, "mock");
      await backend.start();
      const customer = backend.customer;
      const forms = [`/customers/${customer}/azure/new`, `/customers/${customer}/services/office-365/new`, "/profile", `/requests/${backend.mailFlowRequest}`];
      const screens = ["/customers", `/customers/${customer}`, `/customers/${customer}/requests`, "/requests", "/help", "/no-such-page", ...forms];
      for (const path of screens) {
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator("main h1")).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page, `${path} in the dark theme`);
        if (!forms.includes(path)) continue;
        // Sending the form empty shows its errors.
        await page.locator("main form button[type=submit]").last().click();
        await expect(page.locator(".field-error, .error-summary").first()).toBeVisible();
        await expectNoAxeViolations(page, `${path} with its errors in the dark theme`);
      }
    });
  });
}

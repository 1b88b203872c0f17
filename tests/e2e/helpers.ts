import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails the test if axe finds any WCAG 2.x A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, context = "") {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Collects console errors and uncaught exceptions (a Rust panic shows up as one). */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Waits until the app has replaced the static shell. */
export async function waitForApp(page: Page) {
  await expect(page.locator("nav#main-nav")).toBeAttached();
}

/** Where every screenshot goes: `screenshots/` at the repository root. */
export const screenshotDir = fileURLToPath(new URL("../../screenshots/", import.meta.url));

/** Saves a full-page screenshot of the page as it is, in light and in dark. */
export async function snap(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${screenshotDir}${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

// A file filed with an Azure request: the Azure portal's rules (one file, at most 5 MB, its name
// at most 110 characters, no programs or scripts) said as soon as a file is chosen; the file
// reaching the server byte for byte; a restored draft asking for the file again.
import { expect, test, type Page } from "@playwright/test";
import { control, useContractServer } from "./backends";
import { fillContact, next, reachAzureDetails } from "./flow_helpers";
import { expectNoAxeViolations, snap, watchForErrors } from "./helpers";

const MB = 1024 * 1024;
/** 2,048 bytes that are not text: every byte value, eight times. */
const SCREENSHOT = Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256));

const field = (page: Page) => page.getByLabel("Attachment (optional)");
const fieldError = (page: Page) => page.locator("#attachment-error");
const choose = (page: Page, name: string, buffer: Buffer, mimeType = "application/octet-stream") =>
  field(page).setInputFiles({ name, mimeType, buffer });

test.describe("HTTP backend", () => {
  test.beforeEach(async ({ page, request }) => useContractServer(page, request));

  test("a file the portal would refuse is refused as it is chosen, saying why; a screenshot reaches Microsoft byte for byte and shows on the request", async ({ page, request }) => {
    const errors = watchForErrors(page);
    await reachAzureDetails(page, "RDP fails with the error in the screenshot.");

    const refusals: [string, Buffer, string][] = [
      ["setup.exe", Buffer.from("MZ"), "Choose another file: .exe files are programs or scripts, which Microsoft does not accept"],
      ["Fix-Network.PS1", Buffer.from("Get-NetAdapter"), "Choose another file: .ps1 files are programs or scripts, which Microsoft does not accept"],
      ["memory.dmp", Buffer.alloc(6 * MB, 1), "Choose a file of 5 MB or less: this one is 6.0 MB"],
      [`${"a".repeat(107)}.png`, SCREENSHOT, "The file's name is too long: rename the file to 110 characters or fewer, then choose it again"],
      ["empty.log", Buffer.alloc(0), "Choose another file: this one is empty"],
    ];
    for (const [name, buffer, message] of refusals) {
      await choose(page, name, buffer);
      await expect(fieldError(page), name).toHaveText(`Error: ${message}`);
      await expect(field(page)).toHaveAttribute("aria-invalid", "true");
    }
    // Going on with a refused file leads back to it.
    await next(page);
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link", { name: "Choose another file: this one is empty" })).toBeVisible();
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: "Choose another file: this one is empty" }).click();
    await expect(field(page)).toBeFocused();

    // Just 5 MB is taken (it is not sent: the screenshot replaces it).
    await choose(page, "trace.zip", Buffer.alloc(5 * MB, 7), "application/zip");
    await expect(page.locator("#attachment-chosen")).toContainText("trace.zip (5.0 MB)");
    await expect(fieldError(page)).toHaveCount(0);

    await choose(page, "rdp-error.png", SCREENSHOT, "image/png");
    await expect(page.locator("#attachment-chosen")).toContainText("rdp-error.png (2.0 KB)");
    await expect(fieldError(page)).toHaveCount(0);
    await expect(field(page)).not.toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "with a file chosen");
    await snap(page, "attachment-chosen");
    await next(page);
    await fillContact(page, "anna.schmidt@partner.example");
    await next(page);
    const answer = page.locator(".answers__row").filter({ has: page.locator("dt", { hasText: /^Attachment$/ }) });
    await expect(answer.locator(".answers__value")).toHaveText("rdp-error.png (2.0 KB)");
    await expect(answer.getByRole("link", { name: "Change attachment" })).toBeVisible();
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();
    const number = (await page.locator(".request-id").textContent())?.trim() ?? "";

    const filed = await (await request.get(`${control}/__control/attachment?request=${number}`)).json();
    expect(filed.fileName).toBe("rdp-error.png");
    expect(filed.contentType).toBe("image/png");
    expect(filed.size).toBe(SCREENSHOT.length);
    expect(Buffer.from(filed.content, "base64").equals(SCREENSHOT)).toBeTruthy();

    await page.getByRole("link", { name: "View the customer's service requests" }).click();
    await page.getByRole("link", { name: number }).click();
    const facts = page.locator("dl.facts");
    await expect(facts.locator("dt", { hasText: "Attachment" })).toBeVisible();
    await expect(facts).toContainText("rdp-error.png (2.0 KB)");
    expect(errors).toEqual([]);
  });

  test("a proxy that takes less than a file may have says so, and nothing is lost", async ({ page, request }) => {
    await reachAzureDetails(page, "The dump is attached.");
    await choose(page, "memory.dmp", Buffer.alloc(3 * MB, 5));
    await next(page);
    await fillContact(page, "anna.schmidt@partner.example");
    await next(page);
    // As nginx answers a body over its client_max_body_size.
    await page.route("**/api/v1/servicerequests/*", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({ status: 413, contentType: "text/html", body: "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>" })
        : route.fallback(),
    );
    const before = (await (await request.get(`${control}/__control/count`)).json()).serviceRequests;
    await page.getByRole("button", { name: "Create" }).click();
    const status = page.locator("#send-status");
    await expect(status).toContainText("The request is larger than the service takes, which happens when a file is attached to it: choose a smaller file, or none, and send again.");
    await expect(status).toContainText("Your answers are kept.");
    await expectNoAxeViolations(page, "after a 413");
    await page.getByRole("link", { name: "Change attachment" }).click();
    await expect(page.locator("#attachment-chosen")).toContainText("memory.dmp (3.0 MB)");
    expect((await (await request.get(`${control}/__control/count`)).json()).serviceRequests).toBe(before);
  });
});

test("a restored draft names the file it had and asks for it again; Remove takes the file away and leaves the focus on the field", async ({ page }) => {
  const errors = watchForErrors(page);
  await reachAzureDetails(page, "The boot diagnostics screenshot shows the error.");
  await choose(page, "boot-diagnostics.png", SCREENSHOT, "image/png");
  await expect(page.locator("#attachment-chosen")).toContainText("boot-diagnostics.png (2.0 KB)");
  // The draft is kept as the page is left.
  await page.reload();
  await expect(page.getByText(/We restored the draft you were writing/)).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("The boot diagnostics screenshot shows the error.");
  await expect(page.locator("#attachment-chosen")).toContainText("boot-diagnostics.png (2.0 KB)");
  await expect(fieldError(page)).toHaveText("Error: Choose the file again: a saved draft keeps the file's name, not the file");
  await expectNoAxeViolations(page, "asking for the file again");
  await next(page);
  await expect(page.locator(".error-summary").getByRole("link", { name: /Choose the file again/ })).toBeVisible();

  await choose(page, "boot-diagnostics.png", SCREENSHOT, "image/png");
  await expect(fieldError(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Remove the file" }).click();
  await expect(page.locator("#attachment-chosen")).toHaveCount(0);
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue("");
  // Without a file the request goes on.
  await next(page);
  await expect(page.getByLabel("First name")).toBeVisible();
  expect(errors).toEqual([]);
});

test("in Russian the field and its refusals are Russian", async ({ page }) => {
  await reachAzureDetails(page, "Снимок экрана приложен.");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
  const russianField = page.getByLabel("Вложение (необязательно)");
  await russianField.setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await expect(fieldError(page)).toHaveText(
    "Ошибка: Выберите другой файл: файлы .exe — это программы или скрипты, Майкрософт их не принимает",
  );
  await russianField.setInputFiles({ name: "дамп.zip", mimeType: "application/zip", buffer: Buffer.alloc(Math.round(7.2 * MB), 1) });
  await expect(fieldError(page)).toHaveText("Ошибка: Выберите файл размером не более 5 МБ: размер этого файла 7,2 МБ");
  await russianField.setInputFiles({ name: "снимок.png", mimeType: "image/png", buffer: SCREENSHOT });
  await expect(page.locator("#attachment-chosen")).toContainText("снимок.png (2,0 КБ)");
  await expect(page.getByRole("button", { name: "Удалить файл" })).toBeVisible();
  await expectNoAxeViolations(page, "in Russian");
});

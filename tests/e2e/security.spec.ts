// Nothing secret ships or stays: the builds hold no keys or tokens, and after using the app with
// either backend the browser's storage holds none.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { fillOfficeRequest } from "./flow_helpers";
import { CONTOSO, MAIL_FLOW_REQUEST, control } from "./backends";
import { waitForApp } from "./helpers";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** What a secret or a token looks like. */
const SECRETS: [string, RegExp][] = [
  ["a JSON web token", /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}/],
  ["a private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["an AWS access key", /AKIA[0-9A-Z]{16}/],
  ["a GitHub token", /gh[pousr]_[A-Za-z0-9]{36}/],
  ["an Azure storage key", /AccountKey=[A-Za-z0-9+/=]{20,}/],
  ["a shared access signature", /[?&]sig=[A-Za-z0-9%]{20,}/],
  ["a bearer token", /Bearer [A-Za-z0-9._~+/-]{16,}/],
  ["a client secret or key", /(client[_-]?secret|api[_-]?key|password)["']?\s*[:=]\s*["'][^"'\s]{8,}/i],
];

for (const build of ["dist", "target/dist-support"]) {
  test(`${build} holds no secrets or tokens`, () => {
    const files = readdirSync(join(root, build));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(root, build, file)).toString("latin1");
      for (const [what, pattern] of SECRETS) {
        expect(pattern.test(text), `${what} in ${build}/${file}`).toBe(false);
      }
    }
  });
}

const TOKEN = /bearer|access.?token|id.?token|refresh.?token|authorization|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/i;

test("after using the app with either backend, no token is in localStorage, sessionStorage or IndexedDB", async ({ page, request }) => {
  // The HTTP backend: lists, a request, a note.
  expect((await request.post(`${control}/__control/reset`)).ok()).toBeTruthy();
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ backend: "http", apiBaseUrl: "/api/v1" }) }),
  );
  await page.goto(`/requests/${MAIL_FLOW_REQUEST.http}`);
  await waitForApp(page);
  await page.getByRole("textbox", { name: "Note" }).fill("Checked the logs.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note added" })).toBeVisible();
  await fillOfficeRequest(page, CONTOSO.http, "Filed over HTTP");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();

  // The mock: a request and its draft.
  await page.unroute("**/config.json");
  await fillOfficeRequest(page, CONTOSO.mock, "Filed in the demo");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service request created" })).toBeVisible();

  const stored = await page.evaluate(async () => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? "").map((k) => `${k}=${storage.getItem(k)}`);
    const databases = "databases" in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? "") : [];
    return { local: entries(localStorage), session: entries(sessionStorage), databases };
  });
  expect(stored.local.length, "the app keeps drafts and the demo's requests").toBeGreaterThan(0);
  for (const entry of [...stored.local, ...stored.session]) expect(entry).not.toMatch(TOKEN);
  expect(stored.databases).toEqual([]);
});

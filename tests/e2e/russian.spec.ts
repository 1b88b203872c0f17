// The app in Russian: chosen in the top bar (and remembered), or by the browser's languages;
// every screen from the picker to the confirmation, the lists, the detail, Help, Profile and a
// backend error, each without English words (names aside) and without axe violations, and
// photographed beside the English screenshots.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, snap, waitForApp, watchForErrors } from "./helpers";

const CONTOSO = "5eed0000-0000-4000-8057-000000000000";

/** Names the Russian UI keeps as they are, and data the partner typed or the service sent. */
const NAMES = [
  "Microsoft Dynamics CRM Online", "Dynamics CRM Online", "Enterprise Mobility Suite", "Microsoft Azure",
  "Microsoft Partner Network", "Signature Cloud Support", "Office 365", "Microsoft", "Azure", "CSP",
  "MPN", "Premier", "GUID", "English", "Русский",
];

/** Common English words: none may be left on a Russian screen once names and data are taken out. */
const ENGLISH = /\b(the|and|of|to|your|you|with|for|is|are|not|this|request|requests|customer|customers|service|services|support|select|enter|change|continue|back|submit|create|error|loading|status|severity|title|description|contact|help|profile|page|open|closed|filter|search|sort|note|notes|topic|topics|subscription|subscriptions|draft|details|step|review|send|cancel|try|again|yes|no|none|any|new|all|more|show|find|name|email|phone|country|time|zone|language|plan|problem|type|issue|critical|moderate|minimal|response|first|due|copy|skip|main|menu|home|there|was|were|has|have|been)\b/i;

/** Where the page shows customer data (names, subscriptions), which stays as the service sent it,
 *  and the time zones, whose cities keep their names from the time zone database. */
const DATA = "[role=option], tbody td, #time-zone option, script, style, [hidden]";

/** The lines of the page's text that hold English words, with names, data and `data` taken out. */
async function englishLeft(page: Page, data: string[] = []): Promise<string[]> {
  let text = await page.evaluate((skip) => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(skip).forEach((node) => node.remove());
    const lines: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const line = (node.textContent ?? "").trim();
      if (line) lines.push(line);
    }
    return lines.join("\n");
  }, DATA);
  for (const keep of [...data, ...NAMES].sort((a, b) => b.length - a.length)) text = text.split(keep).join(" ");
  return text.split("\n").filter((line) => ENGLISH.test(line));
}

async function expectRussian(page: Page, context: string, data: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
  expect(await englishLeft(page, data), `English on ${context}`).toEqual([]);
  await expectNoAxeViolations(page, `${context} (ru)`);
}

/** The selects whose chosen option is wider than the select shows (text, padding and arrow). */
async function choicesCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d")!;
    return [...document.querySelectorAll("select")].flatMap((select) => {
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? "";
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      return context.measureText(text).width > room ? [`${select.id}: ${text}`] : [];
    });
  });
}

/** The demo backend, whose next `call` fails with a 500. */
async function failsOnce(page: Page, call: string) {
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "mock", mock: { latencyMs: 0, faults: [{ call, kind: "500", times: 1 }] } }),
    }),
  );
}

async function switchToRussian(page: Page) {
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
}

test("the switch changes every word and <html lang> at once, keeps the focus, and is remembered", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/customers");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  const russian = page.getByRole("button", { name: "Русский" });
  await expect(russian).toHaveAttribute("aria-pressed", "false");
  await russian.focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
  await expect(page).toHaveTitle(/Клиенты/);
  const pressed = page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "Русский" });
  await expect(pressed).toHaveAttribute("aria-pressed", "true");
  await expect(pressed).toBeFocused();

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  expect(errors).toEqual([]);
});

test.describe("a browser that prefers Russian", () => {
  test.use({ locale: "ru-RU" });

  test("starts in Russian, with counts in the right form", async ({ page }) => {
    await page.goto("/customers");
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
    const picker = page.getByRole("combobox", { name: "Найти клиента" });
    await picker.fill("contoso");
    await expect(page.locator(".visually-hidden[role=status], [role=status]").filter({ hasText: /Найдено 2 клиента/ }).first()).toBeAttached();
    await picker.fill("");
    await expectRussian(page, "the customers screen");
    await snap(page, "ru-customers");
  });

  test("customers that could not be read: the picker says so in Russian, and Try again brings them", async ({ page }) => {
    await failsOnce(page, "customers");
    await page.goto("/customers");
    await waitForApp(page);
    const alert = page.getByRole("alert").filter({ hasText: /./ });
    await expect(alert).toContainText("В службе произошла ошибка.");
    await expect(page.locator(".picker__status")).toHaveText(
      "Список клиентов получить не удалось, поэтому доступна только ваша организация.",
    );
    const picker = page.getByRole("combobox", { name: "Найти клиента" });
    await picker.fill("contoso");
    await expectRussian(page, "the customers screen when the customers could not be read");
    await snap(page, "ru-customers-failed");
    await alert.getByRole("button", { name: "Повторить" }).click();
    await expect(alert).toHaveCount(0);
    await expect(picker).toHaveValue("contoso");
    await expect(picker).toBeFocused();
    await picker.click();
    await expect(page.locator(".picker__status")).toHaveText("Найдено 2 клиента");
  });
});

test("in Russian: service management, the Office 365 flow with its errors and contact rule, the confirmation, the lists and the detail", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(`/customers/${CONTOSO}`);
  await waitForApp(page);
  await switchToRussian(page);
  await expect(page.getByRole("heading", { level: 1, name: /Contoso GmbH – управление службами/ })).toBeVisible();
  await expectRussian(page, "service management", ["Contoso GmbH", "contoso.de", "contoso.onmicrosoft.com"]);
  await snap(page, "ru-service-management");

  await page.getByRole("link", { name: /Создать или просмотреть запрос на обслуживание.*Office 365/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Создание запроса на обслуживание" })).toBeVisible();
  // Microsoft's topics come in the partner's language, as Partner Center gives them.
  await expect(page.getByRole("radio", { name: /^Поток и доставка почты/ })).toBeVisible();
  await expect(page.locator(".topic-group__title", { hasText: "Выставление счетов" })).toBeVisible();
  await expectRussian(page, "the topic step", ["Contoso GmbH"]);
  await snap(page, "ru-office-topic");
  await page.getByRole("button", { name: "Продолжить" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("heading", { name: "Есть проблема" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Выберите тему поддержки" })).toBeVisible();
  await expect(page).toHaveTitle(/^Ошибка: /);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Продолжить" }).click();

  await page.getByLabel("Заголовок").fill("Почта не доходит");
  await page.getByLabel("Описание").fill("С 09:00 внешняя почта не приходит.");
  await page.getByLabel("C – минимальное влияние").check();
  await expectRussian(page, "the request step", ["Почта не доходит"]);
  await snap(page, "ru-office-request");
  await page.getByRole("button", { name: "Продолжить" }).click();

  await page.getByLabel("Имя").fill("Анна");
  await page.getByLabel("Фамилия").fill("Шмидт");
  await page.getByLabel("Адрес электронной почты").fill("anna@contoso.de");
  await page.getByLabel("Страна").selectOption("DEU");
  await page.getByLabel("Часовой пояс").selectOption("Europe/Berlin");
  // The city in Russian too, so that typing "Бер" in the list finds it.
  await expect(page.getByLabel("Часовой пояс").locator("option:checked")).toHaveText(
    /^Берлин – Центральная Европа \(GMT\+[12]\)$/,
  );
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(summary.getByRole("link", { name: /Введите собственный адрес электронной почты, а не адрес в домене клиента \(contoso\.de\)/ })).toBeVisible();
  await page.getByLabel("Адрес электронной почты").fill("anna.schmidt@partner.example");
  await page.getByRole("button", { name: "Продолжить" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Проверка" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Изменить: Заголовок" })).toBeVisible();
  await snap(page, "ru-office-review");
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Запрос на обслуживание создан" })).toBeVisible();
  // Severity C: one business day, said in Russian with a Russian date.
  await expect(page.getByText(/Первый ответ ожидается до \d{1,2} [а-я]+\.? \d{4}/)).toBeVisible();
  await expectRussian(page, "the confirmation", ["Почта не доходит", "Contoso GmbH"]);
  await snap(page, "ru-request-created");

  await page.getByRole("link", { name: "Запросы на обслуживание клиента" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Contoso GmbH – запросы на обслуживание/ })).toBeVisible();
  await expect(page.getByText(/^\d+ запрос(а|ов)? на обслуживание$/)).toBeVisible();
  await snap(page, "ru-customer-requests");

  await page.getByRole("link", { name: /Почта не доходит/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Почта не доходит" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Заметки (0)" })).toBeVisible();
  await page.getByLabel("Заметка").fill("Проблема затрагивает всех пользователей.");
  await page.getByRole("button", { name: "Добавить заметку" }).click();
  await expect(page.getByRole("heading", { name: "Заметки (1)" })).toBeVisible();
  // Who wrote the note is the partner, by the name the partner gave, not an English "You".
  await expect(page.locator("ol.notes .note__author")).toHaveText("Анна Шмидт");
  await expectRussian(page, "a request's detail with a note", [
    "Почта не доходит", "Contoso GmbH", "anna.schmidt@partner.example",
  ]);
  await expect(page.getByText("Поток и доставка почты")).toBeVisible();
  await snap(page, "ru-request-detail");
  expect(errors).toEqual([]);
});

test("in Russian: Help, Profile, all service requests and a backend error", async ({ page }) => {
  await failsOnce(page, "requests");
  await page.goto("/help");
  await waitForApp(page);
  await switchToRussian(page);
  await expect(page.getByRole("heading", { level: 1, name: "Справка" })).toBeVisible();
  await expect(page.getByRole("row", { name: /A – сильное влияние.*2 часа/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /C – минимальное влияние.*8 часов/ })).toBeVisible();
  await expectRussian(page, "Help");
  await snap(page, "ru-help");

  await page.getByRole("link", { name: "Ваш профиль" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ваш профиль" })).toBeVisible();
  await expectRussian(page, "Profile");
  await snap(page, "ru-profile");

  await page.getByRole("link", { name: "Запросы на обслуживание", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: /./ });
  await expect(alert).toContainText("В службе произошла ошибка. Повторите попытку; если ошибка повторяется, сообщите администратору.");
  await expectRussian(page, "a backend error");
  await snap(page, "ru-load-error");
  await alert.getByRole("button", { name: "Повторить" }).click();
  await expect(page.locator("table.request-table tbody tr").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Запросы на обслуживание" })).toBeVisible();
  await snap(page, "ru-service-requests");

  await page.goto("/no-such-page");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  await expectRussian(page, "the not-found page");
  await snap(page, "ru-not-found");
});

test("in Russian: a load the service asks to wait for says it is tried again, and goes once it is in", async ({ page }) => {
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "mock", mock: { latencyMs: 0, faults: [{ call: "requests", kind: "503", times: 1, retryAfter: 3 }] } }),
    }),
  );
  await page.goto("/help");
  await waitForApp(page);
  await switchToRussian(page);
  await page.getByRole("link", { name: "Запросы на обслуживание", exact: true }).click();
  const retrying = page.locator(".retry-notice[role=status]");
  await expect(retrying).toHaveText("Служба Майкрософт занята. Повторная попытка (2 из 3)…");
  await expectNoAxeViolations(page, "with the notice of a retry, in Russian");
  await expect(page.locator("table.request-table tbody tr").first()).toBeVisible({ timeout: 10_000 });
  await expect(retrying).toBeEmpty();
});

test("in Russian: the Azure flow, its catalogue and plan rule, due 2 hours after it was created", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(`/customers/${CONTOSO}/azure/new`);
  await waitForApp(page);
  await switchToRussian(page);
  await expect(page.getByRole("heading", { level: 1, name: "Новый запрос на поддержку" })).toBeVisible();
  await page.getByLabel("Техническая", { exact: true }).check();
  await page.getByLabel("Подписка", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Служба", { exact: true }).selectOption({ label: "Виртуальная машина под управлением Windows" });
  await page.getByLabel("Краткое описание").fill("Виртуальная машина не запускается");
  await page.getByLabel("Вид проблемы").selectOption({ label: "Запуск, остановка или перезапуск виртуальной машины" });
  await page.getByLabel("Подвид проблемы").selectOption({ label: "Виртуальная машина не запускается" });
  await page.getByLabel("Premier", { exact: true }).check();
  await page.getByRole("button", { name: "Продолжить" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: /Выберите план поддержки «Поставщик облачных решений»/ })).toBeVisible();
  await page.getByLabel("Поставщик облачных решений", { exact: true }).check();
  // Each choice is read in full in its select, the subscription's ID too.
  expect(await choicesCutOff(page)).toEqual([]);
  await expectRussian(page, "Azure basics", ["Виртуальная машина не запускается", "Contoso GmbH"]);
  await snap(page, "ru-azure-basics");
  await page.getByRole("button", { name: "Продолжить" }).click();

  await page.getByLabel("Описание").fill("После изменения размера машина не запускается.");
  await expect(page.getByText("Серьезный сбой: рабочие службы не работают. Первый ответ в течение 2 часов.")).toBeVisible();
  await page.getByLabel("A – сильное влияние").check();
  await page.getByLabel("Нет", { exact: true }).check();
  // A date typed without its time is refused in Russian, and stays in the field.
  const start = page.getByLabel("Когда возникла проблема?");
  await start.click({ position: { x: 20, y: 10 } });
  await page.keyboard.type("11242025");
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(summary.getByRole("link")).toHaveText(["Введите и дату, и время начала проблемы или очистите поле, если не знаете"]);
  expect(await start.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
  await expectRussian(page, "Azure details", ["Contoso GmbH"]);
  await snap(page, "ru-azure-details");
  await start.click({ position: { x: 20, y: 10 } });
  await page.keyboard.type("11242025");
  await page.keyboard.press("Tab");
  await page.keyboard.type("0930A");
  await expect(start).toHaveValue("2025-11-24T09:30");
  await page.getByRole("button", { name: "Продолжить" }).click();

  await page.getByLabel("Имя").fill("Анна");
  await page.getByLabel("Фамилия").fill("Шмидт");
  await page.getByLabel("Адрес электронной почты").fill("anna.schmidt@partner.example");
  await page.getByLabel("Страна").selectOption("DEU");
  await page.getByLabel("Часовой пояс").selectOption("Europe/Berlin");
  await snap(page, "ru-azure-contact");
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(page.getByText("Запуск, остановка или перезапуск виртуальной машины / Виртуальная машина не запускается")).toBeVisible();
  // The time zone by its city and its name in Russian, and its offset.
  await expect(page.getByText(/^Берлин – Центральная Европа \(GMT\+[12]\)$/)).toBeVisible();
  await expectRussian(page, "Azure review", ["Виртуальная машина не запускается", "Contoso GmbH", "anna.schmidt@partner.example", "Анна Шмидт"]);
  await snap(page, "ru-azure-review");

  const before = Date.now();
  await page.getByRole("button", { name: "Создать" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Запрос на обслуживание создан" })).toBeVisible();
  const after = Date.now();
  const format = (at: number) =>
    new Intl.DateTimeFormat("ru-RU", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })
      .format(new Date(at + 2 * 60 * 60 * 1000));
  const due = ((await page.locator("p.due").textContent()) ?? "").replace("Первый ответ ожидается до ", "").trim();
  expect([...new Set([format(before), format(after)])]).toContain(due);
  expect(errors).toEqual([]);
});

test("what is typed in a form survives a switch of language, with no draft notice", async ({ page }) => {
  await page.goto(`/customers/${CONTOSO}/services/office-365/new`);
  await waitForApp(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Title").fill("Typed just before the switch");
  await page.getByLabel("Description").fill("Still here after it.");
  // At once, before the draft's half-second pause has passed.
  await switchToRussian(page);
  await expect(page.getByLabel("Заголовок")).toHaveValue("Typed just before the switch");
  await expect(page.getByLabel("Описание")).toHaveValue("Still here after it.");
  await expect(page.getByText(/Мы восстановили черновик/)).toHaveCount(0);
  await expect(page).toHaveURL(/step=details/);
  // The topic chosen in English is the same one, now named in Russian.
  await page.getByRole("button", { name: "Назад" }).click();
  await expect(page.getByRole("radio", { name: /^Поток и доставка почты/ })).toBeChecked();
});

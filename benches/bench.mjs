// The benchmark (`make bench`, scripts/bench.sh builds what it measures into OUT):
//   OUT/app          the release build of the product
//   OUT/hello-world  Leptos 0.8's hello world, built as the product is (benches/hello-world)
//   OUT/size-floor   the size yardstick (benches/size-floor), built the same way
//   OUT/plain        the picker in plain JavaScript (benches/typing) and the customers it searches
// Every build is served as a CDN serves it (brotli or gzip, scripts/serve.mjs --compress) and
// measured side by side in headless Chromium: transfer sizes, startup (Lighthouse, mobile and
// desktop, and the times until the search field takes typing and until it finds customers, also
// on a slow phone link), typing in the picker over 10,000 customers, filtering 400 support topics,
// and memory. Timings are the median of RUNS runs, with their min and max. Prints
// one table (Markdown, as the README shows it) and writes every figure to OUT/bench.json.
//   node benches/bench.mjs OUT     (RUNS=5 by default; BENCH_RUNS=N to change it)
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { downloads, total } from "../scripts/downloads.mjs";
import { manyTopics } from "../tests/contract-server/seed.mjs";

const out = process.argv[2] ?? "target/bench";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CUSTOMERS = 10_000;

// What the partner types, one query after another, each cleared before the next: Latin names and
// domains, Cyrillic, and letters with diacritics typed with and without their marks.
const TYPED = ["contoso", "muller bau", "müller", "ооо север", "ёлка", "łukasz", "lukaszewicz",
  "château", "blue harbor inc", "dvořák s.r.o", "onmicrosoft", "søren ab"];

const servers = [];
/** Whether something answers on the port. */
const listening = (port) => new Promise((done) => {
  const socket = connect(port, "127.0.0.1");
  socket.on("connect", () => { socket.destroy(); done(true); });
  socket.on("error", () => { socket.destroy(); done(false); });
});
async function serve(dir, port) {
  // Another server on the port would be measured in place of this build.
  if (await listening(port)) throw new Error(`port ${port} is in use: stop what listens there and run again`);
  const server = spawn("node", ["scripts/serve.mjs", dir, String(port), "--compress"], { stdio: "ignore" });
  servers.push(server);
  for (let i = 0; i < 100; i++) {
    if (await listening(port)) return `http://127.0.0.1:${port}`;
    await sleep(100);
  }
  throw new Error(`the server for ${dir} did not start`);
}

/** `{ median, min, max }` of the numbers. */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ---- Transfer size -------------------------------------------------------------------------
function sizes() {
  const measure = (dir) => {
    const build = downloads(dir);
    const sum = (list) => total(list.map((f) => build.sizes.get(f)));
    return {
      firstVisit: sum(build.firstVisit),
      parts: Object.fromEntries([...build.parts].map(([part, files]) => [part, sum(files)])),
      everything: sum(build.everything),
    };
  };
  return {
    app: measure(join(out, "app")),
    helloWorld: measure(join(out, "hello-world")).firstVisit,
    sizeFloor: measure(join(out, "size-floor")).firstVisit,
  };
}

// ---- Startup: Lighthouse --------------------------------------------------------------------
const LIGHTHOUSE_METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
};

async function lighthouseRuns(url, formFactor) {
  const runs = [];
  let failures = 0;
  while (runs.length < RUNS) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      }, formFactor === "desktop" ? desktopConfig : undefined);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      if (lhr.runtimeError) {
        // Lighthouse sometimes misses the trace of a load (NO_NAVSTART): run it again.
        if (++failures > 3) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        console.error(`  again: ${lhr.runtimeError.code}`);
        continue;
      }
      const run = {
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories["best-practices"].score ?? 0) * 100),
      };
      for (const [key, audit] of Object.entries(LIGHTHOUSE_METRICS)) run[key] = lhr.audits[audit]?.numericValue ?? NaN;
      // The largest paint Chrome itself saw in the load Lighthouse traced (unthrottled), beside
      // Lighthouse's estimate for the throttled device.
      run.observedLcp = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? NaN;
      runs.push(run);
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, spread(runs.map((r) => r[key]))]));
}

// ---- Startup: until the picker takes input ---------------------------------------------------
/** A phone on a slow link, as Lighthouse's mobile setting models it: 1.6 Mbps down, 750 kbps up,
 *  150 ms round trips, a processor 4x slower. */
const SLOW_PHONE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };

/** Milliseconds from navigation until `ready()` holds in the page (polled every frame), in a
 *  fresh browser context; `slow`: on SLOW_PHONE; `locale`: the browser's language. */
async function readyTimes(browser, url, ready, { slow = false, locale = "en-US" } = {}) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: "block", locale });
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const { cpuSlowdown, ...link } = SLOW_PHONE;
      await cdp.send("Network.emulateNetworkConditions", { offline: false, ...link });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(ready, null, { polling: "raf" });
    // The first frame painted with it.
    times.push(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now())))));
    await context.close();
  }
  return spread(times);
}

/** The search field is on screen and takes typing (the static shell's, then the app's). */
const fieldShown = () => document.querySelector("#customer-picker-input")?.checkVisibility() === true;
/** The app's picker is up with the customers loaded: what is typed is searched. */
const customersListed = () =>
  document.querySelector("#customer-picker-input[role=combobox]") !== null &&
  !(document.querySelector(".picker__status")?.textContent ?? "…").endsWith("…");

// ---- Typing in the picker --------------------------------------------------------------------
/** Serves config.json with the mock generating `CUSTOMERS` customers. */
async function tenThousandCustomers(context) {
  await context.route("**/config.json", async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.backend = "mock";
    config.mock = { ...(config.mock ?? {}), generatedCustomers: CUSTOMERS, seed: 0 };
    await route.fulfill({ response, json: config });
  });
}

/** From each input event to the list updated in the DOM, for every keystroke of TYPED: until
 *  the last change to the page the keystroke caused (seen by a MutationObserver), or until the
 *  event was handled when it changed nothing. Painting is left out: it is the browser's, alike
 *  for both pickers. */
async function typingRun(page) {
  await page.evaluate(() => {
    window.benchKeystrokes = [];
    let current = null;
    const note = () => {
      if (current) current.end = Math.max(current.end, performance.now());
    };
    addEventListener("input", () => {
      current = { start: performance.now(), end: 0 };
      window.benchKeystrokes.push(current);
    }, { capture: true });
    addEventListener("input", note);
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const input = page.locator("#customer-picker-input");
  await input.click();
  const shown = [];
  for (const query of TYPED) {
    await input.pressSequentially(query, { delay: 40 });
    await sleep(100);
    shown.push(await page.evaluate(() =>
      document.querySelector("[role=listbox] [role=option]:not(.picker__option--own) .picker__name")?.textContent ?? null));
    await input.press("ControlOrMeta+a");
    await input.press("Backspace");
    await sleep(100);
  }
  const ms = await page.evaluate(() => window.benchKeystrokes.map((k) => k.end - k.start));
  return { median: percentile(ms, 50), p95: percentile(ms, 95), keystrokes: ms.length, shown };
}

async function typing(browser, url, isReady) {
  const medians = [];
  const p95s = [];
  let shown = null;
  let keystrokes = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    await tenThousandCustomers(context);
    const page = await context.newPage();
    await page.goto(url);
    await isReady(page);
    const run = await typingRun(page);
    medians.push(run.median);
    p95s.push(run.p95);
    shown = run.shown;
    keystrokes = run.keystrokes;
    await context.close();
  }
  return { median: spread(medians), p95: spread(p95s), keystrokes, firstShown: shown };
}

// ---- Filtering support topics ----------------------------------------------------------------
/** How many topics the catalogue has, one in 13 common (tests/contract-server/seed.mjs). */
const TOPICS = 400;
/** Typed into the topic filter letter by letter, each cleared letter by letter. */
const TOPIC_FILTERS = ["mail", "sync policy"];

/** Serves the HTTP backend's answers for an Office 365 form: the customer (the fixture) and
 *  `TOPICS` topics. */
async function topicCatalogue(context) {
  const customer = readFileSync("tests/fixtures/customer.json", "utf8");
  const items = manyTopics(TOPICS, (i) => i % 13 === 0);
  await context.route("**/config.json", (route) =>
    route.fulfill({ json: { backend: "http", apiBaseUrl: "/api/v1" } }));
  await context.route("**/api/v1/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith("/servicerequests/supporttopics")) {
      return route.fulfill({ json: { totalCount: items.length, items, attributes: { objectType: "Collection" } } });
    }
    if (/\/customers\/[^/]+$/.test(path)) return route.fulfill({ contentType: "application/json", body: customer });
    return route.fulfill({ status: 404, json: { code: 3000, description: "Not found" } });
  });
}

/** On a 4x slower processor, from each input to the next paint (the Event Timing API, as
 *  Interaction to Next Paint counts it; under 16 ms counts as 16): "More…" once, then every
 *  keystroke of TOPIC_FILTERS. */
async function topicFilter(browser, url) {
  const more = [];
  const medians = [];
  const p95s = [];
  for (let i = 0; i < RUNS; i++) {
    const keystrokes = [];
    const context = await browser.newContext({ serviceWorkers: "block" });
    await topicCatalogue(context);
    const page = await context.newPage();
    await page.goto(`${url}/customers/eebd1b55-5360-4438-a11d-5c06918c3014/services/office-365/new`);
    const moreButton = page.getByRole("button", { name: "More…" });
    await moreButton.waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      window.benchEvents = [];
      new PerformanceObserver((list) => window.benchEvents.push(...list.getEntries().map((e) => e.duration)))
        .observe({ type: "event", durationThreshold: 16 });
    });
    /** The longest event `act` caused, once the browser has reported it. */
    const interaction = async (act) => {
      await page.evaluate(() => { window.benchEvents = []; });
      await act();
      await sleep(400);
      return page.evaluate(() => Math.max(16, ...window.benchEvents));
    };
    more.push(await interaction(() => moreButton.click()));
    const filter = page.getByLabel("Filter topics");
    await filter.focus();
    for (const query of TOPIC_FILTERS) {
      for (const letter of query) keystrokes.push(await interaction(() => page.keyboard.type(letter)));
      for (const _ of query) keystrokes.push(await interaction(() => page.keyboard.press("Backspace")));
    }
    medians.push(percentile(keystrokes, 50));
    p95s.push(percentile(keystrokes, 95));
    await context.close();
  }
  return { topics: TOPICS, filters: TOPIC_FILTERS, more: spread(more), keystroke: { median: spread(medians), p95: spread(p95s) } };
}

// ---- Memory -----------------------------------------------------------------------------------
/** JS heap in use and wasm memory, in bytes, after a garbage collection. */
async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  // The app's wasm memory, as the start script handed it over (none on the plain page).
  const wasm = await page.evaluate(() => window.benchWasmMemory?.buffer.byteLength ?? 0);
  await cdp.detach();
  return { jsHeap: usedSize, wasm, total: usedSize + wasm };
}

async function memory(browser, url, isReady) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await tenThousandCustomers(context);
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (event) => {
    window.benchWasmMemory = event.detail?.wasm?.memory;
  }));
  await page.goto(url);
  await isReady(page);
  const loaded = await memoryOf(page);
  const input = page.locator("#customer-picker-input");
  for (let i = 0; i < 50; i++) await input.fill(TYPED[i % TYPED.length].slice(0, 1 + (i % 6)));
  await sleep(200);
  const searched = await memoryOf(page);
  await context.close();
  return { afterLoading: loaded, after50Searches: searched };
}

// ---- The run ----------------------------------------------------------------------------------
const pickerReady = (page) => page.waitForFunction(customersListed, null, { polling: "raf", timeout: 60_000 });
const plainReady = (page) => page.waitForSelector("html[data-ready]");

try {
  const app = await serve(join(out, "app"), 4310);
  const hello = await serve(join(out, "hello-world"), 4311);
  const plain = await serve(join(out, "plain"), 4312);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.slice(1) });

  console.error("measuring transfer sizes");
  const transfer = sizes();

  const pages = { customers: "/customers", requests: "/requests", flowStep: "/customers/my-organization/azure/new" };
  const startup = { app: {}, helloWorld: {} };
  for (const formFactor of ["mobile", "desktop"]) {
    for (const [name, path] of Object.entries(pages)) {
      console.error(`Lighthouse ${formFactor} ${path}`);
      (startup.app[name] ??= {})[formFactor] = await lighthouseRuns(`${app}${path}`, formFactor);
    }
    console.error(`Lighthouse ${formFactor} hello world`);
    startup.helloWorld[formFactor] = await lighthouseRuns(`${hello}/`, formFactor);
  }
  console.error("time until the search field takes typing, and until it finds customers");
  startup.app.fieldTakesTyping = await readyTimes(browser, `${app}/customers`, fieldShown);
  startup.app.customersListed = await readyTimes(browser, `${app}/customers`, customersListed);
  startup.helloWorld.painted = await readyTimes(browser, `${hello}/`, () => document.querySelector("#hello") !== null);
  console.error("the same on a slow phone link, in an English and a Russian browser");
  const slow = { slow: true };
  startup.slowPhone = {
    fieldTakesTyping: await readyTimes(browser, `${app}/customers`, fieldShown, slow),
    customersListed: await readyTimes(browser, `${app}/customers`, customersListed, slow),
    customersListedRussian: await readyTimes(browser, `${app}/customers`, customersListed, { ...slow, locale: "ru-RU" }),
    helloPainted: await readyTimes(browser, `${hello}/`, () => document.querySelector("#hello") !== null, slow),
  };

  console.error("typing over 10,000 customers");
  const typed = {
    app: await typing(browser, `${app}/customers`, pickerReady),
    plainJs: await typing(browser, `${plain}/`, plainReady),
  };
  const shownDiffer = typed.app.firstShown.some((name, i) => name !== typed.plainJs.firstShown[i]);
  if (shownDiffer) console.error("warning: the two pickers put different customers first for some queries");

  console.error("filtering 400 support topics");
  const topics = await topicFilter(browser, app);

  console.error("memory");
  const mem = { app: await memory(browser, `${app}/customers`, pickerReady), plainJs: await memory(browser, `${plain}/`, plainReady) };
  await browser.close();

  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), chromium: browser.version() },
    runs: RUNS,
    transfer,
    startup,
    typing: { customers: CUSTOMERS, queries: TYPED, ...typed, sameFirstCustomer: !shownDiffer },
    memory: mem,
    topicFilter: topics,
  };
  writeFileSync(join(out, "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  console.error(`figures written to ${join(out, "bench.json")}`);
} finally {
  for (const server of servers) server.kill();
}

function table(r) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (s) => `${s.median.toFixed(s.median < 10 ? 1 : 0)} ms (${s.min.toFixed(s.min < 10 ? 1 : 0)}–${s.max.toFixed(s.max < 10 ? 1 : 0)})`;
  const score = (s) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
  const lines = [];
  lines.push(`Taken ${r.date.slice(0, 10)} on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Chromium ${r.machine.chromium}; timings are the median of ${r.runs} runs (min–max).`, "");
  lines.push("| Transfer size | raw | gzip | brotli |", "|---|---:|---:|---:|");
  const size = (label, s) => lines.push(`| ${label} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  size("**App, first visit**", r.transfer.app.firstVisit);
  for (const [part, s] of Object.entries(r.transfer.app.parts)) size(`app part \`${part}\``, s);
  size("app, every file (the offline copy)", r.transfer.app.everything);
  size("Leptos hello world", r.transfer.helloWorld);
  size("size floor (benches/size-floor)", r.transfer.sizeFloor);
  lines.push("", "| Startup (Lighthouse) | performance | accessibility | best practices | FCP | LCP | LCP seen | TBT | CLS |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  const lh = (label, s) => lines.push(`| ${label} | ${score(s.performance)} | ${score(s.accessibility)} | ${score(s.bestPractices)} | ${ms(s.fcp)} | ${ms(s.lcp)} | ${ms(s.observedLcp)} | ${ms(s.tbt)} | ${s.cls.median.toFixed(3)} |`);
  for (const formFactor of ["mobile", "desktop"]) {
    lh(`\`/customers\`, ${formFactor}`, r.startup.app.customers[formFactor]);
    lh(`\`/requests\`, ${formFactor}`, r.startup.app.requests[formFactor]);
    lh(`flow step, ${formFactor}`, r.startup.app.flowStep[formFactor]);
    lh(`hello world, ${formFactor}`, r.startup.helloWorld[formFactor]);
  }
  const { fieldTakesTyping, customersListed: listed } = r.startup.app;
  const helloPainted = r.startup.helloWorld.painted;
  lines.push("", "| Startup (no throttling) | app | hello world painted | ratio |", "|---|---:|---:|---:|",
    `| until the search field takes typing | ${ms(fieldTakesTyping)} | ${ms(helloPainted)} | ${ratio(fieldTakesTyping.median, helloPainted.median)} |`,
    `| until what is typed finds customers | ${ms(listed)} | ${ms(helloPainted)} | ${ratio(listed.median, helloPainted.median)} |`);
  const p = r.startup.slowPhone;
  lines.push("", "| Startup on a slow phone link (1.6 Mbps, 150 ms round trips, 4x slower processor) | app | hello world painted | ratio |", "|---|---:|---:|---:|",
    `| until the search field takes typing | ${ms(p.fieldTakesTyping)} | ${ms(p.helloPainted)} | ${ratio(p.fieldTakesTyping.median, p.helloPainted.median)} |`,
    `| until what is typed finds customers | ${ms(p.customersListed)} | ${ms(p.helloPainted)} | ${ratio(p.customersListed.median, p.helloPainted.median)} |`,
    `| the same in a Russian browser | ${ms(p.customersListedRussian)} | ${ms(p.helloPainted)} | ${ratio(p.customersListedRussian.median, p.helloPainted.median)} |`);
  const t = r.typing;
  lines.push("", `| Typing, ${t.customers.toLocaleString("en")} customers (input event to list updated) | app | plain JavaScript | ratio |`, "|---|---:|---:|---:|",
    `| median | ${ms(t.app.median)} | ${ms(t.plainJs.median)} | ${ratio(t.app.median.median, t.plainJs.median.median)} |`,
    `| p95 | ${ms(t.app.p95)} | ${ms(t.plainJs.p95)} | ${ratio(t.app.p95.median, t.plainJs.p95.median)} |`);
  const f = r.topicFilter;
  lines.push("", `| Support topics, ${f.topics} of them, on a 4x slower processor (input to next paint) | app |`, "|---|---:|",
    `| "More…" | ${ms(f.more)} |`,
    `| a keystroke in the filter, median | ${ms(f.keystroke.median)} |`,
    `| a keystroke in the filter, p95 | ${ms(f.keystroke.p95)} |`);
  const m = r.memory;
  lines.push("", "| Memory (JS heap + wasm) | app | plain JavaScript |", "|---|---:|---:|",
    `| after loading ${t.customers.toLocaleString("en")} customers | ${mb(m.app.afterLoading.total)} (${mb(m.app.afterLoading.jsHeap)} + ${mb(m.app.afterLoading.wasm)}) | ${mb(m.plainJs.afterLoading.total)} |`,
    `| after 50 searches | ${mb(m.app.after50Searches.total)} (${mb(m.app.after50Searches.jsHeap)} + ${mb(m.app.after50Searches.wasm)}) | ${mb(m.plainJs.after50Searches.total)} |`);
  return lines.join("\n");
}

// The two backends as the end-to-end tests set them up, and faults injected into either: into
// the mock through config.json's `mock.faults` (read when the app starts), into the HTTP
// backend through the contract server's fault control (500, 429, timeout) or Playwright routes
// (a network failure, a malformed body), so each call of each backend can fail in each way.
import { expect, type APIRequestContext, type Page, type Route } from "@playwright/test";

export type BackendName = "mock" | "http";
export type Call = "customer" | "subscriptions" | "topics" | "create" | "customerRequests" | "requests" | "request" | "note";
export type Kind = "500" | "429" | "timeout" | "network" | "malformed";

export const KINDS: Kind[] = ["500", "429", "timeout", "network", "malformed"];

/** What the partner is told for each fault: the message of `BackendError::partner_message`. */
export const MESSAGE: Record<Kind, string> = {
  "500": "Something went wrong at the service. Try again; if it keeps happening, tell your administrator.",
  "429": "Microsoft's service is busy. Try again in a second.",
  timeout: "The service took too long to answer. Try again.",
  network: "The service could not be reached. Check your connection and try again.",
  malformed: "The server's answer could not be read. Try again; if it keeps happening, tell your administrator.",
};

/** How many calls a fault must fail for the partner to see it: the backends try a call three
 * times when its error may pass (429, a timeout, a network failure), once otherwise. */
export function timesFor(kind: Kind): number {
  return kind === "500" || kind === "malformed" ? 1 : 3;
}

/** The same customer and request in both backends' seed data. */
export const CONTOSO: Record<BackendName, string> = {
  mock: "5eed0000-0000-4000-8057-000000000000",
  http: "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04",
};
export const MAIL_FLOW_REQUEST: Record<BackendName, string> = {
  mock: "625110100010001",
  http: "625110300010001",
};

export const control = process.env.CONTRACT_CONTROL_URL ?? "http://127.0.0.1:4011";

/** Puts the contract server's seed data back and points the app at it, same-origin at /api. */
export async function useContractServer(page: Page, request: APIRequestContext) {
  const reset = await request.post(`${control}/__control/reset`);
  expect(reset.ok(), "the contract server must be running (tests/contract-server/start.sh)").toBeTruthy();
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ backend: "http", apiBaseUrl: "/api/v1", timeoutMs: 5000 }),
    }),
  );
}
const TIMEOUT_MS = 1000;

/** Which HTTP calls make up `call` (method, and the path after /api/v1). */
function matches(call: Call, method: string, path: string): boolean {
  const p = path.replace(/^\/api\/v1/, "");
  switch (call) {
    case "customer": return method === "GET" && /^\/customers\/[^/]+$/.test(p);
    case "subscriptions": return method === "GET" && /^\/customers\/[^/]+\/subscriptions$/.test(p);
    case "customerRequests": return method === "GET" && /^\/customers\/[^/]+\/servicerequests$/.test(p);
    case "topics": return method === "GET" && p === "/servicerequests/supporttopics";
    case "requests": return method === "GET" && p === "/servicerequests";
    case "request": return method === "GET" && /^\/servicerequests\/\d+$/.test(p);
    case "create": return method === "POST" && /^\/servicerequests\/[A-Za-z-]+$/.test(p);
    case "note": return method === "PATCH" && /^\/servicerequests\/\d+$/.test(p);
  }
}

/** One test's backend: its config.json, and faults for the next calls. */
export class TestBackend {
  private mockFaults: object[] = [];

  constructor(private page: Page, private request: APIRequestContext, readonly name: BackendName) {}

  /** Serves config.json for this backend (read again at each page load). */
  async start() {
    if (this.name === "http") {
      const reset = await this.request.post(`${control}/__control/reset`);
      expect(reset.ok(), "the contract server must be running (tests/contract-server/start.sh)").toBeTruthy();
    }
    await this.page.route("**/config.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify(
          this.name === "mock"
            ? { backend: "mock", mock: { latencyMs: 0, faults: this.mockFaults } }
            : { backend: "http", apiBaseUrl: "/api/v1", timeoutMs: TIMEOUT_MS },
        ),
      }),
    );
  }

  get customer() {
    return CONTOSO[this.name];
  }

  get mailFlowRequest() {
    return MAIL_FLOW_REQUEST[this.name];
  }

  /** The next `times` calls of `call` fail with `kind`. With the mock, from the next page load. */
  async inject(call: Call, kind: Kind, times: number) {
    if (this.name === "mock") {
      this.mockFaults = [{ call, kind, times, retryAfter: 1 }];
      return;
    }
    if (kind === "500" || kind === "429" || kind === "timeout") {
      const answer = await this.request.post(`${control}/__control/fault`, {
        data: { route: call, kind, times, retryAfter: 1, delayMs: TIMEOUT_MS + 1500 },
      });
      expect(answer.ok()).toBeTruthy();
      return;
    }
    let left = times;
    await this.page.route(
      (url) => url.pathname.startsWith("/api/v1/"),
      async (route: Route) => {
        const req = route.request();
        if (left <= 0 || !matches(call, req.method(), new URL(req.url()).pathname)) return route.fallback();
        left -= 1;
        if (kind === "network") return route.abort("failed");
        // The server does the work; the answer arrives cut off.
        const response = await route.fetch();
        await route.fulfill({ response, body: '{"totalCount": 1, "items": [{"id": ' });
      },
    );
  }

  /** The HTTP backend's answers on paths under `prefix`, changed by `change` on their way to
   * the app, as a service that sends other data than the contract server's would. */
  async rewrite(prefix: string, change: (body: string) => string) {
    await this.page.route(
      (url) => url.pathname.startsWith(prefix),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: change(await response.text()) });
      },
    );
  }

  /** The next calls of `call` answer 503 (busy), one for each `Retry-After` in seconds given.
   * With the mock, from the next page load. */
  async busy(call: Call, retryAfters: number[]) {
    const faults = retryAfters.map((retryAfter) => ({ call, kind: "503", times: 1, retryAfter }));
    if (this.name === "mock") {
      this.mockFaults = faults;
      return;
    }
    for (const { call: route, ...fault } of faults) {
      const answer = await this.request.post(`${control}/__control/fault`, { data: { route, ...fault } });
      expect(answer.ok()).toBeTruthy();
    }
  }

  /** Requests the HTTP backend holds (the mock's are counted on the page). */
  async count(): Promise<{ serviceRequests: number; notes: number; creates: number }> {
    return (await this.request.get(`${control}/__control/count`)).json();
  }
}

import type { AttainDatabase } from "@attain/db";
import { createApp } from "../app";
import { createRateLimiter } from "../auth/rate-limit";
import { type Clock, fixedClock } from "../clock";
import type { LiveHub } from "../live";

export const TEST_ORIGIN = "http://attain.test";

/** Tests read bodies loosely and pin them with exact `toEqual` assertions. */
// biome-ignore lint/suspicious/noExplicitAny: the assertions, not the type, check the shape of a response body
export type TestResponse = Omit<Response, "json"> & { json(): Promise<any> };

/** The app in-process (no socket) with a pinned clock, and a tiny cookie-keeping client for it. */
export function createTestClient(
  database: AttainDatabase,
  options: { today?: string; clock?: Clock; live?: LiveHub } = {},
) {
  const clock = options.clock ?? fixedClock(options.today ?? "2026-03-15");
  const app = createApp(
    {
      database,
      clock,
      signInLimiter: createRateLimiter({ limit: 10, windowMs: 60_000 }),
      uploadDir: "/tmp/attain-test-uploads",
      live: options.live,
    },
    { webDist: "/nonexistent" },
  );
  let cookie: string | undefined;

  async function request(
    method: string,
    path: string,
    init: { json?: unknown; headers?: Record<string, string>; body?: string } = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { origin: TEST_ORIGIN, ...init.headers };
    if (cookie) headers.cookie = cookie;
    let body = init.body;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    }
    const response = await app.request(`${TEST_ORIGIN}${path}`, { method, headers, body });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const [pair] = setCookie.split(";");
      cookie = pair?.endsWith("=") ? undefined : pair;
    }
    return response as TestResponse;
  }

  return {
    app,
    clock,
    request,
    get: (path: string) => request("GET", path),
    post: (path: string, json?: unknown) => request("POST", path, { json }),
    async signIn(email: string, password: string) {
      const response = await request("POST", "/api/auth/sign-in", { json: { email, password } });
      if (response.status !== 200)
        throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
      return response.json();
    },
    get cookie() {
      return cookie;
    },
  };
}

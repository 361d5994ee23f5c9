import { describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD } from "../test-support/revenue-fixture";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";
import { TEST_ORIGIN } from "../test-support/test-client";

const env = useRevenueFixture();

describe("sign-in and sessions", () => {
  it("signs in with email and password, sets an http-only SameSite cookie, and /api/me answers who it is", async () => {
    const client = env.client();
    const response = await client.request("POST", "/api/auth/sign-in", {
      json: { email: env.fixture.emails.mia.toUpperCase(), password: FIXTURE_PASSWORD },
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^attain_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    const me = await (await client.get("/api/me")).json();
    expect(me).toMatchObject({
      email: env.fixture.emails.mia,
      role: "manager",
      locale: "en",
      person: { id: env.fixture.people.mia, fullName: "Mia Manager", jobRole: "manager" },
      workspace: { name: "Acme Software", reportingCurrency: "EUR", fiscalYearStartMonth: 1 },
      today: "2026-03-15",
    });
  });

  it("refuses a wrong password and an unknown email with the same 401 problem", async () => {
    const client = env.client();
    for (const body of [
      { email: env.fixture.emails.mia, password: "wrong" },
      { email: "nobody@nowhere.test", password: FIXTURE_PASSWORD },
    ]) {
      const response = await client.post("/api/auth/sign-in", body);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 401, title: "Sign-in failed" });
    }
  });

  it("rate-limits sign-in: the 11th attempt within a minute gets 429 with Retry-After", async () => {
    const client = env.client();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      statuses.push(
        (await client.post("/api/auth/sign-in", { email: env.fixture.emails.ben, password: "guess" })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
    const blocked = await client.post("/api/auth/sign-in", {
      email: env.fixture.emails.ben,
      password: FIXTURE_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("signs out: the cookie is cleared and the old session no longer works", async () => {
    const client = env.client();
    await client.signIn(env.fixture.emails.ana, FIXTURE_PASSWORD);
    const oldCookie = client.cookie!;
    expect((await client.post("/api/auth/sign-out")).status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(401);
    const replay = await client.app.request(`${TEST_ORIGIN}/api/me`, { headers: { cookie: oldCookie } });
    expect(replay.status).toBe(401);
  });

  it("stores the language preference per user", async () => {
    const client = env.client();
    await client.signIn(env.fixture.emails.carl, FIXTURE_PASSWORD);
    const response = await client.request("PATCH", "/api/me", { json: { locale: "fr" } });
    expect(response.status).toBe(200);
    expect((await response.json()).locale).toBe("fr");
    expect((await (await client.get("/api/me")).json()).locale).toBe("fr");
    const invalid = await client.request("PATCH", "/api/me", { json: { locale: "de" } });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].path).toBe("locale");
  });
});

describe("CSRF protection on cookie-authenticated writes", () => {
  it("refuses a write from another origin, and one with neither Origin nor Sec-Fetch-Site", async () => {
    const client = env.client();
    await client.signIn(env.fixture.emails.zoe, FIXTURE_PASSWORD);
    const foreign = await client.request("PATCH", "/api/me", {
      json: { locale: "fr" },
      headers: { origin: "https://evil.test" },
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).title).toBe("Cross-site request refused");
    const headers = { cookie: client.cookie!, "content-type": "application/json" };
    const bare = await client.app.request(`${TEST_ORIGIN}/api/me`, {
      method: "PATCH",
      headers,
      body: '{"locale":"fr"}',
    });
    expect(bare.status).toBe(403);
    const sameSite = await client.app.request(`${TEST_ORIGIN}/api/me`, {
      method: "PATCH",
      headers: { ...headers, "sec-fetch-site": "same-origin" },
      body: '{"locale":"fr"}',
    });
    expect(sameSite.status).toBe(200);
  });
});

describe("bad input to the API", () => {
  it("answers malformed JSON with a 400 problem, never a 500", async () => {
    const client = env.client();
    const response = await client.request("POST", "/api/auth/sign-in", {
      body: '{"email": "a@b.c", "password": ',
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("names each invalid field", async () => {
    const client = env.client();
    const response = await client.post("/api/auth/sign-in", { email: "not-an-email", password: "" });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(["email", "password"]);
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const client = env.client();
    const response = await client.post("/api/auth/sign-in", {
      email: "a@b.co",
      password: "x".repeat(1_100_000),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).title).toBe("Request body too large");
  });

  it("answers an unknown API path with a 404 problem", async () => {
    const response = await env.client().get("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("API description", () => {
  it("publishes OpenAPI 3.1 with every route, and a readable docs page", async () => {
    const client = env.client();
    const doc = await (await client.get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/auth/sign-in",
      "/api/me",
      "/api/revenue-vs-target",
      "/api/revenue-vs-target/lines",
      "/api/imports/{entity}",
      "/api/health",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await client.get("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/api/openapi.json");
  });

  it("reports health with the database kind", async () => {
    const body = await (await env.client().get("/api/health")).json();
    expect(body).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
  });
});

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { createRateLimiter } from "../auth/rate-limit";
import { fixedClock } from "../clock";
import { createLiveHub, kpiFactsRefresh, type LiveHub } from "../live";
import { createTestWorkspace } from "../test-support/create-test-workspace";
import { openTestDatabase } from "../test-support/open-test-database";
import { FIXTURE_PASSWORD } from "../test-support/revenue-fixture";

// GET /api/live/events over a real socket (streams do not end, so app.request() cannot read them): a signed-in
// browser-like client reads the event stream with fetch while rows change through SQL.
let database: AttainDatabase;
let live: LiveHub;
let server: ReturnType<typeof serve>;
let origin: string;
type Company = { workspaceId: string; personId: string; email: string };
let acme: Company;
let globex: Company;
let acmeDealId: string;

async function company(slug: string): Promise<Company> {
  const workspace = await createTestWorkspace(database, { slug, name: slug });
  const personId = await workspace.person("ana", "Ana Seller", "ae");
  const email = await workspace.user("ana", "manager", personId);
  return { workspaceId: workspace.workspaceId, personId, email };
}

beforeAll(async () => {
  database = await openTestDatabase();
  acme = await company("acme-live");
  globex = await company("globex-live");
  // Written before any stream is open, so its own notification reaches no one.
  const [deal] = await database.sql.query<{ id: string }>(
    `insert into opportunities (workspace_id, external_id, name, owner_id, stage, amount, currency, close_date)
     values ($1, 'opp-live', 'Live deal', $2, 'Qualify', '1000.00', 'EUR', '2026-03-31') returning id`,
    [acme.workspaceId, acme.personId],
  );
  acmeDealId = deal!.id;
  const clock = fixedClock("2026-03-15");
  live = createLiveHub({ database, clock, coalesceMs: 50, refresh: kpiFactsRefresh(database) });
  const app = createApp(
    {
      database,
      clock,
      live,
      signInLimiter: createRateLimiter({ limit: 100, windowMs: 60_000 }),
      uploadDir: "/tmp/attain-test-uploads",
    },
    { webDist: "/nonexistent" },
  );
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await live?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await database?.close();
});

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password: FIXTURE_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const [cookie] = response.headers.getSetCookie();
  return cookie!.split(";")[0]!;
}

type SseEvent = { event: string; data: unknown };

/** Opens the stream and reads its events one by one (comment lines skipped). */
async function openEvents(cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${origin}/api/live/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    response,
    async next(): Promise<SseEvent> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n").filter((line) => !line.startsWith(":"));
          if (lines.length === 0) continue;
          const event = lines.find((line) => line.startsWith("event: "))?.slice(7) ?? "message";
          const data = lines
            .filter((line) => line.startsWith("data: "))
            .map((line) => line.slice(6))
            .join("\n");
          return { event, data: JSON.parse(data) };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

/**
 * A booking written through SQL in its own transaction. The KPI source tables' triggers notify on their own; on a
 * database without them yet, the test sends the same notification itself, in the same transaction.
 */
async function bookLine(who: Company, externalId: string) {
  const [triggers] = await database.sql.query<{ n: number }>(
    "select count(*)::int as n from pg_trigger where tgrelid = 'order_lines'::regclass and not tgisinternal",
  );
  await database.transaction(async (tx) => {
    await tx.sql.query(
      `insert into order_lines (workspace_id, external_id, order_number, owner_id, booking_date, amount, currency)
       values ($1, $2, $3, $4, '2026-03-10', '1200.00', 'EUR')`,
      [who.workspaceId, externalId, `SO-${externalId}`, who.personId],
    );
    if ((triggers?.n ?? 0) === 0)
      await tx.sql.query("select pg_notify('attain_data_changed', $1)", [
        JSON.stringify({ w: who.workspaceId, s: "order_lines" }),
      ]);
  });
}

describe("GET /api/live/events", () => {
  it("401 without a session, as problem+json", async () => {
    const response = await fetch(`${origin}/api/live/events`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("sends ready, then data-changed naming the source after a committed order line, and only for its workspace", async () => {
    const acmeStream = await openEvents(await signIn(acme.email));
    const globexStream = await openEvents(await signIn(globex.email));
    expect(acmeStream.response.status).toBe(200);
    expect(acmeStream.response.headers.get("content-type")).toBe("text/event-stream");
    expect(await acmeStream.next()).toEqual({ event: "ready", data: { version: 0 } });
    expect(await globexStream.next()).toEqual({ event: "ready", data: { version: 0 } });

    // Globex's change reaches Globex; had it leaked, Acme's first event would be it, sent in the same flush.
    await bookLine(globex, "g-1");
    const globexEvent = await globexStream.next();
    expect(globexEvent.event).toBe("data-changed");
    expect(globexEvent.data).toMatchObject({ sources: ["order_lines"] });

    await bookLine(acme, "a-1");
    const acmeEvent = await acmeStream.next();
    expect(acmeEvent.event).toBe("data-changed");
    const data = acmeEvent.data as { sources: string[]; version: number; at: string };
    expect(data.sources).toEqual(["order_lines"]);
    // The hub refreshed the facts before announcing: Acme's first refresh creates its facts state at version 1.
    expect(data.version).toBe(1);
    expect(new Date(data.at).toISOString()).toBe(data.at);
    acmeStream.close();
    globexStream.close();
  }, 5_000);

  it("announces a deal PATCHed through the API as an opportunities change", async () => {
    const cookie = await signIn(acme.email);
    const stream = await openEvents(cookie);
    expect((await stream.next()).event).toBe("ready");
    const patched = await fetch(`${origin}/api/pipeline/opportunities/${acmeDealId}`, {
      method: "PATCH",
      headers: { cookie, origin, "content-type": "application/json" },
      body: JSON.stringify({ amount: "2500.00" }),
    });
    expect(patched.status).toBe(200);
    const event = await stream.next();
    expect(event.event).toBe("data-changed");
    expect((event.data as { sources: string[] }).sources).toContain("opportunities");
    stream.close();
  }, 5_000);

  it("allows 10 streams per user: the 11th gets 429 until one closes", async () => {
    const cookie = await signIn(acme.email);
    // The previous test's streams are released once their sockets close.
    while (live.streams.openStreams(await userIdOf(acme.email)) > 0)
      await new Promise((r) => setTimeout(r, 20));
    const streams = [];
    for (let i = 0; i < 10; i++) {
      const stream = await openEvents(cookie);
      expect(stream.response.status).toBe(200);
      expect((await stream.next()).event).toBe("ready");
      streams.push(stream);
    }
    const eleventh = await fetch(`${origin}/api/live/events`, { headers: { cookie } });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get("content-type")).toContain("application/problem+json");

    streams.pop()!.close();
    const userId = await userIdOf(acme.email);
    while (live.streams.openStreams(userId) > 9) await new Promise((r) => setTimeout(r, 20));
    const again = await openEvents(cookie);
    expect(again.response.status).toBe(200);
    expect((await again.next()).event).toBe("ready");
    again.close();
    for (const stream of streams) stream.close();
  }, 10_000);

  it("is declared in the OpenAPI document as text/event-stream", async () => {
    const document = (await (await fetch(`${origin}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    };
    const get = document.paths["/api/live/events"]!.get;
    expect(Object.keys(get.responses["200"]!.content)).toEqual(["text/event-stream"]);
    expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(["401", "429"]));
  });
});

async function userIdOf(email: string): Promise<string> {
  const [row] = await database.sql.query<{ id: string }>("select id from users where email = $1", [email]);
  return row!.id;
}

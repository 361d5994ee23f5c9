import { randomUUID } from "node:crypto";
import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock";
import { openTestDatabase } from "../test-support/open-test-database";
import { createLiveHub } from "./create-live-hub";
import { DATA_CHANGED_CHANNEL, type DataChangeEvent, parseDataChangePayload } from "./data-change";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const notify = (sql: AttainDatabase["sql"], payload: string) =>
  sql.query("select pg_notify($1, $2)", [DATA_CHANGED_CHANNEL, payload]);

/** Collects the payloads of a channel (salted per test, so a shared PostgreSQL does not mix tests) in order. */
async function collect(channel: string) {
  const payloads: string[] = [];
  const waiters: { until: string; resolve: () => void }[] = [];
  const stop = await database.listen!(channel, (payload) => {
    payloads.push(payload);
    for (const waiter of waiters) if (payload === waiter.until) waiter.resolve();
  });
  return {
    payloads,
    stop,
    /** Resolves once `payload` has arrived (notifications of one session arrive in commit order). */
    arrived: (payload: string) =>
      new Promise<void>((resolve) => {
        if (payloads.includes(payload)) resolve();
        else waiters.push({ until: payload, resolve });
      }),
  };
}

describe("database.listen", () => {
  it("delivers a NOTIFY sent inside a transaction only after the commit", async () => {
    const channel = `attain_test_${randomUUID().slice(0, 8)}`;
    const listener = await collect(channel);
    let seenBeforeCommit = -1;
    await database.transaction(async (tx) => {
      await tx.sql.query("select pg_notify($1, 'inside')", [channel]);
      await tx.sql.query("select 1");
      seenBeforeCommit = listener.payloads.length;
    });
    await listener.arrived("inside");
    expect(seenBeforeCommit).toBe(0);
    expect(listener.payloads).toEqual(["inside"]);
    await listener.stop();
  });

  it("never delivers the NOTIFY of a rolled-back transaction", async () => {
    const channel = `attain_test_${randomUUID().slice(0, 8)}`;
    const listener = await collect(channel);
    await expect(
      database.transaction(async (tx) => {
        await tx.sql.query("select pg_notify($1, 'rolled back')", [channel]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // A later notification arrives after anything committed before it: when it is here, the first would be too.
    await database.sql.query("select pg_notify($1, 'after')", [channel]);
    await listener.arrived("after");
    expect(listener.payloads).toEqual(["after"]);
    await listener.stop();
  });
});

describe("parseDataChangePayload", () => {
  it("reads the triggers' payload and ignores anything else", () => {
    const w = "5f0c6a52-1111-4222-8333-944455556666";
    expect(parseDataChangePayload(JSON.stringify({ w, s: "order_lines" }))).toEqual({
      workspaceId: w,
      source: "order_lines",
    });
    expect(parseDataChangePayload("not json")).toBeNull();
    expect(parseDataChangePayload(JSON.stringify({ w: "nope", s: "order_lines" }))).toBeNull();
    expect(parseDataChangePayload(JSON.stringify({ w }))).toBeNull();
  });
});

describe("createLiveHub", () => {
  it("coalesces a burst of one workspace into one event, refreshed first, and keeps workspaces apart", async () => {
    const mine = randomUUID();
    const other = randomUUID();
    const refreshed: string[] = [];
    const hub = createLiveHub({
      database,
      clock: fixedClock("2026-03-15"),
      coalesceMs: 50,
      refresh: async (workspaceId) => {
        refreshed.push(workspaceId);
      },
    });
    const mineEvents: DataChangeEvent[] = [];
    const otherEvents: DataChangeEvent[] = [];
    let arrived: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    await hub.subscribe(mine, (event) => {
      mineEvents.push(event);
      arrived();
    });
    await hub.subscribe(other, (event) => otherEvents.push(event));
    // One transaction writing two sources, as an import does: both in one event.
    await database.transaction(async (tx) => {
      await notify(tx.sql, JSON.stringify({ w: mine, s: "order_lines" }));
      await notify(tx.sql, JSON.stringify({ w: mine, s: "opportunities" }));
      await notify(tx.sql, JSON.stringify({ w: mine, s: "order_lines" }));
    });
    await first;
    expect(mineEvents).toHaveLength(1);
    expect(mineEvents[0]).toMatchObject({ sources: ["opportunities", "order_lines"], version: 0 });
    expect(Date.parse(mineEvents[0]!.at)).not.toBeNaN();
    expect(refreshed).toEqual([mine]);
    expect(otherEvents).toEqual([]);
    await hub.close();
  });

  it("publishDataChange sends an event without a table write; a closed hub ends its subscribers", async () => {
    const workspaceId = randomUUID();
    const hub = createLiveHub({ database, clock: fixedClock("2026-03-15"), coalesceMs: 10 });
    let ended = false;
    let received: (event: DataChangeEvent) => void = () => {};
    const event = new Promise<DataChangeEvent>((resolve) => {
      received = resolve;
    });
    await hub.subscribe(
      workspaceId,
      (change) => received(change),
      () => {
        ended = true;
      },
    );
    hub.publishDataChange(workspaceId, ["goals"]);
    expect(await event).toMatchObject({ sources: ["goals"], version: 0 });
    await hub.close();
    expect(ended).toBe(true);
  });
});

import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPostgresListener, type ListenerClient } from "./postgres-listener";

/** A stand-in for pg.Client: records its statements; the test emits notifications and errors on it. */
class FakeClient extends EventEmitter {
  statements: string[] = [];
  ended = false;
  constructor(private readonly refuse: boolean) {
    super();
  }
  async connect() {
    if (this.refuse) throw new Error("connection refused");
  }
  async query(text: string) {
    this.statements.push(text);
    return { rows: [] };
  }
  async end() {
    this.ended = true;
  }
  notify(channel: string, payload: string) {
    this.emit("notification", { channel, payload, processId: 1 });
  }
}

function fakeServer(refusals: number[] = []) {
  const clients: FakeClient[] = [];
  const newClient = () => {
    const client = new FakeClient(refusals.includes(clients.length));
    clients.push(client);
    return client as unknown as ListenerClient;
  };
  return { clients, newClient };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createPostgresListener", () => {
  it("LISTENs on one connection of its own and hands each channel its payloads", async () => {
    const server = fakeServer();
    const listener = createPostgresListener("postgres://x", () => {}, server.newClient);
    const a: string[] = [];
    const b: string[] = [];
    await listener.listen("attain_data_changed", (payload) => a.push(payload));
    await listener.listen("other", (payload) => b.push(payload));
    expect(server.clients).toHaveLength(1);
    expect(server.clients[0]!.statements).toEqual(['LISTEN "attain_data_changed"', 'LISTEN "other"']);
    server.clients[0]!.notify("attain_data_changed", '{"w":"1","s":"order_lines"}');
    server.clients[0]!.notify("other", "x");
    expect(a).toEqual(['{"w":"1","s":"order_lines"}']);
    expect(b).toEqual(["x"]);
    await listener.close();
    expect(server.clients[0]!.ended).toBe(true);
  });

  it("reconnects after 250 ms, then 500 ms after a refusal, LISTENs again and calls onResume", async () => {
    vi.useFakeTimers();
    // The second connection (index 1) is refused; the third succeeds.
    const server = fakeServer([1]);
    const lines: string[] = [];
    const listener = createPostgresListener("postgres://x", (line) => lines.push(line), server.newClient);
    const payloads: string[] = [];
    let resumed = 0;
    const stop = await listener.listen("attain_data_changed", (payload) => payloads.push(payload), {
      onResume: () => resumed++,
    });

    server.clients[0]!.emit("error", new Error("terminating connection due to administrator command"));
    expect(server.clients[0]!.ended).toBe(true);
    await vi.advanceTimersByTimeAsync(249);
    expect(server.clients).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.clients).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(server.clients).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.clients).toHaveLength(3);
    expect(server.clients[2]!.statements).toEqual(['LISTEN "attain_data_changed"']);
    expect(resumed).toBe(1);
    expect(lines).toEqual([
      "Lost the PostgreSQL notification connection (terminating connection due to administrator command); reconnecting in 250 ms.",
      "Reconnecting for notifications failed (connection refused); next try in 500 ms.",
      "PostgreSQL notification connection restored; listening again.",
    ]);

    // The old connection's late events are ignored; the new one delivers.
    server.clients[0]!.notify("attain_data_changed", "stale");
    server.clients[2]!.notify("attain_data_changed", "fresh");
    expect(payloads).toEqual(["fresh"]);

    await stop();
    expect(server.clients[2]!.statements.at(-1)).toBe('UNLISTEN "attain_data_changed"');
    await listener.close();
  });

  it("stops retrying once closed", async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const listener = createPostgresListener("postgres://x", () => {}, server.newClient);
    await listener.listen("attain_data_changed", () => {});
    server.clients[0]!.emit("end");
    await listener.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.clients).toHaveLength(1);
  });
});

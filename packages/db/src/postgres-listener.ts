import pg from "pg";

type Subscriber = { onPayload: (payload: string) => void; onResume?: (() => void) | undefined };

/** What the listener needs of a `pg.Client` (tests pass a fake one). */
export type ListenerClient = Pick<pg.Client, "connect" | "query" | "end" | "on">;

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

/**
 * LISTEN on PostgreSQL through one connection of its own: a pooled connection goes back to the pool between
 * queries, and a session's LISTEN with it. When the server goes away (restart, failover, idle kill) it reconnects
 * with back-off (250 ms doubling to 30 s), LISTENs again and tells subscribers, who may have missed notifications.
 */
export function createPostgresListener(
  url: string,
  log: (line: string) => void,
  newClient: () => ListenerClient = () => new pg.Client({ connectionString: url }),
) {
  const channels = new Map<string, Set<Subscriber>>();
  let client: ListenerClient | undefined;
  let connecting: Promise<ListenerClient> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_RETRY_MS;
  let closed = false;

  const listenStatement = (channel: string) => `LISTEN "${channel.replaceAll('"', '""')}"`;

  /** Channels LISTENed on each connection; a lost connection's late events are dropped. */
  const listenedOn = new WeakMap<ListenerClient, Set<string>>();
  const lostClients = new WeakSet<ListenerClient>();

  async function connect(): Promise<ListenerClient> {
    const next = newClient();
    const listened = new Set<string>();
    listenedOn.set(next, listened);
    next.on("notification", (message) => {
      if (lostClients.has(next)) return;
      for (const subscriber of channels.get(message.channel) ?? []) {
        try {
          subscriber.onPayload(message.payload ?? "");
        } catch (error) {
          log(`A notification handler of "${message.channel}" failed: ${describe(error)}`);
        }
      }
    });
    next.on("error", (error) => lose(next, error));
    next.on("end", () => lose(next, undefined));
    await next.connect();
    // A channel added while this runs is visited too (a Map iterates entries added during the loop).
    for (const channel of channels.keys()) {
      await next.query(listenStatement(channel));
      listened.add(channel);
    }
    return next;
  }

  /** One connection attempt at a time, shared by whoever needs it (a first listen, a scheduled reconnection). */
  function connectNow(): Promise<ListenerClient> {
    connecting ??= connect()
      .then((next) => {
        client = next;
        return next;
      })
      .finally(() => {
        connecting = undefined;
      });
    return connecting;
  }

  function lose(lost: ListenerClient, error: unknown) {
    lostClients.add(lost);
    if (closed || client !== lost) return;
    client = undefined;
    lost.end().catch(() => {});
    log(
      `Lost the PostgreSQL notification connection (${error ? describe(error) : "ended"}); reconnecting in ${delay} ms.`,
    );
    scheduleReconnect();
  }

  function scheduleReconnect() {
    retry = setTimeout(async () => {
      try {
        await connectNow();
        retry = undefined;
        delay = FIRST_RETRY_MS;
        log("PostgreSQL notification connection restored; listening again.");
        for (const subscribers of channels.values()) for (const s of subscribers) s.onResume?.();
      } catch (error) {
        retry = undefined;
        delay = Math.min(delay * 2, LAST_RETRY_MS);
        log(`Reconnecting for notifications failed (${describe(error)}); next try in ${delay} ms.`);
        if (!closed) scheduleReconnect();
      }
    }, delay);
  }

  async function connected(): Promise<ListenerClient | undefined> {
    if (client) return client;
    // While a reconnection is pending, the subscriber is registered and will be LISTENed for by it.
    if (retry) return undefined;
    return connectNow();
  }

  return {
    async listen(channel: string, onPayload: (payload: string) => void, options?: { onResume?: () => void }) {
      if (closed) throw new Error("The database is closed.");
      const subscriber: Subscriber = { onPayload, onResume: options?.onResume };
      let subscribers = channels.get(channel);
      if (!subscribers) {
        subscribers = new Set();
        channels.set(channel, subscribers);
      }
      subscribers.add(subscriber);
      try {
        const current = await connected();
        const listened = current ? listenedOn.get(current) : undefined;
        if (current && listened && !listened.has(channel)) {
          listened.add(channel);
          await current.query(listenStatement(channel));
        }
      } catch (error) {
        subscribers.delete(subscriber);
        if (subscribers.size === 0) channels.delete(channel);
        throw error;
      }
      return async () => {
        const set = channels.get(channel);
        if (!set?.delete(subscriber) || set.size > 0) return;
        channels.delete(channel);
        if (!client) return;
        listenedOn.get(client)?.delete(channel);
        await client.query(`UN${listenStatement(channel)}`).catch(() => {});
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client ?? (await connecting?.catch(() => undefined));
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

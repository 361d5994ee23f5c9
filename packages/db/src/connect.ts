import { mkdirSync } from "node:fs";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { createPostgresListener } from "./postgres-listener";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The Drizzle handle that queries take: the same type on PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = "pglite" | "postgres";

/** A raw SQL session that can also bulk-load rows with COPY (used by imports and the demo generator). */
export type SqlSession = {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Loads CSV text (no header) into `table (columns)` with COPY … FROM STDIN. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
};

export type AttainDatabase = {
  kind: DatabaseKind;
  db: Db;
  sql: SqlSession;
  /** Runs `work` in one transaction; everything written through the given `db` and `sql` commits or rolls back together. */
  transaction<T>(work: (tx: { db: Db; sql: SqlSession }) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` with the payload of every `NOTIFY channel` (`pg_notify`), once the sending transaction has
   * committed (a rolled-back one never arrives); resolves, once listening, to a function that stops. On PostgreSQL
   * one connection of its own (not the pool's) listens for every channel, and reconnects with back-off when the
   * server goes away; `onResume` is then called, since notifications sent in between are lost. Absent on handles
   * that wrap a transaction (a transaction cannot listen).
   */
  listen?(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<Unlisten>;
  close(): Promise<void>;
};

export type Unlisten = () => Promise<void>;
export type ListenOptions = { onResume?: () => void };

export type DatabaseOptions = {
  /** PostgreSQL connection string; when absent, an embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder for the embedded database; "memory://" keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Where the PostgreSQL listener reports losing and regaining its connection (default console.warn). */
  log?: ((line: string) => void) | undefined;
};

export async function openDatabase(options: DatabaseOptions): Promise<AttainDatabase> {
  return options.url
    ? openPostgres(options.url, options.log ?? console.warn)
    : openPglite(options.dataDir ?? "./.attain/db");
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source} WITH (FORMAT csv)`;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

type PgliteLike = Pick<PGlite, "query">;

function pgliteSession(client: PgliteLike): SqlSession {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query<Row>(text, params);
      return result.rows;
    },
    async copyCsv(table, columns, csv) {
      await client.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
    },
  };
}

async function openPglite(dataDir: string): Promise<AttainDatabase> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const keep = (value: string) => value;
  const client = await PGlite.create(dataDir, {
    parsers: { [pgliteTypes.NUMERIC]: keep, [pgliteTypes.INT8]: keep, [pgliteTypes.DATE]: keep },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    sql: pgliteSession(client),
    transaction: (work) =>
      client.transaction(async (tx) =>
        // Drizzle only calls `query` on its client, which a PGlite transaction provides.
        work({
          db: drizzlePglite(tx as unknown as PGlite, { schema }) as unknown as Db,
          sql: pgliteSession(tx),
        }),
      ),
    async listen(channel, onPayload) {
      // PGlite is one session: its notifications arrive with the results of the statement that committed them.
      const stop = await client.listen(channel, onPayload);
      return () => stop();
    },
    close: () => client.close(),
  };
}

// Numeric, bigint and date values stay strings: money is never a float, and a calendar date is not an instant.
const keepAsText = (value: string) => value;
for (const oid of [pg.types.builtins.NUMERIC, pg.types.builtins.INT8, pg.types.builtins.DATE]) {
  pg.types.setTypeParser(oid, keepAsText);
}

function postgresSession(client: pg.Pool | pg.PoolClient): SqlSession {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
    async copyCsv(table, columns, csv) {
      const { from } = await import("pg-copy-streams");
      const { pipeline } = await import("node:stream/promises");
      const { Readable } = await import("node:stream");
      const own = "release" in client ? undefined : await client.connect();
      try {
        const stream = (own ?? (client as pg.PoolClient)).query(from(copyStatement(table, columns, "STDIN")));
        await pipeline(Readable.from([csv]), stream);
      } finally {
        own?.release();
      }
    },
  };
}

async function openPostgres(url: string, log: (line: string) => void): Promise<AttainDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const listener = createPostgresListener(url, log);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    sql: postgresSession(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          db: drizzlePg(client, { schema }) as unknown as Db,
          sql: postgresSession(client),
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload, options) => listener.listen(channel, onPayload, options),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

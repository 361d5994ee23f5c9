import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { runImport } from "../apps/server/src/import";
import type { BenchResult } from "./types";

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);

export const name = `import ${rows.toLocaleString("en")} order lines from CSV (ratio to COPY)`;
const dataDir = fileURLToPath(new URL("./.data/", import.meta.url));
const file = `${dataDir}order-lines-${rows}.csv`;
const header = [
  "line_id",
  "order_number",
  "kind",
  "original_line_id",
  "booking_date",
  "quantity",
  "unit_price",
  "amount",
  "currency",
];
const plainTable = `create table if not exists bench_order_lines_copy (
  line_id text, order_number text, kind text, original_line_id text, booking_date date,
  quantity numeric, unit_price numeric, amount numeric, currency char(3))`;

/** Deterministic lines: 2% are returns of the line 50 rows earlier; prices with cents; dates over two years. */
async function writeFileOnce(): Promise<void> {
  if (existsSync(file)) return;
  mkdirSync(dataDir, { recursive: true });
  const out = createWriteStream(`${file}.tmp`);
  out.write(`${header.join(",")}\n`);
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(2024, 0, 1);
  for (let index = 1; index <= rows; index++) {
    const isReturn = index > 50 && index % 50 === 0;
    const quantity = 1 + Math.floor(next() * 5);
    const cents = 1000 + Math.floor(next() * 500_000);
    const unit = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    const total = cents * quantity;
    const amount = `${isReturn ? "-" : ""}${Math.floor(total / 100)}.${String(total % 100).padStart(2, "0")}`;
    const day = new Date(start + Math.floor((index / rows) * 730) * 86_400_000).toISOString().slice(0, 10);
    const line = [
      `OL-${index}`,
      `SO-${Math.ceil(index / 3)}`,
      isReturn ? "return" : "booking",
      isReturn ? `OL-${index - 49}` : "",
      day,
      String(quantity),
      unit,
      amount,
      index % 7 === 0 ? "USD" : "EUR",
    ].join(",");
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(`${file}.tmp`, file);
}

async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const databaseName = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [databaseName]);
    if (found.rowCount === 0) await client.query(`create database "${databaseName.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** order_lines has no foreign key to cascade from its workspace (docs/decisions/004-fact-table-constraints.md). */
async function deleteWorkspace(database: AttainDatabase, workspaceId: string): Promise<void> {
  await database.sql.query("delete from order_lines where workspace_id = $1", [workspaceId]);
  await database.sql.query("delete from workspaces where id = $1", [workspaceId]);
}

async function measure(database: AttainDatabase, label: string): Promise<BenchResult[]> {
  await migrateDatabase(database);
  // Floor: COPY of the same rows into a plain table of the same columns (no keys, no indexes, no checks).
  await database.sql.query(plainTable);
  await database.sql.query("truncate bench_order_lines_copy");
  const body = readFileSync(file, "utf8");
  const withoutHeader = body.slice(body.indexOf("\n") + 1);
  const floorStart = performance.now();
  await database.sql.copyCsv("bench_order_lines_copy", header, withoutHeader);
  const floorMs = performance.now() - floorStart;
  await database.sql.query("drop table bench_order_lines_copy");

  // Second floor: COPY straight into order_lines, paying its keys, indexes, checks and foreign keys, but no
  // parsing, validation or merge (returns loaded as bookings, since COPY cannot resolve the line they reverse).
  const [floorWorkspace] = await database.sql.query<{ id: string }>(
    "insert into workspaces (slug, name) values ($1, 'Bench floor') returning id",
    [`bench-floor-${Date.now()}`],
  );
  const prefixed = withoutHeader
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const [id, order, , , date, quantity, unit, amount, currency] = line.split(",");
      return `${floorWorkspace?.id},${id},${order},booking,${date},${quantity},${unit},${amount},${currency}`;
    })
    .join("\n");
  const tableStart = performance.now();
  await database.sql.copyCsv(
    "order_lines",
    [
      "workspace_id",
      "external_id",
      "order_number",
      "kind",
      "booking_date",
      "quantity",
      "unit_price",
      "amount",
      "currency",
    ],
    prefixed,
  );
  const tableFloorMs = performance.now() - tableStart;
  await deleteWorkspace(database, floorWorkspace?.id ?? "");

  const [workspace] = await database.sql.query<{ id: string }>(
    "insert into workspaces (slug, name) values ($1, 'Bench') returning id",
    [`bench-${Date.now()}`],
  );
  const workspaceId = workspace?.id ?? "";
  const importStart = performance.now();
  const report = await runImport(database, {
    workspaceId,
    entity: "order-lines",
    source: file,
    fileName: "order-lines.csv",
  });
  const measuredMs = performance.now() - importStart;
  if (report.status !== "committed" || report.inserted !== rows)
    throw new Error(
      `import did not commit every row: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 5) })}`,
    );
  await deleteWorkspace(database, workspaceId);
  const common = {
    measuredMs,
    detail: `${Math.round(rows / (measuredMs / 1000)).toLocaleString("en")} rows/s`,
  };
  return [
    {
      ...common,
      name: `order-lines import, ${rows.toLocaleString("en")} rows, ${label}`,
      floorMs,
      floorLabel:
        "COPY of the same CSV into a plain table of the same columns (no keys, indexes or foreign keys)",
      targetRatio: 3,
    },
    {
      ...common,
      name: `same, vs COPY into order_lines, ${label}`,
      floorMs: tableFloorMs,
      floorLabel: "COPY of the same rows straight into order_lines (its 5 indexes and checks)",
      targetRatio: null,
    },
  ];
}

/** BENCH_DATABASES=pglite or =postgres runs one of the two (for iterating); both by default. */
const only = process.env.BENCH_DATABASES;

export async function run(): Promise<BenchResult[]> {
  await writeFileOnce();
  const results: BenchResult[] = [];
  if (only !== "postgres") await measurePglite(results);
  if (only !== "pglite") await measurePostgres(results);
  return results;
}

async function measurePglite(results: BenchResult[]): Promise<void> {
  const pglite = await openDatabase({ dataDir: "memory://" });
  try {
    results.push(...(await measure(pglite, "PGlite (in memory)")));
  } finally {
    await pglite.close();
  }
}

async function measurePostgres(results: BenchResult[]): Promise<void> {
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/attain_bench";
  try {
    await ensurePostgresDatabase(url);
  } catch (error) {
    console.warn(
      `PostgreSQL at ${url} unavailable, skipped: ${error instanceof Error ? error.message : error}`,
    );
    return;
  }
  const server = await openDatabase({ url });
  try {
    results.push(...(await measure(server, "PostgreSQL")));
  } finally {
    await server.close();
  }
}

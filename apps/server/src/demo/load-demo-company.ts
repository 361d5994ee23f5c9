import { rebuildKpiFacts } from "../kpis/rebuild-kpi-facts";
import type { AttainDatabase, Role, SqlSession } from "@attain/db";
import { hashPassword } from "../auth/password";
import { toCsv } from "./csv";
import { DEMO_PASSWORD, demoLogins } from "./demo-logins";
import { chunkColumns, inMemoryTables } from "./demo-tables";
import { createDemoPlanning } from "./create-demo-planning";
import { createDemoTerritories } from "./create-demo-territories";
import { closeDemoForecastPeriods } from "./close-demo-forecast-periods";
import { collectSourcedDeals, generateCompensation } from "./generate-compensation";
import { generateDemoCompany } from "./generate-demo-company";
import { generatePerformance } from "./generate-performance";
import type { DemoChunk } from "./types";

export type LoadDemoOptions = {
  /** Default 42. */
  seed?: number | undefined;
  /** Default 1. */
  scale?: number | undefined;
  /** The date the demo is built around (YYYY-MM-DD); pass the clock's today. */
  today: string;
  /** Default "demo". */
  slug?: string | undefined;
  /** Default "Nimbus Analytics". */
  name?: string | undefined;
  /** Rows per COPY statement (default 25,000). */
  rowsPerCopy?: number | undefined;
  /**
   * Check foreign keys row by row while loading (default false: the generator guarantees them, and skipping the
   * checks makes the load ~3x faster on PGlite). Skipping needs a superuser; otherwise the checks run anyway.
   */
  checkForeignKeys?: boolean | undefined;
  /** Create next year's quota plan (default true; false to measure or test the rest alone). */
  planning?: boolean | undefined;
  /** Create next year's territory plans (default true; needs `planning`, after which it runs). */
  territories?: boolean | undefined;
  /**
   * How many of the quarters that ended before today to close, latest first, computing their forecast accuracy
   * (default 2; each costs a final snapshot with the statistical forecast, ~1.5–5 s; 0 closes none). Older ended
   * quarters stay open for a user to close.
   */
  closeForecastQuarters?: number | undefined;
};

export type DemoLoadResult = {
  workspaceId: string;
  /** Rows written per table (the compensation and planning tables too). */
  counts: Record<string, number>;
  /** Time spent creating the quota plan (createDemoPlanning), in ms. */
  planningMs: number;
  /** Time spent on the potential model, tiers and territory plans (createDemoTerritories), in ms. */
  territoriesMs: number;
  /** Time spent closing the ended quarters (final snapshots and accuracy), in ms. */
  forecastCloseMs: number;
  kpiFactsMs: number;
  users: { email: string; password: string; role: Role; personName: string }[];
};

/**
 * Creates the demo workspace with its company, history, pipeline and sign-in users in one transaction, streaming the
 * large tables into COPY statements so that scale 10 never holds them in memory. Ids are salted with the slug, so
 * the same database can hold several demo workspaces.
 */
export async function loadDemoCompany(
  database: AttainDatabase,
  options: LoadDemoOptions,
): Promise<DemoLoadResult> {
  const slug = options.slug ?? "demo";
  const rowsPerCopy = options.rowsPerCopy ?? 25_000;
  const company = generateDemoCompany({
    seed: options.seed ?? 42,
    scale: options.scale ?? 1,
    today: options.today,
    idNamespace: slug,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins = demoLogins(slug);
  const workspaceId = company.workspace.id;
  const counts: Record<string, number> = {};
  let planningMs = 0;
  let territoriesMs = 0;
  let forecastCloseMs = 0;

  await database.transaction(async (tx) => {
    const { sql } = tx;
    if (!options.checkForeignKeys && (await isSuperuser(sql))) {
      // Like pg_restore --disable-triggers, for this transaction only: foreign-key (and any other) triggers do not fire.
      await sql.query("set local session_replication_role = replica");
    }
    await sql.query(
      `insert into workspaces (id, slug, name, reporting_currency, fiscal_year_start_month)
       values ($1, $2, $3, $4, $5)`,
      [
        workspaceId,
        slug,
        options.name ?? company.workspace.name,
        company.workspace.reportingCurrency,
        company.workspace.fiscalYearStartMonth,
      ],
    );
    counts.workspaces = 1;
    for (const table of inMemoryTables(company)) {
      for (let from = 0; from < table.rows.length; from += rowsPerCopy) {
        const rows = table.rows.slice(from, from + rowsPerCopy);
        await sql.copyCsv(
          table.name,
          ["workspace_id", ...table.columns],
          toCsv(rows, table.keys, workspaceId),
        );
      }
      counts[table.name] = table.rows.length;
    }
    const sourced = new Map<string, string>();
    await copyStream(
      sql,
      company.stream(Math.min(5_000, rowsPerCopy)),
      workspaceId,
      rowsPerCopy,
      counts,
      (chunk) => {
        if (chunk.table === "leads") collectSourcedDeals(chunk.rows, sourced);
      },
    );
    for (const login of logins) {
      const person = company.cast[login.cast];
      await sql.query(
        `insert into users (workspace_id, email, display_name, password_hash, role, person_id)
         values ($1, $2, $3, $4, $5, $6)`,
        [workspaceId, login.email, person.fullName, passwordHash, login.role, person.id],
      );
    }
    counts.users = logins.length;
    // Plans, assignments, quotas, SDR overlay splits and MBO scores (the splits need the streamed leads' SDRs).
    for (const table of generateCompensation(company, sourced)) {
      for (let from = 0; from < table.rows.length; from += rowsPerCopy) {
        const rows = table.rows.slice(from, from + rowsPerCopy);
        await sql.copyCsv(
          table.name,
          ["workspace_id", ...table.columns],
          toCsv(rows, table.keys, workspaceId),
        );
      }
      counts[table.name] = table.rows.length;
    }
    // The demo's quotas are final: booking targets are ramped and prorated already, and so are the quotas built on
    // them, so the calculation must take them as stored rather than ramp them again.
    await sql.query(
      "insert into comp_settings (workspace_id, crediting, quota) values ($1, '{}', $2::jsonb)",
      [workspaceId, JSON.stringify({ proration: "none", ramp: [] })],
    );
    counts.comp_settings = 1;
    // Costs, feedback, evaluations and goals (generate-performance.ts); the KPI facts are rebuilt after the load.
    for (const table of generatePerformance(company)) {
      for (let from = 0; from < table.rows.length; from += rowsPerCopy) {
        const rows = table.rows.slice(from, from + rowsPerCopy);
        await sql.copyCsv(
          table.name,
          ["workspace_id", ...table.columns],
          toCsv(rows, table.keys, workspaceId),
        );
      }
      counts[table.name] = table.rows.length;
    }
    if ((options.closeForecastQuarters ?? 2) > 0) {
      const closeStarted = performance.now();
      await closeDemoForecastPeriods(tx, {
        kind: database.kind,
        workspaceId,
        adminEmail: logins.find((l) => l.role === "admin")!.email,
        today: options.today,
        latest: options.closeForecastQuarters ?? 2,
      });
      forecastCloseMs = performance.now() - closeStarted;
      // The close snapshots and the accuracy rows are the forecasts module's; count what it wrote.
      const [closed] = await sql.query<{ snapshots: number; lines: number; accuracy: number }>(
        `select (select count(*)::int from forecast_snapshots where workspace_id = $1) as snapshots,
                (select count(*)::int from forecast_snapshot_lines where workspace_id = $1) as lines,
                (select count(*)::int from forecast_accuracy where workspace_id = $1) as accuracy`,
        [workspaceId],
      );
      counts.forecast_snapshots = closed?.snapshots ?? 0;
      counts.forecast_snapshot_lines = closed?.lines ?? 0;
      counts.forecast_accuracy = closed?.accuracy ?? 0;
    }
    // Next year's quota plan, through the planning API's own functions: it reads the rows above.
    if (options.planning === false) return;
    const started = performance.now();
    await createDemoPlanning(tx, {
      kind: database.kind,
      workspaceId,
      adminEmail: logins.find((l) => l.role === "admin")!.email,
      today: options.today,
      calendar: { startMonth: company.workspace.fiscalYearStartMonth, naming: "end" },
    });
    planningMs = performance.now() - started;
    for (const table of [
      "planning_scenarios",
      "planning_nodes",
      "planning_quotas",
      "planning_events",
    ] as const) {
      const [row] = await sql.query<{ n: number }>(
        `select count(*)::int as n from ${table} where workspace_id = $1`,
        [workspaceId],
      );
      counts[table] = row?.n ?? 0;
    }
    const [written] = await sql.query<{ targets: number; quotas: number }>(
      `select (select count(*)::int from booking_targets where workspace_id = $1 and source = 'planning') as targets,
              (select count(*)::int from comp_quotas where workspace_id = $1 and source = 'planning') as quotas`,
      [workspaceId],
    );
    counts.booking_targets = (counts.booking_targets ?? 0) + (written?.targets ?? 0);
    counts.comp_quotas = (counts.comp_quotas ?? 0) + (written?.quotas ?? 0);
    if (options.territories === false) return;
    const territoriesStarted = performance.now();
    await createDemoTerritories(tx, {
      kind: database.kind,
      workspaceId,
      adminEmail: logins.find((l) => l.role === "admin")!.email,
      today: options.today,
      calendar: { startMonth: company.workspace.fiscalYearStartMonth, naming: "end" },
    });
    territoriesMs = performance.now() - territoriesStarted;
  });
  // The load ran with triggers off, so no source month was marked stale: build the KPI facts once, from scratch.
  const kpiStarted = performance.now();
  await rebuildKpiFacts(database, workspaceId);
  const kpiFactsMs = performance.now() - kpiStarted;

  return {
    workspaceId,
    counts,
    planningMs,
    territoriesMs,
    forecastCloseMs,
    kpiFactsMs,
    users: logins.map((l) => ({
      email: l.email,
      password: DEMO_PASSWORD,
      role: l.role,
      personName: company.cast[l.cast].fullName,
    })),
  };
}

/** Gathers small generated chunks into CSV of up to `rowsPerCopy` rows per table, then COPYs each. */
async function copyStream(
  sql: SqlSession,
  chunks: Iterable<DemoChunk>,
  workspaceId: string,
  rowsPerCopy: number,
  counts: Record<string, number>,
  onChunk: (chunk: DemoChunk) => void,
): Promise<void> {
  const pending = new Map<string, { csv: string[]; rows: number; columns: readonly string[] }>();
  const copy = async (table: string) => {
    const batch = pending.get(table);
    if (!batch || batch.rows === 0) return;
    pending.delete(table);
    await sql.copyCsv(table, ["workspace_id", ...batch.columns], batch.csv.join(""));
  };
  for (const chunk of chunks) {
    onChunk(chunk);
    const { columns, keys } = chunkColumns(chunk);
    let batch = pending.get(chunk.table);
    if (!batch) {
      batch = { csv: [], rows: 0, columns };
      pending.set(chunk.table, batch);
    }
    batch.csv.push(toCsv(chunk.rows, keys, workspaceId));
    batch.rows += chunk.rows.length;
    counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    if (batch.rows >= rowsPerCopy) await copy(chunk.table);
  }
  for (const table of [...pending.keys()]) await copy(table);
}

async function isSuperuser(sql: SqlSession): Promise<boolean> {
  const rows = await sql.query<{ superuser: boolean }>(
    "select rolsuper as superuser from pg_roles where rolname = current_user",
  );
  return rows[0]?.superuser === true;
}

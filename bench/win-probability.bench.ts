import { existsSync, readFileSync } from "node:fs";
import {
  buildWinExamples,
  evaluateWinModel,
  trainWinModel,
  type WinDeal,
  type WinExample,
  type WinMetrics,
} from "@attain/engine";
import { migrateDatabase, openDatabase } from "@attain/db";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { statisticalForecast } from "../apps/server/src/forecast-statistics/statistical-forecast";
import { trainWinProbabilityModel } from "../apps/server/src/forecast-statistics/train-win-probability-model";
import type { BenchResult } from "./types";

// Issue 6 point 5a: the win-probability model on the real Maven CRM data (../shared/data/maven_crm_*.csv), trained on
// deals closed before the cut-off and tested on those closed on or after it, against the stage-only baseline.
// Maven has no stage history: every closed deal was "Engaging" from engage_date to close_date, so each deal is one
// stage entry and the stage-only baseline is the training base rate (AUC 0.5 by construction). States are taken at
// engagement and every BENCH_STEP_DAYS (30) days while engaged. The amount feature is the product's list price: Maven's
// close_value is 0 on every lost deal, so it would leak the label. Standalone: `npm run bench -- win-probability`.
// Knobs: BENCH_CUTOFF (2017-10-01), BENCH_STEP_DAYS (30), BENCH_LAMBDA (1).
// Second part: statisticalForecast (what a snapshot calls) for every person's tree at once, on PGlite (or
// DATABASE_URL), BENCH_STAT_DEALS open deals (100,000) and half as many closed, 50 managers × 10 reps.
const dataFolder = new URL("../../shared/data/", import.meta.url);
const cutoff = process.env.BENCH_CUTOFF ?? "2017-10-01";
const stepDays = Number(process.env.BENCH_STEP_DAYS ?? 30);
const lambda = Number(process.env.BENCH_LAMBDA ?? 1);

export const name = `win probability: Maven CRM, trained on deals closed before ${cutoff}, tested on/after`;

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(new URL(file, dataFolder), "utf8"), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });

/** Maven rows as the engine's deals (closed ones only; open Engaging/Prospecting deals have no label). */
function loadMavenDeals(): WinDeal[] {
  const teams = new Map(read("maven_crm_sales_teams.csv").map((row) => [row.sales_agent, row]));
  const accounts = new Map(read("maven_crm_accounts.csv").map((row) => [row.account, row]));
  // Quirk: the pipeline says "GTXPro" where the product list says "GTX Pro".
  const products = new Map(
    read("maven_crm_products.csv").map((row) => [(row.product ?? "").replace(/\s+/g, ""), row]),
  );
  const deals: WinDeal[] = [];
  for (const row of read("maven_crm_sales_pipeline.csv")) {
    if ((row.deal_stage !== "Won" && row.deal_stage !== "Lost") || !row.engage_date || !row.close_date)
      continue;
    const team = teams.get(row.sales_agent ?? "");
    const account = row.account ? accounts.get(row.account) : undefined; // 1,425 deals have no account
    const product = products.get((row.product ?? "").replace(/\s+/g, ""));
    deals.push({
      id: row.opportunity_id as string,
      ownerId: row.sales_agent ?? null,
      createdOn: row.engage_date,
      closeDate: row.close_date,
      won: row.deal_stage === "Won",
      amount: product ? Number(product.sales_price) : null,
      stageEntries: [{ stage: "Engaging", enteredOn: row.engage_date }],
      categorical: {
        agent: row.sales_agent ?? null,
        manager: team?.manager ?? null,
        office: team?.regional_office ?? null,
        product: product?.product ?? row.product ?? null,
        series: product?.series ?? null,
        sector: account?.sector === "technolgy" ? "technology" : (account?.sector ?? null),
      },
      numeric: {
        logRevenue: account ? Math.log1p(Number(account.revenue)) : null,
        logEmployees: account ? Math.log1p(Number(account.employees)) : null,
      },
    });
  }
  return deals;
}

const f = (value: number | null, digits = 4) => (value === null ? "—" : value.toFixed(digits));

function printMetrics(title: string, tested: number, model: WinMetrics, baseline: WinMetrics) {
  console.log(`\n${title} (${tested.toLocaleString("en")} states)`);
  console.log(`  ${"".padEnd(22)}${"AUC".padStart(8)}${"Brier".padStart(9)}`);
  console.log(`  ${"model (calibrated)".padEnd(22)}${f(model.auc).padStart(8)}${f(model.brier).padStart(9)}`);
  console.log(
    `  ${"stage-only baseline".padEnd(22)}${f(baseline.auc).padStart(8)}${f(baseline.brier).padStart(9)}`,
  );
  console.log(`  calibration bin   model: predicted observed  count | baseline: predicted observed  count`);
  model.calibration.forEach((bin, index) => {
    const other = baseline.calibration[index] as WinMetrics["calibration"][number];
    console.log(
      `  ${bin.bin.padEnd(16)}${f(bin.predicted).padStart(17)}${f(bin.observed).padStart(9)}${String(bin.count).padStart(7)} |${f(other.predicted).padStart(20)}${f(other.observed).padStart(9)}${String(other.count).padStart(7)}`,
    );
  });
}

const statDeals = Number(process.env.BENCH_STAT_DEALS ?? 100_000);

/** Times statisticalForecast for 550 trees over `statDeals` open deals, without and with a trained model. */
async function benchStatisticalForecast(): Promise<BenchResult[]> {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ url: process.env.DATABASE_URL })
    : await openDatabase({ dataDir: "memory://" });
  await migrateDatabase(database);
  const { db } = database;
  const tag = `${Date.now()}`;
  const ids = (await db.execute(
    sql`insert into workspaces (slug, name, reporting_currency) values (${`bench-wp-${tag}`}, 'Bench', 'EUR') returning id`,
  )) as unknown as { rows: { id: string }[] };
  const workspaceId = ids.rows[0]?.id as string;
  await db.execute(sql`insert into people (workspace_id, external_id, full_name, job_role, hire_date, currency)
    select ${workspaceId}, 'p' || i, 'Person ' || i, case when i <= 50 then 'manager' else 'ae' end, '2024-01-01', 'EUR'
    from generate_series(1, 550) i`);
  await db.execute(sql`insert into reporting_lines (workspace_id, person_id, manager_id, valid_from)
    select ${workspaceId}, r.id, m.id, '2024-01-01' from people r
    join people m on m.workspace_id = r.workspace_id and m.external_id = 'p' || (1 + (substr(r.external_id, 2)::int - 51) / 10)
    where r.workspace_id = ${workspaceId} and substr(r.external_id, 2)::int > 50`);
  await db.execute(sql`insert into forecast_periods (workspace_id, label, starts_on, ends_on)
    values (${workspaceId}, 'FY2026 Q1', '2026-01-01', '2026-03-31')`);
  // Open deals spread over reps, stages and close dates; closed deals in 2025 with a won/lost mix by stage.
  await db.execute(sql`insert into opportunities (workspace_id, external_id, name, owner_id, stage, status, amount,
      currency, created_on, close_date, type)
    select ${workspaceId}, 'o' || i, 'Deal ' || i, p.id, (array['Qualify', 'Propose', 'Negotiate'])[1 + i % 3],
      'open', 1000 + (i::bigint * 7919) % 90000, 'EUR', date '2025-10-01' + (i % 90), date '2026-01-15' + (i % 120),
      case when i % 4 = 0 then 'expansion' else 'new_business' end
    from generate_series(1, ${statDeals}) i join people p on p.workspace_id = ${workspaceId} and p.external_id = 'p' || (51 + i % 500)`);
  await db.execute(sql`insert into opportunities (workspace_id, external_id, name, owner_id, stage, status, amount,
      currency, created_on, close_date)
    select ${workspaceId}, 'c' || i, 'Closed ' || i, p.id, case when (i::bigint * 31) % 10 < 4 + i % 3 then 'Won' else 'Lost' end,
      case when (i::bigint * 31) % 10 < 4 + i % 3 then 'won' else 'lost' end, 1000 + (i::bigint * 104729) % 90000, 'EUR',
      date '2025-01-01' + (i % 250), date '2025-01-20' + (i % 300)
    from generate_series(1, ${Math.floor(statDeals / 2)}) i join people p on p.workspace_id = ${workspaceId} and p.external_id = 'p' || (51 + i % 500)`);
  const people = (await db.execute(
    sql`select p.id, l.manager_id from people p left join reporting_lines l on l.person_id = p.id and l.workspace_id = p.workspace_id where p.workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { id: string; manager_id: string | null }[] };
  const trees = people.rows.map((person) => ({
    personId: person.id,
    personIds: people.rows.filter((other) => other.manager_id === person.id).map((other) => other.id),
  }));
  const params = { workspaceId, periodId: "", asOf: "2026-02-14", motion: "all" as const, trees };
  const period = (await db.execute(
    sql`select id from forecast_periods where workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { id: string }[] };
  params.periodId = period.rows[0]?.id as string;

  const results: BenchResult[] = [];
  // Wall time, and this process's CPU time: on a shared machine the second says what the JavaScript costs.
  const cpu: number[] = [];
  const time = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    await work();
    const ms = performance.now() - started;
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
    console.log(
      `  ${label}: ${(ms / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`,
    );
    return ms;
  };
  const detail = () =>
    `CPU ${((cpu[cpu.length - 1] ?? 0) / 1000).toFixed(2)} s; ${trees.length} trees, ${statDeals.toLocaleString("en")} open + ${Math.floor(statDeals / 2).toLocaleString("en")} closed deals, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`;
  const noModel = await time("statisticalForecast, no model (stage baseline)", () =>
    statisticalForecast(db, params),
  );
  results.push({
    name: "statisticalForecast, no model",
    measuredMs: noModel,
    floorMs: null,
    floorLabel: null,
    targetRatio: null,
    detail: detail(),
  });
  const training = await time("trainWinProbabilityModel", () =>
    trainWinProbabilityModel(db, { workspaceId, actorId: null, now: new Date("2026-02-14T12:00:00Z") }),
  );
  results.push({
    name: "trainWinProbabilityModel",
    measuredMs: training,
    floorMs: null,
    floorLabel: null,
    targetRatio: null,
    detail: detail(),
  });
  const withModel = await time("statisticalForecast, with the model", () => statisticalForecast(db, params));
  results.push({
    name: "statisticalForecast, with a model",
    measuredMs: withModel,
    floorMs: null,
    floorLabel: null,
    targetRatio: null,
    detail: detail(),
  });
  // PGlite in memory goes with the process; on a server the rows are removed (opportunities first: the cascade from
  // the workspace row checks every referencing table row by row and took minutes).
  if (process.env.DATABASE_URL) {
    await db.execute(sql`delete from opportunities where workspace_id = ${workspaceId}`);
    await db.execute(sql`delete from workspaces where id = ${workspaceId}`);
  }
  await database.close();
  return results;
}

export async function run(): Promise<BenchResult[]> {
  const maven = await runMaven();
  console.log(`\n  statisticalForecast at scale (${statDeals.toLocaleString("en")} open deals):`);
  return [...maven, ...(await benchStatisticalForecast())];
}

async function runMaven(): Promise<BenchResult[]> {
  if (!existsSync(new URL("maven_crm_sales_pipeline.csv", dataFolder))) {
    console.log(`  skipped: ${new URL("maven_crm_sales_pipeline.csv", dataFolder).pathname} is absent`);
    return [];
  }
  const started = performance.now();
  const deals = loadMavenDeals();
  const trainDeals = deals.filter((deal) => (deal.closeDate as string) < cutoff);
  const testDeals = deals.filter((deal) => (deal.closeDate as string) >= cutoff);
  // Owner records come from every closed deal, but only those closed before each state's day (no leakage).
  const trainExamples = buildWinExamples(trainDeals, { stepDays, history: deals });
  const testExamples = buildWinExamples(testDeals, { stepDays, history: deals });
  const trainStarted = performance.now();
  const model = trainWinModel(trainExamples, { stepDays, lambda });
  const trainedMs = performance.now() - trainStarted;
  const all = evaluateWinModel(model, testExamples);
  const atEngagement = evaluateWinModel(
    model,
    testExamples.filter((example: WinExample) => example.daysInStage === 0),
  );
  const totalMs = performance.now() - started;

  const rate = (list: WinDeal[]) => list.filter((deal) => deal.won).length / list.length;
  console.log(
    `  cut-off ${cutoff}: trained on ${trainDeals.length.toLocaleString("en")} deals closed before it (${trainExamples.length.toLocaleString("en")} states, win rate ${f(rate(trainDeals), 3)}),`,
  );
  console.log(
    `  tested on ${testDeals.length.toLocaleString("en")} deals closed on/after it (win rate ${f(rate(testDeals), 3)}); states every ${stepDays} days, λ = ${lambda}`,
  );
  console.log(
    `  model: L2 logistic regression (IRLS, ml-matrix Cholesky) + Platt scaling on the latest 20% of training states`,
  );
  console.log(`  calibration: a = ${model.calibration.a.toFixed(4)}, b = ${model.calibration.b.toFixed(4)}`);
  console.log(
    `  features (${model.featureNames.length - 1} columns): numeric ${model.encoder.numeric.map((c) => c.name).join(", ")};`,
  );
  console.log(
    `    categorical ${model.encoder.categorical.map((c) => `${c.name} (${c.levels.length})`).join(", ")}`,
  );
  console.log(
    `  stage-only baseline: every state is "Engaging", so it predicts the training base rate ${f(model.baseline.base)} for all`,
  );
  printMetrics(
    "Held-out states (at engagement and every 30 days while engaged)",
    all.tested,
    all.model,
    all.baseline,
  );
  printMetrics(
    "Held-out deals at engagement only",
    atEngagement.tested,
    atEngagement.model,
    atEngagement.baseline,
  );

  return [
    {
      name: "win probability: Maven train + score",
      measuredMs: totalMs,
      floorMs: null,
      floorLabel: null,
      targetRatio: null,
      detail: `fit ${(trainedMs / 1000).toFixed(2)} s; AUC ${f(all.model.auc)} vs ${f(all.baseline.auc)}, Brier ${f(all.model.brier)} vs ${f(all.baseline.brier)}`,
    },
  ];
}

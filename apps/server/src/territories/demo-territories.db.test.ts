import { randomUUID } from "node:crypto";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../demo/demo-logins";
import { type DemoLoadResult, loadDemoCompany } from "../demo/load-demo-company";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { createTestClient } from "../test-support/test-client";

// The demo company (seed 42, scale 0.05, today 2026-11-22) with its quota and territory plans.
const slug = `demo-terr-${randomUUID().slice(0, 8)}`;
const TODAY = "2026-11-22";
let database: AttainDatabase;
let loaded: DemoLoadResult;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  loaded = await loadDemoCompany(database, { scale: 0.05, today: TODAY, slug });
  console.info(`demo territories: ${Math.round(loaded.territoriesMs)} ms`);
});
afterAll(async () => {
  await database.sql.query("delete from order_lines where workspace_id = $1", [loaded.workspaceId]);
  await database.sql.query("delete from workspaces where slug = $1", [slug]);
  await database.close();
});

describe("the demo's territory plans", () => {
  it("FY2027 territories is the plan of record from 2027-01-01 covering every account; FY2027 rebalanced is its draft copy", async () => {
    const client = createTestClient(database, { today: TODAY });
    await client.signIn(`admin@${slug}.attain.dev`, DEMO_PASSWORD);
    const { plans } = await (await client.get("/api/territories/plans")).json();
    const [accounts] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from accounts where workspace_id = $1",
      [loaded.workspaceId],
    );
    expect(plans.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual([
      ["FY2027 territories", "published"],
      ["FY2027 rebalanced", "draft"],
    ]);
    expect(plans[0]).toMatchObject({
      planOfRecord: true,
      version: 1,
      effectiveFrom: "2027-01-01",
      accounts: accounts!.n,
      assigned: accounts!.n,
      gaps: 0,
    });
    const [history] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from account_territory_history where workspace_id = $1 and valid_to is null",
      [loaded.workspaceId],
    );
    expect(history!.n).toBe(accounts!.n);
  });

  it("the draft balances with HiGHS: no territory further from its target than before", async () => {
    const client = createTestClient(database, { today: TODAY });
    await client.signIn(`admin@${slug}.attain.dev`, DEMO_PASSWORD);
    const { plans } = await (await client.get("/api/territories/plans")).json();
    const draft = plans.find((p: { status: string }) => p.status === "draft");
    const started = await (
      await client.post(`/api/territories/plans/${draft.id}/optimisations`, {
        method: "auto",
        timeLimitSeconds: 5,
      })
    ).json();
    await runJobsUntilIdle(database);
    const run = await (await client.get(`/api/territories/optimisations/${started.id}`)).json();
    expect(run.status).toBe("done");
    expect(run.result.after.potential.maxDeviation).toBeLessThanOrEqual(
      run.result.before.potential.maxDeviation,
    );
    console.info(
      `demo balance: ${run.result.method}, ${run.result.moves.length} moves, max deviation ${run.result.before.potential.maxDeviation.toFixed(3)} → ${run.result.after.potential.maxDeviation.toFixed(3)}, ${run.seconds.toFixed(2)} s`,
    );
  });
});

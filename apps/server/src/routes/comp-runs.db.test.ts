import { orderLines } from "@attain/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aeTestPlan, managerTestPlan } from "../compensation/runs/test-plans";
import { executeCalculationRun } from "../compensation/runs/execute-calculation-run";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

// The revenue fixture's 2026-Q1 (see revenue.db.test.ts): Ana 1200.50 + 799.50 + 1000 GBP × 1.17 (1170.00)
// − 250 GBP × 1.17 (−292.50) = 2877.50; Ben 333.33 USD × 0.9150 (305.00, reporting to Mia) + 500.00 (2026-03-01,
// reporting to Zoe since 2026-02-01); Carl 3000.00 (no plan: unassigned). Ana and Ben are on 10 % of direct credit,
// Mia and Zoe on 2 % of roll-up credit; Dan (director) and Carl have no plan.
const env = useRevenueFixture({ today: "2026-04-10" });
const { signedIn } = env;

async function setUpPlans() {
  const admin = await signedIn("finance");
  for (const plan of [aeTestPlan(), managerTestPlan()]) {
    expect((await admin.post("/api/comp/plans", { definition: plan })).status).toBe(201);
    expect((await admin.post(`/api/comp/plans/${plan.key}/versions/1/publish`)).status).toBe(200);
  }
  const { ana, ben, mia, zoe } = env.fixture.people;
  for (const [personId, planKey, targetIncentive] of [
    [ana, "ae-2026", "40000"],
    [ben, "ae-2026", "30000"],
    [mia, "mgr-2026", "20000"],
    [zoe, "mgr-2026", "20000"],
  ] as const) {
    const response = await admin.post("/api/comp/assignments", {
      personId,
      planKey,
      validFrom: "2026-01-01",
      targetIncentive,
      currency: "EUR",
    });
    expect(response.status).toBe(201);
  }
  return admin;
}

async function runQuarter(
  admin: Awaited<ReturnType<typeof signedIn>>,
  body: unknown = { periodKey: "2026-Q1" },
) {
  const started = await admin.post("/api/comp/runs", body);
  expect(started.status).toBe(202);
  const { runId } = await started.json();
  await runJobsUntilIdle(env.database);
  return runId as string;
}

async function resultsOf(client: Awaited<ReturnType<typeof signedIn>>, runId: string) {
  const body = await (await client.get(`/api/comp/runs/${runId}/results?limit=500`)).json();
  return Object.fromEntries(
    body.items.map((r: { personName: string; earned: string; payable: string }) => [r.personName, r.payable]),
  );
}

const expectedQ1 = {
  // 10 % × (1200.50 + 799.50 + 1170.00 − 292.50) = 120.05 + 79.95 + 117.00 − 29.25
  "Ana Seller": "287.75",
  // 10 % × (305.00 + 500.00) = 30.50 + 50.00
  "Ben Seller": "80.50",
  // 2 % × Ana's 2877.50 + 2 % × Ben's January 305.00 = 24.01 + 15.99 + 23.40 − 5.85 + 6.10
  "Mia Manager": "63.65",
  // 2 % × (Ben's March 500.00 + Carl's 3000.00) = 10.00 + 60.00
  "Zoe Manager": "70.00",
};

describe("calculation runs on the revenue fixture, 2026-Q1", () => {
  let firstRun = "";

  it("computes Ana 287.75, Ben 80.50, Mia 63.65, Zoe 70.00; Carl's 3000.00 and Dan's roll-ups are unassigned", async () => {
    const admin = await setUpPlans();
    firstRun = await runQuarter(admin);
    const run = await (await admin.get(`/api/comp/runs/${firstRun}`)).json();
    expect(run).toMatchObject({
      status: "succeeded",
      isCurrent: true,
      progress: { done: 4, total: 4 },
      payeeCount: 4,
      recalculatedCount: 4,
      planVersions: { "ae-2026": 1, "mgr-2026": 1 },
      error: null,
    });
    expect(run.dataFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await resultsOf(admin, firstRun)).toEqual(expectedQ1);
    const { carl, dan } = env.fixture.people;
    const unassigned = Object.fromEntries(
      run.unassigned.map((u: { payeeId: string; transactionCount: number }) => [
        u.payeeId,
        u.transactionCount,
      ]),
    );
    // Carl: his own line; Dan: a roll-up of each of the 7 lines of the quarter.
    expect(unassigned).toEqual({ [carl]: 1, [dan]: 7 });
    expect(run.problems.map((p: { code: string }) => p.code).sort()).toEqual([
      "derived_quota",
      "derived_quota",
      "missing_quota",
      "missing_quota",
    ]);
    const periods = await env.database.sql.query<{ status: string; current_run_id: string }>(
      "select status, current_run_id from comp_periods where workspace_id = $1 and period_key = '2026-Q1'",
      [env.fixture.workspaceId],
    );
    expect(periods).toEqual([{ status: "calculated", current_run_id: firstRun }]);
  });

  it("explains Ana's result line by line: 4 commission lines adding up to 287.75, each with its trace", async () => {
    const admin = await signedIn("admin");
    const page = await (await admin.get(`/api/comp/runs/${firstRun}/results`)).json();
    const ana = page.items.find((r: { personName: string }) => r.personName === "Ana Seller");
    expect(ana).toMatchObject({ planKey: "ae-2026", planVersion: 1, currency: "EUR", earned: "287.75" });
    const lines = await (await admin.get(`/api/comp/results/${ana.resultId}/lines`)).json();
    const commission = lines.items.filter((l: { kind: string }) => l.kind === "commission");
    expect(commission.map((l: { amount: string }) => l.amount).sort()).toEqual([
      "-29.25",
      "117.00",
      "120.05",
      "79.95",
    ]);
    for (const line of commission) {
      expect(line.transactionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(line.trace.length).toBeGreaterThan(0);
    }
  });

  it("shows a rep nothing of an unpublished run, a manager their reporting tree at the period's end, and hides other people's lines (404)", async () => {
    const ana = await signedIn("ana");
    // The run is calculated, not published: provisional figures are hidden from the rep, even their own.
    expect((await ana.get(`/api/comp/runs/${firstRun}/results`)).status).toBe(404);
    // Mia's tree on 2026-03-31: herself and Ana (Ben moved to Zoe on 2026-02-01).
    const mia = await signedIn("mia");
    expect(await resultsOf(mia, firstRun)).toEqual({ "Ana Seller": "287.75", "Mia Manager": "63.65" });
    const all = await (await (await signedIn("admin")).get(`/api/comp/runs/${firstRun}/results`)).json();
    const byName = (name: string) => all.items.find((r: { personName: string }) => r.personName === name);
    expect((await ana.get(`/api/comp/results/${byName("Ben Seller").resultId}/lines`)).status).toBe(404);
    expect((await ana.get(`/api/comp/results/${byName("Ana Seller").resultId}/lines`)).status).toBe(404);
    expect((await mia.get(`/api/comp/results/${byName("Ben Seller").resultId}/lines`)).status).toBe(404);
    expect((await mia.get(`/api/comp/results/${byName("Ana Seller").resultId}/lines`)).status).toBe(200);
    const detail = await (await mia.get(`/api/comp/runs/${firstRun}`)).json();
    expect([detail.unassigned, detail.problems, detail.error, detail.scope]).toEqual([[], [], null, null]);
    expect((await ana.get(`/api/comp/runs/${firstRun}`)).status).toBe(403);
    expect((await ana.get("/api/comp/runs")).status).toBe(403);
    expect((await ana.post("/api/comp/runs", { periodKey: "2026-Q1" })).status).toBe(403);
    // Marketing and viewers see no pay at all.
    for (const who of ["marketing", "viewer"] as const) {
      const client = await signedIn(who);
      expect((await client.get(`/api/comp/runs/${firstRun}/results`)).status).toBe(403);
      expect((await client.get(`/api/comp/results/${byName("Ana Seller").resultId}/lines`)).status).toBe(403);
      expect((await client.get(`/api/comp/runs/${firstRun}`)).status).toBe(403);
    }
    const hr = await (
      await (await signedIn("hr")).get(`/api/comp/runs/${firstRun}/results?limit=500`)
    ).json();
    expect(hr.items).toHaveLength(4);
  });

  it("re-running with unchanged data gives the same fingerprint and results, copying all 4 payees (0 recalculated)", async () => {
    const admin = await signedIn("finance");
    const before = await (await admin.get(`/api/comp/runs/${firstRun}`)).json();
    const again = await runQuarter(admin);
    const run = await (await admin.get(`/api/comp/runs/${again}`)).json();
    expect(run).toMatchObject({
      status: "succeeded",
      payeeCount: 4,
      recalculatedCount: 0,
      lineCount: before.lineCount,
    });
    expect(run.dataFingerprint).toBe(before.dataFingerprint);
    expect(await resultsOf(admin, again)).toEqual(expectedQ1);
    const list = await (await admin.get("/api/comp/runs?periodKey=2026-Q1")).json();
    expect(list.items.map((r: { id: string; isCurrent: boolean }) => [r.id, r.isCurrent])).toEqual([
      [again, true],
      [firstRun, false],
    ]);
  });

  it("after Ben's March line goes 500.00 → 600.00, recalculates Ben (90.50) and Zoe (72.00) only", async () => {
    const admin = await signedIn("finance");
    await env.database.db.update(orderLines).set({ amount: "600.00" }).where(eq(orderLines.externalId, "b2"));
    const runId = await runQuarter(admin);
    const run = await (await admin.get(`/api/comp/runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "succeeded", payeeCount: 4, recalculatedCount: 2 });
    expect(await resultsOf(admin, runId)).toEqual({
      ...expectedQ1,
      "Ben Seller": "90.50",
      "Zoe Manager": "72.00",
    });
  });

  it("a run that fails after writing some results leaves the current results as they were", async () => {
    const admin = await signedIn("finance");
    const current = await currentRun();
    const started = await (await admin.post("/api/comp/runs", { periodKey: "2026-Q1" })).json();
    const outcome = await runJobsUntilIdle(env.database, {
      "comp.calculate": ({ database }) =>
        executeCalculationRun(database, started.runId, async (done) => {
          if (done > 0) throw new Error("worker killed after the first chunk");
        }),
    });
    expect(outcome).toEqual({ succeeded: 0, failed: 1 });
    const run = await (await admin.get(`/api/comp/runs/${started.runId}`)).json();
    expect(run).toMatchObject({
      status: "failed",
      isCurrent: false,
      error: "worker killed after the first chunk",
    });
    // The error may name payees: a manager does not see it.
    expect(
      (await (await (await signedIn("mia")).get(`/api/comp/runs/${started.runId}`)).json()).error,
    ).toBeNull();
    const [rows] = await env.database.sql.query<{ n: number }>(
      "select count(*)::int as n from comp_results where run_id = $1",
      [started.runId],
    );
    expect(rows?.n).toBe(0);
    expect(await currentRun()).toBe(current);
  });

  it("reports a CHF line with no rate as a problem naming it, and pays Ana without it", async () => {
    const admin = await signedIn("finance");
    const [line] = await env.database.db
      .insert(orderLines)
      .values({
        workspaceId: env.fixture.workspaceId,
        externalId: "chf-1",
        orderNumber: "SO-chf-1",
        ownerId: env.fixture.people.ana,
        bookingDate: "2026-03-20",
        amount: "100.00",
        currency: "CHF",
      })
      .returning({ id: orderLines.id });
    const runId = await runQuarter(admin);
    const run = await (await admin.get(`/api/comp/runs/${runId}`)).json();
    expect(run.problems.filter((p: { code: string }) => p.code === "missing_rate")).toEqual([
      {
        code: "missing_rate",
        message: `No CHF→EUR exchange rate for 2026-03 (1 line not credited; first ${line!.id}).`,
        transactionId: line!.id,
      },
    ]);
    expect((await resultsOf(admin, runId))["Ana Seller"]).toBe("287.75");
    await env.database.db.delete(orderLines).where(eq(orderLines.id, line!.id));
  });

  it("never rewrites a published period: a new 1000.00 line for Ana becomes +100.00 (Ana) and +20.00 (Mia) in 2026-Q2", async () => {
    const admin = await signedIn("finance");
    const published = await currentRun();
    await env.database.sql.query(
      "update comp_periods set status = 'published', published_run_id = current_run_id where workspace_id = $1 and period_key = '2026-Q1'",
      [env.fixture.workspaceId],
    );
    await env.database.db.insert(orderLines).values({
      workspaceId: env.fixture.workspaceId,
      externalId: "late-1",
      orderNumber: "SO-late-1",
      ownerId: env.fixture.people.ana,
      bookingDate: "2026-03-25",
      amount: "1000.00",
      currency: "EUR",
    });
    const runId = await runQuarter(admin);
    const run = await (await admin.get(`/api/comp/runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "succeeded", isCurrent: false });
    expect(await currentRun()).toBe(published);
    // Ana sees her own result of the published run only; the newer, unpublished run stays hidden from her.
    const ana = await signedIn("ana");
    expect(await resultsOf(ana, published!)).toEqual({ "Ana Seller": "287.75" });
    expect((await ana.get(`/api/comp/runs/${runId}/results`)).status).toBe(404);
    expect(await adjustments()).toEqual([
      { person: "Ana Seller", period_key: "2026-Q2", amount: "100.00", source_period_key: "2026-Q1" },
      { person: "Mia Manager", period_key: "2026-Q2", amount: "20.00", source_period_key: "2026-Q1" },
    ]);
    const q2 = await env.database.sql.query<{ status: string }>(
      "select status from comp_periods where workspace_id = $1 and period_key = '2026-Q2'",
      [env.fixture.workspaceId],
    );
    expect(q2).toEqual([{ status: "open" }]);
    // Running it again adjusts nothing more: the differences are already paid forward.
    await runQuarter(admin);
    expect(await adjustments()).toHaveLength(2);
  });
});

async function currentRun() {
  const [row] = await env.database.sql.query<{ current_run_id: string }>(
    "select current_run_id from comp_periods where workspace_id = $1 and period_key = '2026-Q1'",
    [env.fixture.workspaceId],
  );
  return row?.current_run_id;
}

function adjustments() {
  return env.database.sql.query(
    `select p.full_name as person, a.period_key, a.amount::text as amount, a.source_period_key
     from comp_adjustments a join people p on p.id = a.person_id
     where a.workspace_id = $1 and a.kind = 'prior_period' order by p.full_name`,
    [env.fixture.workspaceId],
  );
}

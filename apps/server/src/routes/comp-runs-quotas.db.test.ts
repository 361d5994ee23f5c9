import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDefinition } from "@attain/engine";
import { type AttainDatabase, compQuotas, compResults, orderLines, people } from "@attain/db";
import { aeTestPlan } from "../compensation/runs/test-plans";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { openTestDatabase } from "../test-support/open-test-database";
import { createRevenueFixture, FIXTURE_PASSWORD } from "../test-support/revenue-fixture";
import { createTestClient } from "../test-support/test-client";

// The revenue fixture's 2026-Q1 credits (see comp-runs.db.test.ts): Ana 1200.50 + 799.50 + 1170.00 − 292.50 =
// 2877.50; Ben 305.00 (333.33 USD × 0.9150) + 500.00 = 805.00. Booking targets: Ben 1000.00 a month. Everyone was
// hired 2024-01-01 with no ramp until a test says otherwise.
let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

type Problem = { code: string; message: string; personId?: string; periodKey?: string; trace?: string };

/** A fresh workspace with Ana and Ben on the AE plan (10 % of direct credit) and `extra` plans for others. */
async function freshWorkspace(extra: { personKey: "carl"; plan: PlanDefinition }[] = []) {
  const fixture = await createRevenueFixture(database);
  const client = createTestClient(database, { today: "2026-04-10" });
  await client.signIn(fixture.emails.finance, FIXTURE_PASSWORD);
  const admin = { ...client, put: (path: string, json: unknown) => client.request("PUT", path, { json }) };
  const plans = [aeTestPlan(), ...extra.map((e) => e.plan)];
  for (const plan of plans) {
    expect((await admin.post("/api/comp/plans", { definition: plan })).status).toBe(201);
    expect((await admin.post(`/api/comp/plans/${plan.key}/versions/1/publish`)).status).toBe(200);
  }
  const assignments = [
    [fixture.people.ana, "ae-2026"],
    [fixture.people.ben, "ae-2026"],
    ...extra.map((e) => [fixture.people[e.personKey], e.plan.key]),
  ] as const;
  for (const [personId, planKey] of assignments) {
    const body = { personId, planKey, validFrom: "2026-01-01", targetIncentive: "30000", currency: "EUR" };
    expect((await admin.post("/api/comp/assignments", body)).status).toBe(201);
  }
  const { workspaceId } = fixture;
  const setPerson = (personId: string, values: Partial<typeof people.$inferInsert>) =>
    database.db.update(people).set(values).where(eq(people.id, personId));
  const quota = (personId: string, periodKey: string, amount: string) =>
    database.db.insert(compQuotas).values({ workspaceId, personId, periodKey, amount, currency: "EUR" });
  const run = async (periodKey = "2026-Q1") => {
    const started = await admin.post("/api/comp/runs", { periodKey });
    expect(started.status).toBe(202);
    const { runId } = await started.json();
    await runJobsUntilIdle(database);
    const detail = await (await admin.get(`/api/comp/runs/${runId}`)).json();
    expect(detail.status).toBe("succeeded");
    const results = await (await admin.get(`/api/comp/runs/${runId}/results?limit=500`)).json();
    const attainment = await database.db
      .select({ personId: compResults.personId, attainment: compResults.attainment })
      .from(compResults)
      .where(eq(compResults.runId, runId));
    return {
      runId,
      problems: detail.problems as Problem[],
      notes: (detail.problems as Problem[]).filter((p) => p.code === "quota_adjusted"),
      payable: Object.fromEntries(
        results.items.map((r: { personName: string; payable: string }) => [r.personName, r.payable]),
      ),
      ratio: Object.fromEntries(
        results.items.map((r: { personName: string; attainmentRatio: string | null }) => [
          r.personName,
          r.attainmentRatio,
        ]),
      ),
      quota: (personId: string) => {
        const found = attainment.find((a) => a.personId === personId);
        return (found?.attainment as { quota: string | null } | undefined)?.quota;
      },
    };
  };
  return { fixture, admin, people: fixture.people, workspaceId, setPerson, quota, run };
}

describe("quotas in a run: proration and ramps", () => {
  it("Ben hired 2026-01-12, Q1 quota 9300.00 by days: 3100 × 20/31 + 3100 + 3100 = 8200.00; attainment 805.00 ÷ 8200.00 = 0.0982", async () => {
    const w = await freshWorkspace();
    await w.setPerson(w.people.ben, { hireDate: "2026-01-12" });
    await w.quota(w.people.ben, "2026-Q1", "9300.00");
    await w.quota(w.people.ben, "2026-Q2", "9300.00");
    const run = await w.run();
    expect(run.quota(w.people.ben)).toBe("8200"); // the attainment figures are exact, as the engine keeps them
    expect(run.ratio["Ben Seller"]).toBe("0.0982");
    expect(run.payable["Ben Seller"]).toBe("80.50"); // commission is on credit, not quota
    // Only Q1 is reported (Q2 is full and later periods affect no result of this run).
    expect(run.notes).toEqual([
      {
        code: "quota_adjusted",
        personId: w.people.ben,
        periodKey: "2026-Q1",
        message:
          "Ben Seller: 2026-Q1 quota 9,300.00 EUR prorated to 8,200.00 EUR (hired 2026-01-12; active days 2026-01 20/31, 2026-02 28/28, 2026-03 31/31)",
        trace: expect.stringContaining("2026-01 9300.00 ÷ 3 × active 20/31 days"),
      },
    ]);
  });

  it("Ana leaves 2026-02-10, Q1 quota 9000.00 by months: 3000 (Jan) + 3000 (Feb, active on a day) + 0 (Mar) = 6000.00; attainment 2877.50 ÷ 6000.00 = 0.4796", async () => {
    const w = await freshWorkspace();
    expect((await w.admin.put("/api/comp/settings/quota", { proration: "months" })).status).toBe(200);
    await w.setPerson(w.people.ana, { leaveDate: "2026-02-10" });
    await w.quota(w.people.ana, "2026-Q1", "9000.00");
    const run = await w.run();
    expect(run.quota(w.people.ana)).toBe("6000");
    expect(run.ratio["Ana Seller"]).toBe("0.4796");
    expect(run.notes.map((n) => n.message)).toEqual([
      "Ana Seller: 2026-Q1 quota 9,000.00 EUR prorated to 6,000.00 EUR (left 2026-02-10; active months 2 of 3 (a month counts when active on any day of it))",
    ]);

    // By days instead: 3000 + 3000 × 10/28 = 4071.428571… → 4071.43 (half-up); none: the stored 9000.00.
    expect((await w.admin.put("/api/comp/settings/quota", { proration: "days" })).status).toBe(200);
    expect((await w.run()).quota(w.people.ana)).toBe("4071.43");
    expect((await w.admin.put("/api/comp/settings/quota", { proration: "none" })).status).toBe(200);
    const none = await w.run();
    expect([none.quota(w.people.ana), none.notes]).toEqual(["9000", []]);
  });

  it("Ben hired 2026-01-01 with ramp_months 3 (25/50/75 %) on his 1000.00 monthly targets: 250 + 500 + 750 = 1500.00, attainment 805 ÷ 1500 = 0.5367; a workspace schedule [0.5] gives 500 + 1000 + 1000 = 2500.00", async () => {
    const w = await freshWorkspace();
    await w.setPerson(w.people.ben, { hireDate: "2026-01-01", rampMonths: 3 });
    const run = await w.run();
    expect(run.quota(w.people.ben)).toBe("1500");
    expect(run.ratio["Ben Seller"]).toBe("0.5367");
    expect(run.notes.map((n) => n.message)).toEqual([
      "Ben Seller: 2026-Q1 quota 3,000.00 EUR ramped to 1,500.00 EUR (ramp 2026-01 0.25 (tenure month 1), 2026-02 0.5 (tenure month 2), 2026-03 0.75 (tenure month 3))",
    ]);
    expect(run.problems.filter((p) => p.personId === w.people.ben).map((p) => p.code)).toEqual([
      "quota_adjusted",
      "derived_quota",
    ]);

    const schedule = { proration: "days", ramp: ["0.5"] };
    expect((await w.admin.put("/api/comp/settings/quota", schedule)).status).toBe(200);
    const explicit = await w.run();
    expect(explicit.quota(w.people.ben)).toBe("2500");
    expect(explicit.ratio["Ben Seller"]).toBe("0.3220");
    expect(explicit.notes.map((n) => n.message)).toEqual([
      "Ben Seller: 2026-Q1 quota 3,000.00 EUR ramped to 2,500.00 EUR (ramp 2026-01 0.5 (tenure month 1))",
    ]);
  });
});

describe("named relationships in a run", () => {
  const overlayPlan = (): PlanDefinition => {
    const plan = aeTestPlan("overlay-2026");
    const [component] = plan.components;
    if (component?.kind !== "commission") throw new Error("aeTestPlan has a commission first");
    return {
      ...plan,
      name: "Overlay 2026",
      components: [{ ...component, filter: { roles: ["overlay"] }, rate: { kind: "flat", rate: "0.05" } }],
    };
  };

  it("Carl overlays Alpha GmbH 50 % from 2026-01-15: Ana's 799.50 line of 01-20 credits him 399.750 → 5 % = 19.9875 → 19.99; her 01-10 line is before the relationship; Ana keeps 287.75", async () => {
    const w = await freshWorkspace([{ personKey: "carl", plan: overlayPlan() }]);
    const alpha = w.fixture.accounts.alpha;
    await database.db
      .update(orderLines)
      .set({ accountId: alpha })
      .where(and(eq(orderLines.workspaceId, w.workspaceId), inArray(orderLines.externalId, ["a1", "a2"])));
    const settings = {
      owner: true,
      rollup: { levels: "all" },
      duplicatePolicy: "keep_highest",
      relationships: [
        { accountId: alpha, personId: w.people.carl, role: "overlay", share: "0.5", validFrom: "2026-01-15" },
      ],
    };
    expect((await w.admin.put("/api/comp/settings/crediting", settings)).status).toBe(200);
    const run = await w.run();
    expect(run.payable).toMatchObject({ "Ana Seller": "287.75", "Carl Seller": "19.99" });
    const results = await (await w.admin.get(`/api/comp/runs/${run.runId}/results?limit=500`)).json();
    const carl = results.items.find((r: { personName: string }) => r.personName === "Carl Seller");
    const lines = await (await w.admin.get(`/api/comp/results/${carl.resultId}/lines`)).json();
    const commission = lines.items.filter((l: { kind: string }) => l.kind === "commission");
    expect(commission.map((l: { amount: string }) => l.amount)).toEqual(["19.99"]);
    expect(JSON.stringify(commission[0].trace)).toContain(`account ${alpha} overlay 50`);
  });
});

import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { PlanDefinition } from "@attain/engine";
import { bookingTargets, compQuotas, compResults, orderLines } from "@attain/db";
import { aeTestPlan } from "../compensation/runs/test-plans";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import {
  fixtureSeasonality,
  testAssumptions,
  thousands,
} from "../planning/test-support/planning-assumptions";
import { usePlanningFixture } from "../planning/test-support/use-planning-fixture";

/**
 * A margin scenario on the planning fixture, whose FY2027 lines get a cost: Ana's half of each amount (margin 50%:
 * 600,000 → 300,000), Ben's two thirds (margin ⅓: 300,000 → 100,000), Carl's none (no cost: his margin counts 0).
 * The company's margin is then 400,000 with the bookings' monthly shape (every month 50% × ½ + 25% × ⅓ of the
 * company's bookings), so the learnt seasonality is the bookings one.
 */
const env = usePlanningFixture();

async function withCosts() {
  const { ana, ben } = env.fixture.people;
  await env.database.db.execute(sql`update order_lines set cost = amount / 2 where owner_id = ${ana}::uuid`);
  await env.database.db.execute(
    sql`update order_lines set cost = amount * 2 / 3 where owner_id = ${ben}::uuid`,
  );
}

const measureQuotas = async (measure: string) =>
  (
    await env.database.db
      .select({ personId: compQuotas.personId, periodKey: compQuotas.periodKey, amount: compQuotas.amount })
      .from(compQuotas)
      .where(and(eq(compQuotas.workspaceId, env.fixture.workspaceId), eq(compQuotas.measure, measure)))
      .orderBy(asc(compQuotas.personId), asc(compQuotas.periodKey))
  ).map((q) => `${q.personId} ${q.periodKey} ${q.amount}`);

describe("a margin scenario", () => {
  it("learns from the margin history: default target 400,000 × 1.2 = 480,000; productivity 400,000 ÷ (2 people × 12) = 16,666.67 → 16,700; the bookings' seasonality", async () => {
    await withCosts();
    const admin = await env.signedIn("admin");
    const created = await admin.post("/api/planning/scenarios", {
      name: "FY2028 margin",
      fiscalYear: 2028,
      measure: "margin",
    });
    expect(created.status).toBe(201);
    const scenario = await created.json();
    expect(scenario).toMatchObject({ measure: "margin", fiscalYear: 2028, target: "480000" });
    expect(scenario.assumptions.target.seasonality.weights).toEqual(fixtureSeasonality);
    expect(scenario.assumptions.capacity.productivity).toBe("16700");
    const list = (await (await admin.get("/api/planning/scenarios?fiscalYear=2028&measure=margin")).json())
      .scenarios;
    expect(list.map((s: { name: string; measure: string }) => `${s.name} ${s.measure}`)).toEqual([
      "FY2028 margin margin",
    ]);
  });

  it("history only, target 800,000: North 300/400 = 600,000, South 100/400 = 200,000; at 110% Ana 660,000, Ben 220,000, Carl (no cost: margin 0) and Dora 0", async () => {
    const admin = await env.signedIn("admin");
    const [scenario] = (await (await admin.get("/api/planning/scenarios?measure=margin")).json()).scenarios;
    const saved = await admin.request("PUT", `/api/planning/scenarios/${scenario.id}/assumptions`, {
      json: { baseRevision: 1, assumptions: testAssumptions({ annual: "800000" }) },
    });
    expect(saved.status).toBe(200);
    const grid = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    const { ana, ben, carl, dora } = env.fixture.people;
    const person = (id: string) =>
      grid.rows.find((r: { personId: string | null }) => r.personId === id) as {
        annual: string;
        months: string[];
      };
    expect(person(ana).annual).toBe("660000.00");
    expect(person(ana).months).toEqual(thousands(33, 33, 66, 33, 33, 66, 33, 33, 66, 66, 66, 132));
    expect(person(ben).annual).toBe("220000.00");
    expect(person(ben).months).toEqual(thousands(11, 11, 22, 11, 11, 22, 11, 11, 22, 22, 22, 44));
    expect(person(carl).annual).toBe("0.00");
    expect(person(dora).annual).toBe("0.00");
    expect(grid.totals.totalQuota).toBe("880000.00");
  });

  it("fairness reads margin: Ben's FY2027 quarters 20,000 × 4 = 80,000 (Q4 40,000 × 4); his 100,000 deal × his ratio 100,000 ÷ 300,000 = 33,333.33", async () => {
    const admin = await env.signedIn("admin");
    const [scenario] = (await (await admin.get("/api/planning/scenarios?measure=margin")).json()).scenarios;
    const fairness = await (await admin.get(`/api/planning/scenarios/${scenario.id}/fairness`)).json();
    const ben = fairness.reps.find((r: { personId: string }) => r.personId === env.fixture.people.ben) as {
      inputs: { history: string[]; pipeline: { amount: string }[] };
    };
    expect(ben.inputs.history.slice(-4)).toEqual(["80000.00", "80000.00", "80000.00", "160000.00"]);
    expect(ben.inputs.pipeline.map((d) => d.amount)).toEqual(["33333.33"]);
  });

  it("publishing writes comp quotas of margin per quarter (Ana Q1 33 + 33 + 66 = 132,000; Ben Q1 11 + 11 + 22 = 44,000) and no booking targets", async () => {
    const admin = await env.signedIn("admin");
    const [scenario] = (await (await admin.get("/api/planning/scenarios?measure=margin")).json()).scenarios;
    const targetsBefore = await env.database.db
      .select()
      .from(bookingTargets)
      .where(eq(bookingTargets.workspaceId, env.fixture.workspaceId));
    const published = await admin.post(`/api/planning/scenarios/${scenario.id}/publish`, { baseRevision: 2 });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ measure: "margin", planOfRecord: true, version: 1 });
    const { ana, ben, carl, dora } = env.fixture.people;
    const expected = (personId: string, q: string[]) =>
      q.map((amount, i) => `${personId} 2028-Q${i + 1} ${amount}`);
    expect((await measureQuotas("margin")).sort()).toEqual(
      [
        ...expected(ana, ["132000.00", "132000.00", "132000.00", "264000.00"]),
        ...expected(ben, ["44000.00", "44000.00", "44000.00", "88000.00"]),
        ...expected(carl, ["0.00", "0.00", "0.00", "0.00"]),
        ...expected(dora, ["0.00", "0.00", "0.00", "0.00"]),
      ].sort(),
    );
    expect(await measureQuotas("bookings")).toEqual([]);
    expect(
      await env.database.db
        .select()
        .from(bookingTargets)
        .where(eq(bookingTargets.workspaceId, env.fixture.workspaceId)),
    ).toEqual(targetsBefore);
  });

  it("a comp run pays on them: Ben's quarterly margin plan, a 2028-02 line of 30,000 at cost 19,000 → credit 11,000 of his Q1 margin quota 44,000 = 0.2500", async () => {
    const { db } = env.database;
    const { ben } = env.fixture.people;
    await db.insert(orderLines).values({
      workspaceId: env.fixture.workspaceId,
      externalId: "ben-28-1",
      orderNumber: "SO-ben-28-1",
      ownerId: ben,
      bookingDate: "2028-02-10",
      amount: "30000.00",
      cost: "19000.00",
      currency: "EUR",
    });
    const base = aeTestPlan("margin-2028");
    const plan: PlanDefinition = {
      ...base,
      effectiveFrom: "2028-01-01",
      effectiveTo: "2028-12-31",
      quotaMeasure: "margin",
      components: base.components.map((c) => (c.kind === "commission" ? { ...c, measure: "margin" } : c)),
    };
    const finance = await env.signedIn("finance");
    expect((await finance.post("/api/comp/plans", { definition: plan })).status).toBe(201);
    expect((await finance.post(`/api/comp/plans/${plan.key}/versions/1/publish`)).status).toBe(200);
    const assigned = await finance.post("/api/comp/assignments", {
      personId: ben,
      planKey: plan.key,
      validFrom: "2028-01-01",
      targetIncentive: "30000",
      currency: "EUR",
    });
    expect(assigned.status).toBe(201);
    const started = await finance.post("/api/comp/runs", { periodKey: "2028-Q1" });
    expect(started.status).toBe(202);
    const { runId } = await started.json();
    await runJobsUntilIdle(env.database);
    expect((await (await finance.get(`/api/comp/runs/${runId}`)).json()).status).toBe("succeeded");
    const [result] = await db
      .select({ attainment: compResults.attainment })
      .from(compResults)
      .where(and(eq(compResults.runId, runId), eq(compResults.personId, ben)));
    expect(result?.attainment).toMatchObject({ credit: "11000", quota: "44000", ratio: "0.2500" });
  });
});

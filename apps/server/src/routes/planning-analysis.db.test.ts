import { opportunities } from "@attain/db";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";
import { insertTestScenario } from "../planning/analysis/insert-test-scenario";

const env = useCompFixture({ today: "2026-11-15" });

/** Ana's commit deal of 40,000.00 EUR closing in FY2027: 0.75 × 40,000 = 30,000 of expected pipeline. */
async function addAnaCommitDeal() {
  await env.db.insert(opportunities).values({
    workspaceId: env.fixture.workspaceId,
    externalId: `opp-fy27-${Math.random()}`,
    name: "Alpha expansion",
    accountId: env.fixture.accounts.alpha,
    ownerId: env.fixture.people.ana,
    stage: "Negotiate",
    forecastCategory: "commit",
    amount: "40000.00",
    currency: "EUR",
    closeDate: "2027-03-31",
  });
}

/** Quotas near the fixture's history: Ana 36,000 a year, Ben 360, Carl 1,200. */
const FAIR_QUOTAS = { ana: "3000.00", ben: "30.00", carl: "100.00" };

describe("fairness over HTTP", () => {
  it("inputs per rep: Ana's history 999.00 (2025-Q4) and 2,877.50 (2026-Q1) × 4, her commit deal at 0.75, full capacity; seeded, so twice the same", async () => {
    await addAnaCommitDeal();
    const { scenarioId } = await insertTestScenario(env.db, env.fixture, { monthly: FAIR_QUOTAS });
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/fairness`);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ scenarioId, threshold: "0.7", draws: 2000, seed: 42, excluded: [] });
    const ana = body.reps.find((r: { name: string }) => r.name === "Ana Seller");
    expect(ana).toMatchObject({
      id: `person:${env.fixture.people.ana}`,
      teamId: "team:mia",
      personId: env.fixture.people.ana,
      quota: "36000.00",
      inputs: {
        history: ["0", "0", "0", "3996.00", "11510.00", "0", "0", "0"],
        pipeline: [{ amount: "40000.00", probability: "0.75" }],
        capacityFactor: "1.000000",
      },
    });
    expect(body.reps.map((r: { name: string }) => r.name)).toEqual([
      "Ana Seller",
      "Ben Seller",
      "Carl Seller",
    ]);
    expect(body.teams.map((t: { id: string; name: string; reps: number }) => [t.id, t.name, t.reps])).toEqual(
      [
        ["team:mia", "Mia's team", 1],
        ["team:zoe", "Zoe's team", 2],
      ],
    );
    expect(body.company).toMatchObject({ id: "company", name: "Company", reps: 3 });
    // Ana's history mean (3,996 + 11,510) ÷ 8 = 1,938.25 is below the deal's expected 0.75 × 40,000 = 30,000, so her
    // run rate is 0: she reaches 40,000 ÷ 36,000 = 1.1111 when the deal closes, in about 75% of draws. (The draws are
    // seeded per rep id, and the fixture's ids are random uuids, so exact draws are pinned in build-fairness-reps.test.ts.)
    expect(ana).toMatchObject({ pQuota: ana.pThreshold, p10: 0, p50: 40000 / 36000, outlier: null });
    expect(Math.abs(ana.pThreshold - 0.75)).toBeLessThan(0.04);
    expect(ana.basis).toEqual({
      expectedPipeline: 30000,
      runRateMean: 0,
      runRateCv: 0,
      meanSource: "rep",
      cvSource: "rep",
    });
    const [, ben, carl] = body.reps;
    // 805 × 4 ÷ 8 and 3,000 × 4 ÷ 8; one non-zero quarter in eight: sample CV = √8 ≈ 2.8284.
    expect([ben.basis.runRateMean, carl.basis.runRateMean]).toEqual([402.5, 1500]);
    expect([ben.basis.runRateCv, carl.basis.runRateCv]).toEqual([Math.sqrt(8), Math.sqrt(8)]);
    expect(body.teams[0]).toMatchObject({ expectedShare: ana.pThreshold, meetsRule: ana.pThreshold >= 0.7 });
    const mean = (ana.pThreshold + ben.pThreshold + carl.pThreshold) / 3;
    expect(body.company.expectedShare).toBeCloseTo(mean, 12);
    const again = await (await admin.get(`/api/planning/scenarios/${scenarioId}/fairness`)).json();
    expect(again).toEqual(body);
    const otherSeed = await (
      await admin.get(`/api/planning/scenarios/${scenarioId}/fairness?seed=7&draws=500`)
    ).json();
    expect(otherSeed).toMatchObject({ seed: 7, draws: 500 });
  });

  it("Mia sees her team (Ana) only; nodeId=team:zoe narrows to Ben and Carl, an unknown node is 404; HR reads; reps and marketing 403; draws=5 is 400", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const mia = await (
      await (await env.signedIn("mia")).get(`/api/planning/scenarios/${scenarioId}/fairness`)
    ).json();
    expect(mia.reps.map((r: { name: string }) => r.name)).toEqual(["Ana Seller"]);
    expect(mia.company.reps).toBe(1);
    for (const who of ["ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      for (const path of ["fairness", "capacity", "reconciliation"])
        expect((await client.get(`/api/planning/scenarios/${scenarioId}/${path}`)).status).toBe(403);
      expect((await client.get(`/api/planning/compare?base=${scenarioId}&other=${scenarioId}`)).status).toBe(
        403,
      );
    }
    const admin = await env.signedIn("admin");
    const zoeTeam = await (
      await admin.get(`/api/planning/scenarios/${scenarioId}/fairness?nodeId=team:zoe`)
    ).json();
    expect(zoeTeam.reps.map((r: { name: string }) => r.name)).toEqual(["Ben Seller", "Carl Seller"]);
    expect((await admin.get(`/api/planning/scenarios/${scenarioId}/fairness?nodeId=team:nope`)).status).toBe(
      404,
    );
    const hr = await env.signedIn("hr");
    expect((await hr.get(`/api/planning/scenarios/${scenarioId}/fairness`)).status).toBe(200);
    const bad = await admin.get(`/api/planning/scenarios/${scenarioId}/fairness?draws=5`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("query.draws");
  });
});

describe("capacity over HTTP", () => {
  it("three AEs hired 2024-01 (tenure 36 at 2027-01): January 3 × 10,000 × 0.85 = 25,500.00 against 400,000 × 0.083333 = 33,333.20 (3.9216 heads needed); 2 hires opened 2026-11 start 2027-02", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/capacity`);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.months[0]).toEqual({
      month: "2027-01",
      heads: "3.0000",
      rampedHeads: "3.0000",
      requiredHeads: "3.9216",
      capacity: "25500.00",
      target: "33333.20",
      gap: "7833.20",
    });
    expect(body.months[11]).toMatchObject({ month: "2027-12", heads: "4.3314", target: "33334.80" });
    expect(body.hires).toEqual([
      {
        role: "ae",
        openMonth: "2026-11",
        startMonth: "2027-02",
        count: 2,
        reason:
          "2 of the 2 hire(s) that close the year-end gap of 115653.75; opened at the latest month that keeps every month the plan can keep on cumulative target",
      },
    ]);
    expect([body.totalCapacity, body.totalTarget]).toEqual(["417329.60", "400000.00"]);
    expect(body.shortfalls.map((s: { month: string }) => s.month)).toEqual([
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
    ]);
    expect(
      body.sensitivity.map((s: { label: string; totalCapacity: string; hires: number }) => [
        s.label,
        s.totalCapacity,
        s.hires,
      ]),
    ).toEqual([
      ["Attrition +5 points", "405788.30", 2],
      ["Ramp 1 month longer", "400894.00", 2],
      ["Productivity × 0.9", "435439.51", 3],
      ["Hiring lead time +1 month", "402482.65", 2],
    ]);
  });

  it("a utilisation of 1.5 in the assumptions is a 422 naming it", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture, {
      assumptions: (a) => ({ ...a, capacity: { ...a.capacity, utilisation: "1.5" } }),
    });
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/capacity`);
    const body = await response.json();
    expect(response.status).toBe(422);
    expect(body.errors).toEqual([
      {
        path: "capacity.roles[0].utilisation",
        message: "The utilisation of role ae must be at most 1, got 1.5",
      },
    ]);
  });
});

describe("reconciliation over HTTP", () => {
  it("gap = top-down − capacity: Ana 120,000 − 102,000 = 18,000 (0.1500), Ben −42,000 (−0.7000), company 420,000 − 306,000 = 114,000 (0.2714)", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/reconciliation`);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    const figures = body.rows.map((r: Record<string, string>) => [
      r.name,
      r.depth,
      r.topDown,
      r.capacity,
      r.capacityGap,
      r.capacityGapRatio,
    ]);
    expect(figures).toEqual([
      ["Acme Software", 0, "420000.00", "306000.00", "114000.00", "0.2714"],
      ["Mia's team", 1, "120000.00", "102000.00", "18000.00", "0.1500"],
      ["Ana Seller", 2, "120000.00", "102000.00", "18000.00", "0.1500"],
      ["Zoe's team", 1, "300000.00", "204000.00", "96000.00", "0.3200"],
      ["Ben Seller", 2, "60000.00", "102000.00", "-42000.00", "-0.7000"],
      ["Carl Seller", 2, "240000.00", "102000.00", "138000.00", "0.5750"],
    ]);
    expect(body.rows[0]).toMatchObject({
      potential: "0",
      potentialGap: "420000.00",
      potentialGapRatio: "1.0000",
    });
    const zoe = await (
      await (await env.signedIn("zoe")).get(`/api/planning/scenarios/${scenarioId}/reconciliation`)
    ).json();
    expect(zoe.rows.map((r: { name: string }) => r.name)).toEqual([
      "Zoe's team",
      "Ben Seller",
      "Carl Seller",
    ]);
  });
});

describe("compare over HTTP", () => {
  it("base vs Carl +5,000 a month: quota 420,000 → 480,000 (1.0500 → 1.2000 of 400,000); cost of sales = 10% of Σ quota × median attainment", async () => {
    const base = await insertTestScenario(env.db, env.fixture, { name: "Base" });
    const other = await insertTestScenario(env.db, env.fixture, {
      name: "Carl up",
      monthly: { ana: "10000.00", ben: "5000.00", carl: "25000.00" },
    });
    const admin = await env.signedIn("admin");
    const response = await admin.get(
      `/api/planning/compare?base=${base.scenarioId}&other=${other.scenarioId}`,
    );
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.base.scenario).toMatchObject({ id: base.scenarioId, name: "Base", status: "draft" });
    expect(body.base.expectedShareAtThreshold).toBeLessThan(0.01);
    const pick = (f: Record<string, unknown>) => ({ ...f, scenario: undefined, fairness: undefined });
    expect(pick(body.base)).toEqual({
      scenario: undefined,
      fairness: undefined,
      target: "400000",
      totalQuota: "420000.00",
      overAssignment: "1.0500",
      // Quotas ~100× the reps' history: hardly a draw reaches 70% (the draws follow the fixture's random ids).
      expectedShareAtThreshold: body.base.expectedShareAtThreshold,
      heads: "4.3314",
      startHeads: 3,
      hires: 2,
      capacity: "417329.60",
      expectedBookings: body.base.expectedBookings,
      costOfSales: body.base.costOfSales,
      costOfSalesRatio: "0.1000",
      costOfSalesPeople: 3,
      problems: [],
      compPlans: [{ planId: env.fixture.plan.id, planName: "AE 2026", version: 1, status: "published" }],
    });
    expect(pick(body.other)).toMatchObject({
      totalQuota: "480000.00",
      overAssignment: "1.2000",
      costOfSalesRatio: "0.1000",
    });
    // The flat 10% plan: cost of sales is exactly a tenth of the expected bookings (exact cents each period).
    for (const side of [body.base, body.other])
      expect(new Decimal(side.costOfSales).equals(new Decimal(side.expectedBookings).times("0.1"))).toBe(
        true,
      );
    expect(body.nodes.map((n: Record<string, string>) => [n.name, n.base, n.other, n.delta])).toEqual([
      ["Acme Software", "420000.00", "480000.00", "60000.00"],
      ["Mia's team", "120000.00", "120000.00", "0.00"],
      ["Ana Seller", "120000.00", "120000.00", "0.00"],
      ["Zoe's team", "300000.00", "360000.00", "60000.00"],
      ["Ben Seller", "60000.00", "60000.00", "0.00"],
      ["Carl Seller", "240000.00", "300000.00", "60000.00"],
    ]);
    const unknown = await admin.get(
      `/api/planning/compare?base=${base.scenarioId}&other=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect((await admin.get(`/api/planning/compare?base=${base.scenarioId}`)).status).toBe(400);
    expect(
      (
        await (
          await env.signedIn("mia")
        ).get(`/api/planning/compare?base=${base.scenarioId}&other=${other.scenarioId}`)
      ).status,
    ).toBe(403);
  });
});

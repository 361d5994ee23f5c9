import { compPlans, compPlanVersions } from "@attain/db";
import { Decimal } from "decimal.js";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { factoryPlan } from "../../compensation/workflow/test-factory";
import { useCompFixture } from "../../compensation/workflow/use-comp-fixture";
import { estimateCostOfSales } from "../analysis/estimate-cost-of-sales";

/**
 * The compensation fixture's AE 2026 plan (v1 published: a flat 10% of bookings, monthly) against a draft v2 paying
 * 12%, at the same quotas and attainments: Ana 12 × 10,000 × 1, Ben 12 × 5,000 × 0.5, Carl 12 × 20,000 × 1.2.
 */
const env = useCompFixture();
const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const flat = (amount: string) => months.map(() => amount);

async function draftAt12Percent() {
  const [version] = await env.db
    .insert(compPlanVersions)
    .values({
      workspaceId: env.fixture.workspaceId,
      planId: env.fixture.plan.id,
      version: 2,
      status: "draft",
      definition: {
        ...factoryPlan,
        version: 2,
        components: factoryPlan.components.map((c) =>
          c.kind === "commission" ? { ...c, rate: { kind: "flat" as const, rate: "0.12" } } : c,
        ),
      },
      effectiveFrom: "2027-01-01",
    })
    .returning();
  return version!.id;
}

const estimate = (compPlans?: { planId: string; versionId: string }[]) => {
  const { ana, ben, carl } = env.fixture.people;
  const attainment: Record<string, string> = { [ana]: "1", [ben]: "0.5", [carl]: "1.2" };
  return estimateCostOfSales(env.database, {
    workspaceId: env.fixture.workspaceId,
    fiscalYear: 2027,
    measure: "bookings",
    calendar: { startMonth: 1, naming: "end" },
    currency: "EUR",
    months,
    people: [
      { personId: ana, name: "Ana Seller", months: flat("10000.00") },
      { personId: ben, name: "Ben Seller", months: flat("5000.00") },
      { personId: carl, name: "Carl Seller", months: flat("20000.00") },
    ],
    expectedAttainment: (personId) => attainment[personId] ?? "1",
    compPlans,
  });
};

describe("cost of sales on a chosen plan version", () => {
  it("v1 in force (10%): 12,000 + 3,000 + 28,800 = 43,800.00; the draft v2 (12%): 14,400 + 3,600 + 34,560 = 52,560.00 ÷ 438,000 = 0.1200", async () => {
    const versionId = await draftAt12Percent();
    const planId = env.fixture.plan.id;
    const inForce = await estimate();
    expect(inForce).toMatchObject({
      costOfSales: "43800.00",
      expectedBookings: "438000.00",
      ratio: "0.1000",
    });
    expect(inForce.compPlans).toEqual([{ planId, planName: "AE 2026", version: 1, status: "published" }]);

    const draft = await estimate([{ planId, versionId }]);
    expect(draft).toMatchObject({ costOfSales: "52560.00", expectedBookings: "438000.00", ratio: "0.1200" });
    expect(draft.people.map((p) => p.payout)).toEqual(["14400.00", "3600.00", "34560.00"]);
    expect(draft.compPlans).toEqual([{ planId, planName: "AE 2026", version: 2, status: "draft" }]);
  });

  it("over HTTP: the choice is saved with the assumptions, copied with the scenario, and compare shows each side's versions (10% vs 12% of the same expected bookings)", async () => {
    const admin = await env.signedIn("admin");
    const planId = env.fixture.plan.id;
    const [draft] = await env.db
      .select({ id: compPlanVersions.id })
      .from(compPlanVersions)
      .where(and(eq(compPlanVersions.planId, planId), eq(compPlanVersions.status, "draft")));
    const base = await (
      await admin.post("/api/planning/scenarios", { name: "FY2027", fiscalYear: 2027 })
    ).json();
    const copy = await (
      await admin.post("/api/planning/scenarios", {
        name: "FY2027 at 12%",
        fiscalYear: 2027,
        copyFrom: base.id,
      })
    ).json();
    const saved = await admin.request("PUT", `/api/planning/scenarios/${copy.id}/assumptions`, {
      json: {
        baseRevision: copy.revision,
        assumptions: { ...copy.assumptions, compPlans: [{ planId, versionId: draft!.id }] },
      },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).assumptions.compPlans).toEqual([{ planId, versionId: draft!.id }]);
    const again = await (
      await admin.post("/api/planning/scenarios", {
        name: "Copy of 12%",
        fiscalYear: 2027,
        copyFrom: copy.id,
      })
    ).json();
    expect(again.assumptions.compPlans).toEqual([{ planId, versionId: draft!.id }]);

    const compared = await admin.get(`/api/planning/compare?base=${base.id}&other=${copy.id}`);
    expect(compared.status).toBe(200);
    const { base: left, other: right } = await compared.json();
    expect(left.totalQuota).toBe(right.totalQuota);
    expect(left.compPlans).toEqual([{ planId, planName: "AE 2026", version: 1, status: "published" }]);
    expect(right.compPlans).toEqual([{ planId, planName: "AE 2026", version: 2, status: "draft" }]);
    // Same quotas and seed, so the same expected bookings; each side pays its rate on each monthly credit, each line
    // rounded half up to the cent: within half a cent per credit (3 people × 12 months) of rate × the total.
    expect(right.expectedBookings).toBe(left.expectedBookings);
    const withinRounding = (side: { costOfSales: string; expectedBookings: string }, rate: string) =>
      new Decimal(side.costOfSales).minus(new Decimal(side.expectedBookings).times(rate)).abs().lte("0.18");
    expect(withinRounding(left, "0.10")).toBe(true);
    expect(withinRounding(right, "0.12")).toBe(true);
    expect(new Decimal(right.costOfSales).greaterThan(left.costOfSales)).toBe(true);
  });

  it("bad choices are 422s naming the field: a version of another workspace (or none), of another plan, an invalid draft; nothing is saved", async () => {
    const admin = await env.signedIn("admin");
    const planId = env.fixture.plan.id;
    const [scenario] = (await (await admin.get("/api/planning/scenarios?fiscalYear=2027")).json()).scenarios;
    const current = await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json();
    const [other] = await env.db
      .insert(compPlans)
      .values({ workspaceId: env.fixture.workspaceId, key: "se-2027", name: "SE 2027" })
      .returning();
    const [broken] = await env.db
      .insert(compPlanVersions)
      .values({
        workspaceId: env.fixture.workspaceId,
        planId: other!.id,
        version: 1,
        status: "draft",
        definition: { ...factoryPlan, key: "se-2027", components: [] },
        effectiveFrom: "2027-01-01",
      })
      .returning();
    const put = (compPlanChoices: { planId: string; versionId: string }[]) =>
      admin.request("PUT", `/api/planning/scenarios/${scenario.id}/assumptions`, {
        json: {
          baseRevision: current.revision,
          assumptions: { ...current.assumptions, compPlans: compPlanChoices },
        },
      });
    const foreign = await put([{ planId, versionId: "00000000-0000-4000-8000-000000000000" }]);
    expect(foreign.status).toBe(422);
    expect((await foreign.json()).errors).toEqual([
      {
        path: "assumptions.compPlans.0.versionId",
        message: "No compensation plan version 00000000-0000-4000-8000-000000000000 in this workspace.",
      },
    ]);
    const mismatched = await put([{ planId, versionId: broken!.id }]);
    expect(mismatched.status).toBe(422);
    expect((await mismatched.json()).errors).toEqual([
      {
        path: "assumptions.compPlans.0.versionId",
        message: `Version 1 belongs to plan "SE 2027", not to plan ${planId}.`,
      },
    ]);
    const invalid = await put([{ planId: other!.id, versionId: broken!.id }]);
    expect(invalid.status).toBe(422);
    const [problem] = (await invalid.json()).errors;
    expect(problem.path).toBe("assumptions.compPlans.0.versionId");
    expect(problem.message).toMatch(/^Version 1 \(draft\) of plan "SE 2027" is not a valid plan: /);
    const after = await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json();
    expect(after.revision).toBe(current.revision);
  });
});

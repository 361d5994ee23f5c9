import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { PlanDefinition } from "@attain/engine";
import { bookingTargets, compQuotas, compResults, orderLines, people } from "@attain/db";
import { aeTestPlan } from "../compensation/runs/test-plans";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { testAssumptions, thousands } from "../planning/test-support/planning-assumptions";
import { usePlanningFixture } from "../planning/test-support/use-planning-fixture";

const env = usePlanningFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;
const put = (client: Client, path: string, json: unknown) => client.request("PUT", path, { json });

/** A draft with `assumptions` stored (revision 2). */
async function draft(admin: Client, name: string, assumptions = testAssumptions(), copyFrom?: string) {
  const scenario = await (
    await admin.post("/api/planning/scenarios", { name, fiscalYear: 2028, ...(copyFrom ? { copyFrom } : {}) })
  ).json();
  expect(
    (await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, { baseRevision: 1, assumptions }))
      .status,
  ).toBe(200);
  return scenario.id as string;
}

/** Every booking target of the workspace, as "person month amount source" lines. */
const allTargets = async () =>
  (
    await env.database.db
      .select()
      .from(bookingTargets)
      .where(eq(bookingTargets.workspaceId, env.fixture.workspaceId))
      .orderBy(asc(bookingTargets.month), asc(bookingTargets.personId))
  ).map((t) => `${t.personId} ${t.month} ${t.amount} ${t.source}`);

const personTargets = async (personId: string | null) =>
  (
    await env.database.db
      .select({
        personId: bookingTargets.personId,
        amount: bookingTargets.amount,
        source: bookingTargets.source,
      })
      .from(bookingTargets)
      .where(eq(bookingTargets.workspaceId, env.fixture.workspaceId))
      .orderBy(asc(bookingTargets.month))
  )
    .filter((r) => r.personId === personId && r.source === "planning")
    .map((r) => r.amount);

const quartersOf = async (personId: string) =>
  Object.fromEntries(
    (
      await env.database.db
        .select({ periodKey: compQuotas.periodKey, amount: compQuotas.amount, source: compQuotas.source })
        .from(compQuotas)
        .where(and(eq(compQuotas.workspaceId, env.fixture.workspaceId), eq(compQuotas.personId, personId)))
        .orderBy(asc(compQuotas.periodKey))
    ).map((q) => [q.periodKey, `${q.amount} ${q.source}`]),
  );

describe("publishing a plan of record", () => {
  it("v1: Ana's booking targets per month and comp quotas per quarter (Q1 33,000 + 33,000 + 66,000 = 132,000); the company target per month", async () => {
    const admin = await env.signedIn("admin");
    const id = await draft(admin, "FY2028 plan");
    const published = await admin.post(`/api/planning/scenarios/${id}/publish`, {
      baseRevision: 2,
      note: "Board approved",
    });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({
      status: "published",
      planOfRecord: true,
      version: 1,
      revision: 3,
      totalQuota: "1320000.00",
    });
    const { ana, dora } = env.fixture.people;
    expect(await personTargets(ana)).toEqual(thousands(33, 33, 66, 33, 33, 66, 33, 33, 66, 66, 66, 132));
    expect(await personTargets(null)).toEqual(
      thousands(60, 60, 120, 60, 60, 120, 60, 60, 120, 120, 120, 240),
    );
    expect(await personTargets(dora)).toEqual(thousands(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(await quartersOf(ana)).toEqual({
      "2028-Q1": "132000.00 planning",
      "2028-Q2": "132000.00 planning",
      "2028-Q3": "132000.00 planning",
      "2028-Q4": "264000.00 planning",
    });
    // Read-only now.
    const edit = await admin.request("PATCH", `/api/planning/scenarios/${id}/grid`, {
      json: { baseRevision: 3, changes: [{ nodeId: `person:${ana}`, month: "2028-01", amount: "1" }] },
    });
    expect(edit.status).toBe(409);
    expect((await admin.request("DELETE", `/api/planning/scenarios/${id}`)).status).toBe(409);

    // Ana reads her own quota; nobody else's.
    const mine = await (
      await (await env.signedIn("ana")).get("/api/planning/my-quota?fiscalYear=2028")
    ).json();
    expect(mine).toMatchObject({
      scenarioId: id,
      version: 1,
      currency: "EUR",
      name: "Ana Seller",
      annual: "660000.00",
    });
    expect(mine.months[11]).toEqual({ month: "2028-12", amount: "132000.00" });
    expect(
      (await (await env.signedIn("marketing")).get("/api/planning/my-quota?fiscalYear=2028")).status,
    ).toBe(403);
    expect((await (await env.signedIn("ana")).get("/api/planning/my-quota?fiscalYear=2029")).status).toBe(
      404,
    );
  });

  it("v2 (a copy with target 1,500,000): v1 is archived, v2 is the plan of record, Ana's Q1 becomes 825,000 × 0.2 = 165,000; every version is listed", async () => {
    const admin = await env.signedIn("admin");
    const [v1] = (await (await admin.get("/api/planning/versions?fiscalYear=2028")).json()).versions;
    const id = await draft(admin, "FY2028 stretch", testAssumptions({ annual: "1500000" }), v1.id);
    const published = await (
      await admin.post(`/api/planning/scenarios/${id}/publish`, { baseRevision: 2 })
    ).json();
    expect(published).toMatchObject({
      version: 2,
      planOfRecord: true,
      basedOnId: v1.id,
      totalQuota: "1650000.00",
    });
    const versions = (await (await admin.get("/api/planning/versions?fiscalYear=2028")).json()).versions;
    expect(
      versions.map((v: { version: number; status: string; planOfRecord: boolean }) => [
        v.version,
        v.status,
        v.planOfRecord,
      ]),
    ).toEqual([
      [2, "published", true],
      [1, "archived", false],
    ]);
    const { ana } = env.fixture.people;
    expect(await quartersOf(ana)).toEqual({
      "2028-Q1": "165000.00 planning",
      "2028-Q2": "165000.00 planning",
      "2028-Q3": "165000.00 planning",
      "2028-Q4": "330000.00 planning",
    });
    expect((await personTargets(ana))[0]).toBe("41250.00");
    expect((await personTargets(null))[11]).toBe("300000.00");
    const v1Events = (await (await admin.get(`/api/planning/scenarios/${v1.id}/events`)).json()).events;
    expect(v1Events.at(-1)).toMatchObject({
      action: "scenario.archived",
      detail: { version: 1, replacedBy: { id, version: 2 } },
    });
  });

  it("refused while a submission is not approved (409 naming it) or the grid does not reconcile (422 naming the node); nothing is written", async () => {
    const admin = await env.signedIn("admin");
    const id = await draft(admin, "Unfinished");
    const before = await allTargets();
    const team = `team:${env.fixture.teams.zoe}`;
    await (await env.signedIn("zoe")).post(`/api/planning/scenarios/${id}/submissions/${team}/submit`, {});
    const pending = await admin.post(`/api/planning/scenarios/${id}/publish`, { baseRevision: 2 });
    expect(pending.status).toBe(409);
    expect(await pending.json()).toMatchObject({
      detail: "Every submission must be approved before publishing: Team Zoe is submitted.",
      submissions: [{ nodeId: team, name: "Team Zoe", status: "submitted" }],
    });
    await admin.post(`/api/planning/scenarios/${id}/submissions/${team}/approve`, {});
    const ana = `person:${env.fixture.people.ana}`;
    await admin.request("PATCH", `/api/planning/scenarios/${id}/grid`, {
      json: { baseRevision: 2, changes: [{ nodeId: ana, month: "2028-01", amount: "0" }] },
    });
    const open = await admin.post(`/api/planning/scenarios/${id}/publish`, { baseRevision: 3 });
    expect(open.status).toBe(422);
    expect((await open.json()).errors).toEqual([
      {
        path: `grid.team:${env.fixture.teams.mia}.unallocated`,
        message: "Team Mia's children carry 627000.00 of 660000.00: 33000.00 left to allocate.",
      },
    ]);
    expect(await allTargets()).toEqual(before);
    expect((await (await admin.get(`/api/planning/scenarios/${id}`)).json()).status).toBe("draft");
    expect(
      (await (await env.signedIn("mia")).post(`/api/planning/scenarios/${id}/publish`, { baseRevision: 3 }))
        .status,
    ).toBe(403);
  });
});

describe("compensation uses the published quotas exactly", () => {
  it("capacity plan: Dora (hired 2028-03-01, ramp 0/25/50/75/100) Q2 = 4,000 + 8,000 + 24,000 = 36,000, not ramped again by her ramp_months; Carl's April 18,200 not prorated again when he leaves", async () => {
    const admin = await env.signedIn("admin");
    const id = await draft(
      admin,
      "Capacity plan",
      testAssumptions({ weights: { history: "0", capacity: "1" } }),
    );
    expect((await admin.post(`/api/planning/scenarios/${id}/publish`, { baseRevision: 2 })).status).toBe(200);
    const { dora, carl } = env.fixture.people;
    expect(await quartersOf(dora)).toEqual({
      "2028-Q1": "0.00 planning",
      "2028-Q2": "36000.00 planning",
      "2028-Q3": "64000.00 planning",
      "2028-Q4": "128000.00 planning",
    });
    // People change after publishing: the published plan still pays (a new version would change it).
    const { db } = env.database;
    await db.update(people).set({ rampMonths: 3 }).where(eq(people.id, dora));
    await db.update(people).set({ leaveDate: "2028-04-10" }).where(eq(people.id, carl));
    const line = (key: string, ownerId: string, bookingDate: string, amount: string) => ({
      workspaceId: env.fixture.workspaceId,
      externalId: key,
      orderNumber: `SO-${key}`,
      ownerId,
      bookingDate,
      amount,
      currency: "EUR",
    });
    await db
      .insert(orderLines)
      .values([line("dora-1", dora, "2028-05-10", "9000.00"), line("carl-1", carl, "2028-04-05", "9100.00")]);

    const finance = await env.signedIn("finance");
    const quarterly: PlanDefinition = {
      ...aeTestPlan("ae-2028-q"),
      effectiveFrom: "2028-01-01",
      effectiveTo: "2028-12-31",
    };
    const monthly: PlanDefinition = {
      ...aeTestPlan("ae-2028-m"),
      period: "month",
      effectiveFrom: "2028-01-01",
      effectiveTo: "2028-12-31",
    };
    for (const plan of [quarterly, monthly]) {
      expect((await finance.post("/api/comp/plans", { definition: plan })).status).toBe(201);
      expect((await finance.post(`/api/comp/plans/${plan.key}/versions/1/publish`)).status).toBe(200);
    }
    for (const [personId, planKey] of [
      [dora, "ae-2028-q"],
      [carl, "ae-2028-m"],
    ] as const)
      expect(
        (
          await finance.post("/api/comp/assignments", {
            personId,
            planKey,
            validFrom: "2028-01-01",
            targetIncentive: "30000",
            currency: "EUR",
          })
        ).status,
      ).toBe(201);
    expect((await put(finance, "/api/comp/settings/quota", { proration: "days" })).status).toBe(200);

    const run = async (periodKey: string, personId: string) => {
      const started = await finance.post("/api/comp/runs", { periodKey });
      expect(started.status).toBe(202);
      const { runId } = await started.json();
      await runJobsUntilIdle(env.database);
      const detail = await (await finance.get(`/api/comp/runs/${runId}`)).json();
      expect(detail.status).toBe("succeeded");
      const [result] = await db
        .select({ attainment: compResults.attainment })
        .from(compResults)
        .where(and(eq(compResults.runId, runId), eq(compResults.personId, personId)));
      const problems = (detail.problems as { code: string; personId?: string }[]).filter(
        (p) => p.personId === personId,
      );
      return { attainment: result?.attainment as { quota: string; ratio: string }, problems };
    };
    const q2 = await run("2028-Q2", dora);
    expect(q2.attainment).toMatchObject({ credit: "9000", quota: "36000", ratio: "0.2500" });
    expect(q2.problems.filter((p) => p.code === "quota_adjusted")).toEqual([]);
    // A monthly plan reads the booking targets (there is no monthly comp quota): April 364,000 × 0.05 = 18,200.
    const april = await run("2028-04", carl);
    expect(april.attainment).toMatchObject({ credit: "9100", quota: "18200", ratio: "0.5000" });
    expect(april.problems.filter((p) => p.code === "quota_adjusted")).toEqual([]);
  });
});

import { people } from "@attain/db";
import { describe, expect, it } from "vitest";
import { useCompFixture } from "../../compensation/workflow/use-comp-fixture";
import type { Assumptions, CapacityRoleAssumption } from "../schemas";
import { insertTestScenario } from "./insert-test-scenario";

// GET …/capacity with roles, over the compensation fixture: Ana, Ben and Carl (AEs hired 2024-01, tenure 36 at
// 2027-01, so fully ramped) are the scenario's person nodes; today is 2026-11-15, so requisitions open from 2026-11.
const env = useCompFixture({ today: "2026-11-15" });

/** AEs with no attrition at 20,000 × 0.85 = 17,000 a month each: 3 × 17,000 = 51,000 ≥ 33,333.20, so no AE hire. */
const steadyAe: CapacityRoleAssumption = {
  role: "ae",
  driver: "quota",
  productivity: "20000",
  attrition: "0",
  hiringLeadMonths: 3,
  utilisation: "0.85",
};
/** 1 SDR per 2 AEs, no attrition, half productive in the first month, hired a month after the requisition. */
const sdrPerTwoAes: CapacityRoleAssumption = {
  role: "sdr",
  driver: "coverage",
  coverage: { of: "ae", ratio: "2" },
  ramp: { kind: "share", values: ["0.5", "1"] },
  attrition: "0",
  hiringLeadMonths: 1,
  utilisation: "1",
};
const withRoles =
  (roles: CapacityRoleAssumption[]) =>
  (a: Assumptions): Assumptions => ({ ...a, capacity: { ...a.capacity, roles } });

async function addPerson(fullName: string, jobRole: "sdr" | "se", hireDate: string, leaveDate?: string) {
  await env.db.insert(people).values({
    workspaceId: env.fixture.workspaceId,
    externalId: `${jobRole}-${Math.random()}`,
    fullName,
    jobRole,
    hireDate,
    leaveDate: leaveDate ?? null,
    currency: "EUR",
  });
}

async function capacityOf(scenarioId: string) {
  const admin = await env.signedIn("admin");
  const response = await admin.get(`/api/planning/scenarios/${scenarioId}/capacity`);
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body;
}

describe("capacity by role over HTTP", () => {
  it("AE + SDR at 1 per 2 AEs: 3 AEs need 3 ÷ (2 × 1) = 1.5000 SDRs; Sam is 1.0000, so ⌈0.5⌉ = 1 hire, ramped by January (ramp 50/100%: start 2026-12, opened 2026-11); 2 × 2 = 4.0000 AEs covered a month, 48.0000 against 36.0000", async () => {
    await addPerson("Sam Sdr", "sdr", "2024-01-01");
    await addPerson("Lea Left", "sdr", "2024-01-01", "2026-06-30");
    const { scenarioId } = await insertTestScenario(env.db, env.fixture, {
      assumptions: withRoles([steadyAe, sdrPerTwoAes]),
    });
    const body = await capacityOf(scenarioId);
    expect(body.roles.map((r: { role: string }) => r.role)).toEqual(["ae", "sdr"]);
    const [ae, sdr] = body.roles;

    // AE: 3 × 20,000 × 0.85 = 51,000.00 a month, 12 × 51,000 = 612,000.00 against 400,000.00; no hire.
    expect(ae).toMatchObject({
      driver: "quota",
      unit: "amount",
      coverage: null,
      currentHeads: 3,
      startingHeads: 0,
      hires: [],
      totalCapacity: "612000.00",
      totalTarget: "400000.00",
    });
    expect(ae.months[0]).toEqual({
      month: "2027-01",
      heads: "3.0000",
      rampedHeads: "3.0000",
      requiredHeads: "1.9608", // 33,333.20 ÷ 17,000 = 1.96077… rounded up
      capacity: "51000.00",
      target: "33333.20",
      gap: "-17666.80",
    });
    // The plan's own figures are the AE role's.
    expect([body.totalCapacity, body.totalTarget, body.hires]).toEqual(["612000.00", "400000.00", []]);

    // SDR: Sam (tenure 36) and the hire (tenure 2 in January: 100%) cover 2 × 2 × 1 = 4.0000 AE heads a month;
    // Lea left before the year.
    expect(sdr).toMatchObject({
      driver: "coverage",
      unit: "heads",
      coverage: { of: "ae", ratio: "2" },
      currentHeads: 1,
      startingHeads: 0,
      totalCapacity: "48.0000",
      totalTarget: "36.0000",
      shortfalls: [],
    });
    for (const month of [sdr.months[0], sdr.months[11]])
      expect(month).toMatchObject({
        heads: "2.0000",
        rampedHeads: "2.0000",
        requiredHeads: "1.5000",
        capacity: "4.0000",
        target: "3.0000",
        gap: "-1.0000",
      });
    expect(sdr.hires).toMatchObject([{ role: "sdr", openMonth: "2026-11", startMonth: "2026-12", count: 1 }]);

    // Sensitivity of the SDR alone. Ratio × 0.9 = 1.8: 3 ÷ 1.8 = 1.6667 needed, still 1 hire, 12 × 2 × 1.8 =
    // 43.2000 (−4.8000). Ramp 50/50/100%: fully ramped 2 months after the start, but the lead time allows
    // 2026-12 at the earliest: January 1.5 × 2 = 3.0000, then 4.0000: 3 + 11 × 4 = 47.0000 (−1.0000). Lead
    // 2 months: the hire starts in January at 50%, the same 47.0000.
    const row = (label: string) =>
      sdr.sensitivity.find((s: { label: string }) => s.label === label) as Record<string, unknown>;
    expect(row("Productivity × 0.9")).toMatchObject({
      totalCapacity: "43.2000",
      capacityDelta: "-4.8000",
      hires: 1,
      hiresDelta: 0,
      shortfallMonths: 0,
    });
    expect(row("Ramp 1 month longer")).toMatchObject({ totalCapacity: "47.0000", capacityDelta: "-1.0000" });
    expect(row("Hiring lead time +1 month")).toMatchObject({ totalCapacity: "47.0000", hires: 1 });
    expect(row("Attrition +5 points")).toMatchObject({ hires: 1 });

    // Totals across roles: 3 AEs + 2 SDRs = 5.0000 heads, all ramped; the hire started before the year.
    expect(body.totals.months[0]).toEqual({
      month: "2027-01",
      heads: "5.0000",
      rampedHeads: "5.0000",
      starts: 0,
    });
    expect(body.totals).toMatchObject({ hires: 1, currentHeads: 4 });
    expect(body.totals.requisitions).toEqual(sdr.hires);
  });

  it("the AE figures do not move when the old AE-only fields become an explicit ae role beside an SE overlay role", async () => {
    const legacy = await insertTestScenario(env.db, env.fixture, { name: "legacy" });
    const explicit = await insertTestScenario(env.db, env.fixture, {
      name: "explicit",
      assumptions: withRoles([
        {
          role: "se",
          driver: "overlay",
          productivity: "50000",
          attrition: "0.1",
          hiringLeadMonths: 2,
          utilisation: "0.9",
        },
        {
          role: "ae",
          driver: "quota",
          productivity: "10000",
          attrition: "0.15",
          hiringLeadMonths: 3,
          utilisation: "0.85",
        },
      ]),
    });
    const before = await capacityOf(legacy.scenarioId);
    const after = await capacityOf(explicit.scenarioId);
    // The figures of the AE-only test in routes/planning-analysis.db.test.ts.
    expect([before.totalCapacity, before.hires.map((h: { count: number }) => h.count)]).toEqual([
      "417329.60",
      [2],
    ]);
    expect(before.roles.map((r: { role: string }) => r.role)).toEqual(["ae"]);
    const aeFigures = (body: Record<string, unknown>) => {
      const { scenarioId: _id, roles: _roles, totals: _totals, ...figures } = body;
      return figures;
    };
    expect(aeFigures(after)).toEqual(aeFigures(before));
    const { sensitivity: _s, ...aeRole } = before.roles[0];
    expect(after.roles[1]).toMatchObject(aeRole);
    // The SE (no SE in the fixture) supports the whole 400,000 target alone: it needs hires of its own.
    expect(after.roles[0]).toMatchObject({ role: "se", driver: "overlay", unit: "amount", currentHeads: 0 });
    expect(after.roles[0].totalTarget).toBe("400000.00");
    expect(after.roles[0].hires.length).toBeGreaterThan(0);
  });

  it("stored roles that break a rule are a 422 naming the role's own index: roles[1].utilisation", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture, {
      assumptions: withRoles([steadyAe, { ...sdrPerTwoAes, utilisation: "1.5" }]),
    });
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/capacity`);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      {
        path: "capacity.roles[1].utilisation",
        message: "The utilisation of role sdr must be at most 1, got 1.5",
      },
    ]);
  });

  it("a stored coverage of a role that is not planned is a 422 naming roles[1].coverage.of, not a crash", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture, {
      assumptions: withRoles([steadyAe, { ...sdrPerTwoAes, coverage: { of: "se", ratio: "2" } }]),
    });
    const admin = await env.signedIn("admin");
    const response = await admin.get(`/api/planning/scenarios/${scenarioId}/capacity`);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      {
        path: "capacity.roles[1].coverage.of",
        message: "Role sdr covers se, which is not a quota or overlay role of the plan",
      },
    ]);
  });
});

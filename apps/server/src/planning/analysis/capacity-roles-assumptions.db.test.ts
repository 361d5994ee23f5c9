import { describe, expect, it } from "vitest";
import type { CapacityRoleAssumption } from "../schemas";
import { testAssumptions } from "../test-support/planning-assumptions";
import { usePlanningFixture } from "../test-support/use-planning-fixture";

// PUT …/assumptions with capacity roles, over the planning fixture (a FY2028 plan made from its data).
const env = usePlanningFixture();

const ae: CapacityRoleAssumption = {
  role: "ae",
  driver: "quota",
  productivity: "12000",
  attrition: "0.2",
  hiringLeadMonths: 2,
  utilisation: "0.9",
};
const sdr: CapacityRoleAssumption = {
  role: "sdr",
  driver: "coverage",
  coverage: { of: "ae", ratio: "2" },
  attrition: "0.25",
  hiringLeadMonths: 1,
  utilisation: "1",
};

async function createPlan() {
  const admin = await env.signedIn("admin");
  const created = await admin.post("/api/planning/scenarios", { name: "FY2028 plan", fiscalYear: 2028 });
  expect(created.status).toBe(201);
  return { admin, scenario: await created.json() };
}

async function putRoles(roles: CapacityRoleAssumption[]) {
  const { admin, scenario } = await createPlan();
  const assumptions = testAssumptions();
  assumptions.capacity.roles = roles;
  const response = await admin.request("PUT", `/api/planning/scenarios/${scenario.id}/assumptions`, {
    json: { baseRevision: 1, assumptions },
  });
  return { admin, scenario, response, body: await response.json() };
}

describe("capacity roles in the assumptions", () => {
  it("saved: the AE-only fields take the ae role's figures (12,000, 0.9, 0.2, 2 months); the roles are kept as given", async () => {
    const { response, body } = await putRoles([ae, sdr]);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.assumptions.capacity).toEqual({
      productivity: "12000",
      utilisation: "0.9",
      attrition: "0.2",
      hiringLeadMonths: 2,
      potentialCapture: "0.1",
      roles: [ae, sdr],
    });
  });

  const cases: [string, CapacityRoleAssumption[], { path: string; message: string }[]][] = [
    [
      "a negative productivity",
      [
        ae,
        {
          role: "se",
          driver: "overlay",
          productivity: "-5000",
          attrition: "0.1",
          hiringLeadMonths: 2,
          utilisation: "1",
        },
      ],
      [
        {
          path: "assumptions.capacity.roles.1.productivity",
          message: "Productivity must not be negative, got -5000.",
        },
      ],
    ],
    [
      "a coverage ratio of 0",
      [ae, { ...sdr, coverage: { of: "ae", ratio: "0" } }],
      [
        {
          path: "assumptions.capacity.roles.1.coverage.ratio",
          message: "A coverage ratio is the heads of ae one sdr covers and must be above 0, got 0.",
        },
      ],
    ],
    [
      "an unknown role",
      [ae, { ...sdr, role: "pilot" }],
      [
        {
          path: "assumptions.capacity.roles.1.role",
          message:
            "Unknown role pilot: a role is one of ae, sdr, se, csm, account_manager, manager, director, executive, sales_ops, marketing, finance, hr.",
        },
      ],
    ],
    [
      "no ae role, and a coverage of a role not planned",
      [{ ...sdr, coverage: { of: "se", ratio: "3" } }],
      [
        {
          path: "assumptions.capacity.roles",
          message: "The roles must include ae: its heads carry the target.",
        },
        {
          path: "assumptions.capacity.roles.0.coverage.of",
          message: "Role sdr covers se, which is not among the roles.",
        },
      ],
    ],
    [
      "a role twice, and a coverage role without its ratio",
      [ae, sdr, { role: "sdr", driver: "coverage", attrition: "0", hiringLeadMonths: 1, utilisation: "1" }],
      [
        { path: "assumptions.capacity.roles.2.role", message: "Role sdr is listed twice." },
        {
          path: "assumptions.capacity.roles.2.coverage",
          message: "Role sdr is planned by coverage: give the role it covers and the ratio.",
        },
      ],
    ],
  ];
  for (const [what, roles, errors] of cases)
    it(`${what}: 422 naming the field, nothing changed`, async () => {
      const { admin, scenario, response, body } = await putRoles(roles);
      expect(response.status).toBe(422);
      expect(body.errors).toEqual(errors);
      const stored = await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json();
      expect([stored.revision, stored.assumptions.capacity.roles]).toEqual([1, undefined]);
    });
});

describe("PUT …/capacity-roles", () => {
  const putCapacityRoles = (
    admin: Awaited<ReturnType<typeof env.signedIn>>,
    scenarioId: string,
    json: unknown,
  ) => admin.request("PUT", `/api/planning/scenarios/${scenarioId}/capacity-roles`, { json });

  it("adding an SDR role leaves every quota as it was (no re-allocation), bumps the revision and records it; the plan then has 2 roles", async () => {
    const { admin, scenario } = await createPlan();
    const gridBefore = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    const quotaRole = { ...ae, ...pick(scenario.assumptions.capacity) };
    const response = await putCapacityRoles(admin, scenario.id, { baseRevision: 1, roles: [quotaRole, sdr] });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.reallocated).toBe(false);
    expect(body.scenario.revision).toBe(2);
    expect(body.scenario.assumptions.capacity.roles).toEqual([quotaRole, sdr]);
    // The AE's attrition and lead time are the role's now; they do not feed the allocation.
    expect(body.scenario.assumptions.capacity).toMatchObject({ attrition: "0.2", hiringLeadMonths: 2 });
    const gridAfter = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    expect(gridAfter.rows).toEqual(gridBefore.rows);
    const events = await (await admin.get(`/api/planning/scenarios/${scenario.id}/events`)).json();
    expect(JSON.stringify(events)).toContain("capacity.roles_updated");
    const capacity = await (await admin.get(`/api/planning/scenarios/${scenario.id}/capacity`)).json();
    expect(capacity.roles.map((r: { role: string; driver: string }) => [r.role, r.driver])).toEqual([
      ["ae", "quota"],
      ["sdr", "coverage"],
    ]);
  });

  it("a new AE productivity feeds the allocation's capacity driver: the allocation is re-run", async () => {
    const { admin, scenario } = await createPlan();
    const response = await putCapacityRoles(admin, scenario.id, {
      baseRevision: 1,
      roles: [{ ...ae, productivity: "40000" }],
    });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect([body.reallocated, body.scenario.assumptions.capacity.productivity]).toEqual([true, "40000"]);
  });

  it("a coverage ratio of 0 is a 422 naming roles.1.coverage.ratio; a stale revision is a 409; nothing changed", async () => {
    const { admin, scenario } = await createPlan();
    const bad = await putCapacityRoles(admin, scenario.id, {
      baseRevision: 1,
      roles: [ae, { ...sdr, coverage: { of: "ae", ratio: "0" } }],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      {
        path: "roles.1.coverage.ratio",
        message: "A coverage ratio is the heads of ae one sdr covers and must be above 0, got 0.",
      },
    ]);
    const stale = await putCapacityRoles(admin, scenario.id, { baseRevision: 7, roles: [ae, sdr] });
    expect(stale.status).toBe(409);
    const stored = await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json();
    expect([stored.revision, stored.assumptions.capacity.roles]).toEqual([1, undefined]);
  });
});

/** The AE-only fields that feed the allocation, as the scenario has them (so that they do not change). */
function pick(capacity: { productivity: string; utilisation: string }) {
  return { productivity: capacity.productivity, utilisation: capacity.utilisation };
}

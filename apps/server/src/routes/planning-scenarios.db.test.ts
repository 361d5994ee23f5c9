import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planningScenarios, teamMemberships, teams } from "@attain/db";
import {
  fixtureSeasonality,
  testAssumptions,
  thousands,
} from "../planning/test-support/planning-assumptions";
import { usePlanningFixture } from "../planning/test-support/use-planning-fixture";

const env = usePlanningFixture();
const put = (client: Awaited<ReturnType<typeof env.signedIn>>, path: string, json: unknown) =>
  client.request("PUT", path, { json });
type Row = { nodeId: string; name: string; annual: string; months: string[]; childrenTotal: string | null };
const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

async function createPlan(name = "FY2028 plan") {
  const admin = await env.signedIn("admin");
  const created = await admin.post("/api/planning/scenarios", { name, fiscalYear: 2028 });
  expect(created.status).toBe(201);
  return { admin, scenario: await created.json() };
}

describe("creating a scenario from the workspace's data", () => {
  it("defaults: target = FY2027 net bookings 1,200,000 × 1.2 = 1,440,000; seasonality learnt from FY2027; productivity 1,200,000 ÷ (3 × 12) = 33,333.33 → 33,300", async () => {
    const { scenario } = await createPlan();
    expect(scenario).toMatchObject({
      name: "FY2028 plan",
      fiscalYear: 2028,
      measure: "bookings",
      currency: "EUR",
      status: "draft",
      planOfRecord: false,
      version: null,
      basedOnId: null,
      revision: 1,
      asOf: "2028-01-01",
      target: "1440000",
      totalQuota: "1584000.00",
      people: 4,
      createdByName: "admin",
      publishedAt: null,
    });
    expect(scenario.months).toEqual([
      "2028-01",
      "2028-02",
      "2028-03",
      "2028-04",
      "2028-05",
      "2028-06",
      "2028-07",
      "2028-08",
      "2028-09",
      "2028-10",
      "2028-11",
      "2028-12",
    ]);
    expect(scenario.assumptions.target.seasonality).toEqual({
      source: "history",
      weights: fixtureSeasonality,
    });
    expect(scenario.assumptions.capacity.productivity).toBe("33300");
    expect(scenario.assumptions.allocation).toEqual({
      weights: { history: "0.6", potential: "0", pipeline: "0.1", capacity: "0.3" },
      overAssignment: { region: "1.00", team: "1.00", person: "1.10" },
      unit: "1000",
      locked: {},
    });
    expect(scenario.assumptions.people).toEqual({
      proration: "months",
      ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] },
    });
  });

  it("the hierarchy as of 2028-01-01: company → North → Team Mia → Ana; South → Team Zoe → Ben (moved 2026-02-01), Carl, Dora (hired 2028-03-01)", async () => {
    const { admin, scenario } = await createPlan();
    const grid = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    const { fixture } = env;
    expect(
      grid.rows.map((r: { nodeId: string; depth: number; kind: string; name: string }) => [
        r.depth,
        r.kind,
        r.name,
        r.nodeId,
      ]),
    ).toEqual([
      [0, "company", "Acme Software", "company"],
      [1, "region", "North", `region:${fixture.regions.north}`],
      [2, "team", "Team Mia", `team:${fixture.teams.mia}`],
      [3, "person", "Ana Seller", `person:${fixture.people.ana}`],
      [1, "region", "South", `region:${fixture.regions.south}`],
      [2, "team", "Team Zoe", `team:${fixture.teams.zoe}`],
      [3, "person", "Ben Seller", `person:${fixture.people.ben}`],
      [3, "person", "Carl Seller", `person:${fixture.people.carl}`],
      [3, "person", "Dora Newhire", `person:${fixture.people.dora}`],
    ]);
    // Bottom-up capacity: 33,300 a month × ramped months × 0.85 — Ana 12 → 339,660.00; Dora 0 + 0.25 + 0.5 + 0.75 + 6 = 7.5 → 212,287.50.
    const rows = byName(grid.rows);
    expect(grid.rows.find((r: Row) => r.name === "Ana Seller").bottomUpCapacity).toBe("339660.00");
    expect(grid.rows.find((r: Row) => r.name === "Dora Newhire").bottomUpCapacity).toBe("212287.50");
    expect(grid.rows.find((r: Row) => r.name === "South").bottomUpCapacity).toBe("891607.50");
    // Every level reconciles: children carry exactly their total.
    for (const name of ["Acme Software", "North", "Team Mia", "South", "Team Zoe"])
      expect(grid.rows.find((r: Row) => r.name === name).unallocated).toBe("0.00");
    expect(rows["Acme Software"]?.annual).toBe("1440000.00");
    expect(grid.totals).toEqual({ target: "1440000", totalQuota: "1584000.00", overAssignment: "1.1000" });
  });

  it("a copy keeps assumptions, nodes and quotas and names its source; a copy of another fiscal year is refused", async () => {
    const { admin, scenario } = await createPlan();
    const copy = await admin.post("/api/planning/scenarios", {
      name: "Stretch",
      fiscalYear: 2028,
      copyFrom: scenario.id,
    });
    expect(copy.status).toBe(201);
    const body = await copy.json();
    expect(body).toMatchObject({
      name: "Stretch",
      basedOnId: scenario.id,
      revision: 1,
      totalQuota: "1584000.00",
      people: 4,
    });
    expect(body.assumptions).toEqual(scenario.assumptions);
    const [a, b] = await Promise.all(
      [scenario.id, body.id].map(
        async (id) => (await (await admin.get(`/api/planning/scenarios/${id}/grid`)).json()).rows,
      ),
    );
    expect(b).toEqual(a);
    const wrongYear = await admin.post("/api/planning/scenarios", {
      name: "x",
      fiscalYear: 2029,
      copyFrom: scenario.id,
    });
    expect(wrongYear.status).toBe(422);
    expect((await wrongYear.json()).errors).toEqual([
      { path: "fiscalYear", message: "The copied scenario plans FY2028, not FY2029." },
    ]);
  });

  it("rename, list (newest first), delete a draft; events record each step", async () => {
    const { admin, scenario } = await createPlan("To delete");
    const renamed = await admin.request("PATCH", `/api/planning/scenarios/${scenario.id}`, {
      json: { name: "Renamed" },
    });
    expect((await renamed.json()).name).toBe("Renamed");
    const list = await (await admin.get("/api/planning/scenarios?fiscalYear=2028")).json();
    expect(list.scenarios[0]).toMatchObject({ id: scenario.id, name: "Renamed" });
    const events = await (await admin.get(`/api/planning/scenarios/${scenario.id}/events`)).json();
    expect(events.events.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ["scenario.created", "admin"],
      ["scenario.renamed", "admin"],
    ]);
    expect((await admin.request("DELETE", `/api/planning/scenarios/${scenario.id}`)).status).toBe(204);
    expect((await admin.get(`/api/planning/scenarios/${scenario.id}`)).status).toBe(404);
  });
});

describe("assumptions", () => {
  it("history only: North 600,000 and South 600,000; people at 110%: Ana 660,000, Ben 330,000, Carl 330,000, Dora 0; months by seasonality", async () => {
    const { admin, scenario } = await createPlan();
    const response = await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, {
      baseRevision: 1,
      assumptions: testAssumptions(),
    });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ revision: 2, target: "1200000", totalQuota: "1320000.00" });
    const grid = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    const rows = byName(grid.rows);
    expect(Object.fromEntries(grid.rows.map((r: Row) => [r.name, [r.annual, r.childrenTotal]]))).toEqual({
      "Acme Software": ["1200000.00", "1200000.00"],
      North: ["600000.00", "600000.00"],
      "Team Mia": ["600000.00", "660000.00"],
      "Ana Seller": ["660000.00", null],
      South: ["600000.00", "600000.00"],
      "Team Zoe": ["600000.00", "660000.00"],
      "Ben Seller": ["330000.00", null],
      "Carl Seller": ["330000.00", null],
      "Dora Newhire": ["0.00", null],
    });
    expect(rows["Ana Seller"]?.months).toEqual(thousands(33, 33, 66, 33, 33, 66, 33, 33, 66, 66, 66, 132));
    expect(rows["Ben Seller"]?.months).toEqual(
      thousands(16.5, 16.5, 33, 16.5, 16.5, 33, 16.5, 16.5, 33, 33, 33, 66),
    );
    expect(rows["Acme Software"]?.months).toEqual(
      thousands(60, 60, 120, 60, 60, 120, 60, 60, 120, 120, 120, 240),
    );
    expect(grid.totals).toEqual({ target: "1200000", totalQuota: "1320000.00", overAssignment: "1.1000" });
  });

  it("capacity only (10,000 a month × 0.85): Ana 102,000, Ben 102,000, Carl 102,000, Dora 63,750 → North 331,000, South 869,000; Team Zoe carries 956,000 = Ben 364,000 + Carl 364,000 + Dora 228,000, ramped from April", async () => {
    const { admin, scenario } = await createPlan();
    const preview = await admin.post(`/api/planning/scenarios/${scenario.id}/allocation-preview`, {
      assumptions: testAssumptions({ weights: { history: "0", capacity: "1" } }),
    });
    expect(preview.status).toBe(200);
    const grid = await preview.json();
    const rows = byName(grid.rows);
    expect(Object.fromEntries(grid.rows.map((r: Row) => [r.name, r.annual]))).toEqual({
      "Acme Software": "1200000.00",
      North: "331000.00",
      "Team Mia": "331000.00",
      "Ana Seller": "364000.00",
      South: "869000.00",
      "Team Zoe": "869000.00",
      "Ben Seller": "364000.00",
      "Carl Seller": "364000.00",
      "Dora Newhire": "228000.00",
    });
    expect(rows["Team Zoe"]?.childrenTotal).toBe("956000.00");
    // Dora: seasonality × (ramp × availability) 0, 0, 0, 0.0125, 0.025, 0.075, 0.05, 0.05, 0.1, 0.1, 0.1, 0.2 (Σ 0.7125).
    expect(rows["Dora Newhire"]?.months).toEqual(thousands(0, 0, 0, 4, 8, 24, 16, 16, 32, 32, 32, 64));
    // A preview stores nothing.
    const after = await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json();
    expect(after).toMatchObject({ revision: 1, totalQuota: "1584000.00" });
  });

  it("a transfer of half of Ana's quota to Ben from July: 16,500 + 16,500 + 33,000 + 33,000 + 33,000 + 66,000 = 198,000 moves, up to (not including) the company", async () => {
    const { admin, scenario } = await createPlan();
    const { ana, ben } = env.fixture.people;
    const assumptions = testAssumptions();
    assumptions.transfers = [
      {
        fromNodeId: `person:${ana}`,
        toNodeId: `person:${ben}`,
        effectiveMonth: "2028-07",
        share: "0.5",
        reason: "Account move",
      },
    ];
    const response = await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, {
      baseRevision: 1,
      assumptions,
    });
    expect(response.status).toBe(200);
    const grid = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
    const rows = byName(grid.rows);
    expect(rows["Ana Seller"]?.months).toEqual(thousands(33, 33, 66, 33, 33, 66, 16.5, 16.5, 33, 33, 33, 66));
    expect(rows["Ben Seller"]?.months).toEqual(
      thousands(16.5, 16.5, 33, 16.5, 16.5, 33, 33, 33, 66, 66, 66, 132),
    );
    expect(
      Object.fromEntries(grid.rows.map((r: Row) => [r.name, [r.annual, r.childrenTotal]])),
    ).toMatchObject({
      "Acme Software": ["1200000.00", "1200000.00"],
      North: ["402000.00", "402000.00"],
      "Team Mia": ["402000.00", "462000.00"],
      "Ana Seller": ["462000.00", null],
      South: ["798000.00", "798000.00"],
      "Team Zoe": ["798000.00", "858000.00"],
      "Ben Seller": ["528000.00", null],
    });
    for (const row of grid.rows) if (row.unallocated !== null) expect(row.unallocated).toBe("0.00");
  });

  it("a stale revision is a 409 with the current one, and changes nothing", async () => {
    const { admin, scenario } = await createPlan();
    await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, {
      baseRevision: 1,
      assumptions: testAssumptions(),
    });
    const stale = await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, {
      baseRevision: 1,
      assumptions: testAssumptions({ annual: "2000000" }),
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ title: "Stale revision", currentRevision: 2 });
    expect(await (await admin.get(`/api/planning/scenarios/${scenario.id}`)).json()).toMatchObject({
      revision: 2,
      target: "1200000",
    });
  });
});

describe("bad input: 422 naming the field, nothing changed", () => {
  const cases: [
    string,
    (a: ReturnType<typeof testAssumptions>) => void,
    { path: string; message: string }[],
  ][] = [
    [
      "a negative target",
      (a) => {
        a.target.annual = "-1000";
      },
      [{ path: "assumptions.target.annual", message: "The target must not be negative, got -1000." }],
    ],
    [
      "driver weights that sum to zero",
      (a) => {
        a.allocation.weights = { history: "0", potential: "0", pipeline: "0", capacity: "0" };
      },
      [
        {
          path: "assumptions.allocation.weights",
          message: "The driver weights sum to zero: give at least one driver a weight above 0.",
        },
      ],
    ],
    [
      "entered seasonality that does not sum to 1",
      (a) => {
        a.target.seasonality = { source: "entered", weights: [...fixtureSeasonality.slice(0, 11), "0.1"] };
      },
      [
        {
          path: "assumptions.target.seasonality.weights",
          message: "The seasonality weights must sum to exactly 1, they sum to 0.900000.",
        },
      ],
    ],
    [
      "a ramp share over 100%",
      (a) => {
        a.people.ramp.values = ["0", "0.5", "1.2"];
      },
      [
        {
          path: "assumptions.people.ramp.values.2",
          message: "A ramp share must be between 0 and 1 (0–100%), got 1.2.",
        },
      ],
    ],
    [
      "over-assignment outside 0.5–3 and a unit of 0",
      (a) => {
        a.allocation.overAssignment.person = "3.5";
        a.allocation.unit = "0";
      },
      [
        {
          path: "assumptions.allocation.overAssignment.person",
          message: "Over-assignment must be between 0.5 and 3, got 3.5.",
        },
        { path: "assumptions.allocation.unit", message: "The rounding unit must be above 0, got 0." },
      ],
    ],
    [
      "a transfer to an unknown node",
      (a) => {
        a.transfers = [
          {
            fromNodeId: "person:nobody",
            toNodeId: "team:nowhere",
            effectiveMonth: "2028-07",
            share: "0.5",
            reason: "x",
          },
        ];
      },
      [
        {
          path: "assumptions.transfers.0.fromNodeId",
          message: "No person node person:nobody in this scenario: quota moves between people.",
        },
        {
          path: "assumptions.transfers.0.toNodeId",
          message: "No person node team:nowhere in this scenario: quota moves between people.",
        },
      ],
    ],
  ];
  for (const [what, breakIt, errors] of cases)
    it(what, async () => {
      const { admin, scenario } = await createPlan();
      const before = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
      const assumptions = testAssumptions();
      breakIt(assumptions);
      const response = await put(admin, `/api/planning/scenarios/${scenario.id}/assumptions`, {
        baseRevision: 1,
        assumptions,
      });
      expect(response.status).toBe(422);
      expect((await response.json()).errors).toEqual(errors);
      const preview = await admin.post(`/api/planning/scenarios/${scenario.id}/allocation-preview`, {
        assumptions,
      });
      expect(preview.status).toBe(422);
      expect(await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json()).toEqual(before);
    });

  it("a hierarchy with a cycle of teams: 422 naming the team, no scenario created", async () => {
    const { database, fixture } = env;
    const setParent = (id: string, parentTeamId: string | null) =>
      database.db.update(teams).set({ parentTeamId }).where(eq(teams.id, id));
    await setParent(fixture.teams.mia, fixture.teams.zoe);
    await setParent(fixture.teams.zoe, fixture.teams.mia);
    try {
      const admin = await env.signedIn("admin");
      const count = async () =>
        (
          await database.db
            .select()
            .from(planningScenarios)
            .where(eq(planningScenarios.workspaceId, fixture.workspaceId))
        ).length;
      const before = await count();
      const response = await admin.post("/api/planning/scenarios", { name: "Cyclic", fiscalYear: 2028 });
      expect(response.status).toBe(422);
      expect((await response.json()).errors).toEqual([
        {
          path: `hierarchy.team:${fixture.teams.mia}.parentTeamId`,
          message:
            "Teams form a cycle: Team Mia → Team Zoe → Team Mia. A team cannot be its own parent, directly or not.",
        },
      ]);
      expect(await count()).toBe(before);
    } finally {
      await setParent(fixture.teams.mia, null);
      await setParent(fixture.teams.zoe, null);
    }
  });

  it("a rep in two teams on the same date: 422 naming both teams", async () => {
    const { database, fixture } = env;
    const [extra] = await database.db
      .insert(teamMemberships)
      .values({
        workspaceId: fixture.workspaceId,
        personId: fixture.people.carl,
        teamId: fixture.teams.mia,
        validFrom: "2027-06-01",
      })
      .returning({ id: teamMemberships.id });
    try {
      const admin = await env.signedIn("admin");
      const response = await admin.post("/api/planning/scenarios", { name: "Two teams", fiscalYear: 2028 });
      expect(response.status).toBe(422);
      expect((await response.json()).errors).toEqual([
        {
          path: `hierarchy.person:${fixture.people.carl}.teamMemberships`,
          message:
            "Carl Seller is in two teams on 2028-01-01: Team Zoe and Team Mia. A person can belong to one team at a time.",
        },
      ]);
    } finally {
      await database.db.delete(teamMemberships).where(and(eq(teamMemberships.id, extra!.id)));
    }
  });
});

describe("who may do what", () => {
  it("reps and marketing get 403; HR and viewers read but do not write; managers do not create", async () => {
    const { scenario } = await createPlan();
    for (const who of ["ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      expect((await client.get("/api/planning/scenarios")).status).toBe(403);
      expect((await client.get(`/api/planning/scenarios/${scenario.id}`)).status).toBe(403);
      expect((await client.get(`/api/planning/scenarios/${scenario.id}/grid`)).status).toBe(403);
    }
    for (const who of ["hr", "viewer"] as const) {
      const client = await env.signedIn(who);
      expect((await client.get(`/api/planning/scenarios/${scenario.id}`)).status).toBe(200);
      expect(
        (await (await client.get(`/api/planning/scenarios/${scenario.id}/grid`)).json()).rows,
      ).toHaveLength(9);
      expect((await client.post("/api/planning/scenarios", { name: "x", fiscalYear: 2028 })).status).toBe(
        403,
      );
      expect(
        (
          await put(client, `/api/planning/scenarios/${scenario.id}/assumptions`, {
            baseRevision: 1,
            assumptions: testAssumptions(),
          })
        ).status,
      ).toBe(403);
    }
    const mia = await env.signedIn("mia");
    expect((await mia.post("/api/planning/scenarios", { name: "x", fiscalYear: 2028 })).status).toBe(403);
    expect(
      (await mia.post(`/api/planning/scenarios/${scenario.id}/publish`, { baseRevision: 1 })).status,
    ).toBe(403);
  });
});

describe("API description", () => {
  it("lists the planning routes in the OpenAPI document", async () => {
    const admin = await env.signedIn("admin");
    const doc = await (await admin.get("/api/openapi.json")).json();
    for (const path of [
      "/api/planning/scenarios",
      "/api/planning/scenarios/{id}",
      "/api/planning/scenarios/{id}/assumptions",
      "/api/planning/scenarios/{id}/allocation-preview",
      "/api/planning/scenarios/{id}/grid",
      "/api/planning/scenarios/{id}/publish",
      "/api/planning/scenarios/{id}/events",
      "/api/planning/scenarios/{id}/submissions",
      "/api/planning/scenarios/{id}/submissions/{nodeId}/approve",
      "/api/planning/versions",
      "/api/planning/my-quota",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});

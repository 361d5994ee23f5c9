import { describe, expect, it } from "vitest";
import { useTerritoryFixture } from "../territories/test-support/use-territory-fixture";

const env = useTerritoryFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;
type Territory = {
  id: string;
  key: string;
  parentId: string | null;
  owners: unknown[];
  load: { accounts: number; potential: string; workload: number };
};
const put = (client: Client, path: string, json: unknown) => client.request("PUT", path, { json });
const patch = (client: Client, path: string, json: unknown) => client.request("PATCH", path, { json });
const byKey = (plan: { territories: Territory[] }) =>
  Object.fromEntries(plan.territories.map((t) => [t.key, t]));

async function seeded(name = "FY2027") {
  const admin = await env.signedIn("admin");
  const created = await admin.post("/api/territories/plans", { name, effectiveFrom: "2027-01-01" });
  expect(created.status).toBe(201);
  return { admin, plan: await created.json() };
}

describe("a plan seeded from ownership", () => {
  it("regions → teams → one territory per owner, rules by the region's country, owned accounts assigned", async () => {
    const { plan } = await seeded();
    const { people, accounts } = env.fixture;
    expect(plan).toMatchObject({
      name: "FY2027",
      status: "draft",
      planOfRecord: false,
      version: null,
      effectiveFrom: "2027-01-01",
      currency: "EUR",
      revision: 1,
      accounts: 6,
      assigned: 4,
      gaps: 1,
      overlaps: 0,
    });
    const t = byKey(plan);
    // Parents before children; regions in the order their first owner (by name) appears.
    expect(plan.territories.map((x: Territory & { level: string }) => [x.key, x.level])).toEqual([
      ["FR", "region"],
      ["T-FR", "area"],
      ["ana", "territory"],
      ["ben", "territory"],
      ["DE", "region"],
      ["T-DE", "area"],
      ["carl", "territory"],
    ]);
    expect(t.ana).toMatchObject({
      parentId: t["T-FR"]!.id,
      rules: [{ countryCodes: ["FR"] }],
      owners: [
        {
          personId: people.ana,
          personName: "Ana Seller",
          role: "primary",
          validFrom: "2027-01-01",
          validTo: null,
        },
      ],
      // Alpha 1000.00 + Bravo 500.00; no tier segmentation set yet: 2 × 4 default visits.
      load: { accounts: 2, potential: "1500.00", workload: 8 },
    });
    // France rolls up Ana 1500.00 + Ben 250.50 = 1750.50.
    expect(t.FR!.load).toEqual({ accounts: 3, potential: "1750.50", workload: 12 });
    const coverage = await (
      await (await env.signedIn("hr")).get(`/api/territories/plans/${plan.id}/coverage`)
    ).json();
    expect(coverage.gaps).toEqual([
      { accountId: accounts.foxtrot, name: "Foxtrot", countryCode: "ES", regionId: null },
    ]);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.unassigned).toBe(2);
    expect(coverage.noCoordinates).toEqual({
      count: 1,
      accounts: [{ accountId: accounts.echo, name: "Echo" }],
    });
  });

  it("the tier segmentation sets workload: Alpha A 12 + Bravo B 6 = 18 visits for Ana", async () => {
    const { admin, plan } = await seeded("Tiered");
    const settings = {
      tierSegmentation: "Tier",
      visitsPerYearByTier: { A: 12, B: 6, C: 4 },
      defaultVisitsPerYear: 2,
    };
    const updated = await patch(admin, `/api/territories/plans/${plan.id}`, { baseRevision: 1, settings });
    expect(updated.status).toBe(200);
    const body = await updated.json();
    expect(body.revision).toBe(2);
    expect(byKey(body).ana!.load).toEqual({ accounts: 2, potential: "1500.00", workload: 18 });
    const list = await (await admin.get(`/api/territories/plans/${plan.id}/accounts?q=ALPHA`)).json();
    expect(list).toEqual({
      total: 1,
      accounts: [
        expect.objectContaining({
          externalId: "alpha",
          tier: "A",
          potential: "1000.00",
          workload: 12,
          territoryId: byKey(body).ana!.id,
          source: "rule",
          locked: false,
          ownerId: env.fixture.people.ana,
          latitude: 48.8566,
          longitude: 2.3522,
        }),
      ],
    });
    const stale = await patch(admin, `/api/territories/plans/${plan.id}`, { baseRevision: 1, name: "Late" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ title: "Stale revision", currentRevision: 2 });
  });

  it("apply-rules assigns Echo (DE) to Carl; Foxtrot (ES) stays a gap", async () => {
    const { admin, plan } = await seeded("Rules");
    const response = await admin.post(`/api/territories/plans/${plan.id}/apply-rules`, {
      baseRevision: 1,
      scope: "unassigned",
    });
    expect(response.status).toBe(200);
    const { plan: after, coverage } = await response.json();
    expect(after).toMatchObject({ revision: 2, assigned: 5, gaps: 1 });
    // Carl: Delta 2000.00 + Echo 300.00.
    expect(byKey(after).carl!.load.potential).toBe("2300.00");
    expect(coverage.unassigned).toBe(1);
  });
});

describe("editing a draft", () => {
  it("moves an account by hand, and refuses a parent territory by path", async () => {
    const { admin, plan } = await seeded("Moves");
    const t = byKey(plan);
    const { accounts } = env.fixture;
    const bad = await admin.post(`/api/territories/plans/${plan.id}/moves`, {
      baseRevision: 1,
      moves: [
        { accountId: accounts.charlie, territoryId: t.ana!.id },
        { accountId: accounts.bravo, territoryId: t["T-FR"]!.id },
      ],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      {
        path: "moves[1].territoryId",
        message: "T-FR has territories below it: accounts go to leaf primary territories",
      },
    ]);
    const moved = await admin.post(`/api/territories/plans/${plan.id}/moves`, {
      baseRevision: 1,
      moves: [{ accountId: accounts.charlie, territoryId: t.ana!.id, locked: true }],
    });
    expect(moved.status).toBe(200);
    // Ana: 1000.00 + 500.00 + 250.50; Ben none.
    expect(byKey(await moved.json()).ana!.load.potential).toBe("1750.50");
    const events = await (await admin.get(`/api/territories/plans/${plan.id}/events`)).json();
    expect(events.events.map((e: { action: string }) => e.action)).toEqual([
      "plan.created",
      "accounts.moved",
    ]);
    const compare = await (
      await admin.get(`/api/territories/compare?base=${plan.id}&other=${plan.id}`)
    ).json();
    expect(compare).toMatchObject({ moved: 0, movedPotential: "0.00" });
  });

  it("a copy keeps keys, owners and assignments; compare counts Charlie 250.50 moved", async () => {
    const { admin, plan } = await seeded("Base");
    const copy = await (
      await admin.post("/api/territories/plans", {
        name: "Copy",
        effectiveFrom: "2027-01-01",
        copyFrom: plan.id,
      })
    ).json();
    expect(copy).toMatchObject({ basedOnId: plan.id, assigned: 4 });
    expect(copy.territories.map((t: Territory) => t.key)).toEqual(
      plan.territories.map((t: Territory) => t.key),
    );
    await admin.post(`/api/territories/plans/${copy.id}/moves`, {
      baseRevision: 1,
      moves: [{ accountId: env.fixture.accounts.charlie, territoryId: byKey(copy).ana!.id }],
    });
    const compare = await (
      await admin.get(`/api/territories/compare?base=${plan.id}&other=${copy.id}`)
    ).json();
    expect(compare).toMatchObject({ moved: 1, movedPotential: "250.50" });
    expect(compare.other.metrics.territories).toHaveLength(3);
  });

  it("PUT territories: a cycle, an unknown parent and an account named in two are 422 by path; nothing written", async () => {
    const { admin, plan } = await seeded("Hierarchy");
    const { alpha } = env.fixture.accounts;
    const territory = (key: string, parentKey: string | null, extra = {}) => ({
      key,
      name: key,
      parentKey,
      level: "territory",
      ...extra,
    });
    const response = await put(admin, `/api/territories/plans/${plan.id}/territories`, {
      baseRevision: 1,
      territories: [
        territory("A", "B"),
        territory("B", "A"),
        territory("C", "NOPE"),
        territory("FR-1", null, { namedAccountIds: [alpha] }),
        territory("FR-2", null, { namedAccountIds: [alpha] }),
      ],
    });
    expect(response.status).toBe(422);
    const paths = (await response.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["territories[2].parentKey", "territories[4].namedAccountIds[0]"]),
    );
    expect(
      paths.some((p: string) => p === "territories[0].parentKey" || p === "territories[1].parentKey"),
    ).toBe(true);
    const after = await (await admin.get(`/api/territories/plans/${plan.id}`)).json();
    expect(after.revision).toBe(1);
    expect(after.territories).toHaveLength(7);
  });

  it("PUT territories: kept keys keep their accounts, named accounts are locked in, the rest are unassigned", async () => {
    const { admin, plan } = await seeded("Replace");
    const { accounts, people } = env.fixture;
    const response = await put(admin, `/api/territories/plans/${plan.id}/territories`, {
      baseRevision: 1,
      territories: [
        { key: "EU", name: "Europe", parentKey: null, level: "region" },
        {
          key: "ana",
          name: "Ana",
          parentKey: "EU",
          level: "territory",
          rules: [{ countryCodes: ["FR"] }],
          owners: [{ personId: people.ana }],
        },
        {
          key: "ES",
          name: "Spain",
          parentKey: "EU",
          level: "territory",
          namedAccountIds: [accounts.foxtrot],
        },
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    // Ana keeps Alpha and Bravo; Charlie (Ben's) and Delta (Carl's) lose their territory; Foxtrot is named into ES.
    expect(body).toMatchObject({ revision: 2, assigned: 3 });
    expect(body.territories).toHaveLength(3);
    expect(byKey(body).ES).toMatchObject({
      namedAccountIds: [accounts.foxtrot],
      load: { accounts: 1, potential: "100.00" },
    });
    expect(byKey(body).ana!.owners).toEqual([
      {
        personId: people.ana,
        personName: "Ana Seller",
        role: "primary",
        validFrom: "2027-01-01",
        validTo: null,
      },
    ]);
  });

  it("the map lists leaf territories and located accounts", async () => {
    const { plan } = await seeded("Map");
    const map = await (
      await (await env.signedIn("viewer")).get(`/api/territories/plans/${plan.id}/map`)
    ).json();
    expect(map.countries).toEqual(["DE", "ES", "FR"]);
    expect(map.territories.map((t: { key: string }) => t.key)).toEqual(["ana", "ben", "carl"]);
    expect(map.accounts).toHaveLength(5);
    expect(map.withoutCoordinates).toBe(1);
  });

  it("deletes a draft", async () => {
    const { admin, plan } = await seeded("Gone");
    expect((await admin.request("DELETE", `/api/territories/plans/${plan.id}`)).status).toBe(204);
    expect((await admin.get(`/api/territories/plans/${plan.id}`)).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("declares every territory route", async () => {
    const doc = await (await (await env.signedIn("viewer")).get("/api/openapi.json")).json();
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith("/api/territories"))
        .sort(),
    ).toEqual([
      "/api/territories/accounts/{accountId}/history",
      "/api/territories/compare",
      "/api/territories/optimisations/{id}",
      "/api/territories/optimisations/{id}/apply",
      "/api/territories/plans",
      "/api/territories/plans/{id}",
      "/api/territories/plans/{id}/accounts",
      "/api/territories/plans/{id}/apply-rules",
      "/api/territories/plans/{id}/coverage",
      "/api/territories/plans/{id}/events",
      "/api/territories/plans/{id}/map",
      "/api/territories/plans/{id}/moves",
      "/api/territories/plans/{id}/optimisations",
      "/api/territories/plans/{id}/publish",
      "/api/territories/plans/{id}/territories",
      "/api/territories/route",
    ]);
  });
});

describe("who may do what", () => {
  it("planners write; manager, HR and viewer read; rep and marketing get 403", async () => {
    const { plan } = await seeded("Access");
    for (const who of ["mia", "hr", "viewer"] as const) {
      const client = await env.signedIn(who);
      expect((await client.get("/api/territories/plans")).status).toBe(200);
      expect((await client.get(`/api/territories/plans/${plan.id}`)).status).toBe(200);
      expect(
        (await client.post("/api/territories/plans", { name: "X", effectiveFrom: "2027-01-01" })).status,
      ).toBe(403);
      expect(
        (
          await client.post(`/api/territories/plans/${plan.id}/apply-rules`, {
            baseRevision: 1,
            scope: "all",
          })
        ).status,
      ).toBe(403);
    }
    for (const who of ["ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      expect((await client.get("/api/territories/plans")).status).toBe(403);
      expect((await client.get(`/api/territories/plans/${plan.id}/coverage`)).status).toBe(403);
    }
    const finance = await env.signedIn("finance");
    expect(
      (await patch(finance, `/api/territories/plans/${plan.id}`, { baseRevision: 1, name: "Renamed" }))
        .status,
    ).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import type { RoutingRecord } from "../types";
import { hierarchy, owner } from "./coverage-fixtures";
import { routeRecords } from "./route-records";

const record = (id: string, fields: Partial<Omit<RoutingRecord, "id">> = {}): RoutingRecord => ({
  id,
  accountId: fields.accountId ?? null,
  countryCode: fields.countryCode ?? null,
  regionId: fields.regionId ?? null,
  postalCode: fields.postalCode ?? null,
  industry: fields.industry ?? null,
  employees: fields.employees ?? null,
  tier: fields.tier ?? null,
});

// FR-PARIS: anne from 2026-01-01 and bob until 2026-07-01 (both on 2026-03-01: bob started first);
// FR-REST has nobody; FR-SPEC's specialist; UK-ENT: eve, with ovi as its overlay; KEY-A: kim.
const owners = [
  owner("FR-PARIS", "anne", "2026-01-01"),
  owner("FR-PARIS", "bob", "2025-06-01", "2026-07-01"),
  owner("FR-SPEC", "spec", "2026-01-01", null, "overlay"),
  owner("UK-ENT", "eve", "2024-01-01"),
  owner("UK-ENT", "ovi", "2024-01-01", null, "overlay"),
  owner("KEY-A", "kim", "2026-01-01"),
];
const context = {
  territories: hierarchy,
  owners,
  accountTerritories: { bolt: "FR-PARIS" },
  asOf: "2026-03-01",
};
const route = (...records: RoutingRecord[]) => routeRecords(records, context);

describe("routeRecords", () => {
  it("a record of an existing account goes to the account's territory, whatever the rules say", () => {
    expect(
      route(record("r1", { accountId: "bolt", countryCode: "FR", postalCode: "75008", industry: "Energy" })),
    ).toEqual([
      {
        recordId: "r1",
        territoryId: "FR-PARIS",
        ownerId: "bob",
        overlayOwnerIds: ["spec"],
        reason: "account territory",
        trace: [
          "account bolt is in FR-PARIS",
          "owner bob: the earliest of 2 primary owners of FR-PARIS on 2026-03-01",
          "overlay FR-SPEC (Energy specialists) by rule 1 [country fr; industry Energy]",
        ],
      },
    ]);
  });

  it("a new lead is matched by the rules; validTo is exclusive (on 2026-07-01 only anne owns FR-PARIS)", () => {
    const lead = record("r2", { countryCode: "FR", postalCode: "75001" });
    expect(route(lead)[0]).toMatchObject({ territoryId: "FR-PARIS", ownerId: "bob", reason: "rule" });
    expect(routeRecords([lead], { ...context, asOf: "2026-07-01" })[0]).toMatchObject({ ownerId: "anne" });
    expect(routeRecords([lead], { ...context, asOf: "2026-06-30" })[0]).toMatchObject({ ownerId: "bob" });
  });

  it("a territory without a primary owner on asOf → no owner, the territory kept; overlays still listed", () => {
    expect(route(record("r3", { countryCode: "FR", postalCode: "69001", industry: "energy" }))).toEqual([
      {
        recordId: "r3",
        territoryId: "FR-REST",
        ownerId: null,
        overlayOwnerIds: ["spec"],
        reason: "no owner",
        trace: [
          "FR-REST (France other) by rule 1 [country FR], priority 0",
          "FR-REST has no primary owner on 2026-03-01",
          "overlay FR-SPEC (Energy specialists) by rule 1 [country fr; industry Energy]",
        ],
      },
    ]);
  });

  it("overlay owners: the territory's overlay-role owners, then the owners of its overlay territories", () => {
    expect(
      route(record("r4", { countryCode: "GB", postalCode: "M1", employees: 2000, tier: "A" }))[0],
    ).toEqual({
      recordId: "r4",
      territoryId: "UK-ENT",
      ownerId: "eve",
      overlayOwnerIds: ["ovi", "kim"],
      reason: "rule",
      trace: [
        "UK-ENT (UK enterprise) by rule 1 [country GB; employees ≥ 1000], priority 5",
        "owner eve, primary owner of UK-ENT on 2026-03-01",
        "overlay KEY-A (Tier A) by rule 1 [segment A]",
      ],
    });
  });

  it("no territory, overlap, and a named account (named applies when the record carries its account id)", () => {
    expect(
      route(
        record("r5", { countryCode: "DE" }),
        record("r6", { countryCode: "GB", postalCode: "SW1A 1AA", employees: 5000 }),
        record("r7", { accountId: "acme", countryCode: "FR", postalCode: "69001" }),
        record("r8", { countryCode: "FR", postalCode: "75008" }),
      ).map((d) => [d.recordId, d.territoryId, d.ownerId, d.reason]),
    ).toEqual([
      ["r5", null, null, "no territory"],
      ["r6", null, null, "overlap"],
      ["r7", "FR-PARIS", "bob", "named"],
      ["r8", "FR-PARIS", "bob", "rule"],
    ]);
  });

  it("an account whose recorded territory is not a primary leaf of the plan is routed by the rules", () => {
    const [decision] = routeRecords(
      [record("r9", { accountId: "bolt", countryCode: "FR", postalCode: "75008" })],
      {
        ...context,
        accountTerritories: { bolt: "FR" },
      },
    );
    expect(decision?.territoryId).toBe("FR-REST");
    expect(decision?.trace.slice(0, 3)).toEqual([
      "account bolt is in FR, not a primary leaf of this plan: routed by the rules",
      "excluded from FR-PARIS (Paris), which matches by rule 1 [country FR; postal 75…, 92…]",
      "FR-REST (France other) by rule 1 [country FR], priority 0",
    ]);
  });

  it("throws a TerritoryInputError naming each bad input", () => {
    try {
      routeRecords([record("r1"), record("r1")], {
        ...context,
        owners: [owner("NOPE", "x", "2026-01-01"), owner("FR-PARIS", "y", "2026-02-01", "2026-02-01")],
        asOf: "2026-13-01",
      });
      expect.fail("expected a TerritoryInputError");
    } catch (error) {
      expect(error).toBeInstanceOf(TerritoryInputError);
      expect((error as TerritoryInputError).issues.map((i) => [i.field, i.message])).toEqual([
        ["owners[0].territoryId", "owners[0]: NOPE is not a territory of the plan"],
        [
          "owners[1].validTo",
          "owners[1]: validTo 2026-02-01 must be after validFrom 2026-02-01 (it is exclusive)",
        ],
        ["asOf", 'asOf "2026-13-01" is not a date (YYYY-MM-DD)'],
        ["records[1].id", "Record r1 is listed twice (records[0] and records[1])"],
      ]);
    }
  });
});

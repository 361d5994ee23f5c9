import { describe, expect, it } from "vitest";
import type { Territory } from "../../api/territory-types";
import { buildTerritoryTree, leafPrimaryTerritories } from "./build-territory-tree";

const node = (
  id: string,
  parentId: string | null,
  level: Territory["level"],
  extra: Partial<Territory> = {},
): Territory => ({
  id,
  key: id.toUpperCase(),
  name: id,
  parentId,
  level,
  kind: "primary",
  priority: 0,
  rules: [],
  namedAccountIds: [],
  baseLatitude: null,
  baseLongitude: null,
  targetShare: null,
  maxAccounts: null,
  maxWorkload: null,
  owners: [],
  load: { accounts: 0, potential: "0.00", workload: 0 },
  ...extra,
});

const plan = [
  node("fr-paris", "fr-north", "territory"),
  node("europe", null, "region"),
  node("fr-north", "europe", "area"),
  node("fr-lille", "fr-north", "territory"),
  node("de", "europe", "area"),
  node("specialists", "europe", "territory", { kind: "overlay" }),
];

describe("buildTerritoryTree", () => {
  it("lists depth first with siblings by name: europe › de, fr-north › fr-lille, fr-paris, specialists", () => {
    expect(buildTerritoryTree(plan).map((r) => [r.territory.id, r.depth, r.leaf])).toEqual([
      ["europe", 0, false],
      ["de", 1, true],
      ["fr-north", 1, false],
      ["fr-lille", 2, true],
      ["fr-paris", 2, true],
      ["specialists", 1, true],
    ]);
  });
  it("shows a node whose parent is missing at the top instead of losing it", () => {
    const rows = buildTerritoryTree([node("orphan", "gone", "territory")]);
    expect(rows.map((r) => [r.territory.id, r.depth])).toEqual([["orphan", 0]]);
  });
  it("lists every node once even around a cycle", () => {
    const rows = buildTerritoryTree([node("a", "b", "area"), node("b", "a", "area")]);
    expect(rows.map((r) => r.territory.id).sort()).toEqual(["a", "b"]);
  });
});

describe("leafPrimaryTerritories", () => {
  it("keeps the leaves that are primary: de, fr-paris, fr-lille (not the overlay, not parents)", () => {
    expect(
      leafPrimaryTerritories(plan)
        .map((t) => t.id)
        .sort(),
    ).toEqual(["de", "fr-lille", "fr-paris"]);
  });
});

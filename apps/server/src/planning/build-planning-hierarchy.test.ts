import { describe, expect, it } from "vitest";
import { buildPlanningHierarchy, type HierarchySource } from "./build-planning-hierarchy";

const person = (
  personId: string,
  name: string,
  extra: Partial<HierarchySource["carriers"][number]> = {},
) => ({
  personId,
  name,
  jobRole: "ae",
  hireDate: "2020-01-01",
  leaveDate: null,
  regionId: null,
  ...extra,
});

const source = (overrides: Partial<HierarchySource> = {}): HierarchySource => ({
  companyName: "Acme",
  regions: [{ id: "eu", name: "Europe" }],
  teams: [
    { id: "sales", name: "Sales", regionId: null, parentTeamId: null },
    { id: "fr", name: "France", regionId: "eu", parentTeamId: "sales" },
    { id: "paris", name: "Paris", regionId: "eu", parentTeamId: "fr" },
    { id: "empty", name: "Empty", regionId: "eu", parentTeamId: null },
  ],
  carriers: [
    person("ana", "Ana"),
    person("bob", "Bob", { hireDate: "2028-05-01" }),
    person("cy", "Cy", { regionId: "eu" }),
  ],
  memberships: [
    { personId: "ana", teamId: "paris", validFrom: "2020-01-01", validTo: null },
    { personId: "bob", teamId: "fr", validFrom: "2028-05-01", validTo: null },
  ],
  asOf: "2028-01-01",
  ...overrides,
});

describe("buildPlanningHierarchy", () => {
  it("regions first: a regional team under its region even when its parent team has none; nested teams of one region stay nested; empty subtrees left out", () => {
    const built = buildPlanningHierarchy(source());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.hierarchy.nodes.map((n) => [n.id, n.parentId])).toEqual([
      ["company", null],
      ["region:eu", "company"],
      ["team:fr", "region:eu"],
      ["team:paris", "team:fr"],
      ["person:ana", "team:paris"],
      // Hired in May: in the team they join on their first day.
      ["person:bob", "team:fr"],
      // No team: under their region.
      ["person:cy", "region:eu"],
    ]);
  });

  it("a cycle of parent teams is named once, with its members in order", () => {
    const built = buildPlanningHierarchy(
      source({
        teams: [
          { id: "a", name: "A", regionId: null, parentTeamId: "b" },
          { id: "b", name: "B", regionId: null, parentTeamId: "c" },
          { id: "c", name: "C", regionId: null, parentTeamId: "a" },
          { id: "d", name: "D", regionId: null, parentTeamId: "a" },
        ],
        memberships: [],
      }),
    );
    expect(built).toEqual({
      ok: false,
      problems: [
        {
          path: "hierarchy.team:a.parentTeamId",
          message: "Teams form a cycle: A → B → C → A. A team cannot be its own parent, directly or not.",
        },
      ],
    });
  });

  it("a person in two teams on the same date is refused, naming both; back-to-back memberships are not", () => {
    const built = buildPlanningHierarchy(
      source({
        memberships: [
          { personId: "ana", teamId: "paris", validFrom: "2020-01-01", validTo: null },
          { personId: "ana", teamId: "fr", validFrom: "2027-12-01", validTo: "2028-02-01" },
          { personId: "cy", teamId: "fr", validFrom: "2020-01-01", validTo: "2028-01-01" },
          { personId: "cy", teamId: "paris", validFrom: "2028-01-01", validTo: null },
        ],
      }),
    );
    expect(built).toEqual({
      ok: false,
      problems: [
        {
          path: "hierarchy.person:ana.teamMemberships",
          message:
            "Ana is in two teams on 2028-01-01: Paris and France. A person can belong to one team at a time.",
        },
      ],
    });
  });
});

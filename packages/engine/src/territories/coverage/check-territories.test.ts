import { describe, expect, it } from "vitest";
import type { TerritoryRule } from "../types";
import { checkTerritories } from "./check-territories";
import { accounts, hierarchy, territory } from "./coverage-fixtures";

const leafWith = (...rules: TerritoryRule[]) => checkTerritories([territory("L", null, { rules })]);

describe("checkTerritories", () => {
  it("the hand-built hierarchy is clean: an overlay under a primary area, an account named in a primary and an overlay", () => {
    const named = hierarchy.map((t) => (t.id === "KEY-A" ? { ...t, namedAccountIds: ["zeta", "acme"] } : t));
    expect(checkTerritories(named, new Set(accounts.map((a) => a.id)))).toEqual([]);
  });

  it("an empty plan has no issue (every account is then a gap)", () => {
    expect(checkTerritories([])).toEqual([]);
  });

  it("cycle: named in order, once", () => {
    expect(
      checkTerritories([territory("A", "B"), territory("B", "C"), territory("C", "A"), territory("D", null)]),
    ).toEqual([
      {
        code: "cycle",
        message: "The territory hierarchy has a cycle: A → B → C → A",
        territoryId: "A",
        field: "territories[0].parentId",
      },
    ]);
  });

  it("unknown_parent", () => {
    expect(checkTerritories([territory("A", "ZZ")])).toEqual([
      {
        code: "unknown_parent",
        message: "A is under ZZ, which is not a territory of the plan",
        territoryId: "A",
        field: "territories[0].parentId",
      },
    ]);
  });

  it("duplicate_territory", () => {
    expect(checkTerritories([territory("A", null), territory("A", null)])).toEqual([
      {
        code: "duplicate_territory",
        message: "A is defined twice (territories[0] and territories[1])",
        territoryId: "A",
        field: "territories[1].id",
      },
    ]);
  });

  it("named_in_two (primary territories only) and duplicate_account (twice in one list)", () => {
    const issues = checkTerritories([
      territory("R", null),
      territory("X", "R", { namedAccountIds: ["acme"] }),
      territory("Y", "R", { namedAccountIds: ["acme", "acme"] }),
      territory("O", "R", { kind: "overlay", namedAccountIds: ["acme"] }),
    ]);
    expect(issues).toEqual([
      {
        code: "named_in_two",
        message: "acme is named in X and Y",
        territoryId: "Y",
        accountId: "acme",
        field: "territories[2].namedAccountIds[0]",
      },
      {
        code: "duplicate_account",
        message: "acme is listed twice in Y's namedAccountIds",
        territoryId: "Y",
        accountId: "acme",
        field: "territories[2].namedAccountIds[1]",
      },
    ]);
  });

  it("named or excluded accounts that are not known accounts, and an account both named and excluded", () => {
    expect(
      checkTerritories(
        [territory("L", null, { namedAccountIds: ["ghost", "a"], excludedAccountIds: ["a"] })],
        new Set(["a"]),
      ),
    ).toEqual([
      {
        code: "invalid",
        message: "L: ghost is not a known account",
        territoryId: "L",
        accountId: "ghost",
        field: "territories[0].namedAccountIds[0]",
      },
      {
        code: "invalid",
        message: "a is both named in and excluded from L",
        territoryId: "L",
        accountId: "a",
        field: "territories[0].excludedAccountIds[0]",
      },
    ]);
  });

  it("an excluded account that is not a known account, and one excluded twice", () => {
    expect(
      checkTerritories(
        [territory("L", null, { excludedAccountIds: ["gone", "a", "a"] })],
        new Set(["a"]),
      ).map((i) => [i.code, i.field, i.message]),
    ).toEqual([
      ["invalid", "territories[0].excludedAccountIds[0]", "L: gone is not a known account"],
      [
        "duplicate_account",
        "territories[0].excludedAccountIds[2]",
        "a is listed twice in L's excludedAccountIds",
      ],
    ]);
  });

  it("rules, named and excluded accounts on a territory with children", () => {
    const issues = checkTerritories([
      territory("R", null, {
        rules: [{ countryCodes: ["FR"] }],
        namedAccountIds: ["a"],
        excludedAccountIds: ["b"],
      }),
      territory("L", "R"),
    ]);
    expect(issues).toEqual([
      {
        code: "bad_rule",
        message: "R has child territories (L): rules belong on leaf territories only",
        territoryId: "R",
        field: "territories[0].rules",
      },
      {
        code: "invalid",
        message: "R has child territories (L): named accounts belong on leaf territories only",
        territoryId: "R",
        accountId: "a",
        field: "territories[0].namedAccountIds",
      },
      {
        code: "invalid",
        message: "R has child territories (L): excluded accounts belong on leaf territories only",
        territoryId: "R",
        accountId: "b",
        field: "territories[0].excludedAccountIds",
      },
    ]);
  });

  it("bad_rule: employeesMin ≥ employeesMax (the band [500, 500) is empty)", () => {
    expect(leafWith({ employeesMin: 500, employeesMax: 500 })).toEqual([
      {
        code: "bad_rule",
        message: "L: employeesMin 500 must be below employeesMax 500 (the band is [min, max))",
        territoryId: "L",
        field: "territories[0].rules[0].employeesMin",
      },
    ]);
  });

  it("bad_rule: an empty list, a blank value, an unknown field, a negative bound", () => {
    const unknownField = { country: ["FR"] } as TerritoryRule;
    expect(
      leafWith({ countryCodes: [] }, { postalPrefixes: ["75", " "] }, unknownField, { employeesMax: -1 }).map(
        (i) => [i.field, i.message],
      ),
    ).toEqual([
      ["territories[0].rules[0].countryCodes", "L: countryCodes is empty: the rule would match no account"],
      ["territories[0].rules[1].postalPrefixes[1]", "L: postalPrefixes has a blank value"],
      ["territories[0].rules[2].country", 'L: unknown rule field "country"'],
      ["territories[0].rules[3].employeesMax", "L: employeesMax must be a non-negative number, got -1"],
    ]);
  });

  it("a primary territory under an overlay, bad level, kind and priority, a missing id", () => {
    const issues = checkTerritories([
      territory("O", null, { kind: "overlay" }),
      territory("P", "O"),
      { ...territory("Q", "P"), level: "zone" as never, kind: "x" as never, priority: Number.NaN },
      { ...territory("", null) },
    ]);
    expect(issues.map((i) => [i.code, i.field, i.message])).toEqual([
      ["invalid", "territories[2].level", 'Q: level must be region, area or territory, got "zone"'],
      ["invalid", "territories[2].kind", 'Q: kind must be primary or overlay, got "x"'],
      ["invalid", "territories[2].priority", "Q: priority must be a finite number, got NaN"],
      ["invalid", "territories[3].id", "territories[3] has no id"],
      [
        "invalid",
        "territories[1].kind",
        "P is a primary territory under the overlay O: primary territories cannot sit under an overlay",
      ],
    ]);
  });

  it("every issue names its territory", () => {
    const issues = checkTerritories([
      territory("A", "B"),
      territory("B", "A"),
      territory("C", "nowhere", { rules: [{ industries: [] }] }),
    ]);
    expect(issues.map((i) => i.territoryId)).toEqual(["C", "C", "A"]);
  });
});

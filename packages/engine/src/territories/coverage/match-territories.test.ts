import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import { account, accounts, hierarchy, territory } from "./coverage-fixtures";
import { matchTerritories } from "./match-territories";

const report = matchTerritories(accounts, hierarchy);
const matchOf = (id: string) => report.matches.find((m) => m.accountId === id);

describe("matchTerritories on the hand-built hierarchy", () => {
  it("a named account stays in its territory whatever the rules say (acme is in Lyon, named in FR-PARIS)", () => {
    expect(matchOf("acme")).toEqual({
      accountId: "acme",
      territoryId: "FR-PARIS",
      overlayIds: ["KEY-A"],
      reason: "named",
      candidates: ["FR-PARIS"],
      trace: [
        "named account of FR-PARIS (Paris)",
        "named overrides the rules, which give FR-REST (France other)",
        "overlay KEY-A (Tier A) by rule 1 [segment A]",
      ],
    });
  });

  it("an excluded account skips that territory: bolt (75 008) falls to FR-REST, and its energy overlay", () => {
    expect(matchOf("bolt")).toEqual({
      accountId: "bolt",
      territoryId: "FR-REST",
      overlayIds: ["FR-SPEC"],
      reason: "rule",
      candidates: ["FR-REST"],
      trace: [
        "excluded from FR-PARIS (Paris), which matches by rule 1 [country FR; postal 75…, 92…]",
        "FR-REST (France other) by rule 1 [country FR], priority 0",
        "overlay FR-SPEC (Energy specialists) by rule 1 [country fr; industry Energy]",
      ],
    });
  });

  it("the higher priority wins: cora (92100) matches FR-PARIS (10) and FR-REST (0) → FR-PARIS", () => {
    expect(matchOf("cora")?.territoryId).toBe("FR-PARIS");
    expect(matchOf("cora")?.trace).toEqual([
      "FR-PARIS (Paris) by rule 1 [country FR; postal 75…, 92…], priority 10",
      "FR-REST (France other) also matches by rule 1 [country FR], at the lower priority 0",
    ]);
  });

  it("a tie at the best priority is an overlap: dune (SW1A, 5,000 staff) matches UK-LDN and UK-ENT at 5", () => {
    expect(matchOf("dune")).toEqual({
      accountId: "dune",
      territoryId: null,
      overlayIds: ["KEY-A"],
      reason: "overlap",
      candidates: ["UK-LDN", "UK-ENT"],
      trace: [
        "overlap: UK-LDN (London), UK-ENT (UK enterprise) all match at priority 5",
        "overlay KEY-A (Tier A) by rule 1 [segment A]",
      ],
    });
    expect(report.overlaps).toEqual([
      { accountId: "dune", name: "dune", territoryIds: ["UK-LDN", "UK-ENT"] },
    ]);
  });

  it("employee bands: min inclusive (echo, 1,000 → UK-ENT), max exclusive (fern, 999 → UK-SMB)", () => {
    expect(matchOf("echo")?.territoryId).toBe("UK-ENT");
    expect(matchOf("fern")?.trace).toEqual([
      "UK-SMB (UK small business) by rule 1 [country GB; employees < 1000], priority 0",
    ]);
  });

  it("a rule on segments matches the tier; an account without employees never matches a band (gale)", () => {
    expect(matchOf("gale")?.trace).toEqual([
      "UK-SMB (UK small business) by rule 2 [country GB; segment C], priority 0",
    ]);
  });

  it("no primary match is a gap; a named overlay still covers it (zeta)", () => {
    expect(report.gaps).toEqual([
      { accountId: "hart", name: "hart" },
      { accountId: "zeta", name: "zeta" },
      { accountId: "iris", name: "iris" },
    ]);
    expect(matchOf("zeta")).toEqual({
      accountId: "zeta",
      territoryId: null,
      overlayIds: ["KEY-A"],
      reason: "none",
      candidates: [],
      trace: ["gap: no primary territory's rules match", "overlay KEY-A (Tier A): named account"],
    });
  });

  it("byTerritory: leaves and rolled-up parents, exact to the cent", () => {
    // FR-PARIS = acme 1000.00 + cora 99.99; FR = that + bolt 250.50; UK = echo 10.01 + fern 0 + gale 1.25;
    // EU = FR + UK = 1350.49 + 11.26; KEY = acme 1000.00 + dune 500 + zeta 40.00. dune (overlap) is in no primary.
    expect(report.byTerritory).toEqual([
      { territoryId: "EU", accounts: 6, potential: "1361.75" },
      { territoryId: "FR", accounts: 3, potential: "1350.49" },
      { territoryId: "FR-PARIS", accounts: 2, potential: "1099.99" },
      { territoryId: "FR-REST", accounts: 1, potential: "250.50" },
      { territoryId: "FR-SPEC", accounts: 1, potential: "250.50" },
      { territoryId: "UK", accounts: 3, potential: "11.26" },
      { territoryId: "UK-LDN", accounts: 0, potential: "0.00" },
      { territoryId: "UK-ENT", accounts: 1, potential: "10.01" },
      { territoryId: "UK-SMB", accounts: 2, potential: "1.25" },
      { territoryId: "KEY", accounts: 3, potential: "1540.00" },
      { territoryId: "KEY-A", accounts: 3, potential: "1540.00" },
    ]);
  });
});

describe("matchTerritories details", () => {
  it("postal prefixes ignore case and spaces on both sides", () => {
    const ts = [territory("N", null, { rules: [{ postalPrefixes: ["sw1 a"] }] })];
    const result = matchTerritories(
      [account("a", { postalCode: " Sw1A 1aa" }), account("b", { postalCode: "SW11" })],
      ts,
    );
    expect(result.matches.map((m) => m.territoryId)).toEqual(["N", null]);
  });

  it("an account in a primary leaf and an overlay leaf of the same area counts once for the area", () => {
    const ts = [
      territory("A", null),
      territory("A-1", "A", { rules: [{ countryCodes: ["FR"] }] }),
      territory("A-X", "A", { kind: "overlay", rules: [{ countryCodes: ["FR"] }] }),
    ];
    expect(
      matchTerritories([account("a", { countryCode: "FR", potential: "10.00" })], ts).byTerritory,
    ).toEqual([
      { territoryId: "A", accounts: 1, potential: "10.00" },
      { territoryId: "A-1", accounts: 1, potential: "10.00" },
      { territoryId: "A-X", accounts: 1, potential: "10.00" },
    ]);
  });

  it("totals are exact and rounded once, half up: 0.005 + 0.005 + 0.001 = 0.011 → 0.01; 0.005 → 0.01", () => {
    const ts = [
      territory("T", null, { rules: [{ countryCodes: ["FR"] }] }),
      territory("U", null, { rules: [{ countryCodes: ["GB"] }] }),
    ];
    const result = matchTerritories(
      [
        account("a", { countryCode: "FR", potential: "0.005" }),
        account("b", { countryCode: "FR", potential: "0.005" }),
        account("c", { countryCode: "FR", potential: "0.001" }),
        account("d", { countryCode: "GB", potential: "0.005" }),
      ],
      ts,
    );
    expect(result.byTerritory.map((t) => t.potential)).toEqual(["0.01", "0.01"]);
  });

  it("no territories: every account is a gap", () => {
    const result = matchTerritories([account("a"), account("b")], []);
    expect(result.gaps.map((g) => g.accountId)).toEqual(["a", "b"]);
    expect(result.byTerritory).toEqual([]);
  });

  it("a catch-all rule ({}) matches every account, and a territory with several matching rules reports the first", () => {
    const ts = [territory("ALL", null, { rules: [{ industries: ["x"] }, {}, { industries: ["X"] }] })];
    expect(matchTerritories([account("a", { industry: "X" })], ts).matches[0]?.trace).toEqual([
      "ALL by rule 1 [industry x], priority 0",
    ]);
    expect(matchTerritories([account("b")], ts).matches[0]?.trace).toEqual([
      "ALL by rule 2 [every account], priority 0",
    ]);
  });

  it("throws a TerritoryInputError naming each bad account row and field", () => {
    const work = () =>
      matchTerritories(
        [
          account("a", { potential: "1e3" }),
          account("b", { potential: "-5.00" }),
          account("a"),
          account("c", { employees: -1 }),
        ],
        hierarchy,
      );
    expect(work).toThrow(TerritoryInputError);
    try {
      work();
    } catch (error) {
      expect((error as TerritoryInputError).issues).toEqual([
        {
          code: "not_a_decimal",
          message: 'a: potential "1e3" is not a plain decimal (e.g. "12500.00")',
          accountId: "a",
          field: "accounts[0].potential",
        },
        {
          code: "negative_amount",
          message: "b: potential -5.00 is negative",
          accountId: "b",
          field: "accounts[1].potential",
        },
        {
          code: "duplicate_account",
          message: "a is listed twice (accounts[0] and accounts[2])",
          accountId: "a",
          field: "accounts[2].id",
        },
        {
          code: "invalid",
          message: "c: employees must be a non-negative number or null, got -1",
          accountId: "c",
          field: "accounts[3].employees",
        },
      ]);
    }
  });

  it("throws when the territories have issues, before matching anything", () => {
    expect(() => matchTerritories([account("a")], [territory("A", "A")])).toThrow(
      "The territory hierarchy has a cycle: A → A",
    );
  });

  it("a potential of -0.00 is not negative", () => {
    expect(matchTerritories([account("a", { potential: "-0.00" })], []).gaps).toHaveLength(1);
  });
});

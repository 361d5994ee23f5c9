import { describe, expect, it } from "vitest";
import type { Territory } from "../../api/territory-types";
import {
  emptyRule,
  errorsForTerritory,
  fieldError,
  hierarchyWithEdit,
  readNumber,
  ruleFromForm,
  splitList,
  territoryToForm,
  validateTerritoryForm,
} from "./territory-form";

const base: Territory = {
  id: "id-fr1",
  key: "FR-1",
  name: "Paris",
  parentId: "id-fr",
  level: "territory",
  kind: "primary",
  priority: 0,
  rules: [{ countryCodes: ["FR"], postalPrefixes: ["75", "92"] }],
  namedAccountIds: ["acc-1"],
  baseLatitude: 48.86,
  baseLongitude: 2.35,
  targetShare: "0.25",
  maxAccounts: 120,
  maxWorkload: null,
  owners: [{ personId: "p1", personName: "Ana", role: "primary", validFrom: "2027-01-01", validTo: null }],
  load: { accounts: 10, potential: "1000.00", workload: 40 },
};
const parent: Territory = {
  ...base,
  id: "id-fr",
  key: "FR",
  name: "France",
  parentId: null,
  level: "region",
  rules: [],
  namedAccountIds: [],
  owners: [],
};
const keyOf = new Map([
  ["id-fr", "FR"],
  ["id-fr1", "FR-1"],
]);

describe("splitList", () => {
  it("splits on commas, semicolons and new lines, trims, drops empties and repeats", () => {
    expect(splitList(" 75, 92 ;\n93,, 75 ")).toEqual(["75", "92", "93"]);
  });
});

describe("ruleFromForm", () => {
  it("keeps only the fields filled in, countries upper-cased", () => {
    expect(
      ruleFromForm({ ...emptyRule, countryCodes: "fr, be", employeesMin: "50", employeesMax: "" }),
    ).toEqual({
      countryCodes: ["FR", "BE"],
      employeesMin: 50,
    });
  });
  it("an empty rule is no condition at all", () => expect(ruleFromForm(emptyRule)).toEqual({}));
  it("reads a decimal comma: '12,5' → 12.5", () => expect(readNumber("12,5")).toBe(12.5));
});

describe("territoryToForm → hierarchyWithEdit", () => {
  it("round-trips a territory unchanged except what the form changed", () => {
    const form = territoryToForm(base, keyOf);
    expect(form.parentKey).toBe("FR");
    expect(form.rules[0]?.postalPrefixes).toBe("75, 92");
    const edited = {
      ...form,
      maxAccounts: "150",
      rules: [{ ...emptyRule, countryCodes: "FR", postalPrefixes: "75" }],
    };
    const { territories, index } = hierarchyWithEdit([parent, base], "FR-1", edited);
    expect(index).toBe(1);
    expect(territories[1]).toEqual({
      key: "FR-1",
      name: "Paris",
      parentKey: "FR",
      level: "territory",
      kind: "primary",
      priority: 0,
      rules: [{ countryCodes: ["FR"], postalPrefixes: ["75"] }],
      namedAccountIds: ["acc-1"],
      baseLatitude: 48.86,
      baseLongitude: 2.35,
      targetShare: "0.25",
      maxAccounts: 150,
      maxWorkload: null,
      owners: [{ personId: "p1", role: "primary", validFrom: "2027-01-01", validTo: null }],
    });
    expect(territories[0]).toMatchObject({ key: "FR", parentKey: null, rules: [] });
  });
  it("adds a new territory at the end and answers its index", () => {
    const form = { ...territoryToForm(base, keyOf), key: "FR-9", name: "New" };
    const { territories, index } = hierarchyWithEdit([parent, base], null, form);
    expect(territories.map((t) => t.key)).toEqual(["FR", "FR-1", "FR-9"]);
    expect(index).toBe(2);
  });
  it("a renamed key carries its children with it", () => {
    const child: Territory = { ...base, id: "id-c", key: "FR-1-A", parentId: "id-fr1" };
    const form = { ...territoryToForm(base, keyOf), key: "FR-PARIS" };
    const { territories } = hierarchyWithEdit([parent, base, child], "FR-1", form);
    expect(territories.map((t) => [t.key, t.parentKey])).toEqual([
      ["FR", null],
      ["FR-PARIS", "FR"],
      ["FR-1-A", "FR-PARIS"],
    ]);
  });
});

describe("errorsForTerritory", () => {
  const errors = [
    {
      path: "territories[1].rules[0].countryCodes[1]",
      message: "Expected an ISO 3166 alpha-2 code, e.g. FR",
    },
    { path: "territories[1].namedAccountIds[0]", message: "named in FR-1 and FR-2" },
    { path: "territories[10].key", message: "duplicate key" },
    { path: "baseRevision", message: "stale" },
  ];
  it("reads the edited row's errors by field and keeps the others whole (territories[10] is not territories[1])", () => {
    const { fields, other } = errorsForTerritory(errors, 1);
    expect(fields).toEqual({
      "rules[0].countryCodes[1]": "Expected an ISO 3166 alpha-2 code, e.g. FR",
      "namedAccountIds[0]": "named in FR-1 and FR-2",
    });
    expect(other.map((e) => e.path)).toEqual(["territories[10].key", "baseRevision"]);
  });
  it("fieldError gathers a field's nested messages", () => {
    const { fields } = errorsForTerritory(errors, 1);
    expect(fieldError(fields, "rules[0].countryCodes")).toBe("Expected an ISO 3166 alpha-2 code, e.g. FR");
    expect(fieldError(fields, "namedAccountIds")).toBe("named in FR-1 and FR-2");
    expect(fieldError(fields, "maxAccounts")).toBeUndefined();
  });
});

describe("validateTerritoryForm", () => {
  it("names unreadable numbers by the server's paths, and nothing when the form is fine", () => {
    const form = territoryToForm(base, keyOf);
    expect(validateTerritoryForm(form)).toEqual({});
    const bad = {
      ...form,
      name: " ",
      maxAccounts: "12.5",
      baseLatitude: "north",
      rules: [{ ...emptyRule, employeesMax: "lots" }],
    };
    expect(validateTerritoryForm(bad)).toEqual({
      name: "required",
      maxAccounts: "notAWholeNumber",
      baseLatitude: "notANumber",
      "rules[0].employeesMax": "notANumber",
    });
  });
});

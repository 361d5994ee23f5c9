import { describe, expect, it } from "vitest";
import type { PlanDefinition, TierTable } from "../../api/comp-types";
import {
  addTier,
  moveItem,
  newComponent,
  newTierTable,
  removeAt,
  replaceAt,
  uniqueName,
} from "./plan-editing";

const plan: PlanDefinition = {
  key: "ae",
  name: "AE",
  version: 1,
  effectiveFrom: "2026-01-01",
  effectiveTo: "2026-12-31",
  currency: "EUR",
  period: "quarter",
  quotaMeasure: "bookings",
  rounding: { mode: "half_even", apply: "line" },
  rateTables: [],
  tierTables: [newTierTable("Attainment")],
  variables: [],
  components: [],
  draw: null,
  clawback: null,
  holdback: null,
};

describe("list edits", () => {
  it("moveItem [a,b,c] 0 → 2 = [b,c,a]", () =>
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]));
  it("moveItem clamps: 2 → 5 stays last", () =>
    expect(moveItem(["a", "b", "c"], 2, 5)).toEqual(["a", "b", "c"]));
  it("replaceAt and removeAt", () => {
    expect(replaceAt(["a", "b"], 1, "x")).toEqual(["a", "x"]);
    expect(removeAt(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
  it("uniqueName: Commission taken, Commission 2 taken → Commission 3", () =>
    expect(uniqueName("Commission", ["Commission", "Commission 2"])).toBe("Commission 3"));
});

describe("newComponent", () => {
  it("commission: flat 5 % on the plan's measure, reset per the plan's period", () =>
    expect(newComponent("commission", plan, "C")).toEqual({
      kind: "commission",
      name: "C",
      measure: "bookings",
      rate: { kind: "flat", rate: "0.05" },
      evaluation: "per_transaction",
      reset: "quarter",
      trueUp: false,
    }));
  it("attainment bonus uses the first tier table", () =>
    expect(newComponent("attainment_bonus", plan, "B")).toMatchObject({
      table: "Attainment",
      targetShare: "0.25",
    }));
  it("SPIF runs over the plan's dates", () =>
    expect(newComponent("spif", plan, "S")).toMatchObject({
      filter: { from: "2026-01-01", to: "2026-12-31" },
    }));
});

describe("addTier", () => {
  it("[0–1 @5 %, 1– @8 %] → [0–1, 1–2 @8 %, 2– @8 %] (width of the previous band = 1)", () =>
    expect(addTier(newTierTable("T")).tiers).toEqual([
      { from: "0", to: "1", rate: "0.05" },
      { from: "1", to: "2", rate: "0.08" },
      { from: "2", to: null, rate: "0.08" },
    ]));
  it("exact decimals: 0.5–0.8, 0.8– → closes at 0.8 + 0.3 = 1.1 (no 1.1000000000000001)", () => {
    const table: TierTable = {
      ...newTierTable("T"),
      tiers: [
        { from: "0.5", to: "0.8", rate: "0.02" },
        { from: "0.8", to: null, rate: "0.04" },
      ],
    };
    expect(addTier(table).tiers.at(-1)).toEqual({ from: "1.1", to: null, rate: "0.04" });
  });
  it("interpolated: the closed band gets rateAtTo = its rate", () =>
    expect(addTier({ ...newTierTable("T"), method: "interpolated" }).tiers[1]).toEqual({
      from: "1",
      to: "2",
      rate: "0.08",
      rateAtTo: "0.08",
    }));
});

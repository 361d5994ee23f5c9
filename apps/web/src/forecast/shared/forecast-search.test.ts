import { describe, expect, it } from "vitest";
import { defaultPeriodId, readForecastSearch } from "./forecast-search";
import { climbTo, drillDown } from "./node-trail";

const from = (params: Record<string, string>) => (key: string) => params[key];

describe("readForecastSearch", () => {
  it("keeps a valid period, person and motion", () =>
    expect(readForecastSearch(from({ period: "p-1", personId: "abc", motion: "new_business" }))).toEqual({
      periodId: "p-1",
      personId: "abc",
      motion: "new_business",
    }));
  it("an unknown motion falls back to all; a malformed id is ignored", () =>
    expect(readForecastSearch(from({ motion: "upsell", personId: "a b/c" }))).toEqual({ motion: "all" }));
});

describe("defaultPeriodId", () => {
  it("the current period, else the newest (first)", () => {
    expect(defaultPeriodId([{ id: "next" }, { id: "now", current: true }, { id: "prev" }])).toBe("now");
    expect(defaultPeriodId([{ id: "newest" }, { id: "older" }])).toBe("newest");
    expect(defaultPeriodId([])).toBeUndefined();
  });
});

describe("node trail", () => {
  it("CRO → manager → rep, then back to the CRO: the trail empties and the CRO's default view returns", () => {
    const one = drillDown([], { personId: undefined, name: "Dana (CRO)" });
    const two = drillDown(one, { personId: "m1", name: "Max" });
    expect(two).toEqual([
      { personId: undefined, name: "Dana (CRO)" },
      { personId: "m1", name: "Max" },
    ]);
    expect(climbTo(two, 1)).toEqual({
      trail: [{ personId: undefined, name: "Dana (CRO)" }],
      to: { personId: "m1", name: "Max" },
    });
    expect(climbTo(two, 0)).toEqual({ trail: [], to: { personId: undefined, name: "Dana (CRO)" } });
  });
});

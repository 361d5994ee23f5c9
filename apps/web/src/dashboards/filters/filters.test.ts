import { describe, expect, it } from "vitest";
import { filtersToSearch, readDashboardFilters } from "./dashboard-filters";
import { currentQuarterKey, fiscalPosition, periodOptions } from "./period-options";

const from = (params: Record<string, string>) => readDashboardFilters((key) => params[key]);

describe("readDashboardFilters", () => {
  it("keeps a fiscal quarter, a year and a month period", () => {
    expect(from({ period: "2026-Q3" })).toEqual({ period: "2026-Q3" });
    expect(from({ period: "2026" })).toEqual({ period: "2026" });
    expect(from({ period: "2026-11" })).toEqual({ period: "2026-11" });
  });
  it("drops a malformed period (2026-Q5, 2026-13) and a reversed month range", () => {
    expect(from({ period: "2026-Q5" })).toEqual({});
    expect(from({ period: "2026-13" })).toEqual({});
    expect(from({ from: "2026-05", to: "2026-02" })).toEqual({});
  });
  it("keeps from/to only as a pair and only without a period", () => {
    expect(from({ from: "2026-02", to: "2026-05" })).toEqual({ from: "2026-02", to: "2026-05" });
    expect(from({ from: "2026-02" })).toEqual({});
    expect(from({ period: "2026", from: "2026-02", to: "2026-05" })).toEqual({ period: "2026" });
  });
  it("keeps team, region, segment, product and person", () => {
    const params = { teamId: "t1", regionId: "r1", segment: "Enterprise", productId: "p1", personId: "x1" };
    expect(from(params)).toEqual(params);
  });
  it("round-trips through filtersToSearch", () => {
    const filters = { period: "2026-Q4", teamId: "t1", segment: "SMB" };
    const search = filtersToSearch(filters);
    expect(from(search as Record<string, string>)).toEqual(filters);
    expect(search.regionId).toBeUndefined();
  });
});

describe("fiscal periods", () => {
  it("calendar year: 2026-11 is FY2026 Q4", () =>
    expect(fiscalPosition("2026-11", 1)).toEqual({ fiscalYear: 2026, quarter: 4 }));
  it("year from April: 2026-03 is FY2026 Q4, 2026-04 is FY2027 Q1", () => {
    expect(fiscalPosition("2026-03", 4)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(fiscalPosition("2026-04", 4)).toEqual({ fiscalYear: 2027, quarter: 1 });
  });
  it("year from February: 2026-01 is FY2026 Q4 (Nov–Jan)", () =>
    expect(fiscalPosition("2026-01", 2)).toEqual({ fiscalYear: 2026, quarter: 4 }));
  it("the default period on 2026-11-22 is 2026-Q4", () =>
    expect(currentQuarterKey("2026-11-22", 1)).toBe("2026-Q4"));
  it("options: no future quarter, 3 years, 24 months ending today's", () => {
    const options = periodOptions("2026-05-10", 1);
    const quarters = options.filter((o) => o.kind === "quarter").map((o) => o.key);
    expect(quarters.slice(0, 3)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(quarters).toHaveLength(2 + 4 + 4);
    expect(options.filter((o) => o.kind === "year").map((o) => o.key)).toEqual(["2026", "2025", "2024"]);
    const months = options.filter((o) => o.kind === "month").map((o) => o.key);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe("2026-05");
    expect(months[23]).toBe("2024-06");
  });
});

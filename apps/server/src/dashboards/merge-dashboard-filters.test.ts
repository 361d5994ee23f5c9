import { describe, expect, it } from "vitest";
import { mergeDashboardFilters } from "./merge-dashboard-filters";

describe("mergeDashboardFilters", () => {
  it("keeps the saved filters the request does not name", () => {
    expect(mergeDashboardFilters({ period: "2026-Q1", teamId: "t1" }, { segment: "Enterprise" })).toEqual({
      period: "2026-Q1",
      teamId: "t1",
      segment: "Enterprise",
    });
  });

  it("a requested period replaces the saved months entirely (period and months never mix)", () => {
    expect(
      mergeDashboardFilters({ from: "2026-01", to: "2026-06", regionId: "r" }, { period: "2026" }),
    ).toEqual({
      period: "2026",
      regionId: "r",
    });
    expect(mergeDashboardFilters({ period: "2026-Q1" }, { from: "2026-02", to: "2026-04" })).toEqual({
      from: "2026-02",
      to: "2026-04",
    });
  });

  it("the request's filter wins over the saved one", () => {
    expect(mergeDashboardFilters({ teamId: "saved" }, { teamId: "asked" })).toEqual({ teamId: "asked" });
  });
});

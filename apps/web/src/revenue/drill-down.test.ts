import { describe, expect, it } from "vitest";
import { drillDownFilter } from "./drill-down";

const filters = { from: "2026-01", to: "2026-12", personId: "manager-1" };

describe("drillDownFilter", () => {
  it("a month keeps the page's person filter (their whole tree), narrowed to the month", () => {
    expect(drillDownFilter({ kind: "month", month: "2026-03", amount: "1.00" }, filters)).toEqual({
      from: "2026-01",
      to: "2026-12",
      month: "2026-03",
      personId: "manager-1",
    });
  });

  it("a rep row asks for that rep's own lines (ownerId), not the rep's tree", () => {
    expect(drillDownFilter({ kind: "rep", personId: "rep-7", name: "Rep", amount: "1.00" }, filters)).toEqual(
      {
        from: "2026-01",
        to: "2026-12",
        personId: "manager-1",
        ownerId: "rep-7",
      },
    );
  });

  it("the period drill-down is the page's whole scope", () => {
    expect(drillDownFilter({ kind: "period", amount: "1.00" }, { from: "2026-01", to: "2026-03" })).toEqual({
      from: "2026-01",
      to: "2026-03",
      personId: undefined,
    });
  });
});

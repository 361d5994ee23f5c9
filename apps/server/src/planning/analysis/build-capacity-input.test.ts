import { describe, expect, it } from "vitest";
import { defaultAssumptions } from "../default-assumptions";
import { buildCapacityInput } from "./build-capacity-input";

const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const base = defaultAssumptions({
  lastYearTotal: "0",
  seasonality: months.map(() => "0"),
  peopleWithHistory: 0,
});
const assumptions = {
  ...base,
  target: {
    annual: "1200000",
    seasonality: {
      source: "entered" as const,
      weights: months.map((_, i) => (i < 8 ? "0.08" : "0.09")),
    },
  },
  capacity: { ...base.capacity, productivity: "20000" },
};

describe("the capacity plan's input from a scenario", () => {
  it("tenure at 2027-01 from the hire month (2026-10 → 3, 2027-01 → 0, none → 120); a leaver keeps their leave month; a hire in 2027-05 is a requisition; a leaver of 2026 is gone", () => {
    const input = buildCapacityInput({
      months,
      assumptions,
      today: "2026-11-22",
      people: [
        { nodeId: "person:a", hireDate: "2026-10-15", leaveDate: null },
        { nodeId: "person:b", hireDate: "2027-01-01", leaveDate: "2027-06-30" },
        { nodeId: "person:c", hireDate: null, leaveDate: null },
        { nodeId: "person:d", hireDate: "2027-05-02", leaveDate: null },
        { nodeId: "person:e", hireDate: "2020-01-01", leaveDate: "2026-12-31" },
      ],
    });
    expect(input.firstOpenMonth).toBe("2026-11");
    // 1,200,000 × 0.08 = 96,000 for eight months, × 0.09 = 108,000 for four: 768,000 + 432,000 = 1,200,000.
    expect(input.target).toEqual([...Array(8).fill("96000.00"), ...Array(4).fill("108000.00")]);
    expect(input.roles).toEqual([
      {
        role: "ae",
        productivity: "20000",
        ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] },
        attrition: "0.15",
        hiringLeadMonths: 3,
        utilisation: "0.85",
        targetShare: "1",
        current: [
          { id: "person:a", tenureMonths: 3 },
          { id: "person:b", tenureMonths: 0, leaveMonth: "2027-06" },
          { id: "person:c", tenureMonths: 120 },
        ],
        openRequisitions: [{ startMonth: "2027-05" }],
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { testAccount } from "../test-account";
import type { PotentialEstimate } from "../types";
import { peerMedianEstimate, peerMedians } from "./peer-median";

const modelled = (id: string, potential: string): PotentialEstimate => ({
  accountId: id,
  potential,
  predicted: potential,
  actual: null,
  basis: "model",
  trace: [],
});

const estimates = [
  modelled("r1", "100.00"),
  modelled("r2", "300.00"),
  modelled("r3", "200.00"),
  modelled("r4", "400.01"),
  modelled("s1", "1000.00"),
];
const industryOf = new Map([
  ["r1", "retail"],
  ["r2", "retail"],
  ["r3", "retail"],
  ["r4", "retail"],
  ["s1", "software"],
]);
const config = {
  year: "2025",
  holdoutShare: "0.2",
  seed: 1,
  headroomQuantile: "0.75",
  minIndustryCustomers: 3,
};
const medians = peerMedians(estimates, industryOf, 3);

describe("peerMedianEstimate", () => {
  it("4 retail peers (≥ 3): (200.00 + 300.00) ÷ 2 = 250.00", () => {
    const estimate = peerMedianEstimate(testAccount("x", { industry: "retail" }), medians, config);
    expect(estimate).toMatchObject({ potential: "250.00", predicted: null, basis: "peer median" });
    expect(estimate.trace[0]).toBe(
      "no employees or annual revenue: median potential of 4 retail accounts = 250.00",
    );
  });

  it("1 software peer (< 3) or no industry: the median of all 5 = 300.00", () => {
    for (const industry of ["software", null]) {
      expect(peerMedianEstimate(testAccount("y", { industry }), medians, config).potential).toBe("300.00");
    }
  });

  it("an even count's mean rounds half up: (100.00 + 400.01) ÷ 2 = 250.005 → 250.01", () => {
    const two = peerMedians([estimates[0], estimates[3]] as PotentialEstimate[], industryOf, 2);
    expect(two.overall.value).toBe("250.01");
  });

  it("never below the own best year: best 2024 of 312.5 → 312.50, basis own history; actual only when bookings > 0", () => {
    const account = testAccount(
      "z",
      { industry: "retail" },
      { revenueByYear: { "2024": "312.5", "2025": "0" } },
    );
    expect(peerMedianEstimate(account, medians, config)).toMatchObject({
      potential: "312.50",
      basis: "own history",
      actual: null,
    });
  });
});

import { describe, expect, it } from "vitest";
import type { PipelineCoverage } from "../../api/pipeline-types";
import { coverageStatus } from "./coverage-status";

// worked-examples.md §12 (winsabove): open pipeline 4.8M, remaining 1.6M → 3.0×; win rate 22 % → required 4.5455×;
// gap = 4.5455 × 1.6M − 4.8M = 2,472,800.00 still to find.
const winsabove: PipelineCoverage = {
  currency: "USD",
  period: { id: "p", label: "Q4 2026", startsOn: "2026-10-01", endsOn: "2026-12-31" },
  target: "2000000.00",
  closedWon: "400000.00",
  remaining: "1600000.00",
  openPipeline: "4800000.00",
  weightedPipeline: "1200000.00",
  coverage: "3.0000",
  winRate: "0.2200",
  requiredCoverage: "4.5455",
  expectedFromPipeline: "1056000.00",
  expectedShareOfRemaining: "0.6600",
  gap: "2472800.00",
  byMotion: [],
};

describe("coverageStatus", () => {
  it("3.0× against a required 4.5455× is not covered; 2,472,800.00 still to find", () =>
    expect(coverageStatus(winsabove)).toEqual({
      covered: false,
      gap: { kind: "find", amount: "2472800.00" },
    }));

  it("contextawareanalytics: 3.75× against 1 / 0.28 = 3.5714× is covered; a negative gap is a surplus", () =>
    expect(
      coverageStatus({
        ...winsabove,
        remaining: "2000000.00",
        openPipeline: "7500000.00",
        coverage: "3.7500",
        winRate: "0.2800",
        requiredCoverage: "3.5714",
        // 3.5714 × 2,000,000 − 7,500,000 = −357,200.00
        gap: "-357200.00",
      }),
    ).toEqual({ covered: true, gap: { kind: "surplus", amount: "357200.00" } }));

  it("nothing left to cover (coverage null) → no verdict", () =>
    expect(coverageStatus({ ...winsabove, remaining: "0.00", coverage: null, gap: null })).toEqual({
      covered: null,
      gap: null,
    }));

  it("exactly the required coverage counts as covered", () =>
    expect(coverageStatus({ ...winsabove, coverage: "4.5455" }).covered).toBe(true));
});

import { describe, expect, it } from "vitest";
import { pipelineCoverage } from "./pipeline-coverage";
import { weightedPipeline } from "./weighted-pipeline";

// ../shared/data/worked-examples.md §11 and §12, reproduced exactly.
describe("weighted pipeline (worked examples §11)", () => {
  it("Pipeline CRM: $10,000 × 50 % = $5,000", () => {
    expect(weightedPipeline([{ amount: "10000", probability: "0.5" }], "USD")).toEqual({
      open: "10000.00",
      weighted: "5000.00",
      deals: ["5000.00"],
    });
  });
  it("Skylead: $20,000 × 30 % = $6,000", () => {
    expect(weightedPipeline([{ amount: "20000", probability: "0.30" }], "USD").weighted).toBe("6000.00");
  });
  it("revopsdictionary: 100K × 10 % + 100K × 50 % + 100K × 80 % = 10K + 50K + 80K = 140K", () => {
    const result = weightedPipeline(
      [
        { amount: "100000", probability: "0.1" },
        { amount: "100000", probability: "0.5" },
        { amount: "100000", probability: "0.8" },
      ],
      "USD",
    );
    expect(result).toEqual({
      open: "300000.00",
      weighted: "140000.00",
      deals: ["10000.00", "50000.00", "80000.00"],
    });
  });
  it("rounds each deal half up to the cent before summing: 0.05 × 0.5 = 0.025 → 0.03, twice = 0.06", () => {
    const deal = { amount: "0.05", probability: "0.5" };
    expect(weightedPipeline([deal, deal], "EUR")).toEqual({
      open: "0.10",
      weighted: "0.06",
      deals: ["0.03", "0.03"],
    });
  });
});

describe("pipeline coverage (worked examples §12)", () => {
  it("calclet: $2.40M vs $800,000 quota → 3.0×, cushion $1.60M", () => {
    const c = pipelineCoverage({
      target: "800000",
      closedWon: "0",
      openPipeline: "2400000",
      winRate: null,
      currency: "USD",
    });
    expect(c).toMatchObject({
      remaining: "800000.00",
      coverage: "3.0000",
      cushion: "1600000.00",
      requiredCoverage: null,
      gap: null,
    });
  });
  it("winsabove: $4.8M vs $1.6M remaining → 3.0×; 22 % → 1/0.22 = 4.5454… ≈ 4.5455×; 4.8M × 0.22 = 1.056M = 66 %", () => {
    const c = pipelineCoverage({
      target: "2000000",
      closedWon: "400000",
      openPipeline: "4800000",
      winRate: "0.22",
      currency: "USD",
    });
    expect(c).toEqual({
      remaining: "1600000.00",
      coverage: "3.0000",
      requiredCoverage: "4.5455",
      expectedFromPipeline: "1056000.00",
      expectedShareOfRemaining: "0.6600",
      // 1,600,000 ÷ 0.22 = 7,272,727.2727… − 4,800,000 = 2,472,727.27 still to find
      gap: "2472727.27",
      cushion: "3200000.00",
    });
  });
  it("contextawareanalytics: $2,000,000 target, $7,500,000 pipeline, 28 % → 3.75×, expected $2,100,000", () => {
    const c = pipelineCoverage({
      target: "2000000",
      closedWon: "0",
      openPipeline: "7500000",
      winRate: "0.28",
      currency: "USD",
    });
    expect(c.coverage).toBe("3.7500");
    expect(c.expectedFromPipeline).toBe("2100000.00");
    expect(c.expectedShareOfRemaining).toBe("1.0500");
    // 2,000,000 ÷ 0.28 = 7,142,857.142857… − 7,500,000 = −357,142.86: a surplus
    expect(c.gap).toBe("-357142.86");
  });
  it("rework: $500K / $250K = 2×; kpitree: 25 % → 4×, 33 % → 3.0303× (≈3×)", () => {
    expect(
      pipelineCoverage({
        target: "250000",
        closedWon: "0",
        openPipeline: "500000",
        winRate: "0.25",
        currency: "USD",
      }),
    ).toMatchObject({ coverage: "2.0000", requiredCoverage: "4.0000", gap: "500000.00" });
    expect(
      pipelineCoverage({ target: "1", closedWon: "0", openPipeline: "0", winRate: "0.33", currency: "USD" })
        .requiredCoverage,
    ).toBe("3.0303");
  });
  it("nothing remains once closed won reaches the target: coverage null, remaining 0", () => {
    const c = pipelineCoverage({
      target: "100",
      closedWon: "150",
      openPipeline: "50",
      winRate: "0.5",
      currency: "EUR",
    });
    expect(c).toMatchObject({
      remaining: "0.00",
      coverage: null,
      expectedShareOfRemaining: null,
      gap: "-50.00",
    });
  });
});

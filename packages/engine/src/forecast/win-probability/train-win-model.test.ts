import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { addDays } from "../../calendar/dates";
import { buildWinExamples } from "./build-win-examples";
import { evaluateWinModel } from "./evaluate-win-model";
import { trainWinModel } from "./train-win-model";
import type { WinDeal } from "./types";

/** 600 deals over 2025, one stage; "strong" reps win 80%, "weak" ones 30%; referral deals +15 points. */
function syntheticDeals(seed: number): WinDeal[] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: 600 }, (_, i) => {
    const owner = `rep${i % 6}`;
    const strong = i % 6 < 3;
    const source = uniformFloat64(rng) < 0.5 ? "referral" : "ads";
    const p = (strong ? 0.8 : 0.3) + (source === "referral" ? 0.15 : 0) - 0.05;
    const createdOn = addDays("2025-01-01", Math.floor(i * 0.5));
    return {
      id: `d${String(i).padStart(3, "0")}`,
      ownerId: owner,
      createdOn,
      closeDate: addDays(createdOn, 20 + Math.floor(uniformFloat64(rng) * 40)),
      won: uniformFloat64(rng) < p,
      amount: 1000 + Math.floor(uniformFloat64(rng) * 9000),
      stageEntries: [{ stage: "Engaging", enteredOn: createdOn }],
      categorical: { source },
      numeric: {},
    };
  });
}

describe("Training and testing the win model", () => {
  const deals = syntheticDeals(3);
  const train = deals.filter((deal) => (deal.closeDate as string) < "2025-09-01");
  const test = deals.filter((deal) => (deal.closeDate as string) >= "2025-09-01");

  it("beats the stage-only baseline out of time when the rep and source matter (AUC > 0.65 vs 0.5)", () => {
    const model = trainWinModel(buildWinExamples(train, { stepDays: 14, history: deals }), { stepDays: 14 });
    const result = evaluateWinModel(model, buildWinExamples(test, { stepDays: 14, history: deals }));
    expect(result.baseline.auc).toBe(0.5); // one stage: the baseline ranks nothing
    expect(result.model.auc as number).toBeGreaterThan(0.65);
    expect(result.model.brier as number).toBeLessThan(result.baseline.brier as number);
  });

  it("the order of the input changes nothing: the same model from reversed deals", () => {
    const examples = buildWinExamples(train, { stepDays: 14, history: deals });
    const forward = trainWinModel(examples, { stepDays: 14 });
    const backward = trainWinModel([...examples].reverse(), { stepDays: 14 });
    expect(backward.calibration.a).toBeCloseTo(forward.calibration.a, 9);
    expect(backward.calibration.b).toBeCloseTo(forward.calibration.b, 9);
    backward.coefficients.forEach((value, j) => {
      expect(value).toBeCloseTo(forward.coefficients[j] as number, 9);
    });
  });
});

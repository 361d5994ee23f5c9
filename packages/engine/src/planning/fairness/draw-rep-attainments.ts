import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { inverseNormalCdf } from "./inverse-normal-cdf";
import type { RepModel } from "./rep-model";

const TWO_TO_MINUS_32 = 1 / 0x1_0000_0000;

export type RepDrawCounts = {
  /** Draws at or above the threshold, and at or above 100%. */
  atThreshold: number;
  atQuota: number;
  sum: number;
};

/**
 * Fills `attainments[0..draws)` with the rep's simulated attainment, one per draw, counting in `hitsByDraw[d]` the
 * draws that reach the threshold (a team's per-draw tally) and in `histogram` the 10-point bins (⌊a × 10⌋, the last
 * bin ≥ 200%). No allocation here: this runs draws × reps times. Random numbers per draw: one per uncertain deal,
 * plus one for a lognormal run rate.
 */
export function drawRepAttainments(
  model: RepModel,
  rng: RandomGenerator,
  draws: number,
  threshold: number,
  attainments: Float64Array,
  hitsByDraw: Int32Array,
  histogram: Int32Array,
): RepDrawCounts {
  const { amounts, cutoffs, certain, quota, runRate } = model;
  const deals = amounts.length;
  const lognormal = runRate.kind === "lognormal";
  const logMean = lognormal ? runRate.logMean : 0;
  const logSigma = lognormal ? runRate.logSigma : 0;
  const fixed = certain + (runRate.kind === "fixed" ? runRate.amount : 0);
  let atThreshold = 0;
  let atQuota = 0;
  let sum = 0;
  for (let d = 0; d < draws; d++) {
    let actual = fixed;
    // Branch-free (amount × 0 or 1): a won/lost branch is unpredictable by design and cost 2× the PRNG itself.
    for (let j = 0; j < deals; j++)
      actual += (amounts[j] as number) * +(rng.next() >>> 0 < (cutoffs[j] as number));
    if (lognormal) {
      const uniform = ((rng.next() >>> 0) + 0.5) * TWO_TO_MINUS_32;
      actual += Math.exp(logMean + logSigma * inverseNormalCdf(uniform));
    }
    const attainment = actual / quota;
    attainments[d] = attainment;
    sum += attainment;
    // Counted without branches too (0 or 1): whether a draw reaches the threshold is as unpredictable as a deal.
    const hit = +(attainment >= threshold);
    atThreshold += hit;
    hitsByDraw[d] = (hitsByDraw[d] as number) + hit;
    atQuota += +(attainment >= 1);
    const bin = attainment >= 2 ? 20 : (attainment * 10) | 0;
    histogram[bin] = (histogram[bin] as number) + 1;
  }
  return { atThreshold, atQuota, sum };
}

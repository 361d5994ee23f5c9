import type { FairnessRepBasis } from "../types";

/** How the run-rate part of a rep's actual is drawn: not at all (0), a fixed amount, or lognormal. */
export type RunRate =
  | { kind: "none" }
  | { kind: "fixed"; amount: number }
  | { kind: "lognormal"; logMean: number; logSigma: number };

/**
 * Everything the inner loop needs for one rep, precomputed once: the uncertain deals as typed arrays (a deal wins
 * when a uniform 32-bit integer is below its cut-off, probability × 2^32), the deals certain to close summed, the
 * run-rate law, and the quota as a float (attainment = actual ÷ quota is a probability estimate, not pay).
 */
export type RepModel = {
  index: number;
  id: string;
  teamId: string;
  quota: number;
  amounts: Float64Array;
  cutoffs: Float64Array;
  certain: number;
  runRate: RunRate;
  basis: FairnessRepBasis;
};

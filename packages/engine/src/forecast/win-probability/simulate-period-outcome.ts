import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { EngineInputError } from "../../errors";

export type SimulatedDeal = { amountCents: number; probability: number };

export type PeriodSimulation = {
  draws: number;
  meanCents: number;
  /** Nearest-rank 10th and 90th percentiles of the simulated totals (closed not included). */
  p10Cents: number;
  p90Cents: number;
  histogram: { fromCents: number; toCents: number; share: number }[];
};

/**
 * Monte Carlo over deals: in each draw every deal lands (its whole amount, in integer cents) with its probability
 * p_win × p_in_period, independently; the totals give the interval and the histogram. Seeded (xoroshiro128+), so the
 * same deals and seed give the same figures on every machine.
 */
export function simulatePeriodOutcome(
  deals: readonly SimulatedDeal[],
  options: { draws: number; seed: number; bins?: number },
): PeriodSimulation {
  let ceiling = 0;
  for (const deal of deals) {
    if (!Number.isSafeInteger(deal.amountCents) || deal.amountCents < 0)
      throw new EngineInputError("Deal amounts must be non-negative integer cents", deal.amountCents);
    ceiling += deal.amountCents;
  }
  if (!Number.isSafeInteger(ceiling))
    throw new EngineInputError("The deals' total is beyond exact integer range", ceiling);
  if (!Number.isInteger(options.draws) || options.draws < 1)
    throw new EngineInputError("draws must be a positive integer", options.draws);
  const rng = xoroshiro128plus(options.seed);
  // A 32-bit threshold per deal: a draw lands when its unsigned 32-bit word is below it.
  const thresholds = deals.map((deal) => Math.round(Math.min(Math.max(deal.probability, 0), 1) * 2 ** 32));
  const totals = new Float64Array(options.draws);
  for (let draw = 0; draw < options.draws; draw++) {
    let total = 0;
    for (let i = 0; i < deals.length; i++)
      if (rng.next() >>> 0 < (thresholds[i] as number)) total += (deals[i] as SimulatedDeal).amountCents;
    totals[draw] = total;
  }
  totals.sort();
  let sum = 0;
  for (const total of totals) sum += total;
  const rank = (q: number) => totals[Math.max(Math.ceil(q * options.draws) - 1, 0)] as number;
  return {
    draws: options.draws,
    meanCents: Math.round(sum / options.draws),
    p10Cents: rank(0.1),
    p90Cents: rank(0.9),
    histogram: histogramOf(totals, options.bins ?? 20),
  };
}

function histogramOf(sorted: Float64Array, bins: number): PeriodSimulation["histogram"] {
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  if (high === low) return [{ fromCents: low, toCents: high, share: 1 }];
  const width = Math.ceil((high - low) / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const total of sorted) {
    const index = Math.min(Math.floor((total - low) / width), bins - 1);
    counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((count, index) => ({
    fromCents: low + index * width,
    toCents: index === bins - 1 ? high : low + (index + 1) * width,
    share: count / sorted.length,
  }));
}

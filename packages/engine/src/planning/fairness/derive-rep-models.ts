import Decimal from "decimal.js";
import type { FairnessRep, FairnessRepBasis } from "../types";
import type { RepModel, RunRate } from "./rep-model";

// Statistics of the history (mean, CV) need division and square roots, so they use a 34-digit clone rather than
// the money Dec (whose 1e9-digit precision would make 1/3 enormous). 34 digits is more than a float keeps.
const Stat = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
type Stat = InstanceType<typeof Stat>;

/** A rep's own CV is used from this many history periods on; with fewer, the pooled CV. */
export const MIN_HISTORY_FOR_OWN_CV = 3;

type HistoryStats = { count: number; mean: Stat | null; cv: Stat | null };

function historyStats(history: readonly string[]): HistoryStats {
  const count = history.length;
  if (count === 0) return { count, mean: null, cv: null };
  const values = history.map((amount) => new Stat(amount));
  const mean = Stat.sum(...values).div(count);
  if (count < 2 || mean.isZero()) return { count, mean, cv: count < 2 ? null : new Stat(0) };
  // Sample standard deviation (n − 1): a handful of past periods is a sample of what the rep can do.
  const squares = values.map((value) => value.minus(mean).pow(2));
  const sd = Stat.sum(...squares)
    .div(count - 1)
    .sqrt();
  return { count, mean, cv: sd.div(mean) };
}

export type Pooled = { mean: Stat | null; cv: Stat | null };

/**
 * Pooled figures for reps with too little history: the mean of every rep's history mean (each rep once), and the
 * root mean square of the CVs of the reps with ≥ 3 periods and a positive mean. Every valid rep counts, excluded
 * ones too: a quota of 0 says nothing about how variable selling is.
 */
export function poolHistory(stats: readonly HistoryStats[]): Pooled {
  const means = stats.flatMap((s) => (s.mean === null ? [] : [s.mean]));
  const cvs = stats.flatMap((s) =>
    s.count >= MIN_HISTORY_FOR_OWN_CV && s.cv !== null && s.mean !== null && !s.mean.isZero() ? [s.cv] : [],
  );
  return {
    mean: means.length === 0 ? null : Stat.sum(...means).div(means.length),
    cv:
      cvs.length === 0
        ? null
        : Stat.sum(...cvs.map((cv) => cv.pow(2)))
            .div(cvs.length)
            .sqrt(),
  };
}

function runRateOf(mean: Stat, cv: Stat): RunRate {
  if (mean.isZero()) return { kind: "none" };
  if (cv.isZero()) return { kind: "fixed", amount: mean.toNumber() };
  // Lognormal with the given mean m and CV c: σ² = ln(1 + c²), μ = ln m − σ²/2 (so E[e^(μ+σZ)] = m exactly).
  const c = cv.toNumber();
  const logVariance = Math.log1p(c * c);
  return {
    kind: "lognormal",
    logMean: Math.log(mean.toNumber()) - logVariance / 2,
    logSigma: Math.sqrt(logVariance),
  };
}

function modelOf(rep: FairnessRep, index: number, own: HistoryStats, pooled: Pooled): RepModel {
  const uncertain = rep.pipeline.filter((deal) => {
    const p = new Stat(deal.probability);
    return !p.isZero() && !p.equals(1) && !new Stat(deal.amount).isZero();
  });
  const certain = rep.pipeline.filter((deal) => new Stat(deal.probability).equals(1));
  const expectedPipeline = Stat.sum(
    0,
    ...rep.pipeline.map((deal) => new Stat(deal.amount).times(deal.probability)),
  );
  const meanSource: FairnessRepBasis["meanSource"] = own.mean ? "rep" : pooled.mean ? "pooled" : "none";
  const historyMean = own.mean ?? pooled.mean ?? new Stat(0);
  const cvSource: FairnessRepBasis["cvSource"] =
    own.count >= MIN_HISTORY_FOR_OWN_CV && own.cv ? "rep" : pooled.cv ? "pooled" : "none";
  const cv = (cvSource === "rep" ? own.cv : pooled.cv) ?? new Stat(0);
  // The pipeline is modelled deal by deal, so only what history promises beyond it is left to the run rate.
  const runRateMean = Stat.max(0, historyMean.times(rep.capacityFactor).minus(expectedPipeline));
  return {
    index,
    id: rep.id,
    teamId: rep.teamId,
    quota: Number(rep.quota),
    amounts: Float64Array.from(uncertain, (deal) => Number(deal.amount)),
    cutoffs: Float64Array.from(uncertain, (deal) => Number(deal.probability) * 0x1_0000_0000),
    certain: Stat.sum(0, ...certain.map((deal) => deal.amount)).toNumber(),
    runRate: runRateOf(runRateMean, cv),
    basis: {
      expectedPipeline: expectedPipeline.toNumber(),
      runRateMean: runRateMean.toNumber(),
      runRateCv: runRateMean.isZero() ? 0 : cv.toNumber(),
      meanSource,
      cvSource,
    },
  };
}

/** Per-rep models of validated reps, and the pooled figures used for reps with little or no history. */
export function deriveRepModels(reps: readonly FairnessRep[]): { models: RepModel[]; pooled: Pooled } {
  const stats = reps.map((rep) => historyStats(rep.history));
  const pooled = poolHistory(stats);
  const models = reps.map((rep, index) => modelOf(rep, index, stats[index] as HistoryStats, pooled));
  return { models, pooled };
}

import type { CalibrationBin, WinMetrics } from "./types";

/**
 * Area under the ROC curve by ranks (Mann–Whitney U): the chance a random won state scores above a random lost one,
 * ties counting ½ (average ranks). null when either class is missing.
 */
export function areaUnderRocCurve(scores: readonly number[], labels: readonly boolean[]): number | null {
  const order = scores
    .map((score, index) => ({ score, won: labels[index] === true }))
    .sort((a, b) => a.score - b.score);
  const positives = order.filter((item) => item.won).length;
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (
      end + 1 < order.length &&
      (order[end + 1] as { score: number }).score === (order[start] as { score: number }).score
    )
      end++;
    const averageRank = (start + end + 2) / 2;
    for (let i = start; i <= end; i++) if ((order[i] as { won: boolean }).won) rankSum += averageRank;
    start = end + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between the predicted probability and the outcome (1 won, 0 lost). */
export function brierScore(probabilities: readonly number[], labels: readonly boolean[]): number | null {
  if (probabilities.length === 0) return null;
  let sum = 0;
  probabilities.forEach((p, i) => {
    sum += (p - (labels[i] ? 1 : 0)) ** 2;
  });
  return sum / probabilities.length;
}

/** Ten equal-width bins of predicted probability ([0, 0.1), …, [0.9, 1]): mean predicted, share won, count. */
export function calibrationTable(
  probabilities: readonly number[],
  labels: readonly boolean[],
): CalibrationBin[] {
  const bins = Array.from({ length: 10 }, () => ({ predicted: 0, won: 0, count: 0 }));
  probabilities.forEach((p, i) => {
    const bin = bins[Math.min(Math.floor(p * 10), 9)] as { predicted: number; won: number; count: number };
    bin.predicted += p;
    bin.count += 1;
    if (labels[i]) bin.won += 1;
  });
  return bins.map((bin, index) => ({
    bin: `${(index / 10).toFixed(1)}-${((index + 1) / 10).toFixed(1)}`,
    predicted: bin.count === 0 ? null : bin.predicted / bin.count,
    observed: bin.count === 0 ? null : bin.won / bin.count,
    count: bin.count,
  }));
}

export function winMetricsOf(probabilities: readonly number[], labels: readonly boolean[]): WinMetrics {
  return {
    auc: areaUnderRocCurve(probabilities, labels),
    brier: brierScore(probabilities, labels),
    calibration: calibrationTable(probabilities, labels),
  };
}

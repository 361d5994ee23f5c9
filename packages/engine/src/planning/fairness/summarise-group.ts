import type { FairnessGroupResult } from "../types";

/**
 * A team's (or the company's) figures from its per-draw tallies: `hitsByDraw[d]` reps reached the threshold in draw
 * d. expectedShare is the mean over draws of hits ÷ reps (= the mean of the reps' pThreshold); shareP10/P90 are
 * nearest-rank percentiles over draws, found by counting (tallies are integers 0..reps), not by sorting.
 */
export function summariseGroup(
  id: string,
  reps: number,
  outliers: number,
  hitsByDraw: Int32Array,
  targetShare: number,
): FairnessGroupResult {
  const draws = hitsByDraw.length;
  if (reps === 0) return { id, reps, expectedShare: 0, shareP10: 0, shareP90: 0, meetsRule: false, outliers };
  const tally = new Float64Array(reps + 1);
  let hits = 0;
  for (let d = 0; d < draws; d++) {
    const h = hitsByDraw[d] as number;
    hits += h;
    tally[h] = (tally[h] as number) + 1;
  }
  const atRank = (percent: number) => {
    const rank = Math.max(1, Math.ceil((draws * percent) / 100));
    let seen = 0;
    for (let h = 0; h <= reps; h++) {
      seen += tally[h] as number;
      if (seen >= rank) return h / reps;
    }
    return 1;
  };
  const expectedShare = hits / (reps * draws);
  return {
    id,
    reps,
    expectedShare,
    shareP10: atRank(10),
    shareP90: atRank(90),
    meetsRule: expectedShare >= targetShare,
    outliers,
  };
}

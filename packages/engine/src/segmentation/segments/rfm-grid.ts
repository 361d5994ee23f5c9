/**
 * The classic RFM grid (recency × frequency, scores 1–5): the named segments of the widely used 10-cell map
 * (docs/calculations/segmentation.md). Monetary is scored and shown in the RFM code but, as in the classic grid,
 * does not move the name. Accounts that never ordered are a segment of their own.
 */
export const rfmSegments = [
  "Champions",
  "Loyal",
  "Potential loyalists",
  "New customers",
  "Promising",
  "Need attention",
  "About to sleep",
  "Can't lose them",
  "At risk",
  "Hibernating",
  "Never ordered",
] as const;

export type RfmSegment = (typeof rfmSegments)[number];

/** The grid cell of recency and frequency scores on the 1–5 scale. */
export function rfmSegmentOf(recency: number, frequency: number): RfmSegment {
  if (recency <= 2) return frequency <= 2 ? "Hibernating" : frequency <= 4 ? "At risk" : "Can't lose them";
  if (recency === 3) return frequency <= 2 ? "About to sleep" : frequency === 3 ? "Need attention" : "Loyal";
  if (frequency === 1) return recency === 4 ? "Promising" : "New customers";
  if (frequency <= 3) return "Potential loyalists";
  return recency === 4 ? "Loyal" : "Champions";
}

/** A score on 1..bins placed on the grid's 1..5 scale: ⌈score × 5 ÷ bins⌉ (identity when bins = 5). */
export function toFivePointScale(score: number, bins: number): number {
  return Math.ceil((score * 5) / bins);
}

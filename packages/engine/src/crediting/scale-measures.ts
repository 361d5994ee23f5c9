import { type Dec, formatDec, scaleOf, toDec } from "../money/decimal";

/** A measure of one transaction, already converted and checked; parsed only when a share other than 1 needs it. */
export type PreparedMeasure = { name: string; text: string; value: Dec | null; scale: number };

/**
 * The measures of one credit: each prepared measure × share, exact, with the scale of a PostgreSQL product
 * (the measure's scale + the share's), so 100000.00 × 0.15 = 15000.0000. A share of exactly "1" keeps the text.
 */
export function scaleMeasures(
  measures: readonly PreparedMeasure[],
  share: Dec,
  shareText: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  const shareScale = scaleOf(shareText);
  for (const m of measures) {
    if (shareText === "1") {
      out[m.name] = m.text;
      continue;
    }
    m.value ??= toDec(m.text);
    out[m.name] = formatDec(m.value.times(share), m.scale + shareScale);
  }
  return out;
}

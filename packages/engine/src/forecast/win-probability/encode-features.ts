import type { FeatureEncoder, WinExample } from "./types";

type Row = Pick<WinExample, "categorical" | "numeric">;

/**
 * Fits the encoding on training rows: numeric columns standardised (mean 0, sd 1; a missing value becomes the mean),
 * categorical columns one-hot over the levels seen at least `minLevelCount` times (rarer and unseen levels: all zeros).
 * No reference level is dropped: the L2 penalty keeps the fit well-posed.
 */
export function fitFeatureEncoder(
  rows: readonly Row[],
  options: { minLevelCount?: number } = {},
): FeatureEncoder {
  const minLevelCount = options.minLevelCount ?? 5;
  const numericNames = [...new Set(rows.flatMap((row) => Object.keys(row.numeric)))].sort();
  const categoricalNames = [...new Set(rows.flatMap((row) => Object.keys(row.categorical)))].sort();
  const numeric = numericNames.map((name) => {
    const values = rows
      .map((row) => row.numeric[name])
      .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    const mean = values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance =
      values.length === 0 ? 0 : values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    return { name, mean, sd: variance > 1e-12 ? Math.sqrt(variance) : 1 };
  });
  const categorical = categoricalNames.map((name) => {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const level = levelOf(row.categorical[name]);
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const levels = [...counts]
      .filter(([, count]) => count >= minLevelCount)
      .map(([level]) => level)
      .sort();
    return { name, levels };
  });
  return { numeric, categorical };
}

/** Column names of the design matrix, intercept first. */
export function featureNamesOf(encoder: FeatureEncoder): string[] {
  return [
    "(intercept)",
    ...encoder.numeric.map((column) => column.name),
    ...encoder.categorical.flatMap((column) => column.levels.map((level) => `${column.name}=${level}`)),
  ];
}

/** One design-matrix row (leading 1 for the intercept). */
export function encodeRow(encoder: FeatureEncoder, row: Row): number[] {
  const result = [1];
  for (const column of encoder.numeric) {
    const value = row.numeric[column.name];
    result.push(typeof value === "number" && Number.isFinite(value) ? (value - column.mean) / column.sd : 0);
  }
  for (const column of encoder.categorical) {
    const level = levelOf(row.categorical[column.name]);
    for (const candidate of column.levels) result.push(candidate === level ? 1 : 0);
  }
  return result;
}

function levelOf(value: string | null | undefined): string {
  return value === null || value === undefined || value === "" ? "(none)" : value;
}

import type { ClusterConfig, SegmentationAccount } from "../types";
import { fieldValue } from "./field-value";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export type FeatureScale = { feature: string; log: boolean; mean: number; sd: number };

export type ClusterFeatures = {
  /** Indices (into the accounts) of the accounts with every feature, sorted by account id. */
  members: number[];
  /** Their standardised rows (z-scores of the value, or of log1p(value) for log features). */
  rows: number[][];
  /** Their raw values, for the trace. */
  raw: number[][];
  scales: FeatureScale[];
  warnings: { accountId: string; message: string }[];
};

/** Why an account cannot be clustered, or its feature values (null when it can't). */
function readFeatures(account: SegmentationAccount, config: ClusterConfig, asOf: string): number[] | string {
  const values: number[] = [];
  for (const feature of config.features) {
    const text = fieldValue(account, feature, asOf);
    if (text === null) return `no ${feature}: not clustered`;
    if (!PLAIN_DECIMAL.test(text)) return `${feature} ${JSON.stringify(text)} is not a number: not clustered`;
    const value = Number(text);
    values.push(value);
  }
  return values;
}

/**
 * The clustering's inputs: each complete account's features, log-transformed where asked (sign(v)·log1p(|v|), so
 * net-negative bookings after cancellations still cluster, next to zero), then standardised to
 * z-scores (population standard deviation) so that no feature weighs more for its units. A constant feature has
 * z = 0 everywhere. Accounts missing a feature are left out, each with a warning.
 */
export function clusterFeatures(
  accounts: readonly SegmentationAccount[],
  config: ClusterConfig,
  asOf: string,
): ClusterFeatures {
  const order = accounts
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [accounts[a]?.id ?? "", accounts[b]?.id ?? ""];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const members: number[] = [];
  const raw: number[][] = [];
  const warnings: { accountId: string; message: string }[] = [];
  for (const index of order) {
    const account = accounts[index] as SegmentationAccount;
    const values = readFeatures(account, config, asOf);
    if (typeof values === "string") warnings.push({ accountId: account.id, message: values });
    else {
      members.push(index);
      raw.push(values);
    }
  }
  const isLog = config.features.map((feature) => config.logFeatures.includes(feature));
  const transformed = raw.map((values) => values.map((value, f) => (isLog[f] ? signedLog1p(value) : value)));
  const scales: FeatureScale[] = config.features.map((feature, f) => {
    const column = transformed.map((row) => row[f] ?? 0);
    const mean = column.reduce((sum, value) => sum + value, 0) / Math.max(1, column.length);
    const variance = column.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, column.length);
    return { feature, log: isLog[f] ?? false, mean, sd: Math.sqrt(variance) };
  });
  const rows = transformed.map((row) =>
    row.map((value, f) => {
      const scale = scales[f] as FeatureScale;
      return scale.sd === 0 ? 0 : (value - scale.mean) / scale.sd;
    }),
  );
  return { members, rows, raw, scales, warnings };
}

/** A centre in z-scores back in the feature's own units (log features through expm1). */
export function toOriginalUnits(
  centre: readonly number[],
  scales: readonly FeatureScale[],
): Record<string, number> {
  const values: Record<string, number> = {};
  scales.forEach((scale, f) => {
    const transformed = scale.mean + (centre[f] ?? 0) * scale.sd;
    values[scale.feature] = scale.log ? Math.expm1(transformed) : transformed;
  });
  return values;
}

/** log1p that keeps the sign: monetary features can be net negative (cancellations exceeding orders). */
function signedLog1p(value: number): number {
  return Math.sign(value) * Math.log1p(Math.abs(value));
}

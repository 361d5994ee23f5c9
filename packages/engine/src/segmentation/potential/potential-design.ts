import type { SegmentationAccount } from "../types";

/** Log-linear design: intercept, centred ln employees and ln annual revenue, and a 0/1 column per frequent level. */
export type PotentialDesign = {
  industries: string[];
  countries: string[];
  /** Training means of ln employees and ln annual revenue (the numeric columns are centred on them). */
  means: [number, number];
};

/** Ridge penalty on each level effect (in ln units); see fitRidge. */
export const LEVEL_RIDGE = 1;
/** A token penalty on the numeric slopes: employees and revenue are often almost collinear. */
export const SLOPE_RIDGE = 1e-6;

/** ln employees and ln annual revenue, or null when either is missing or not positive. */
export function firmographics(account: SegmentationAccount): [number, number] | null {
  const employees = account.employees;
  const revenue = account.annualRevenue === null ? Number.NaN : Number(account.annualRevenue);
  if (employees === null || !(employees > 0) || !(revenue > 0)) return null;
  return [Math.log(employees), Math.log(revenue)];
}

/** Levels with at least `minimum` training customers; the others are pooled (all zeros = the all-level average). */
export function frequentLevels(values: readonly (string | null)[], minimum: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count >= minimum)
    .map(([level]) => level)
    .sort();
}

export function featureNames(design: PotentialDesign): string[] {
  return [
    "intercept",
    "ln employees",
    "ln annual revenue",
    ...design.industries.map((level) => `industry: ${level}`),
    ...design.countries.map((level) => `country: ${level}`),
  ];
}

export function penaltiesOf(design: PotentialDesign): number[] {
  return [
    0,
    SLOPE_RIDGE,
    SLOPE_RIDGE,
    ...design.industries.map(() => LEVEL_RIDGE),
    ...design.countries.map(() => LEVEL_RIDGE),
  ];
}

/** The account's design row (it must have firmographics). */
export function designRow(
  account: SegmentationAccount,
  logs: [number, number],
  design: PotentialDesign,
): number[] {
  return [
    1,
    logs[0] - design.means[0],
    logs[1] - design.means[1],
    ...design.industries.map((level) => (account.industry === level ? 1 : 0)),
    ...design.countries.map((level) => (account.countryCode === level ? 1 : 0)),
  ];
}

import type { Dec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { AttainmentDec } from "./build-payee-context";
import { rateAtDec } from "./evaluate-tiers";
import type { ParsedTierTable } from "./parse-tier-table";

/**
 * Attainment credit / quota ≥ `threshold`, decided exactly (credit against threshold × quota), never through the
 * rounded ratio: 99,999.50 of 100,000 is below 1.00 although its ratio displays as 1.0000. No quota (or 0): false.
 */
export function attainmentAtLeast(figures: AttainmentDec, threshold: Dec): boolean {
  const { credit, quota } = figures;
  if (quota === null || quota.isZero()) return false;
  const bound = threshold.times(quota);
  return quota.isPositive() ? credit.gte(bound) : credit.lte(bound);
}

/**
 * The band and rate of an attainment table at credit / quota, with the bands scaled by the quota (exact band
 * choice; interpolated rates to 12 places as everywhere). Null without a quota (or a zero one).
 */
export function rateAtAttainment(
  table: ParsedTierTable,
  figures: AttainmentDec,
): { band: number; rate: Dec; credit: Dec; quota: Dec } | null {
  const { credit, quota } = figures;
  if (quota === null || quota.isZero()) return null;
  // A negative quota (never expected) keeps the ratio's sign: credit / quota = (−credit) / (−quota).
  const positive = quota.isPositive();
  const c = positive ? credit : credit.neg();
  const q = positive ? quota : quota.neg();
  const { band, rate } = rateAtDec(table, c, q);
  return { band, rate, credit: c, quota: q };
}

/** Attainment as a decimal for formulas: credit / quota to 20 places, rounded down (so it never reaches a threshold it is below). */
export function attainmentForFormula(figures: AttainmentDec): string {
  const { credit, quota } = figures;
  if (quota === null || quota.isZero()) return "0";
  const text = divideDec(credit, quota, 20, "down");
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

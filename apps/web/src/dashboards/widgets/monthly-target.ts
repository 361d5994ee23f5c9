import type { KpiUnit } from "../../api/kpi-types";

/**
 * The target line of a trend chart. A rate, a ratio, days or a score has the same target every month; a sum
 * (currency, count) spreads the period's target evenly over the period's months (`from`..`to`): exact BigInt
 * division to 2 places, half away from zero.
 */
export function monthlyTarget(target: string | null, unit: KpiUnit, from: string, to: string): string | null {
  if (target === null || !/^-?\d+(\.\d+)?$/.test(target)) return null;
  if (unit !== "currency" && unit !== "count") return target;
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7)) +
    1;
  if (months <= 0) return null;
  const [int = "0", frac = ""] = target.replace("-", "").split(".");
  const scale = Math.max(frac.length, 2);
  const scaled = BigInt(int + frac.padEnd(scale, "0"));
  // cents = scaled / (months · 10^(scale−2)), rounded half away from zero.
  const divisor = BigInt(months) * 10n ** BigInt(scale - 2);
  const cents = (scaled * 2n + divisor) / (divisor * 2n);
  const sign = target.startsWith("-") && cents !== 0n ? "-" : "";
  return `${sign}${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
}

import { toDec } from "../money/decimal";
import type { KpiDirection } from "./types";

/**
 * Leaderboard order, for `Array.prototype.sort`: best first for the KPI's direction (`up` and `neutral`: highest
 * first; `down`: lowest first), values without a figure (null) last. Negative when `a` ranks before `b`, 0 when tied.
 */
export function compareKpiValues(a: string | null, b: string | null, direction: KpiDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = toDec(a).comparedTo(toDec(b));
  return direction === "down" ? order : 0 - order;
}

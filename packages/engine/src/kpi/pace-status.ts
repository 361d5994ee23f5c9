import { Dec, toDec } from "../money/decimal";
import type { KpiDirection } from "./types";

export type PaceStatus = "on_track" | "at_risk" | "off_track";

/** The thresholds of docs/kpis.md, "Status": at risk within 10 % of what is due, off track beyond. */
export const AT_RISK_BAND = "0.1";

const BELOW = new Dec(1).minus(AT_RISK_BAND);
const ABOVE = new Dec(1).plus(AT_RISK_BAND);

/**
 * A value against what is due by now. `up` (and `neutral`, when a caller asks): on track at ≥ 100 % of `due`, at risk
 * at ≥ 90 %, else off track. `down` (less is better): on track at ≤ 100 %, at risk at ≤ 110 %, else off track.
 * Compared as products (value ≥ 0.9 × due), so a zero `due` needs no division.
 */
export function paceStatus(value: string, due: string, direction: KpiDirection): PaceStatus {
  const v = toDec(value);
  const d = toDec(due);
  if (direction === "down") {
    if (v.lessThanOrEqualTo(d)) return "on_track";
    return v.lessThanOrEqualTo(d.times(ABOVE)) ? "at_risk" : "off_track";
  }
  if (v.greaterThanOrEqualTo(d)) return "on_track";
  return v.greaterThanOrEqualTo(d.times(BELOW)) ? "at_risk" : "off_track";
}

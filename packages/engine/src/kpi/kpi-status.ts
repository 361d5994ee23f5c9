import { Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { paceStatus } from "./pace-status";
import type { KpiDirection } from "./types";

/**
 * Attainment (docs/kpis.md, "Target, attainment and status"): value ÷ target for `up` and `neutral` KPIs, target ÷
 * value for `down` ones (a sales cycle of 40 days against 45 is 1.1250), 4 places, ties away from zero; null when
 * either is missing or the divisor is zero. value = target is exactly "1.0000".
 */
export function kpiAttainment(
  value: string | null,
  target: string | null,
  direction: KpiDirection,
): string | null {
  if (value === null || target === null) return null;
  const [dividend, divisor] =
    direction === "down" ? [toDec(target), toDec(value)] : [toDec(value), toDec(target)];
  if (divisor.isZero()) return null;
  return divideDec(dividend, divisor, 4, "half_up");
}

/**
 * On track / at risk / off track against the target (thresholds in pace-status.ts), or, for a KPI that accrues (a
 * sum: bookings, calls) in an unfinished period, against the linear pace `target × elapsed`. `elapsed` is the share
 * of the period gone, 0–1 as a decimal string (elapsedShare), clamped to 0–1. Null for `neutral` KPIs and when the
 * value or the target is missing.
 */
export function kpiStatus(params: {
  value: string | null;
  target: string | null;
  direction: KpiDirection;
  /** How the KPI accrues: a `sum` KPI grows through the period and is compared with the pace; others are compared as they are. */
  accrues: boolean;
  elapsed: string;
}): "on_track" | "at_risk" | "off_track" | null {
  const { value, target, direction, accrues } = params;
  const elapsed = toDec(params.elapsed);
  if (direction === "neutral" || value === null || target === null) return null;
  const share = Dec.max(0, Dec.min(elapsed, 1));
  const due = accrues ? toDec(target).times(share) : toDec(target);
  return paceStatus(value, due.isZero() ? "0" : due.toFixed(), direction);
}

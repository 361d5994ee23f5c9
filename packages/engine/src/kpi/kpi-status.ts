import { EngineInputError } from "../errors";
import type { KpiDirection } from "./types";

/**
 * Contract placeholder: value ÷ target for `up` and `neutral` KPIs, target ÷ value for `down` ones, 4 places; null
 * when either is missing or the divisor is zero.
 */
export function kpiAttainment(
  _value: string | null,
  _target: string | null,
  _direction: KpiDirection,
): string | null {
  throw new EngineInputError("kpiAttainment is not built yet", null);
}

/**
 * Contract placeholder: on track / at risk / off track against the target, or against the linear pace to it when the
 * period is unfinished (`elapsed` = share of the period gone, 0–1, as a decimal string).
 */
export function kpiStatus(_params: {
  value: string | null;
  target: string | null;
  direction: KpiDirection;
  /** How the KPI accrues: a `sum` KPI grows through the period and is compared with the pace; others are compared as they are. */
  accrues: boolean;
  elapsed: string;
}): "on_track" | "at_risk" | "off_track" | null {
  throw new EngineInputError("kpiStatus is not built yet", null);
}

import { EngineInputError } from "../errors";
import type { KpiDirection } from "../kpi/types";

export type GoalProgressInput = {
  direction: KpiDirection;
  /** Whether the KPI accrues over time (a sum: bookings, calls) or is a level (a rate, an average). */
  accrues: boolean;
  target: string;
  baseline: string | null;
  startsOn: string;
  deadline: string;
  today: string;
  /** The KPI's value over [startsOn, min(today, deadline)], or null with the KPI's reason. */
  value: string | null;
  milestones: { id: string; label: string; dueOn: string; target: string; value: string | null }[];
};

export type GoalProgress = {
  value: string | null;
  /** Progress toward the target: for accruing KPIs value ÷ target; for levels (value − baseline) ÷ (target − baseline) when a baseline is set, else value ÷ target (down: inverted). 4 places. */
  ratio: string | null;
  /** What the pace requires by today (the last milestone due, interpolated linearly to the next one or the deadline). */
  expectedByToday: string | null;
  status: "on_track" | "at_risk" | "off_track" | "achieved" | "missed" | "not_started";
  milestones: {
    id: string;
    label: string;
    dueOn: string;
    target: string;
    value: string | null;
    met: boolean | null;
  }[];
  /** Why, in words, for the alert and the page ("Bookings €120,000 against €150,000 expected by today"). */
  explanation: string;
};

/** Contract placeholder (docs/goals.md): progress, pace and status of a SMART goal on a day. */
export function evaluateGoalProgress(_input: GoalProgressInput): GoalProgress {
  throw new EngineInputError("evaluateGoalProgress is not built yet", null);
}

import { isValidDate } from "../calendar/dates";
import { EngineInputError } from "../errors";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { paceStatus } from "../kpi/pace-status";
import { kpiValuePlaces } from "../kpi/round-kpi-value";
import type { KpiDirection, KpiUnit } from "../kpi/types";
import { explainGoalProgress, type GoalExplanationCode } from "./explain-goal-progress";
import { expectedByDay } from "./goal-pace";

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
  /** The KPI's unit: `expectedByToday` is rounded as its values (count: 2 places). Absent: 4 places. */
  unit?: KpiUnit;
  /** The KPI's name for the explanation ("Bookings vs target"); absent: "The value". */
  kpiName?: string;
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
  /**
   * The explanation as a code and plain-decimal parameters, for a client that words it in its own language. Always
   * set by evaluateGoalProgress; optional so progress built elsewhere (a placeholder) stays valid.
   */
  explanationCode?: GoalExplanationCode;
  explanationParams?: Record<string, string>;
};

/**
 * Progress, pace and status of a SMART goal on a day (docs/goals.md, "Progress"). Status, first that applies:
 * `not_started` before the start; `achieved` when the target is reached — an accruing `up` (or `neutral`) KPI as
 * soon as value ≥ target, any other only from the deadline on; `missed` after the deadline; otherwise the value
 * against the pace with the thresholds of kpiStatus (a null value is `at_risk`: nothing to judge yet).
 */
export function evaluateGoalProgress(input: GoalProgressInput): GoalProgress {
  checkInput(input);
  const { direction, accrues, target, baseline, startsOn, deadline, today, value } = input;
  const started = today >= startsOn;
  const places = input.unit === undefined ? 4 : kpiValuePlaces(input.unit, true);
  const firstMilestone = [...input.milestones].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0];
  // An accrual starts from nothing; a level from its baseline, or — with none — holds its first due value.
  const start = accrues ? "0" : (baseline ?? firstMilestone?.target ?? target);
  const expectedByToday = started
    ? expectedByDay({ start, target, startsOn, deadline, milestones: input.milestones, today, places })
    : null;
  const reached = value !== null && meets(value, target, direction);
  const status: GoalProgress["status"] = !started
    ? "not_started"
    : reached && ((accrues && direction !== "down") || today >= deadline)
      ? "achieved"
      : today > deadline
        ? "missed"
        : value === null || expectedByToday === null
          ? "at_risk"
          : paceStatus(value, expectedByToday, direction);
  const explained = explainGoalProgress({ ...input, status, expectedByToday });
  return {
    value,
    ratio: progressRatio(input),
    expectedByToday,
    status,
    milestones: input.milestones.map((milestone) => ({
      ...milestone,
      met: milestoneMet(milestone, direction, today),
    })),
    explanation: explained.text,
    explanationCode: explained.code,
    explanationParams: explained.params,
  };
}

function meets(value: string, target: string, direction: KpiDirection): boolean {
  const order = toDec(value).comparedTo(toDec(target));
  return direction === "down" ? order <= 0 : order >= 0;
}

/** Null before the due day; on it, true once reached (the day is not over); after it, whether it was reached. */
function milestoneMet(
  milestone: GoalProgressInput["milestones"][number],
  direction: KpiDirection,
  today: string,
): boolean | null {
  if (today < milestone.dueOn || milestone.value === null) return null;
  if (meets(milestone.value, milestone.target, direction)) return true;
  return today === milestone.dueOn ? null : false;
}

function progressRatio(input: GoalProgressInput): string | null {
  const { value, target, baseline, accrues, direction } = input;
  if (value === null) return null;
  const [dividend, divisor] =
    !accrues && baseline !== null
      ? [toDec(value).minus(toDec(baseline)), toDec(target).minus(toDec(baseline))]
      : !accrues && direction === "down"
        ? [toDec(target), toDec(value)]
        : [toDec(value), toDec(target)];
  return divisor.isZero() ? null : divideDec(dividend, divisor, 4, "half_up");
}

function checkInput(input: GoalProgressInput): void {
  for (const [field, day] of [
    ["startsOn", input.startsOn],
    ["deadline", input.deadline],
    ["today", input.today],
    ...input.milestones.map((m) => [`milestone ${m.id} dueOn`, m.dueOn] as const),
  ] as const) {
    if (!isValidDate(day)) throw new EngineInputError(`Goal ${field} is not a YYYY-MM-DD date: ${day}`, day);
  }
  if (input.deadline < input.startsOn) {
    throw new EngineInputError(
      `Goal deadline ${input.deadline} is before its start ${input.startsOn}`,
      input.deadline,
    );
  }
  for (const milestone of input.milestones) {
    if (milestone.dueOn < input.startsOn || milestone.dueOn > input.deadline) {
      throw new EngineInputError(
        `Milestone ${milestone.id} is due on ${milestone.dueOn}, outside the goal's ${input.startsOn} – ${input.deadline}`,
        milestone.dueOn,
      );
    }
    toDec(milestone.target);
    if (milestone.value !== null) toDec(milestone.value);
  }
  toDec(input.target);
  if (input.baseline !== null) toDec(input.baseline);
  if (input.value !== null) toDec(input.value);
}

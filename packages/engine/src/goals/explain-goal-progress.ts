import type { GoalProgress, GoalProgressInput } from "./evaluate-goal-progress";

export type GoalExplanationCode = GoalProgress["status"] | "no_value";

/**
 * The sentence beside a goal's status, in plain English with plain decimals ("Bookings vs target: 120000.00 against
 * 150000.00 expected by today (target 300000.00 by 2026-12-31)"), and the same as a code and parameters so the
 * web can word it in French with its own number formats. Parameters: value, target, expected, startsOn, deadline.
 */
export function explainGoalProgress(
  input: GoalProgressInput & { status: GoalProgress["status"]; expectedByToday: string | null },
): { text: string; code: GoalExplanationCode; params: Record<string, string> } {
  const { status, value, target, startsOn, deadline, expectedByToday } = input;
  const subject = input.kpiName ?? "The value";
  const params: Record<string, string> = { target, startsOn, deadline };
  if (value !== null) params.value = value;
  if (expectedByToday !== null) params.expected = expectedByToday;
  const goal = `target ${target} by ${deadline}`;
  if (status === "not_started") {
    return { text: `Not started: the goal starts on ${startsOn} (${goal}).`, code: status, params };
  }
  if (value === null) {
    const text =
      status === "missed"
        ? `Missed: ${subject} has no value, and the deadline ${deadline} has passed (${goal}).`
        : `${subject} has no value yet, so progress cannot be judged (${goal}).`;
    return { text, code: status === "missed" ? "missed" : "no_value", params };
  }
  if (status === "achieved")
    return { text: `Achieved: ${subject} ${value} against a ${goal}.`, code: status, params };
  if (status === "missed")
    return { text: `Missed: ${subject} ${value} against a ${goal}.`, code: status, params };
  const word = status === "on_track" ? "On track" : status === "at_risk" ? "At risk" : "Off track";
  return {
    text: `${word}: ${subject} ${value} against ${expectedByToday ?? target} expected by today (${goal}).`,
    code: status,
    params,
  };
}

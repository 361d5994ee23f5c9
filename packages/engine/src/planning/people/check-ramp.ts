import { toDec } from "../../money/decimal";
import { checkDecimal } from "../targets/check-decimal";
import type { PlanningIssue, RampSchedule } from "../types";

/**
 * Everything wrong with a ramp schedule: no values ("ramp_empty"), values that are not decimals or negative, and a
 * share over 1 (or an amount over the full monthly quota, when given): "ramp_over_100" — 150 % typed for 15 %
 * would give a new hire more than a ramped rep.
 */
export function checkRamp(
  ramp: RampSchedule,
  field = "ramp",
  nodeId?: string,
  fullMonthly?: string,
): PlanningIssue[] {
  const where = nodeId === undefined ? {} : { nodeId };
  if (typeof ramp !== "object" || ramp === null || (ramp.kind !== "share" && ramp.kind !== "amount"))
    return [
      {
        code: "invalid",
        message: 'A ramp schedule is { kind: "share" | "amount", values }',
        field,
        ...where,
      },
    ];
  if (!Array.isArray(ramp.values) || ramp.values.length === 0)
    return [
      { code: "ramp_empty", message: "The ramp schedule has no months", field: `${field}.values`, ...where },
    ];
  const issues: PlanningIssue[] = [];
  const cap = ramp.kind === "share" ? "1" : fullMonthly;
  ramp.values.forEach((value, i) => {
    const at = `${field}.values[${i}]`;
    const issue = checkDecimal(value, `Ramp month ${i + 1}`, at, nodeId);
    if (issue) issues.push(issue);
    else if (cap !== undefined && checkDecimal(cap, "", "") === null && toDec(value).greaterThan(toDec(cap)))
      issues.push({
        code: "ramp_over_100",
        message:
          ramp.kind === "share"
            ? `Ramp month ${i + 1} is ${value}, over 100 % (shares are 0–1: 0.25 for 25 %)`
            : `Ramp month ${i + 1} is ${value}, over the full monthly quota ${cap}`,
        field: at,
        ...where,
      });
  });
  return issues;
}

import { currencyMinorUnits } from "../money/currency-minor-units";
import { compareAmounts } from "../money/compare-amounts";
import type { PlanDefinition } from "./plan";
import type { IssueSink } from "./validate-plan-issue";

/** Plan-wide rules: dates in order, a known currency, and draw / clawback / holdback shares that make sense. */
export function checkPolicies(plan: PlanDefinition, report: IssueSink): void {
  if (plan.effectiveTo !== null && plan.effectiveTo < plan.effectiveFrom) {
    report(["effectiveTo"], `effectiveTo ${plan.effectiveTo} is before effectiveFrom ${plan.effectiveFrom}`);
  }
  try {
    currencyMinorUnits(plan.currency);
  } catch {
    report(
      ["currency"],
      `unknown currency "${plan.currency}" (expected an ISO 4217 code such as EUR or USD)`,
    );
  }
  const share = (value: string) => ({
    below0: compareAmounts(value, "0") < 0,
    above1: compareAmounts(value, "1") > 0,
  });
  if (plan.draw !== null) {
    if (compareAmounts(plan.draw.amount, "0") < 0)
      report(["draw", "amount"], `draw amount must not be negative, got ${plan.draw.amount}`);
    const s = share(plan.draw.recoveryShare);
    if (s.below0 || s.above1)
      report(
        ["draw", "recoveryShare"],
        `draw recoveryShare must be from 0 to 1, got ${plan.draw.recoveryShare}`,
      );
    if (plan.draw.until !== null && plan.draw.until < plan.effectiveFrom) {
      report(
        ["draw", "until"],
        `draw until ${plan.draw.until} is before the plan starts on ${plan.effectiveFrom}`,
      );
    }
  }
  if (plan.clawback !== null) checkClawback(plan.clawback, report);
  if (plan.holdback !== null) {
    const { share: held } = plan.holdback;
    if (compareAmounts(held, "0") < 0 || compareAmounts(held, "1") >= 0) {
      report(["holdback", "share"], `holdback share must be at least 0 and below 1, got ${held}`);
    }
  }
}

// A sliding schedule is read top-down ("first row whose withinDays covers the days elapsed"), so rows must ascend.
function checkClawback(clawback: NonNullable<PlanDefinition["clawback"]>, report: IssueSink): void {
  const { schedule, method, windowDays } = clawback;
  if (method === "sliding" && schedule.length === 0) {
    report(["clawback", "schedule"], "a sliding clawback needs a schedule of { withinDays, share } rows");
  }
  if (method !== "sliding" && schedule.length > 0) {
    report(
      ["clawback", "schedule"],
      `a schedule is used only by the sliding method (this clawback is ${method})`,
    );
  }
  schedule.forEach((row, i) => {
    const at = ["clawback", "schedule", i];
    const previous = schedule[i - 1];
    if (previous !== undefined && row.withinDays <= previous.withinDays) {
      report(
        [...at, "withinDays"],
        `clawback schedule row ${i + 1} (withinDays ${row.withinDays}) must come after row ${i} (withinDays ${previous.withinDays}) — rows must ascend`,
      );
    }
    if (row.withinDays > windowDays) {
      report(
        [...at, "withinDays"],
        `clawback schedule row ${i + 1} reaches ${row.withinDays} days, beyond the ${windowDays}-day window`,
      );
    }
    if (compareAmounts(row.share, "0") < 0 || compareAmounts(row.share, "1") > 0) {
      report([...at, "share"], `clawback share must be from 0 to 1, got ${row.share}`);
    }
  });
  // A day inside the window that no row covers claws back 0 without a word, so the rows must reach the window's end.
  const reach = Math.max(...schedule.map((row) => row.withinDays));
  if (method === "sliding" && schedule.length > 0 && reach < windowDays) {
    report(
      ["clawback", "schedule", schedule.length - 1, "withinDays"],
      `clawback schedule stops at ${reach} days but the window is ${windowDays} days — gap from day ${reach + 1} to day ${windowDays}, where a reversal would take back 0; end the last row at withinDays ${windowDays} (share 0 if nothing is meant to be taken back)`,
    );
  }
}

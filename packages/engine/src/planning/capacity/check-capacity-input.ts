import { isValidMonth } from "../../calendar/dates";
import { Dec, toDec } from "../../money/decimal";
import { checkBoundedDecimal } from "../fairness/check-bounded-decimal";
import type { CapacityInput, CapacityRole, PlanningIssue } from "../types";
import { checkCapacityRole } from "./check-capacity-role";
import { monthOffset } from "./month-offset";

export const MAX_PLAN_MONTHS = 120;

const issue = (code: PlanningIssue["code"], message: string, field: string): PlanningIssue => ({
  code,
  message,
  field,
});

function checkMonths(input: CapacityInput, issues: PlanningIssue[]): boolean {
  if (!Array.isArray(input.months) || input.months.length === 0 || input.months.length > MAX_PLAN_MONTHS) {
    issues.push(issue("bad_month", `months must list 1 to ${MAX_PLAN_MONTHS} months`, "months"));
    return false;
  }
  let ok = true;
  input.months.forEach((month, i) => {
    if (!isValidMonth(month)) {
      issues.push(
        issue("bad_month", `months[${i}] is not a month (YYYY-MM): ${JSON.stringify(month)}`, `months[${i}]`),
      );
      ok = false;
    } else if (i > 0 && ok && monthOffset(input.months[i - 1] as string, month) !== 1) {
      issues.push(
        issue(
          "bad_month",
          `months must be consecutive: ${month} does not follow ${input.months[i - 1]}`,
          `months[${i}]`,
        ),
      );
      ok = false;
    }
  });
  return ok;
}

function checkShares(roles: readonly CapacityRole[], issues: PlanningIssue[]): void {
  const shares = roles.map((role) => role.targetShare);
  if (shares.some((share) => checkBoundedDecimal(share, "", "", { max: "1" }) !== null)) return;
  const total = shares.reduce((sum, share) => sum.plus(toDec(share)), new Dec(0));
  if (!total.equals(1))
    issues.push(
      issue(
        "weights_not_one",
        `The roles' target shares must sum to 1, they sum to ${total.toFixed()}`,
        "roles",
      ),
    );
}

/**
 * Every problem with a capacity input: consecutive valid months (1–120) with one target each (≥ 0), roles with
 * unique names, productivity ≥ 0, utilisation and target share 0–1 (shares summing to 1; a role carrying target
 * must sell), annual attrition 0 ≤ a < 1, lead time 0–36 whole months, a ramp of shares 0–1, heads' tenure 0–1,200
 * months, valid months everywhere, places 0–10.
 */
export function checkCapacityInput(input: CapacityInput): PlanningIssue[] {
  const issues: PlanningIssue[] = [];
  const monthsOk = checkMonths(input, issues);
  if (!Array.isArray(input.target))
    issues.push(issue("invalid", "target must be a list of monthly amounts", "target"));
  else {
    if (monthsOk && input.target.length !== input.months.length)
      issues.push(
        issue(
          "invalid",
          `target has ${input.target.length} months, months has ${input.months.length}`,
          "target",
        ),
      );
    input.target.forEach((amount, i) => {
      const problem = checkBoundedDecimal(amount, `The target of month ${i + 1}`, `target[${i}]`);
      if (problem) issues.push(problem);
    });
  }
  if (!isValidMonth(input.firstOpenMonth))
    issues.push(
      issue(
        "bad_month",
        `firstOpenMonth is not a month (YYYY-MM): ${JSON.stringify(input.firstOpenMonth)}`,
        "firstOpenMonth",
      ),
    );
  if (
    input.places !== undefined &&
    (!Number.isInteger(input.places) || input.places < 0 || input.places > 10)
  )
    issues.push(
      issue("invalid", `places must be a whole number from 0 to 10, got ${input.places}`, "places"),
    );
  if (!Array.isArray(input.roles) || input.roles.length === 0) {
    issues.push(issue("invalid", "roles must list at least one role", "roles"));
    return issues;
  }
  const names = new Set<string>();
  input.roles.forEach((role, i) => {
    const at = `roles[${i}]`;
    if (typeof role?.role !== "string" || role.role === "") {
      issues.push(issue("invalid", `${at}.role must be a non-empty name`, `${at}.role`));
      return;
    }
    if (names.has(role.role))
      issues.push({
        ...issue("invalid", `Role ${role.role} is listed twice`, `${at}.role`),
        nodeId: role.role,
      });
    names.add(role.role);
    checkCapacityRole(role, at, issues);
  });
  checkShares(input.roles, issues);
  return issues;
}

import { isValidMonth } from "../../calendar/dates";
import { toDec } from "../../money/decimal";
import { checkBoundedDecimal } from "../fairness/check-bounded-decimal";
import type { CapacityRole, PlanningIssue } from "../types";

export const MAX_LEAD_MONTHS = 36;

const issue = (code: PlanningIssue["code"], message: string, field: string): PlanningIssue => ({
  code,
  message,
  field,
});

function checkRamp(role: CapacityRole, at: string, issues: PlanningIssue[]): void {
  const values = role.ramp?.kind === "share" && Array.isArray(role.ramp.values) ? role.ramp.values : null;
  if (values === null) {
    issues.push(issue("invalid", `${at}.ramp must be { kind: "share", values: [...] }`, `${at}.ramp`));
    return;
  }
  if (values.length === 0)
    issues.push(issue("ramp_empty", `The ramp of role ${role.role} has no months`, `${at}.ramp.values`));
  values.forEach((value, i) => {
    const problem = checkBoundedDecimal(
      value,
      `Ramp month ${i + 1} of role ${role.role}`,
      `${at}.ramp.values[${i}]`,
      {
        max: "1",
        code: "ramp_over_100",
      },
    );
    if (problem) issues.push(problem);
  });
}

/**
 * Problems with one role: factors in range, a ramp of shares 0–1, a role carrying target that can sell, lead time
 * 0–36 whole months, heads' tenure 0–1,200 months and valid leave and start months. Pushed onto `issues`.
 */
export function checkCapacityRole(role: CapacityRole, at: string, issues: PlanningIssue[]): void {
  const push = (problem: PlanningIssue | null) => {
    if (problem) issues.push({ ...problem, nodeId: role.role });
  };
  const name = `role ${role.role}`;
  push(checkBoundedDecimal(role.productivity, `The productivity of ${name}`, `${at}.productivity`));
  push(
    checkBoundedDecimal(role.utilisation, `The utilisation of ${name}`, `${at}.utilisation`, { max: "1" }),
  );
  push(
    checkBoundedDecimal(role.targetShare, `The target share of ${name}`, `${at}.targetShare`, { max: "1" }),
  );
  push(
    checkBoundedDecimal(role.attrition, `The annual attrition of ${name}`, `${at}.attrition`, {
      max: "1",
      maxExclusive: true,
    }),
  );
  if (
    !Number.isInteger(role.hiringLeadMonths) ||
    role.hiringLeadMonths < 0 ||
    role.hiringLeadMonths > MAX_LEAD_MONTHS
  )
    push(
      issue(
        "invalid",
        `The hiring lead time of ${name} must be 0 to ${MAX_LEAD_MONTHS} whole months, got ${role.hiringLeadMonths}`,
        `${at}.hiringLeadMonths`,
      ),
    );
  checkRamp(role, at, issues);
  const carries =
    checkBoundedDecimal(role.targetShare, "", "", { max: "1" }) === null && !toDec(role.targetShare).isZero();
  const sells = [role.productivity, role.utilisation].every(
    (value) => checkBoundedDecimal(value, "", "") === null && toDec(value).greaterThan(0),
  );
  if (carries && !sells)
    push(
      issue(
        "bad_factor",
        `Role ${role.role} carries target but sells nothing: productivity and utilisation must be above 0`,
        `${at}.productivity`,
      ),
    );
  if (!Array.isArray(role.current)) push(issue("invalid", `${at}.current must be a list`, `${at}.current`));
  else
    role.current.forEach((head, i) => {
      if (!Number.isInteger(head?.tenureMonths) || head.tenureMonths < 0 || head.tenureMonths > 1200)
        push(
          issue(
            "invalid",
            `The tenure of head ${head?.id ?? i} of ${name} must be 0 to 1,200 whole months, got ${head?.tenureMonths}`,
            `${at}.current[${i}].tenureMonths`,
          ),
        );
      if (head?.leaveMonth !== undefined && !isValidMonth(head.leaveMonth))
        push(
          issue(
            "bad_month",
            `The leave month of head ${head.id} of ${name} is not a month (YYYY-MM): ${JSON.stringify(head.leaveMonth)}`,
            `${at}.current[${i}].leaveMonth`,
          ),
        );
    });
  if (!Array.isArray(role.openRequisitions))
    push(issue("invalid", `${at}.openRequisitions must be a list`, `${at}.openRequisitions`));
  else
    role.openRequisitions.forEach((req, i) => {
      if (!isValidMonth(req?.startMonth))
        push(
          issue(
            "bad_month",
            `The start month of open requisition ${i + 1} of ${name} is not a month (YYYY-MM): ${JSON.stringify(req?.startMonth)}`,
            `${at}.openRequisitions[${i}].startMonth`,
          ),
        );
    });
}

import { tryParseMonth } from "../../calendar/civil-date";
import { throwIfIssues } from "../planning-input-error";
import type { MonthFactor, PlanningIssue, PlanningPerson, RampSchedule } from "../types";
import { checkPerson } from "./check-person";
import { checkRamp } from "./check-ramp";
import { computeMonthFactors } from "./compute-month-factors";

/**
 * A person's availability, ramp and factor per month, by the same rules as quota proration (quota/month-factors):
 * months — 1 when employed on any day of the month; days — days employed ÷ days in the month (hire and leave dates
 * inclusive), rounded half even to `places` when it has no exact decimal (10/31); the hire month is tenure month 1
 * of the ramp, past its end the last share applies, no hire date is fully ramped. factor = availability × ramp.
 */
export function monthFactors(
  person: PlanningPerson,
  months: string[],
  proration: "months" | "days",
  ramp: RampSchedule & { kind: "share" },
  places = 6,
): MonthFactor[] {
  const issues: PlanningIssue[] = [...checkPerson(person), ...checkRamp(ramp, "ramp", person?.id)];
  if (proration !== "months" && proration !== "days")
    issues.push({
      code: "invalid",
      message: `Proration is "months" or "days", got ${JSON.stringify(proration)}`,
      field: "proration",
    });
  if (!Array.isArray(months))
    issues.push({ code: "bad_month", message: "months must be a list of YYYY-MM", field: "months" });
  else
    months.forEach((month, i) => {
      if (tryParseMonth(month) === null)
        issues.push({
          code: "bad_month",
          message: `months[${i}] must be YYYY-MM, got ${JSON.stringify(month)}`,
          field: `months[${i}]`,
        });
    });
  throwIfIssues(issues);
  return computeMonthFactors(person, months, proration, ramp, places);
}

import type { FiscalCalendar } from "../../calendar/fiscal-year";
import type { PeriodKind } from "../../comp/plan";
import type { RoundingMode } from "../../money/round-amount";
import { periodQuotas } from "../../quota/period-quotas";
import type { QuotaResult, Seasonality } from "../../quota/types";
import { throwIfIssues } from "../planning-input-error";
import { checkDecimal } from "../targets/check-decimal";
import type { PlanningIssue, PlanningPerson, RampSchedule } from "../types";
import { checkPerson } from "./check-person";
import { checkRamp } from "./check-ramp";

export type ProratedQuotaInput = {
  person: PlanningPerson;
  fiscalYear: number;
  calendar: FiscalCalendar;
  /** The full-year quota of the seat. */
  annual: string;
  seasonality: Seasonality | null;
  proration: "months" | "days";
  ramp: (RampSchedule & { kind: "share" }) | null;
  periodKind: PeriodKind;
  rounding?: { places: number; mode: RoundingMode };
};

/**
 * A planned person's quota per period, prorated for a mid-year hire or leaver and ramped: the planning face of
 * periodQuotas (docs/calculations/quota-proration.md), which holds the rule. Planning's checks run first, so a bad
 * ramp is a PlanningIssue ("ramp_over_100") like everywhere else in planning.
 */
export function proratedQuotas(input: ProratedQuotaInput): QuotaResult {
  const issues: PlanningIssue[] = [...checkPerson(input.person)];
  const annualIssue = checkDecimal(input.annual, "The annual quota", "annual", input.person?.id);
  if (annualIssue) issues.push(annualIssue);
  if (input.ramp !== null) issues.push(...checkRamp(input.ramp, "ramp", input.person?.id));
  throwIfIssues(issues);
  return periodQuotas({
    fiscalYear: input.fiscalYear,
    calendar: input.calendar,
    quota: { annual: input.annual },
    seasonality: input.seasonality,
    hireDate: input.person.hireDate,
    leaveDate: input.person.leaveDate,
    proration: input.proration,
    ramp: input.ramp?.values ?? null,
    periodKind: input.periodKind,
    ...(input.rounding ? { rounding: input.rounding } : {}),
  });
}

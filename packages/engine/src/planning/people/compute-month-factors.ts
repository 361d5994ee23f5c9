import { lastDayOfMonth } from "../../calendar/dates";
import { Dec, toDec } from "../../money/decimal";
import { divideDec } from "../../money/divide-amount";
import type { FiscalMonth } from "../../quota/fiscal-months";
import { activeShare, rampShare } from "../../quota/month-factors";
import type { QuotaInput } from "../../quota/types";
import type { MonthFactor, PlanningPerson, RampSchedule } from "../types";

/** monthFactors without its checks, for callers that checked their whole input once (bottomUp). */
export function computeMonthFactors(
  person: PlanningPerson,
  months: readonly string[],
  proration: "months" | "days",
  ramp: RampSchedule & { kind: "share" },
  places: number,
): MonthFactor[] {
  const rules: QuotaInput = {
    fiscalYear: 0,
    calendar: { startMonth: 1, naming: "start" },
    quota: { annual: "0" },
    seasonality: null,
    hireDate: person.hireDate,
    leaveDate: person.leaveDate,
    proration,
    ramp: ramp.values,
    periodKind: "month",
  };
  return months.map((month, index): MonthFactor => {
    const fiscalMonth: FiscalMonth = {
      month,
      index,
      quarter: 0,
      start: `${month}-01`,
      end: lastDayOfMonth(month),
      periodKey: month,
    };
    const { share } = activeShare(fiscalMonth, rules);
    const availability = new Dec(divideDec(share.num, share.den, places, "half_even")).toFixed();
    const rampValue = toDec(rampShare(fiscalMonth, rules)).toFixed();
    return { month, availability, ramp: rampValue, factor: toDec(availability).times(rampValue).toFixed() };
  });
}

import {
  divideAmount,
  type FiscalCalendar,
  fiscalYearRange,
  isZero,
  multiplyAmount,
  type PlanDefinition,
  roundTo,
  sumAmounts,
} from "@attain/engine";
import type { PlanVersionStatus } from "@attain/db";
import type { CalcDb } from "../../compensation/calculation/calc-db";
import { loadPayeePlans } from "../../compensation/calculation/load-payee-plans";
import { resolveCalcPeriod } from "../../compensation/calculation/resolve-calc-period";
import { calculatePlanYear } from "../../plans/calculate-plan-year";
import { loadPlanVersions } from "../comp-plans/load-plan-versions";
import { syntheticCredit } from "./synthetic-credit";

export type CostOfSalesPerson = {
  personId: string;
  name: string;
  planKey: string;
  quota: string;
  /** The attainment assumed (e.g. the median simulated one) and quota × it, per pay period, summed. */
  expectedAttainment: string;
  expectedBookings: string;
  /** Σ over the year's pay periods of the plan's earned amount. */
  payout: string;
};

export type CostOfSales = {
  currency: string;
  costOfSales: string;
  expectedBookings: string;
  /** costOfSales ÷ expectedBookings, 4 places half-even; null when nothing is expected. */
  ratio: string | null;
  people: CostOfSalesPerson[];
  /** People left out and why (no published plan at the year's start, another currency, an engine error). */
  problems: { personId: string; name: string; message: string }[];
  /** The plan versions the calculated people were paid on, by plan name then version. */
  compPlans: CostOfSalesPlan[];
};

export type CostOfSalesPlan = {
  planId: string;
  planName: string;
  version: number;
  status: PlanVersionStatus;
};

/**
 * Cost of sales of a scenario computed by the compensation engine: each person node with a published plan
 * assignment in force on the fiscal year's first day is calculated, period by period of the plan year (the plan's own
 * period: quarter, month or year), on the scenario's quota for that period and one synthetic credit of the expected
 * amount of the scenario's measure (quota × expected attainment, rounded half up to the cent; `expectedBookings`
 * is that amount, named for the bookings measure), carrying state between periods as a run does.
 * The earned amounts are summed. Plans in another currency than the scenario's are reported, not converted.
 * `compPlans` swaps a plan's version for the one chosen (a draft: "what would the new plan cost at these quotas?");
 * the choice was checked when it was saved (comp-plans/check-comp-plan-choices.ts). The choice applies to people
 * whose plan has a published version in force; a plan that has none yet is reported for them as before.
 */
export async function estimateCostOfSales(
  database: CalcDb,
  params: {
    workspaceId: string;
    fiscalYear: number;
    /** The scenario's measure: the synthetic credits carry it, as the quotas are in it. */
    measure: string;
    calendar: FiscalCalendar;
    currency: string;
    months: readonly string[];
    people: readonly { personId: string; name: string; months: readonly string[] }[];
    expectedAttainment: (personId: string) => string;
    compPlans?: readonly { planId: string; versionId: string }[] | undefined;
  },
): Promise<CostOfSales> {
  const year = fiscalYearRange(params.fiscalYear, params.calendar);
  const { payees: inForce } = await loadPayeePlans(database.sql, {
    workspaceId: params.workspaceId,
    period: { start: year.start, end: year.start },
    personIds: params.people.map((p) => p.personId),
  });
  const chosen = await loadPlanVersions(database.db, {
    workspaceId: params.workspaceId,
    versionIds: (params.compPlans ?? []).map((c) => c.versionId),
  });
  const chosenByKey = new Map([...chosen.values()].map((v) => [v.planKey, v]));
  const payees = inForce.map((payee) => {
    const version = chosenByKey.get(payee.planKey);
    return version
      ? { ...payee, planVersionId: version.versionId, plan: version.definition as PlanDefinition }
      : payee;
  });
  const planOf = new Map(payees.map((p) => [p.personId, p]));
  const usedVersions = new Set<string>();
  const result: CostOfSales = {
    currency: params.currency,
    costOfSales: "0",
    expectedBookings: "0",
    ratio: null,
    people: [],
    problems: [],
    compPlans: [],
  };
  for (const person of params.people) {
    const payee = planOf.get(person.personId);
    const problem = (message: string) =>
      result.problems.push({ personId: person.personId, name: person.name, message });
    if (!payee) {
      problem(`No published compensation plan in force on ${year.start}.`);
      continue;
    }
    if (payee.plan.currency !== params.currency) {
      problem(
        `Plan "${payee.planKey}" pays in ${payee.plan.currency}, the scenario is in ${params.currency}.`,
      );
      continue;
    }
    const { yearPeriods } = resolveCalcPeriod(firstPeriodKey(payee.plan.period, params), params.calendar);
    const attainment = params.expectedAttainment(person.personId);
    const quotas: Record<string, string> = {};
    const credits = yearPeriods.map((period) => {
      const quota = sumAmounts(
        params.months.flatMap((month, i) =>
          `${month}-01` >= period.start && `${month}-01` <= period.end ? [person.months[i] ?? "0"] : [],
        ),
      );
      quotas[period.key] = quota;
      return syntheticCredit(
        person.personId,
        period,
        params.measure,
        roundTo(multiplyAmount(quota, attainment), 2, "half_up"),
      );
    });
    const payeeInput = {
      id: person.personId,
      name: person.name,
      jobRole: payee.jobRole,
      targetIncentive: payee.targetIncentiveCurrency === payee.plan.currency ? payee.targetIncentive : "0",
      hireDate: payee.hireDate,
      leaveDate: payee.leaveDate,
    };
    try {
      const earned = yearPeriods.map(
        (period) =>
          calculatePlanYear({
            plan: payee.plan,
            payee: payeeInput,
            yearPeriods,
            upTo: period.key,
            credits,
            quotas,
            scores: new Map(),
          }).totals.earned,
      );
      const expectedBookings = sumAmounts(credits.map((c) => c.measures[params.measure] ?? "0"));
      usedVersions.add(payee.planVersionId);
      result.people.push({
        personId: person.personId,
        name: person.name,
        planKey: payee.planKey,
        quota: sumAmounts(Object.values(quotas)),
        expectedAttainment: attainment,
        expectedBookings,
        payout: sumAmounts(earned),
      });
    } catch (error) {
      problem(`The plan could not be calculated: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const used = await loadPlanVersions(database.db, {
    workspaceId: params.workspaceId,
    versionIds: [...usedVersions],
  });
  result.compPlans = [...used.values()]
    .map(({ planId, planName, version, status }) => ({ planId, planName, version, status }))
    .sort((a, b) => a.planName.localeCompare(b.planName) || a.version - b.version);
  result.costOfSales = sumAmounts(result.people.map((p) => p.payout));
  result.expectedBookings = sumAmounts(result.people.map((p) => p.expectedBookings));
  result.ratio = isZero(result.expectedBookings)
    ? null
    : divideAmount(result.costOfSales, result.expectedBookings, 4, "half_even");
  return result;
}

/** The key of the plan year's first period in the plan's own grain (FY2027: "2027", "2027-Q1", or its first month). */
function firstPeriodKey(
  kind: "month" | "quarter" | "year",
  params: { fiscalYear: number; months: readonly string[] },
) {
  if (kind === "year") return String(params.fiscalYear);
  if (kind === "quarter") return `${params.fiscalYear}-Q1`;
  return params.months[0] ?? "";
}

import {
  type CreditingRules,
  creditTransactions,
  type ExchangeRate,
  type FiscalCalendar,
  type Payee,
  type PlanDefinition,
  type Transaction,
} from "@attain/engine";
import { resolveCalcPeriod } from "../compensation/calculation/resolve-calc-period";
import { calculatePlanYear } from "./calculate-plan-year";
import type { CalcError, CalcReport, PayeeReport } from "./calc-report";
import type { PeopleFile } from "./parse-people-csv";
import type { MboScores } from "./parse-scores-csv";

export type PlanCalculationInput = {
  plan: PlanDefinition;
  transactions: Transaction[];
  /** Where each transaction came from, so crediting errors name the row. */
  transactionsFile: string;
  transactionRows: Map<string, number>;
  /** null = no people file: everyone credited is a payee on the plan, with no manager and no target incentive. */
  people: PeopleFile | null;
  quotas: Map<string, Record<string, string>>;
  rates: ExchangeRate[];
  scores: MboScores;
  periodKey: string;
  calendar: FiscalCalendar;
};

const COLUMN_OF_FIELD: Record<string, string> = { splits: "split_share", ownerId: "owner" };

/**
 * `attain calc` without a database: credits the plan year's transactions to date (owner and splits; roll-up to
 * managers when the plan has an override), then calculates each payee period by period up to the asked one.
 */
export function runPlanCalculation(input: PlanCalculationInput): CalcReport {
  const { plan } = input;
  const resolved = resolvePeriod(input.periodKey, input.calendar);
  if (resolved.kind !== plan.period) {
    throw new Error(
      `--period ${input.periodKey} is a ${resolved.kind}, but plan ${plan.key} is paid by ${plan.period}`,
    );
  }
  const { period, yearPeriods } = resolved;
  const yearStart = yearPeriods[0]?.start ?? period.start;
  if (plan.effectiveFrom > period.end || (plan.effectiveTo !== null && plan.effectiveTo < yearStart)) {
    throw new Error(
      `plan ${plan.key} is effective ${plan.effectiveFrom} to ${plan.effectiveTo ?? "open"}, not in ${period.key}'s year`,
    );
  }
  const payees = payeesOf(input);
  const rules: CreditingRules = {
    owner: true,
    territories: [],
    relationships: [],
    team: null,
    rollup: plan.components.some((c) => c.kind === "override") ? { levels: "all" } : null,
    // The server's default: roll-ups of one deal's splits add up (the manager counts the whole deal once); the same
    // credit reaching a person through two rules keeps the larger.
    duplicatePolicy: "keep_highest",
  };
  const crediting = creditTransactions({
    transactions: input.transactions.filter((t) => t.date >= yearStart && t.date <= period.end),
    rules,
    reportingLines: input.people?.reportingLines ?? [],
    planCurrency: plan.currency,
    exchangeRates: input.rates,
    payeesWithPlan: new Set(payees.map((p) => p.id)),
  });
  const errors: CalcError[] = crediting.errors.map((e) => ({
    file: input.transactionsFile,
    row: input.transactionRows.get(e.transactionId) ?? 0,
    column: COLUMN_OF_FIELD[e.field] ?? e.field.replace(/^measures\./, ""),
    message: `transaction ${e.transactionId}: ${e.message}`,
  }));
  const reports: PayeeReport[] = [];
  for (const payee of payees) {
    try {
      const result = calculatePlanYear({
        plan,
        payee,
        yearPeriods,
        upTo: period.key,
        credits: crediting.credits.filter((c) => c.payeeId === payee.id),
        quotas: input.quotas.get(payee.id) ?? {},
        scores: input.scores.get(payee.id) ?? new Map(),
      });
      const { attainment, totals, earnedByComponent, nextTier, lines } = result;
      reports.push({
        payeeId: payee.id,
        name: payee.name,
        attainment,
        totals,
        earnedByComponent,
        nextTier,
        lines,
      });
    } catch (error) {
      errors.push({ payee: payee.id, period: period.key, message: (error as Error).message });
    }
  }
  return {
    plan: { key: plan.key, name: plan.name, version: plan.version },
    period,
    currency: plan.currency,
    payees: reports,
    unassigned: crediting.unassigned,
    errors,
  };
}

function resolvePeriod(key: string, calendar: FiscalCalendar) {
  try {
    return resolveCalcPeriod(key, calendar);
  } catch {
    throw new Error(`--period must be a fiscal year YYYY, quarter YYYY-Qn or month YYYY-MM, got "${key}"`);
  }
}

// Payees in id order: the people on this plan, or (without people.csv) everyone a transaction names.
function payeesOf(input: PlanCalculationInput): Payee[] {
  if (input.people !== null) {
    return input.people.people
      .filter((p) => p.plans === null || p.plans.includes(input.plan.key))
      .map(({ plans: _, ...payee }) => payee)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const ids = new Set<string>();
  for (const t of input.transactions) {
    if (t.ownerId !== null) ids.add(t.ownerId);
    for (const split of t.splits) ids.add(split.personId);
  }
  return [...ids]
    .sort()
    .map((id) => ({ id, name: id, jobRole: "", targetIncentive: "0", hireDate: null, leaveDate: null }));
}

import {
  type CalcPeriod,
  calculatePayeePeriod,
  type CreditLine,
  type Payee,
  type PayeePeriodResult,
  type PlanDefinition,
  type PriorPeriods,
  sumAmounts,
} from "@attain/engine";

export type PayeeYearInput = {
  plan: PlanDefinition;
  payee: Payee;
  /** The plan year's periods in order; the calculation runs from the first to `upTo` (its key). */
  yearPeriods: CalcPeriod[];
  upTo: string;
  credits: CreditLine[];
  quotas: Record<string, string>;
  /** period key → MBO component → objective → score. */
  scores: Map<string, Record<string, Record<string, string>>>;
};

/**
 * Calculates one payee for every period of the plan year up to `upTo`, in order, carrying what each period
 * produced (earned by component and by transaction, draw balance, holdbacks, holds) into the next, exactly as
 * a stored run would. Returns the last period's result.
 */
export function calculatePlanYear(input: PayeeYearInput): PayeePeriodResult {
  let prior: PriorPeriods = {
    earnedByComponent: {},
    earnedByTransaction: {},
    drawBalance: "0",
    heldBack: [],
    onHold: [],
  };
  const end = input.yearPeriods.findIndex((p) => p.key === input.upTo);
  let result: PayeePeriodResult | null = null;
  for (const period of input.yearPeriods.slice(0, end + 1)) {
    result = calculatePayeePeriod({
      plan: input.plan,
      payee: input.payee,
      period,
      yearPeriods: input.yearPeriods,
      credits: input.credits.filter((c) => c.date <= period.end),
      quotas: input.quotas,
      // A manager's quota in quotas.csv is their team's quota (overrides tiered on team attainment read it).
      teamQuotas: input.quotas,
      mboScores: input.scores.get(period.key) ?? {},
      prior,
      holds: { payeeHeld: false, transactionIds: [], release: false },
    });
    prior = carry(prior, result);
  }
  if (result === null) throw new Error(`period ${input.upTo} is not in the plan year`);
  return result;
}

function carry(prior: PriorPeriods, result: PayeePeriodResult): PriorPeriods {
  const earnedByComponent = { ...prior.earnedByComponent };
  for (const [component, amount] of Object.entries(result.earnedByComponent)) {
    earnedByComponent[component] = { ...earnedByComponent[component], [result.period]: amount };
  }
  const earnedByTransaction = { ...prior.earnedByTransaction };
  for (const [id, amount] of Object.entries(result.earnedByTransaction)) {
    earnedByTransaction[id] = sumAmounts([earnedByTransaction[id] ?? "0", amount]);
  }
  return { earnedByComponent, earnedByTransaction, ...result.next };
}

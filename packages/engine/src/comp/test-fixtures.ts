import { lastDayOfMonth } from "../calendar/dates";
import type { CalcPeriod, CreditLine, PayeePeriodInput, PriorPeriods } from "./calculation";
import type { Component, PlanDefinition, Tier, TierTable } from "./plan";

/** A USD monthly plan on bookings, rounding per line half_up, no tables, components, draw, clawback or holdback. */
export function planWith(overrides: Partial<PlanDefinition> = {}): PlanDefinition {
  return {
    key: "test-plan",
    name: "Test plan",
    version: 1,
    effectiveFrom: "2025-01-01",
    effectiveTo: null,
    currency: "USD",
    period: "month",
    quotaMeasure: "bookings",
    rounding: { mode: "half_up", apply: "line" },
    rateTables: [],
    tierTables: [],
    variables: [],
    components: [],
    draw: null,
    clawback: null,
    holdback: null,
    ...overrides,
  };
}

/** A tier table from [from, to, rate] rows (to null = open-ended). */
export function tierTable(
  name: string,
  basis: TierTable["basis"],
  method: TierTable["method"],
  bands: [string, string | null, string, string?][],
  boundary: TierTable["boundary"] = "upper",
): TierTable {
  const tiers = bands.map(
    ([from, to, rate, rateAtTo]): Tier => ({ from, to, rate, ...(rateAtTo ? { rateAtTo } : {}) }),
  );
  return { name, basis, method, boundary, tiers };
}

/** A flat-rate commission on bookings, per transaction, monthly reset, no true-up. */
export function flatCommission(name: string, rate: string, extra: Partial<Component> = {}): Component {
  return {
    kind: "commission",
    name,
    measure: "bookings",
    rate: { kind: "flat", rate },
    evaluation: "per_transaction",
    reset: "month",
    trueUp: false,
    ...extra,
  } as Component;
}

/** The months of calendar year `year` as calculation periods. */
export function monthsOf(year: number): CalcPeriod[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, "0");
    return { key: `${year}-${month}`, start: `${year}-${month}-01`, end: lastDayOfMonth(`${year}-${month}`) };
  });
}

/** The calendar quarters of `year` as calculation periods. */
export function quartersOf(year: number): CalcPeriod[] {
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  return ends.map((end, i) => ({
    key: `${year}-Q${i + 1}`,
    start: `${year}-${String(i * 3 + 1).padStart(2, "0")}-01`,
    end: `${year}-${end}`,
  }));
}

/** A direct credit of `bookings` to payee "ana". */
export function credit(
  id: string,
  date: string,
  bookings: string,
  extra: Partial<CreditLine> = {},
): CreditLine {
  return {
    id,
    transactionId: id,
    payeeId: "ana",
    date,
    role: "direct",
    share: "1",
    measures: { bookings },
    attributes: {},
    reversalOf: null,
    path: ["owner"],
    ...extra,
  };
}

export function emptyPrior(overrides: Partial<PriorPeriods> = {}): PriorPeriods {
  return {
    earnedByComponent: {},
    earnedByTransaction: {},
    drawBalance: "0",
    heldBack: [],
    onHold: [],
    ...overrides,
  };
}

/** Payee "ana" (AE, target incentive 60,000) on `plan`, period 2025-01 of the 2025 months, nothing else. */
export function inputFor(plan: PlanDefinition, overrides: Partial<PayeePeriodInput> = {}): PayeePeriodInput {
  const yearPeriods = overrides.yearPeriods ?? monthsOf(2025);
  return {
    plan,
    payee: {
      id: "ana",
      name: "Ana",
      jobRole: "ae",
      targetIncentive: "60000",
      hireDate: null,
      leaveDate: null,
    },
    period: yearPeriods[0] as CalcPeriod,
    yearPeriods,
    credits: [],
    quotas: {},
    teamQuotas: {},
    mboScores: {},
    prior: emptyPrior(),
    holds: { payeeHeld: false, transactionIds: [], release: false },
    ...overrides,
  };
}

/** Earned amounts of the lines of one kind, in order. */
export function amountsOf(lines: { kind: string; amount: string }[], kind: string): string[] {
  return lines.filter((line) => line.kind === kind).map((line) => line.amount);
}

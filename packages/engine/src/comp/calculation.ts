import type { CreditRole, PlanDefinition } from "./plan";

/** A calculation period: key "2025-01" / "2025-Q1" / "2025" (fiscal), dates inclusive `YYYY-MM-DD`. */
export type CalcPeriod = { key: string; start: string; end: string };

/**
 * One transaction credited to one payee (output of crediting/). `measures` are already multiplied by `share`
 * and converted to the plan currency. A cancellation or return is its own credit with negative measures and
 * `reversalOf` = the original transaction's id.
 */
export type CreditLine = {
  id: string;
  transactionId: string;
  payeeId: string;
  /** The credit date: decides the period and the reset window. */
  date: string;
  role: CreditRole;
  share: string;
  measures: Record<string, string>;
  /** product, segment, dealType, region, … as imported. */
  attributes: Record<string, string>;
  reversalOf: string | null;
  /** The crediting rules that produced this line, in order (e.g. ["owner", "rollup: manager of ana"]). */
  path: string[];
};

export type Payee = {
  id: string;
  name: string;
  jobRole: string;
  /** Annual target incentive in the plan currency ("0" when the plan has none). */
  targetIncentive: string;
  hireDate: string | null;
  leaveDate: string | null;
};

/** What earlier periods of the plan year produced, so true-ups, YTD caps, draws and holdbacks carry forward. */
export type PriorPeriods = {
  /** Per component name, the amount earned (after caps, before draws/holdbacks) in each earlier period of the year. */
  earnedByComponent: Record<string, Record<string, string>>;
  /** Commission earned per transaction id in earlier periods (for clawbacks), by component. */
  earnedByTransaction: Record<string, string>;
  /** Draw balance owed by the payee (positive = advance still to recover) at the start of the period. */
  drawBalance: string;
  /** Holdbacks not yet released: the period they were held in and the amount. */
  heldBack: { period: string; amount: string }[];
  /** Amounts held out of payout (a held deal or person) not yet released. */
  onHold: { reason: string; amount: string }[];
};

export type Holds = {
  /** The payee is held: everything earned is withheld until released. */
  payeeHeld: boolean;
  /** Transactions held out of payout until released. */
  transactionIds: string[];
  /** Held amounts released this period (from PriorPeriods.onHold). */
  release: boolean;
};

export type PayeePeriodInput = {
  plan: PlanDefinition;
  payee: Payee;
  period: CalcPeriod;
  /** The periods of the plan year in order, the current one included (for YTD and resets). */
  yearPeriods: CalcPeriod[];
  /** Every credit of the payee dated from the start of the plan year to the end of `period`. */
  credits: CreditLine[];
  /** Quota of the quota measure per period key of the plan year (already prorated/ramped by quota/). */
  quotas: Record<string, string>;
  /** Team quota per period key, for overrides tiered on team attainment. */
  teamQuotas: Record<string, string>;
  /** MBO scores: component name → objective key → score. */
  mboScores: Record<string, Record<string, string>>;
  prior: PriorPeriods;
  holds: Holds;
  /**
   * false: the per-credit steps of each line keep their rule names but no detail text or values (amounts are the
   * same; for runs that only need the figures, e.g. a forecast). Default true: the full trace.
   */
  trace?: boolean;
};

/** One step of an explanation: which rule did what, with the values it used. */
export type TraceStep = { rule: string; detail: string; values: Record<string, string> };

export type ResultLineKind =
  | "commission"
  | "bonus"
  | "mbo"
  | "spif"
  | "override"
  | "formula"
  | "true_up"
  | "cap"
  | "clawback"
  | "draw_advance"
  | "draw_recovery"
  | "holdback"
  | "holdback_release"
  | "hold"
  | "hold_release";

export type ResultLine = {
  component: string;
  kind: ResultLineKind;
  /** The credit (and transaction) this line comes from; null for period-level lines (bonus, cap, draw…). */
  creditId: string | null;
  transactionId: string | null;
  /** Exact amount before rounding, and the amount after the plan's rounding policy (equal when not rounded here). */
  exact: string;
  amount: string;
  trace: TraceStep[];
};

export type PayeePeriodResult = {
  payeeId: string;
  period: string;
  currency: string;
  lines: ResultLine[];
  /** Attainment of the quota measure: period and year to date (null when there is no quota). */
  attainment: {
    credit: string;
    quota: string | null;
    ratio: string | null;
    ytdCredit: string;
    ytdQuota: string | null;
    ytdRatio: string | null;
  };
  /** earned = commission+bonus+… after caps and clawbacks; payable = what payroll pays this period. */
  totals: {
    earned: string;
    drawAdvance: string;
    drawRecovered: string;
    heldBack: string;
    released: string;
    onHold: string;
    payable: string;
  };
  /** Per component: earned this period (after caps), to carry into PriorPeriods next time. */
  earnedByComponent: Record<string, string>;
  earnedByTransaction: Record<string, string>;
  /** State for the next period. */
  next: Pick<PriorPeriods, "drawBalance" | "heldBack" | "onHold">;
  /** Distance to the next tier of the first tiered component on attainment, for the rep view. */
  nextTier: { component: string; atRatio: string; creditNeeded: string; rate: string } | null;
};

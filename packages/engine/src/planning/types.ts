// Quota and capacity planning: the engine's contract (docs/calculations/quota-planning.md, capacity-planning.md).
// Amounts, weights, factors and shares are plain decimal strings ("1250000.00", "0.25"); the engine computes them
// exactly with decimal.js and rounds only where a rule below says so. Only the Monte Carlo fairness check uses
// binary floating point, for probabilities: it estimates a distribution, it never feeds pay.
import type { FiscalCalendar } from "../calendar/fiscal-year";

/** A problem with planning input, reported with where it is so the API can name the row and field. */
export type PlanningIssue = {
  code:
    | "negative_amount"
    | "not_a_decimal"
    | "weights_sum_to_zero"
    | "weights_not_one"
    | "cycle"
    | "two_parents"
    | "unknown_parent"
    | "no_root"
    | "two_roots"
    | "ramp_over_100"
    | "ramp_empty"
    | "bad_month"
    | "bad_factor"
    | "bad_unit"
    | "locked_over_parent"
    | "transfer_invalid"
    | "invalid";
  message: string;
  /** The node, person or row the problem is about, when there is one. */
  nodeId?: string;
  /** Dotted path of the input field ("allocation.drivers.history", "nodes[12].parentId"). */
  field?: string;
};

/** Thrown by every planning function whose input breaks a rule; carries every issue found, not just the first. */
export type PlanningInputErrorShape = { issues: PlanningIssue[] };

// ---------------------------------------------------------------------------------------------------------------
// Hierarchy
// ---------------------------------------------------------------------------------------------------------------

export type PlanningNodeKind = "company" | "region" | "team" | "person";

/**
 * One node of the planning hierarchy as of a date: company → regions → teams (nested) → people. Ids are strings
 * the caller chooses ("company", "region:<uuid>", "team:<uuid>", "person:<uuid>"). A person listed twice with two
 * different parents is "two_parents" (a rep in two teams on the same date); exactly one node has parentId null.
 */
export type PlanningNode = {
  id: string;
  parentId: string | null;
  kind: PlanningNodeKind;
  name: string;
};

// ---------------------------------------------------------------------------------------------------------------
// Targets and seasonality
// ---------------------------------------------------------------------------------------------------------------

/** Twelve weights in fiscal-month order (first month of the fiscal year first), each ≥ 0, summing to exactly 1. */
export type MonthWeights = string[];

export type SeasonalityInput = {
  /** Monthly actuals, any months; only complete fiscal years (all 12 months present) are used. */
  history: { month: string /* YYYY-MM */; amount: string }[];
  calendar: FiscalCalendar;
  /** Decimal places of each weight; default 6. The weights are rounded by largest remainder so they sum to 1. */
  places?: number;
};

export type SeasonalityResult = {
  weights: MonthWeights;
  /** Fiscal years the weights were learnt from. */
  years: number[];
  trace: string[];
};

// ---------------------------------------------------------------------------------------------------------------
// Top-down allocation
// ---------------------------------------------------------------------------------------------------------------

/** Driver values of a leaf (person); internal nodes' values are the sums of their leaves. All ≥ 0. */
export type AllocationDrivers = {
  /** Last comparable year's actuals (bookings, ARR, margin …). */
  history: string;
  /** Territory / account potential. */
  potential: string;
  /** Open pipeline expected in the year (unweighted amount). */
  pipeline: string;
  /** Ramped capacity: full-year productivity × Σ over the year's months of ramp share × availability. */
  capacity: string;
};

export type DriverWeights = { [K in keyof AllocationDrivers]: string };

export type AllocationInput = {
  nodes: PlanningNode[];
  /** The root's (company's) annual target, ≥ 0. */
  target: string;
  /** Per leaf node id; a missing leaf has all drivers 0. */
  drivers: Record<string, AllocationDrivers>;
  /** Weights of the drivers, each ≥ 0, not all 0 (they need not sum to 1: they are normalised). */
  weights: DriverWeights;
  /**
   * Over-assignment by the kind of the children: the children of a node carry the node's amount × the factor of
   * their kind (e.g. person "1.10": a team's reps carry 110% of the team quota). Each factor ≥ 0.5 and ≤ 3; default 1.
   */
  overAssignment: Partial<Record<Exclude<PlanningNodeKind, "company">, string>>;
  /** Every annual amount is a multiple of this (e.g. "1000"); > 0; default "0.01". */
  unit: string;
  /**
   * Annual amounts fixed by a planner or a manager (multiples of `unit`). The rest of the parent's amount is
   * allocated to the unlocked siblings; locked siblings over the parent's amount are "locked_over_parent".
   */
  locked: Record<string, string>;
  /** Fiscal-month weights of the year (spread of each node's annual amount over its months). */
  seasonality: MonthWeights;
  /**
   * Optional per-leaf month weights (e.g. ramp share × availability per month for a new hire or a leaver); the
   * leaf's months are spread by seasonality × these, normalised. All-zero (not employed in the year): the leaf
   * gets no allocation and its share goes to its siblings.
   */
  leafMonthFactors?: Record<string, string[]>;
  /** Decimal places of month amounts; default 2. Months sum exactly to the annual amount (largest remainder). */
  monthPlaces?: number;
};

export type AllocatedNode = {
  id: string;
  parentId: string | null;
  kind: PlanningNodeKind;
  name: string;
  depth: number;
  /** The node's quota for the year (a multiple of `unit`). */
  annual: string;
  /** Twelve fiscal months, summing exactly to `annual`. */
  months: string[];
  /** What the node's children carry in total: annual × the children's over-assignment factor, rounded to unit. */
  childrenTotal: string | null;
  /** Share of the parent's children total this node received (exact ratio, 6 places), null for the root. */
  share: string | null;
  locked: boolean;
  /** How the amount was reached: drivers, weights, shares, rounding. */
  trace: string[];
};

export type AllocationResult = {
  /** Nodes in depth-first order (parents before children, siblings by name then id). */
  nodes: AllocatedNode[];
  /** Non-fatal notes: siblings whose drivers were all 0 (split evenly), leaves without drivers. */
  warnings: PlanningIssue[];
};

// ---------------------------------------------------------------------------------------------------------------
// People: ramp, proration, bottom-up capacity, transfers
// ---------------------------------------------------------------------------------------------------------------

/**
 * A ramp schedule by month of tenure (the hire month is month 1; past the end, the last value applies):
 * shares of the full quota ("0", "0.25", …, each 0–1) or fixed amounts per month.
 */
export type RampSchedule = { kind: "share"; values: string[] } | { kind: "amount"; values: string[] };

export type PlanningPerson = {
  id: string;
  hireDate: string | null;
  leaveDate: string | null;
};

export type MonthFactor = {
  month: string; // YYYY-MM
  /** Share of the month employed: months rule (1 if employed any day) or days rule (days employed ÷ days). */
  availability: string;
  /** Ramp share for the month (1 once ramped). */
  ramp: string;
  /** availability × ramp, exact. */
  factor: string;
};

export type BottomUpInput = {
  nodes: PlanningNode[];
  fiscalYear: number;
  calendar: FiscalCalendar;
  people: Record<string, PlanningPerson>;
  proration: "months" | "days";
  ramp: RampSchedule & { kind: "share" };
  /** Full monthly productivity of a ramped rep, per leaf (or the default). */
  productivity: Record<string, string>;
  defaultProductivity: string;
  /** Share of working time spent selling (0–1), e.g. "0.85". */
  utilisation: string;
  /** Per leaf: potential × this capture rate is the potential-based bottom-up figure. */
  potential: Record<string, string>;
  potentialCapture: string;
  places?: number;
};

export type BottomUpNode = {
  id: string;
  /** Σ months productivity × ramp × availability × utilisation (leaves), rolled up. */
  capacity: string;
  /** potential × capture (leaves), rolled up. */
  potential: string;
  months: MonthFactor[] | null;
  trace: string[];
};

export type ReconciliationRow = {
  id: string;
  topDown: string;
  capacity: string;
  potential: string;
  /** topDown − capacity, and its ratio to topDown (4 places; null when topDown is 0). */
  capacityGap: string;
  capacityGapRatio: string | null;
  potentialGap: string;
  potentialGapRatio: string | null;
};

/** A quota moving with a territory or an account from one rep to another from a month on. */
export type QuotaTransfer = {
  fromNodeId: string;
  toNodeId: string;
  /** First month (YYYY-MM) the receiving rep carries it. */
  effectiveMonth: string;
  /** Either a share (0–1) of the giver's months from then on, or an annual amount spread like the giver's months. */
  share?: string;
  amount?: string;
  reason: string;
};

// ---------------------------------------------------------------------------------------------------------------
// Fairness: Monte Carlo attainment distribution
// ---------------------------------------------------------------------------------------------------------------

export type FairnessRep = {
  id: string;
  /** Group for the per-team summary (team node id). */
  teamId: string;
  quota: string;
  /** Comparable past periods' actuals (same length of period as the quota; ramp-adjusted by the caller). */
  history: string[];
  /** Open deals expected to close in the period. */
  pipeline: { amount: string; probability: string }[];
  /** Ramp × availability of the period (0–1); scales the history-based run rate. */
  capacityFactor: string;
};

export type FairnessInput = {
  reps: FairnessRep[];
  draws: number;
  seed: number;
  /** Attainment threshold of the rule of thumb, default "0.7"; target share of reps reaching it, default "0.7". */
  threshold?: string;
  targetShare?: string;
};

export type AttainmentDistribution = {
  /** Probability of reaching the threshold, and 100%. */
  pThreshold: number;
  pQuota: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  /** Histogram of attainment in 10-point bins from 0 to 200% and a last bin ≥ 200%: 21 counts summing to draws. */
  histogram: number[];
};

/** What a rep's simulation was built from (docs/calculations/fairness-check.md), so a planner can explain it. */
export type FairnessRepBasis = {
  /** Σ amount × probability of the open deals. */
  expectedPipeline: number;
  /** Mean of the run-rate part: max(0, history mean × capacityFactor − expectedPipeline). */
  runRateMean: number;
  /** Coefficient of variation of the run rate (standard deviation ÷ mean); 0 = the run rate is certain. */
  runRateCv: number;
  /** "rep": the rep's own history; "pooled": every rep's (too little own history); "none": no history anywhere. */
  meanSource: "rep" | "pooled" | "none";
  cvSource: "rep" | "pooled" | "none";
};

export type FairnessRepResult = AttainmentDistribution & {
  id: string;
  teamId: string;
  /** null, or why the quota looks out of line ("too_high": unlikely to reach the threshold; "too_low"). */
  outlier: null | { kind: "too_high" | "too_low"; reason: string };
  /** Added by the fairness engineer: the parameters behind the distribution. Always present from simulateAttainment. */
  basis?: FairnessRepBasis;
};

export type FairnessGroupResult = {
  id: string; // team id, or "company"
  reps: number;
  /** Expected share of reps reaching the threshold (mean over draws), and its 10th/90th percentile over draws. */
  expectedShare: number;
  shareP10: number;
  shareP90: number;
  meetsRule: boolean;
  outliers: number;
};

export type FairnessResult = {
  reps: FairnessRepResult[];
  teams: FairnessGroupResult[];
  company: FairnessGroupResult;
  draws: number;
  seed: number;
  model: string;
  /** Reps left out of every figure, with why (a quota of 0 has no attainment). Always present from simulateAttainment. */
  excluded?: { id: string; teamId: string; reason: string }[];
};

// ---------------------------------------------------------------------------------------------------------------
// Capacity planning
// ---------------------------------------------------------------------------------------------------------------

export type CapacityRole = {
  role: string; // "ae", "sdr", …
  /** Full monthly productivity of a ramped rep (bookings), before utilisation. */
  productivity: string;
  ramp: RampSchedule & { kind: "share" };
  /** Annual attrition rate (0–1), applied monthly as 1 − (1 − a)^(1/12), expected (fractional) heads. */
  attrition: string;
  /** Months between opening a requisition and the hire's start. */
  hiringLeadMonths: number;
  /** Share of time selling (0–1). */
  utilisation: string;
  /** Share of the target this role carries (0–1; roles' shares sum to 1 over quota-carrying roles). */
  targetShare: string;
  /** Heads at the start of the plan with their tenure in months at the first month (0 = starts in month 1). */
  current: { id: string; tenureMonths: number; leaveMonth?: string }[];
  /** Requisitions already open: start month of each hire. */
  openRequisitions: { startMonth: string }[];
};

export type CapacityInput = {
  /** Months of the plan (YYYY-MM, consecutive), usually the fiscal year's 12. */
  months: string[];
  /** Target per month (same length as months). */
  target: string[];
  roles: CapacityRole[];
  /** Earliest month a requisition can be opened (today's month). */
  firstOpenMonth: string;
  places?: number;
};

export type CapacityMonth = {
  month: string;
  /** Expected heads (after attrition, with hires), ramped-equivalent heads, bookings capacity, target, gap. */
  heads: string;
  rampedHeads: string;
  capacity: string;
  target: string;
  gap: string;
  /** Required fully ramped heads to meet the month's target: target ÷ (productivity × utilisation). */
  requiredHeads: string;
};

export type Requisition = {
  role: string;
  openMonth: string;
  startMonth: string;
  count: number;
  reason: string;
};

export type CapacityRolePlan = {
  role: string;
  months: CapacityMonth[];
  hires: Requisition[];
  totalCapacity: string;
  totalTarget: string;
  /** Heads needed at the start to meet the year's target with no hiring, ramp considered. */
  requiredHeadcount: string;
  /** Added: this role's months whose cumulative capacity stays below its cumulative target even with the hires. */
  shortfalls?: { month: string; gap: string }[];
};

export type CapacityPlan = {
  roles: CapacityRolePlan[];
  /** Sum over roles per month. */
  months: CapacityMonth[];
  hires: Requisition[];
  totalCapacity: string;
  totalTarget: string;
  /** Months whose cumulative capacity stays below cumulative target even with every hire (hiring too late). */
  shortfalls: { month: string; gap: string }[];
  trace: string[];
};

/** Pedowitz: required heads = target ÷ (quota per rep × attainment × utilisation); `heads` rounds it up. */
export type HeadcountRequirement = {
  /** The exact ratio rounded up to 4 places ("7.5000"). */
  exact: string;
  /** Whole heads: the ratio rounded up (7.5 → 8). */
  heads: number;
};

export type CapacityVariation =
  | { kind: "attrition_points"; points: string } // +5 points: "0.05"
  | { kind: "ramp_months"; months: number } // ramp one month longer: 1
  | { kind: "productivity_ratio"; ratio: string } // "0.9"
  | { kind: "lead_months"; months: number };

export type SensitivityRow = {
  variation: CapacityVariation;
  label: string;
  totalCapacity: string;
  capacityDelta: string;
  hires: number;
  hiresDelta: number;
  /** Added: months behind cumulative target in the varied plan (plan.shortfalls.length). */
  shortfallMonths?: number;
};

// ---------------------------------------------------------------------------------------------------------------
// Scenarios (compare)
// ---------------------------------------------------------------------------------------------------------------

export type ScenarioFigures = {
  totalQuota: string;
  target: string;
  overAssignment: string | null;
  expectedShareAtThreshold: number | null;
  heads: string | null;
  hires: number | null;
  costOfSales: string | null;
};

// Territory design: the engine's contract (docs/calculations/territories.md, territory-balancing.md).
// Potentials are decimal strings and territory totals are summed exactly; the optimiser itself works in binary
// floating point (deviations, distances, objective): it places accounts, it never computes pay.

/** A problem with territory input, named by territory, account and field. Infeasibility names its constraint. */
export type TerritoryIssue = {
  code:
    | "cycle"
    | "unknown_parent"
    | "duplicate_territory"
    | "duplicate_account"
    | "named_in_two"
    | "bad_rule"
    | "not_a_decimal"
    | "negative_amount"
    | "no_territories"
    | "infeasible_capacity"
    | "infeasible_lock"
    | "infeasible_allowed"
    | "infeasible"
    | "invalid";
  message: string;
  territoryId?: string;
  accountId?: string;
  field?: string;
};

/** An account as territory design sees it. */
export type TerritoryAccount = {
  id: string;
  name: string;
  countryCode: string | null;
  regionId: string | null;
  postalCode: string | null;
  industry: string | null;
  employees: number | null;
  /** Annual potential, decimal string (0 when unknown). */
  potential: string;
  /** Tier (A/B/C…) from segmentation; sets the visit frequency, hence workload. */
  tier: string | null;
  latitude: number | null;
  longitude: number | null;
};

/**
 * Every field present must match (AND); a territory matches an account when any of its rules does (OR).
 * `employeesMin` inclusive, `employeesMax` exclusive. `segments` are tiers or segment names.
 */
export type TerritoryRule = {
  countryCodes?: string[];
  regionIds?: string[];
  postalPrefixes?: string[];
  industries?: string[];
  employeesMin?: number;
  employeesMax?: number;
  segments?: string[];
};

export type TerritoryLevel = "region" | "area" | "territory";

/**
 * A node of the territory hierarchy (region → area → territory). Only leaves (nodes without children) hold
 * accounts. Primary territories partition the accounts; overlays (e.g. a specialist team) add coverage on top.
 * Named accounts belong to their territory whatever the rules say; higher `priority` wins among rule matches.
 */
export type TerritoryDefinition = {
  id: string;
  name: string;
  parentId: string | null;
  level: TerritoryLevel;
  kind: "primary" | "overlay";
  rules: TerritoryRule[];
  namedAccountIds: string[];
  excludedAccountIds: string[];
  priority: number;
};

export type TerritoryMatch = {
  accountId: string;
  /** The primary territory (null = a gap, or an unresolved overlap). */
  territoryId: string | null;
  overlayIds: string[];
  reason: "named" | "rule" | "overlap" | "none";
  /** Primary territories tied at the best priority (length > 1 = overlap). */
  candidates: string[];
  trace: string[];
};

export type CoverageReport = {
  matches: TerritoryMatch[];
  gaps: { accountId: string; name: string }[];
  overlaps: { accountId: string; name: string; territoryIds: string[] }[];
  /** Per leaf territory (and rolled up per parent): accounts and exact potential. */
  byTerritory: { territoryId: string; accounts: number; potential: string }[];
};

/** Effective-dated coverage of a territory by a person; `validTo` exclusive, null = open. */
export type TerritoryOwner = {
  territoryId: string;
  personId: string;
  role: "primary" | "overlay";
  validFrom: string;
  validTo: string | null;
};

/** A new account or lead to route: its firmographics, or the existing account it belongs to. */
export type RoutingRecord = {
  id: string;
  accountId: string | null;
  countryCode: string | null;
  regionId: string | null;
  postalCode: string | null;
  industry: string | null;
  employees: number | null;
  tier: string | null;
};

export type RoutingDecision = {
  recordId: string;
  territoryId: string | null;
  ownerId: string | null;
  overlayOwnerIds: string[];
  reason: "account territory" | "named" | "rule" | "overlap" | "no territory" | "no owner";
  trace: string[];
};

// ---------------------------------------------------------------------------------------------------------------
// Balancing
// ---------------------------------------------------------------------------------------------------------------

export type BalanceAccount = {
  id: string;
  /** Decimal string. */
  potential: string;
  /** Visits (or hours) a year this account needs; the caller derives it from the tier's visit frequency. */
  workload: number;
  latitude: number | null;
  longitude: number | null;
  /** The territory the account is in today (for disruption and before/after), null when new. */
  currentTerritoryId: string | null;
  /** A named account: must stay in this territory. */
  lockedTerritoryId: string | null;
  /** Territories the account may go to (e.g. those of its region by the rules); null = any. */
  allowedTerritoryIds: string[] | null;
};

export type BalanceTerritory = {
  id: string;
  /** Where the rep is based (compactness = distance from here); null = the centroid of its current accounts. */
  baseLatitude: number | null;
  baseLongitude: number | null;
  /** Share of the total potential this territory should carry (decimal string); null = equal shares. */
  targetShare: string | null;
  maxAccounts: number | null;
  maxWorkload: number | null;
};

/** Relative weights of the objective's terms (non-negative; 0 switches a term off). */
export type BalanceWeights = {
  potential: number;
  workload: number;
  compactness: number;
  disruption: number;
};

export type BalanceOptions = {
  weights: BalanceWeights;
  /** "heuristic" only; "milp" = heuristic start then HiGHS; "auto" = MILP when the model is small enough. */
  method: "heuristic" | "milp" | "auto";
  /**
   * Wall budget of each step: HiGHS's time limit, and — when `now` is given — the heuristic's local search (the band
   * repair after it is bounded by work, not time).
   */
  timeLimitSeconds: number;
  /** Relative MIP gap at which HiGHS may stop. */
  mipRelGap: number;
  seed: number;
  /**
   * Balance band, a share of each territory's target potential: 0.05 = every territory within ±5% of its target.
   * A soft constraint: the objective adds a large penalty per territory on the deviation beyond the band
   * (docs/calculations/territory-balancing.md, "Band"). null = no band. The server's default is 0.05.
   */
  band: number | null;
  /**
   * A clock in milliseconds (e.g. `() => performance.now()`), for the heuristic's time budget. The engine has no
   * clock of its own; without one the heuristic is bounded by its pass counts only.
   */
  now?: () => number;
};

export type BalanceInput = {
  accounts: BalanceAccount[];
  territories: BalanceTerritory[];
  options: BalanceOptions;
};

export type TerritoryLoad = {
  territoryId: string;
  accounts: number;
  /** Exact sum, 2 decimals. */
  potential: string;
  workload: number;
  /** (potential − target) / target. */
  potentialDeviation: number;
  workloadDeviation: number;
  /** Mean distance of its accounts with coordinates from its base, km; null without coordinates. */
  meanDistanceKm: number | null;
};

export type SpreadStats = {
  min: number;
  max: number;
  mean: number;
  stdDev: number;
  /** Coefficient of variation, stdDev / mean. */
  cv: number;
  gini: number;
  /** Largest |value − target| / target over territories. */
  maxDeviation: number;
};

export type BalanceMetrics = {
  territories: TerritoryLoad[];
  potential: SpreadStats;
  workload: SpreadStats;
  accountsMoved: number;
  /** Exact sum of the moved accounts' potential, 2 decimals. */
  potentialMoved: string;
  meanDistanceKm: number | null;
};

export type BalanceResult = {
  assignments: {
    accountId: string;
    territoryId: string;
    previousTerritoryId: string | null;
    moved: boolean;
  }[];
  metrics: BalanceMetrics;
  /** The metrics of the current assignment (accounts without one are left out), null when no account has one. */
  before: BalanceMetrics | null;
  method: "greedy" | "heuristic" | "milp";
  /** HiGHS's report when it ran: status, objective, best bound and relative gap, seconds. */
  solver: {
    status: string;
    objective: number;
    bound: number | null;
    gap: number | null;
    seconds: number;
  } | null;
  objective: number;
  /** Accounts without coordinates (compactness ignores them), unknown bases… */
  warnings: { code: string; message: string; accountIds?: string[] }[];
};

/** A MILP in CPLEX LP format, solved by HiGHS (the caller loads the WASM module and passes this function in). */
export type MilpSolver = (
  lp: string,
  /** `start`: column name → value of a known feasible assignment (a MIP start), when the solver can use one. */
  options: { timeLimitSeconds: number; mipRelGap: number; start?: Record<string, number> },
) => MilpSolution;

export type MilpSolution = {
  /** HiGHS model status: "Optimal", "Time limit reached", "Infeasible"… */
  status: string;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  /** Column name → primal value. */
  values: Record<string, number>;
  /** Solver run time as HiGHS reports it (the engine has no clock); absent when unknown. */
  seconds?: number;
};

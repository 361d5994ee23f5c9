// Account segmentation and account potential: the engine's contract (docs/calculations/segmentation.md,
// account-potential.md). Amounts are decimal strings in one currency (the caller converts); segment totals are
// summed exactly. Clustering, regression and accuracy figures use binary floating point: they describe accounts,
// they never feed pay.

/** A problem with segmentation input, named by account and field so the API can report it by row. */
export type SegmentationIssue = {
  code:
    | "not_a_decimal"
    | "negative_amount"
    | "unknown_field"
    | "bad_rule"
    | "bad_tiers"
    | "bad_k"
    | "too_few_accounts"
    | "no_features"
    | "duplicate_account"
    | "invalid";
  message: string;
  accountId?: string;
  /** Dotted path of the input field ("rules[2].all[0].values", "tiers[1].share"). */
  field?: string;
};

/** An account as segmentation sees it: firmographics and its buying history up to the as-of date. */
export type SegmentationAccount = {
  id: string;
  name: string;
  industry: string | null;
  employees: number | null;
  /** The company's own annual revenue (not what it buys from us), converted to the workspace currency. */
  annualRevenue: string | null;
  countryCode: string | null;
  regionId: string | null;
  postalCode: string | null;
  /** Estimated annual potential (from `estimatePotential`), when known. */
  potential: string | null;
  history: AccountHistory;
  /** Free attributes (imported columns) usable by rules as `attribute:<name>`. */
  attributes: Record<string, string>;
};

/** Buying behaviour: net bookings (orders minus cancellations) and deal outcomes up to the as-of date. */
export type AccountHistory = {
  firstOrderDate: string | null;
  lastOrderDate: string | null;
  /** Distinct orders in the look-back window (RFM frequency). */
  orders: number;
  /** Net bookings in the look-back window (RFM monetary). */
  revenue: string;
  /** Calendar year "2025" → net bookings that year, for growth and for the potential model. */
  revenueByYear: Record<string, string>;
  wonDeals: number;
  lostDeals: number;
};

/** Fields a rule or a clustering can use. `recencyDays` counts from the as-of date to the last order. */
export type SegmentField =
  | "industry"
  | "employees"
  | "annualRevenue"
  | "countryCode"
  | "regionId"
  | "postalCode"
  | "potential"
  | "recencyDays"
  | "frequency"
  | "monetary"
  | "winRate"
  | `attribute:${string}`;

export type SegmentCondition =
  | { field: SegmentField; op: "in" | "notIn" | "startsWith"; values: string[] }
  /** Numeric range, `min` inclusive, `max` exclusive; either may be omitted. Decimal strings. */
  | { field: SegmentField; op: "between"; min?: string; max?: string }
  | { field: SegmentField; op: "isNull" | "notNull" };

/** All conditions must hold (AND). Rules are tried in order; the first that matches gives the segment. */
export type SegmentRule = { segment: string; conditions: SegmentCondition[] };

export type RuleSegmentationConfig = {
  kind: "rules";
  rules: SegmentRule[];
  /** Segment of accounts no rule matches; null leaves them unsegmented (reported). */
  otherwise: string | null;
};

/**
 * Tiers A/B/C… by a basis. "rank": the top `share` of accounts (by count) in the first tier, the next share in the
 * second…; "cumulative": ABC analysis, the accounts that make the first `share` of the basis total; "threshold":
 * accounts whose basis is at least `min`. The last tier takes the rest (its share/min is ignored).
 */
export type TierConfig = {
  kind: "tiers";
  basis: "potential" | "monetary" | "annualRevenue" | "employees";
  method: "rank" | "cumulative" | "threshold";
  tiers: { tier: string; share?: string; min?: string }[];
};

/** RFM: recency, frequency and monetary scored 1–`bins` by quantile; segment names from the classic RFM grid. */
export type RfmConfig = { kind: "rfm"; bins: number };

/**
 * k-means on standardised features (z-scores; `logFeatures` get sign(v)·log1p(|v|) first), k chosen in
 * [kMin, kMax] by the highest mean silhouette; seeded so the same input gives the same clusters.
 */
export type ClusterConfig = {
  kind: "clusters";
  features: SegmentField[];
  logFeatures: SegmentField[];
  kMin: number;
  kMax: number;
  seed: number;
};

export type SegmentationConfig = RuleSegmentationConfig | TierConfig | RfmConfig | ClusterConfig;

export type SegmentAssignment = {
  accountId: string;
  /** null when no rule matched and there is no `otherwise`, or the account lacks a clustering feature. */
  segment: string | null;
  /** Why: the rule and each condition's value, the rank and cut-off, the RFM scores, the cluster distance. */
  trace: string[];
};

export type SegmentProfile = {
  segment: string;
  accounts: number;
  /** Net bookings in the look-back window, summed exactly. */
  revenue: string;
  potential: string;
  /** won / (won + lost), 4 decimals; null without closed deals. */
  winRate: string | null;
  /** revenue / orders, 2 decimals; null without orders. */
  averageOrder: string | null;
  /** Last complete year over the one before (e.g. "0.1250" = +12.5%); null when the year before is zero. */
  growth: string | null;
};

export type ClusterSummary = {
  k: number;
  silhouetteByK: { k: number; silhouette: number }[];
  /** Each cluster's centre in the features' own units (not z-scores), for the profile table. */
  centroids: { segment: string; values: Record<string, number> }[];
};

export type SegmentationResult = {
  assignments: SegmentAssignment[];
  profiles: SegmentProfile[];
  /** Only for clusters. */
  clusters: ClusterSummary | null;
  /** Accounts that could not be segmented, and why (missing feature, no rule matched). */
  warnings: { accountId: string; message: string }[];
};

/** `runSegmentation(accounts, config, { asOf, lastCompleteYear })`. */
export type SegmentationContext = { asOf: string; lastCompleteYear: string };

// ---------------------------------------------------------------------------------------------------------------
// Account potential
// ---------------------------------------------------------------------------------------------------------------

/**
 * Potential = what an account could buy from us in a year. A log-linear regression of customers' annual net
 * bookings on firmographics (log employees, log annual revenue, industry, country), trained on a seeded split of
 * customers and scored on the held-out rest; an account's potential is the model's prediction at the
 * `headroomQuantile` of the residuals (what well-penetrated peers buy), never below its own best year.
 */
export type PotentialConfig = {
  /** Year whose bookings are the target ("2025"). */
  year: string;
  holdoutShare: string;
  seed: number;
  headroomQuantile: string;
  /** Accounts with fewer customers than this in their industry fall back to the all-industry effect. */
  minIndustryCustomers: number;
};

export type PotentialEstimate = {
  accountId: string;
  /** 2 decimals. */
  potential: string;
  /** The model's median prediction (before headroom), 2 decimals; null when firmographics are missing. */
  predicted: string | null;
  /** Bookings in `year`, when a customer. */
  actual: string | null;
  basis: "model" | "own history" | "peer median";
  trace: string[];
};

export type PotentialAccuracy = {
  trainedOn: number;
  heldOut: number;
  /** On held-out customers: mean and median absolute percentage error, weighted APE, R² of log bookings. */
  mape: number;
  medianApe: number;
  wape: number;
  r2Log: number;
  /** The same errors for the naive baseline (industry median), so the model's value is visible. */
  baseline: { mape: number; medianApe: number; wape: number };
};

export type PotentialResult = {
  estimates: PotentialEstimate[];
  model: { features: string[]; coefficients: { name: string; value: number }[]; residualQuantile: number };
  accuracy: PotentialAccuracy;
  warnings: { accountId: string; message: string }[];
};

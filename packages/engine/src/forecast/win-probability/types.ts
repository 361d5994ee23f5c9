/**
 * A closed or open deal as the win-probability model sees it: the stage entries of its history (open stages only),
 * its amount, owner, dates and whatever static attributes the caller knows (segment, source, type, product, …).
 */
export type WinDeal = {
  id: string;
  ownerId: string | null;
  /** When the deal was created (or engaged): its age is counted from here. */
  createdOn: string;
  /** Close date of a closed deal; ignored for open deals. */
  closeDate: string | null;
  /** null while open. */
  won: boolean | null;
  /** In the reporting currency; only its logarithm is a feature, so a float is fine here. */
  amount: number | null;
  /** Open stages the deal entered, oldest first (a deal without history: one entry at creation). */
  stageEntries: { stage: string; enteredOn: string }[];
  /** Static categorical attributes, e.g. { segment: "Enterprise", source: "referral", type: "new_business" }. */
  categorical: Record<string, string | null>;
  /** Static numeric attributes, already on the scale wanted (e.g. log of employees). */
  numeric: Record<string, number | null>;
};

/** The state of a deal on one day: the model's unit of training and scoring. */
export type WinExample = {
  dealId: string;
  /** The day of this state. */
  on: string;
  stage: string;
  daysInStage: number;
  ageDays: number;
  /** Days from this state to the close (closed deals only). */
  daysToClose: number | null;
  won: boolean | null;
  categorical: Record<string, string | null>;
  numeric: Record<string, number | null>;
};

/** How categorical levels and numeric columns become a design matrix; fitted on training rows only. */
export type FeatureEncoder = {
  numeric: { name: string; mean: number; sd: number }[];
  categorical: { name: string; levels: string[] }[];
};

export type LogisticFit = { coefficients: number[]; iterations: number; converged: boolean };

/** p = 1 / (1 + exp(−(a + b · logit(raw)))). */
export type PlattCalibration = { a: number; b: number };

/** Historical win rate of each stage (share of deals entering it that were won), and the overall rate. */
export type StageBaseline = { rates: Record<string, number>; base: number };

/**
 * Remaining days to close of won deals after entering each stage (quantiles, sorted ascending) and over all stages:
 * the empirical distribution the expected close timing conditions on.
 */
export type CloseTiming = { byStage: Record<string, number[]>; all: number[] };

/** A trained model, JSON-safe: stored as is in win_probability_models.model. */
export type WinModel = {
  kind: "logistic-l2-platt";
  encoder: FeatureEncoder;
  featureNames: string[];
  coefficients: number[];
  lambda: number;
  calibration: PlattCalibration;
  baseline: StageBaseline;
  timing: CloseTiming;
  /** Training states are taken at each stage entry and every `stepDays` in the stage. */
  stepDays: number;
};

export type CalibrationBin = {
  bin: string;
  predicted: number | null;
  observed: number | null;
  count: number;
};

export type WinMetrics = { auc: number | null; brier: number | null; calibration: CalibrationBin[] };

// Shapes of the forecast routes (docs/forecasting-api.md, "Forecast calls" and "Statistical forecast").

export type ForecastMotion = "new_business" | "expansion_renewal";
export type GridMotion = "all" | ForecastMotion;
export type ForecastCategory = "closed" | "commit" | "best_case" | "pipeline" | "omitted";
/** The categories a person calls (closed is computed from won deals). */
export type CallCategory = Exclude<ForecastCategory, "closed">;

export type ForecastPeriod = {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
  status: "open" | "closed";
  closedAt: string | null;
  current?: boolean;
};

export type GridOverride = {
  amount: string;
  note: string | null;
  authorId: string;
  authorName: string;
  submittedAt: string;
};

export type GridCell = {
  /** The number the grid's node sees for this person. */
  value: string;
  /** The person's own latest call (never changed by overrides). */
  call: string | null;
  /** What the person's tree adds up to without their own call. */
  rollup: string;
  deals: string;
  override: GridOverride | null;
};

export type StatisticalRange = { expected: string; low: string; high: string };

export type GridRow = {
  personId: string;
  name: string;
  jobRole: string;
  managerId: string | null;
  isNode: boolean;
  hasReports: boolean;
  cells: Record<ForecastCategory, GridCell>;
  commitForecast: string;
  bestCaseForecast: string;
  target: string | null;
  statistical: StatisticalRange | null;
};

export type ForecastGrid = {
  period: ForecastPeriod;
  asOf: string;
  currency: string;
  motion: GridMotion;
  node: GridRow;
  rows: GridRow[];
  editable: { ownCall: boolean; overrideIds: string[] };
  lastSubmittedAt: string | null;
  /** The node's managers on asOf, from the highest the caller may see down to the node's own manager. */
  chain: { personId: string; name: string }[];
};

export type SubmissionBody = {
  subjectId?: string;
  motion: ForecastMotion;
  calls: Partial<Record<CallCategory, string>>;
  note?: string;
};

export type Submission = {
  id: string;
  authorId: string;
  authorName: string;
  subjectId: string;
  subjectName: string;
  kind: "call" | "override";
  motion: ForecastMotion;
  category: CallCategory;
  amount: string;
  note: string | null;
  submittedAt: string;
};

export type TrendPoint = {
  takenOn: string;
  kind: string;
  closed: string;
  commit: string;
  bestCase: string;
  pipeline: string;
  commitForecast: string;
  bestCaseForecast: string;
  ownCommit: string | null;
  ownBestCase: string | null;
  statisticalExpected: string | null;
  statisticalLow: string | null;
  statisticalHigh: string | null;
};

export type ForecastTrend = {
  period: ForecastPeriod;
  currency: string;
  personId: string;
  name: string;
  points: TrendPoint[];
};

export type WinModelSummary = {
  id: string;
  createdAt: string;
  cutoff: string;
  trainedOn: number;
  testedOn: number;
  features: string[];
  metrics: {
    auc: string;
    brier: string;
    baseline: { auc: string; brier: string };
    calibration: { bin: string; predicted: string | null; observed: string | null; count: number }[];
  };
};

export type StatisticalDeal = {
  opportunityId: string;
  name: string;
  ownerName: string | null;
  stage: string;
  reportingAmount: string | null;
  winProbability: string;
  closeInPeriodProbability: string;
  expectedCloseDate: string | null;
  expectedValue: string;
};

export type StatisticalForecast = {
  model: WinModelSummary | null;
  currency: string;
  closed: string;
  expected: string;
  low: string;
  high: string;
  interval: string;
  draws: number;
  histogram: { from: string; to: string; share: string }[];
  /** Largest expected value first (at most 500 listed). */
  deals: StatisticalDeal[];
  /** Open deals left out of the sums, by reason (each is flagged on the pipeline page). */
  excluded?: { noAmount: number; negativeAmount: number; noRate: number };
};

/** sMAPE in percent (M3 definition, 2 dp); MASE (3 dp), null when the history has no seasonal-naive scale. */
export type HoldoutScore = { smape: string; mase: string | null };

export type RunRate = {
  currency: string;
  /** Complete months of net bookings up to the month before today's. */
  history: { month: string; amount: string }[];
  /** Today's month so far: shown, but incomplete, so not used to fit. */
  currentMonth?: { month: string; amount: string } | null;
  forecast: {
    month: string;
    theta: string;
    low: string;
    high: string;
    arima: string | null;
    seasonalNaive: string;
  }[];
  method: string;
  /** Accuracy on the last complete months held out; null when the history is too short. */
  holdout: {
    months: number;
    theta: HoldoutScore;
    seasonalNaive: HoldoutScore;
    arima: HoldoutScore | null;
  } | null;
  /** What was left out or could not be computed, in English. */
  notes?: string[];
};

export type AccuracySource = "call" | "rollup" | "statistical";

export type AccuracyPoint = {
  periodId: string;
  takenOn: string;
  forecast: string;
  actual: string;
  error: string;
  ape: string | null;
};

export type AccuracyLine = {
  personId: string;
  name: string;
  source: AccuracySource;
  category: string;
  points: AccuracyPoint[];
  mape: string | null;
  bias: string | null;
};

export type ForecastAccuracy = { periods: ForecastPeriod[]; people: AccuracyLine[] };

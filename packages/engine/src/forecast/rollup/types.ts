import type { ReportingLine } from "../../org/reporting-line";

/** New business is forecast apart from expansion and renewal; "all" is their sum. */
export type ForecastMotion = "new_business" | "expansion_renewal";
export const forecastMotionsInOrder: readonly ForecastMotion[] = ["new_business", "expansion_renewal"];

/** What a person calls. `closed` is never called: it is computed from won deals. */
export type CalledCategory = "commit" | "best_case" | "pipeline" | "omitted";
export const calledCategoriesInOrder: readonly CalledCategory[] = [
  "commit",
  "best_case",
  "pipeline",
  "omitted",
];

/** A roll-up category: the called ones plus `closed`. */
export type RollUpCategory = "closed" | CalledCategory;
export const rollUpCategoriesInOrder: readonly RollUpCategory[] = [
  "closed",
  "commit",
  "best_case",
  "pipeline",
  "omitted",
];

/** One row of forecast_submissions: a call (author = subject) or an override (author above the subject). */
export type ForecastSubmissionInput = {
  authorId: string;
  subjectId: string;
  motion: ForecastMotion;
  category: CalledCategory;
  /** Decimal string, at most 2 fraction digits (the reporting currency's cents), ≥ 0. */
  amount: string;
  /** ISO 8601 instant in UTC ("2026-02-10T09:30:00.000Z"): counts from its UTC date on. */
  submittedAt: string;
  note?: string | null;
  id?: string;
};

/** A deal of the period: open ones in their forecast category, won ones in `closed`. Amount in reporting currency. */
export type ForecastDealInput = {
  ownerId: string;
  motion: ForecastMotion;
  category: RollUpCategory;
  /** Decimal string, at most 2 fraction digits. */
  amount: string;
};

export type RollUpInput = {
  /** Everything is evaluated as of this day (reporting lines on it, submissions up to its end). */
  asOf: string;
  lines: readonly ReportingLine[];
  submissions: readonly ForecastSubmissionInput[];
  deals: readonly ForecastDealInput[];
  /** People to report even without lines, calls or deals (e.g. everyone in the workspace). */
  personIds?: readonly string[];
};

/** The submission a manager (or someone higher) made in place of the person's own number. */
export type ForecastOverrideSeen = {
  authorId: string;
  amount: string;
  note: string | null;
  submittedAt: string;
  id: string | null;
};

export type ForecastLine = {
  /** The person's own latest call (never changed by an override); null when none, and always for `closed`. */
  ownCall: string | null;
  /** The number the person sees for their own tree: their call, else `rollup`. */
  rolledUp: string;
  /** The person's own deals plus what they see for each direct report: their tree without their own call. */
  rollup: string;
  /** The number their manager sees for them (null at the top of the tree). */
  adjusted: string | null;
  /** The override behind `adjusted`, when the number the manager sees is not the person's own. */
  override: ForecastOverrideSeen | null;
  /** The tree's deals in the category (won deals for `closed`). */
  deals: string;
};

export type PersonForecast = {
  personId: string;
  managerId: string | null;
  /** 0 at the top of a tree. */
  depth: number;
  directReportIds: string[];
  motions: Record<ForecastMotion, Record<RollUpCategory, ForecastLine>>;
};

export type RollUpResult = { asOf: string; people: Map<string, PersonForecast> };

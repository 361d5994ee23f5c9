import type { Db, SqlSession } from "@attain/db";

/** What the calculation reads through: an AttainDatabase or one of its transactions. */
export type CalcDb = { db: Db; sql: SqlSession };

/** A reason a run's figures may be incomplete or derived, shown with the run (never a silent drop). */
export type CalcProblem = {
  code:
    | "missing_rate"
    | "crediting_error"
    | "derived_quota"
    | "missing_quota"
    | "quota_adjusted"
    | "quota_error"
    | "no_published_version"
    | "period_mismatch"
    | "plan_change_in_period"
    | "calculation_error";
  message: string;
  personId?: string;
  transactionId?: string;
  planKey?: string;
  /** quota_adjusted: the period whose quota changed, and the engine's month-by-month trace of it. */
  periodKey?: string;
  trace?: string;
};

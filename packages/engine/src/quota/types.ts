import type { FiscalCalendar } from "../calendar/fiscal-year";
import type { PeriodKind } from "../comp/plan";
import type { RoundingMode } from "../money/round-amount";

/** Seasonal weights of the fiscal year: 4 quarters or 12 months in fiscal order, summing to exactly 1. */
export type Seasonality = { by: "quarter" | "month"; weights: string[] };

export type QuotaInput = {
  fiscalYear: number;
  calendar: FiscalCalendar;
  /**
   * The year's quota (spread by `seasonality`, else evenly over 12 months), or a quota per period of `periodKind`
   * (keys like "2025-01", "2025-Q1", "2025"; a missing period is 0), spread evenly over its months.
   */
  quota: { annual: string } | { perPeriod: Record<string, string> };
  seasonality: Seasonality | null;
  /** First day active (also the start of the ramp) and last day active, inclusive; null = before / after the year. */
  hireDate: string | null;
  leaveDate: string | null;
  /** months: a month counts in full when active on any of its days; days: active days ÷ days in the month. */
  proration: "months" | "days" | "none";
  /** Share of the monthly quota by month of tenure (the hire month is month 1); past the end, the last share. */
  ramp: string[] | null;
  periodKind: PeriodKind;
  /** Per period; default 2 places half_up. */
  rounding?: { places: number; mode: RoundingMode };
};

export type QuotaResult = { quotas: Record<string, string>; trace: { period: string; detail: string }[] };

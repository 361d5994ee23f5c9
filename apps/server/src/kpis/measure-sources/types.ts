import type { Db } from "@attain/db";
import type { MeasureSource } from "@attain/engine";
import type { SQL } from "drizzle-orm";

/**
 * How the KPI module computes measures (decision 012). One module per source table: it declares which measures it
 * pre-aggregates into `kpi_monthly_facts` (additive ones, as a SELECT of fact rows for a range of months), computes
 * the others from raw rows per request (distinct counts, point-in-time values, cohorts), and lists the rows behind
 * any of its measures for drill-down. The KPI core (get-kpi-values.ts and the facts refresher) is generic over these.
 */

/** One request's period, scope and filters, already resolved and authorised by the core. */
export type MeasureRequest = {
  workspaceId: string;
  /** The workspace's reporting currency: every amount is converted to it per row at the row's month's rate. */
  currency: string;
  fromDay: string;
  toDayExclusive: string;
  /** The people in scope (owners, performers, SDRs… per measure); null = the whole workspace. */
  personIds: string[] | null;
  /** The account segment label (latest segmentation, as pipeline analytics) to keep, or null. */
  segment: string | null;
  productId: string | null;
  channel: string | null;
  /** The request's day: open pipeline, cohorts "as of today", ARR on a day in the future are capped to it. */
  today: string;
};

/** The columns, in order, of every fact row a `factsQuery` selects. Null dimensions: the measure has no such split. */
export const factColumns = [
  "measure",
  "month",
  "person_id",
  "segment",
  "product_id",
  "channel",
  "value",
  "row_count",
] as const;

export type DrillColumn = {
  key: string;
  label: string;
  type: "text" | "date" | "currency" | "number" | "link";
};

export type DrillPage = {
  columns: DrillColumn[];
  rows: Record<string, string | number | null>[];
  totalRows: number;
  /** The measure over all the rows (not just this page): equals the figure drilled into. */
  measureTotal: string;
};

export type MeasureSourceModule = {
  source: MeasureSource;
  /** Additive measures this source pre-aggregates (a family is listed by its prefix, e.g. `deals_reached_stage`). */
  additive: readonly string[];
  /**
   * Fact rows (columns `factColumns`, `month` the first day of the month as a date) of the additive measures for the
   * months in [from, toExclusive) — or every month when `months` is null (a full rebuild). Amounts converted to the
   * reporting currency per row, rounded to the cent per row, then summed exactly.
   */
  factsQuery(workspaceId: string, months: { from: string; toExclusive: string } | null): SQL;
  /** Measures computed from raw rows at request time (distinct, point-in-time, cohorts). */
  direct: readonly string[];
  computeDirect(
    db: Db,
    request: MeasureRequest,
    measures: readonly string[],
  ): Promise<Record<string, string>>;
  /** The rows behind one of its measures for the request, oldest first, one page (1-based). */
  listRows(
    db: Db,
    request: MeasureRequest,
    measure: string,
    page: { page: number; pageSize: number },
  ): Promise<DrillPage>;
};

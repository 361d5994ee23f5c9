import type { KpiRowsPage } from "../../api/kpi-types";

export type DrillColumn = KpiRowsPage["columns"][number];

/** The column keys the drawer translates; any other column shows with the label the server gave it. */
export const knownColumns = new Set([
  "date",
  "name",
  "account",
  "opportunity",
  "owner",
  "person",
  "product",
  "stage",
  "status",
  "amount",
  "amountReporting",
  "currency",
  "orderNumber",
  "bookingDate",
  "closeDate",
  "createdOn",
  "kind",
  "type",
  "source",
  "channel",
  "segment",
  "month",
  "value",
  "count",
  "days",
  "score",
  "subject",
  "category",
  "link",
]);

/** A `link` cell is followed only when it is an app path (never an absolute or scriptable URL). */
export function isAppPath(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//");
}

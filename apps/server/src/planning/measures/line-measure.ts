import { type SQL, sql } from "drizzle-orm";
import type { PlanningMeasure } from "../schemas";

/**
 * The planned measure of an order line `ol`, in the line's currency, as compensation credits it
 * (compensation/calculation/load-transactions.ts): bookings = amount; margin = amount − cost; arr = the imported
 * measure `measures->>'arr'`. A line without the measure (no cost, no imported ARR) counts 0, so a month of such lines
 * is a month of 0 — it is not left out — and a history of the measure is never larger than the lines that carry it.
 */
export function lineMeasure(measure: PlanningMeasure): SQL {
  if (measure === "margin") return sql`coalesce(ol.amount - ol.cost, 0)`;
  if (measure === "arr") return sql`coalesce((ol.measures->>'arr')::numeric, 0)`;
  return sql`ol.amount`;
}

import { type Db, selectRows } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import type { DrillColumn, DrillPage } from "./types";

/**
 * One page of a drill-down: `rows` selects the columns named in `columns` plus `measure_value` (the row's share of
 * the figure) and `sort_key`, `sort_id` (a stable order, oldest first). The total is over every row, not the page,
 * so it equals the figure drilled into.
 */
export async function drillPage(
  db: Db,
  rows: SQL,
  columns: DrillColumn[],
  page: { page: number; pageSize: number },
): Promise<DrillPage> {
  const offset = (page.page - 1) * page.pageSize;
  const [list, totals] = await Promise.all([
    selectRows<Record<string, unknown>>(
      db,
      sql`select * from (${rows}) r order by r.sort_key, r.sort_id limit ${page.pageSize} offset ${offset}`,
    ),
    selectRows<{ n: string; total: string }>(
      db,
      sql`select count(*)::text as n, coalesce(sum(r.measure_value), 0)::text as total from (${rows}) r`,
    ),
  ]);
  return {
    columns,
    rows: list.map((row) => {
      const out: Record<string, string | number | null> = {};
      for (const column of columns) out[column.key] = cell(row[column.key]);
      return out;
    }),
    totalRows: Number(totals[0]?.n ?? 0),
    measureTotal: totals[0]?.total ?? "0",
  };
}

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

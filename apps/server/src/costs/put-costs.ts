import Decimal from "decimal.js";
import { eq } from "drizzle-orm";
import { type AttainDatabase, exchangeRates, salesMarketingCosts } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { type FieldProblem, problems } from "../http/problem";
import { loadWorkspace } from "../revenue/resolve-revenue-request";
import { toCostRowDto } from "./list-costs";
import type { CostRowDto, PutCostsInput } from "./schemas";

/**
 * Sets monthly cost lines (upserted by month, category and channel), all or none: admin and comp admin only. Each
 * month is a first of month, each amount ≥ 0, each currency the reporting one or one with a rate for that month;
 * a line given twice is refused. Problems name `rows.<i>.<field>`.
 */
export async function putCosts(
  database: AttainDatabase,
  viewer: Viewer,
  input: PutCostsInput,
): Promise<CostRowDto[]> {
  if (viewer.role !== "admin" && viewer.role !== "comp_admin")
    throw problems.forbidden("Only admins and compensation admins set costs.");
  const { db } = database;
  const { workspaceId } = viewer;
  const { currency: reporting } = await loadWorkspace(db, workspaceId);
  const rates = await db
    .select({ currency: exchangeRates.currency, month: exchangeRates.month })
    .from(exchangeRates)
    .where(eq(exchangeRates.workspaceId, workspaceId));
  const rated = new Set(rates.map((r) => `${r.currency}:${r.month.slice(0, 7)}`));
  const errors: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const lines = input.rows.map((row, i) => {
    const month = row.month.slice(0, 7);
    if (row.month.length > 7 && !row.month.endsWith("-01"))
      errors.push({ path: `rows.${i}.month`, message: "A cost month is its first day (YYYY-MM-01)" });
    if (new Decimal(row.amount).isNegative())
      errors.push({ path: `rows.${i}.amount`, message: "Must be 0 or more" });
    if (row.currency !== reporting && !rated.has(`${row.currency}:${month}`))
      errors.push({
        path: `rows.${i}.currency`,
        message: `No ${row.currency} → ${reporting} rate for ${month}; use ${reporting} or add the rate`,
      });
    const key = `${month}|${row.category}|${row.channel ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({ path: `rows.${i}`, message: `Same month, category and channel as rows.${first}` });
    else seen.set(key, i);
    return {
      workspaceId,
      month: `${month}-01`,
      category: row.category,
      channel: row.channel ?? null,
      amount: row.amount,
      currency: row.currency,
      note: row.note ?? null,
    };
  });
  if (errors.length > 0) throw unprocessable(errors);
  return database.transaction(async ({ db: tx }) => {
    const written: CostRowDto[] = [];
    for (const line of lines) {
      const [row] = await tx
        .insert(salesMarketingCosts)
        .values(line)
        .onConflictDoUpdate({
          target: [
            salesMarketingCosts.workspaceId,
            salesMarketingCosts.month,
            salesMarketingCosts.category,
            salesMarketingCosts.channel,
          ],
          set: { amount: line.amount, currency: line.currency, note: line.note },
        })
        .returning();
      written.push(toCostRowDto(row!));
    }
    return written;
  });
}

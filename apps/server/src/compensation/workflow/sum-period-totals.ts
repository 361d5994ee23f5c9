import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { compAdjustments, compResults, type Db } from "@attain/db";
import { sumAmounts } from "@attain/engine";

/** A period's figures in one currency: result totals of the run shown, adjustments, and what is paid out. */
export type CurrencyTotals = {
  currency: string;
  earned: string;
  payable: string;
  adjustments: string;
  /** payable + adjustments: what payroll pays. */
  payableWithAdjustments: string;
};

/**
 * Payee count and per-currency totals of a period: results of `runId` (none when null) plus the period's adjustments,
 * limited to `personIds` (null = everyone). Sums are SQL numeric sums, exact.
 */
export async function sumPeriodTotals(
  db: Db,
  params: { workspaceId: string; periodKey: string; runId: string | null; personIds: string[] | null },
): Promise<{ payeeCount: number; totals: CurrencyTotals[] }> {
  const inScope = (column: typeof compResults.personId | typeof compAdjustments.personId): SQL | undefined =>
    params.personIds === null ? undefined : inArray(column, params.personIds);
  const results = params.runId
    ? await db
        .select({
          currency: compResults.currency,
          payees: sql<number>`count(*)::int`,
          earned: sql<string>`sum(${compResults.earned})`,
          payable: sql<string>`sum(${compResults.payable})`,
        })
        .from(compResults)
        .where(
          and(
            eq(compResults.workspaceId, params.workspaceId),
            eq(compResults.runId, params.runId),
            inScope(compResults.personId),
          ),
        )
        .groupBy(compResults.currency)
    : [];
  const adjustments = await db
    .select({ currency: compAdjustments.currency, amount: sql<string>`sum(${compAdjustments.amount})` })
    .from(compAdjustments)
    .where(
      and(
        eq(compAdjustments.workspaceId, params.workspaceId),
        eq(compAdjustments.periodKey, params.periodKey),
        inScope(compAdjustments.personId),
      ),
    )
    .groupBy(compAdjustments.currency);

  const currencies = [
    ...new Set([...results.map((r) => r.currency), ...adjustments.map((a) => a.currency)]),
  ].sort();
  const totals = currencies.map((currency) => {
    const result = results.find((r) => r.currency === currency);
    const earned = result?.earned ?? "0";
    const payable = result?.payable ?? "0";
    const adjusted = adjustments.find((a) => a.currency === currency)?.amount ?? "0";
    return {
      currency,
      earned,
      payable,
      adjustments: adjusted,
      payableWithAdjustments: sumAmounts([payable, adjusted]),
    };
  });
  return { payeeCount: results.reduce((n, r) => n + r.payees, 0), totals };
}

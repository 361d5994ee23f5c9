import { and, eq } from "drizzle-orm";
import { compAdjustments, compResults, type Db, people } from "@attain/db";
import type { PayrollPayee } from "./build-payroll-rows";

/**
 * Every payee of `runId` with their result lines summed per kind (comp_results.line_totals: the pay lines only need
 * kind and amount, and a sum of sums is the same exact sum), plus anyone with an adjustment in the period (even without a result).
 */
export async function loadPayrollPayees(
  db: Db,
  params: { workspaceId: string; periodKey: string; runId: string },
): Promise<PayrollPayee[]> {
  const results = await db
    .select({
      personId: compResults.personId,
      currency: compResults.currency,
      externalId: people.externalId,
      name: people.fullName,
      lineTotals: compResults.lineTotals,
    })
    .from(compResults)
    .innerJoin(people, eq(people.id, compResults.personId))
    .where(and(eq(compResults.workspaceId, params.workspaceId), eq(compResults.runId, params.runId)));
  const adjustments = await db
    .select({
      personId: compAdjustments.personId,
      amount: compAdjustments.amount,
      currency: compAdjustments.currency,
      externalId: people.externalId,
      name: people.fullName,
    })
    .from(compAdjustments)
    .innerJoin(people, eq(people.id, compAdjustments.personId))
    .where(
      and(
        eq(compAdjustments.workspaceId, params.workspaceId),
        eq(compAdjustments.periodKey, params.periodKey),
      ),
    );

  const payees = new Map<string, PayrollPayee>();
  for (const r of results) {
    payees.set(r.personId, {
      employeeId: r.externalId,
      employeeName: r.name,
      currency: r.currency,
      lines: Object.entries(r.lineTotals.byKind).map(([kind, amount]) => ({ kind, amount })),
      adjustments: [],
    });
  }
  for (const a of adjustments) {
    const payee = payees.get(a.personId) ?? {
      employeeId: a.externalId,
      employeeName: a.name,
      currency: null,
      lines: [],
      adjustments: [],
    };
    payee.adjustments.push({ amount: a.amount, currency: a.currency });
    payees.set(a.personId, payee);
  }
  return [...payees.values()];
}

import { and, eq } from "drizzle-orm";
import { compAdjustments, compResultLines, compResults, type Db, people } from "@attain/db";
import type { PayrollPayee } from "./build-payroll-rows";

/** Every payee of `runId` with their result lines, plus anyone with an adjustment in the period (even without a result). */
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
    })
    .from(compResults)
    .innerJoin(people, eq(people.id, compResults.personId))
    .where(and(eq(compResults.workspaceId, params.workspaceId), eq(compResults.runId, params.runId)));
  const lines = await db
    .select({
      personId: compResultLines.personId,
      kind: compResultLines.kind,
      amount: compResultLines.amount,
    })
    .from(compResultLines)
    .where(and(eq(compResultLines.workspaceId, params.workspaceId), eq(compResultLines.runId, params.runId)));
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
      lines: [],
      adjustments: [],
    });
  }
  for (const l of lines) payees.get(l.personId)?.lines.push({ kind: l.kind, amount: l.amount });
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

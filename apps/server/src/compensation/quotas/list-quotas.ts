import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { compQuotas, type Db, people } from "@attain/db";
import type { Quota } from "./schemas";

/** Quotas (comp_quotas) of the people given (null = everyone), optionally for one period, by person and period. */
export async function listQuotas(
  db: Db,
  params: { workspaceId: string; personIds: string[] | null; periodKey?: string | undefined },
): Promise<Quota[]> {
  const conditions: SQL[] = [eq(compQuotas.workspaceId, params.workspaceId)];
  if (params.personIds) {
    if (params.personIds.length === 0) return [];
    conditions.push(inArray(compQuotas.personId, params.personIds));
  }
  if (params.periodKey) conditions.push(eq(compQuotas.periodKey, params.periodKey));
  return db
    .select({
      id: compQuotas.id,
      personId: compQuotas.personId,
      personName: people.fullName,
      measure: compQuotas.measure,
      periodKey: compQuotas.periodKey,
      amount: compQuotas.amount,
      currency: compQuotas.currency,
      source: compQuotas.source,
    })
    .from(compQuotas)
    .innerJoin(people, eq(people.id, compQuotas.personId))
    .where(and(...conditions))
    .orderBy(asc(people.fullName), asc(compQuotas.periodKey), asc(compQuotas.measure));
}

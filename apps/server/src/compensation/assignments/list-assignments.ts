import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { compAssignments, compPlans, type Db, people } from "@attain/db";
import type { Assignment } from "./schemas";

/**
 * Plan assignments of the workspace, optionally for one person or one plan, limited to `personIds` when given (null or
 * absent = everyone), by person then start date.
 */
export async function listAssignments(
  db: Db,
  params: {
    workspaceId: string;
    personId?: string | undefined;
    planKey?: string | undefined;
    id?: string;
    personIds?: string[] | null;
  },
): Promise<Assignment[]> {
  const conditions: SQL[] = [eq(compAssignments.workspaceId, params.workspaceId)];
  if (params.personId) conditions.push(eq(compAssignments.personId, params.personId));
  if (params.planKey) conditions.push(eq(compPlans.key, params.planKey));
  if (params.id) conditions.push(eq(compAssignments.id, params.id));
  if (params.personIds) {
    if (params.personIds.length === 0) return [];
    conditions.push(inArray(compAssignments.personId, params.personIds));
  }
  return db
    .select({
      id: compAssignments.id,
      personId: compAssignments.personId,
      personName: people.fullName,
      planKey: compPlans.key,
      planName: compPlans.name,
      validFrom: compAssignments.validFrom,
      validTo: compAssignments.validTo,
      targetIncentive: compAssignments.targetIncentive,
      currency: compAssignments.currency,
    })
    .from(compAssignments)
    .innerJoin(compPlans, eq(compPlans.id, compAssignments.planId))
    .innerJoin(people, eq(people.id, compAssignments.personId))
    .where(and(...conditions))
    .orderBy(asc(people.fullName), asc(compAssignments.validFrom));
}

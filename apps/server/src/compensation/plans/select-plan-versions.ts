import { and, asc, eq, type SQL } from "drizzle-orm";
import { compPlans, compPlanVersions, type Db } from "@attain/db";
import type { PlanVersionRow } from "./plan-version-view";

/** Plan versions of a workspace with their plan's key and name, optionally narrowed, in key then version order. */
export async function selectPlanVersions(
  db: Db,
  params: { workspaceId: string; key?: string; version?: number },
): Promise<PlanVersionRow[]> {
  const conditions: SQL[] = [eq(compPlans.workspaceId, params.workspaceId)];
  if (params.key !== undefined) conditions.push(eq(compPlans.key, params.key));
  if (params.version !== undefined) conditions.push(eq(compPlanVersions.version, params.version));
  return db
    .select({
      id: compPlanVersions.id,
      planId: compPlans.id,
      key: compPlans.key,
      name: compPlans.name,
      version: compPlanVersions.version,
      status: compPlanVersions.status,
      definition: compPlanVersions.definition,
      effectiveFrom: compPlanVersions.effectiveFrom,
      effectiveTo: compPlanVersions.effectiveTo,
      createdAt: compPlanVersions.createdAt,
      createdBy: compPlanVersions.createdBy,
      publishedAt: compPlanVersions.publishedAt,
      publishedBy: compPlanVersions.publishedBy,
    })
    .from(compPlanVersions)
    .innerJoin(compPlans, eq(compPlans.id, compPlanVersions.planId))
    .where(and(...conditions))
    .orderBy(asc(compPlans.key), asc(compPlanVersions.version));
}

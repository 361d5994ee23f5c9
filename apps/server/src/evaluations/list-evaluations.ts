import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { type Db, evaluations, getReportingTree } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import type { EvaluationDto, EvaluationsFilter } from "./schemas";
import { toEvaluationDtos } from "./to-evaluation-dtos";

const readAll = new Set(["admin", "hr", "viewer", "comp_admin"]);

/**
 * Evaluations the caller may read: admin, HR, viewer and comp admin all; a manager their tree's (on `today`) and the
 * ones they wrote; anyone else their own submitted ones. Oldest period first.
 */
export async function listEvaluations(
  db: Db,
  viewer: Viewer,
  today: string,
  filter: EvaluationsFilter,
): Promise<EvaluationDto[]> {
  const conditions: SQL[] = [eq(evaluations.workspaceId, viewer.workspaceId)];
  if (filter.personId) conditions.push(eq(evaluations.personId, filter.personId));
  if (filter.periodKey) conditions.push(eq(evaluations.periodKey, filter.periodKey));
  if (filter.templateId) conditions.push(eq(evaluations.templateId, filter.templateId));
  if (!readAll.has(viewer.role)) {
    if (!viewer.personId) return [];
    if (viewer.role === "manager") {
      const tree = await getReportingTree(db, {
        workspaceId: viewer.workspaceId,
        managerId: viewer.personId,
        asOf: today,
      });
      const reach = or(
        eq(evaluations.evaluatorPersonId, viewer.personId),
        ...(tree.length > 0 ? [inArray(evaluations.personId, tree)] : []),
        and(eq(evaluations.personId, viewer.personId), eq(evaluations.status, "submitted")),
      );
      if (reach) conditions.push(reach);
    } else {
      conditions.push(eq(evaluations.personId, viewer.personId), eq(evaluations.status, "submitted"));
    }
  }
  const rows = await db
    .select()
    .from(evaluations)
    .where(and(...conditions))
    .orderBy(asc(evaluations.periodStart), asc(evaluations.personId), asc(evaluations.id));
  return toEvaluationDtos(db, rows);
}

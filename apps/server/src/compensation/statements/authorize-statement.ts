import { type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { PeriodRow } from "../workflow/load-period";

const finalStatuses: readonly string[] = ["published", "paid"];

/**
 * Who reads a statement: comp admins, admins and HR any; a manager their own and their reporting tree's (as of the
 * period's end) in any state; a rep only their own, and only once the period is published (or paid) — before that
 * the numbers may still change, so a rep's unpublished statement is a 404. Marketing and viewers: 403.
 */
export async function authorizeStatement(db: Db, viewer: Viewer, period: PeriodRow, personId: string) {
  if (viewer.role === "admin" || viewer.role === "comp_admin" || viewer.role === "hr") return;
  if (!viewer.personId || viewer.role === "marketing" || viewer.role === "viewer") {
    throw problems.forbidden("Statements are visible to their payee, the payee's managers and comp admins.");
  }
  if (viewer.role === "manager") {
    if (personId === viewer.personId) return;
    const tree = await getReportingTree(db, {
      workspaceId: viewer.workspaceId,
      managerId: viewer.personId,
      asOf: period.periodEnd,
    });
    if (tree.includes(personId)) return;
    throw problems.forbidden("That person is outside the people whose pay you may see.");
  }
  if (personId !== viewer.personId) throw problems.forbidden("You may see only your own statements.");
  if (!finalStatuses.includes(period.status))
    throw problems.notFound(`A published statement for ${period.periodKey}`);
}

import { and, eq, gt, isNull, lte, or } from "drizzle-orm";
import { type Db, getReportingTree, reportingLines } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

/**
 * Who evaluates a person for a period: a manager above them on the period's last day (reporting lines), or admin /
 * HR. Returns the evaluator's person: the calling manager, or for admin / HR the person's direct manager that day.
 */
export async function authorizeEvaluator(
  db: Db,
  viewer: Viewer,
  params: { personId: string; lastDay: string },
): Promise<string | null> {
  const { workspaceId } = viewer;
  if (viewer.role === "admin" || viewer.role === "hr") {
    const [line] = await db
      .select({ managerId: reportingLines.managerId })
      .from(reportingLines)
      .where(
        and(
          eq(reportingLines.workspaceId, workspaceId),
          eq(reportingLines.personId, params.personId),
          lte(reportingLines.validFrom, params.lastDay),
          or(isNull(reportingLines.validTo), gt(reportingLines.validTo, params.lastDay)),
        ),
      );
    return line?.managerId ?? null;
  }
  if (viewer.role === "manager" && viewer.personId && viewer.personId !== params.personId) {
    const tree = await getReportingTree(db, {
      workspaceId,
      managerId: viewer.personId,
      asOf: params.lastDay,
    });
    if (tree.includes(params.personId)) return viewer.personId;
  }
  throw problems.forbidden(
    `Only the person's managers on ${params.lastDay} (the period's last day), admins and HR evaluate them.`,
  );
}

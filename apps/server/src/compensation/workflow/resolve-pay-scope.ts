import { type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";

/**
 * Whose pay the caller may read, as of `asOf`: null = the whole workspace (admin, comp admin, HR), a manager's own
 * and their reporting tree's, a rep's own. Marketing and viewers see no pay.
 */
export async function resolvePayScope(db: Db, viewer: Viewer, asOf: string): Promise<string[] | null> {
  if (viewer.role === "admin" || viewer.role === "comp_admin" || viewer.role === "hr") return null;
  if (viewer.role === "marketing" || viewer.role === "viewer") {
    throw problems.forbidden(
      "Pay is visible to comp admins, HR, managers (their team) and each payee (their own).",
    );
  }
  if (!viewer.personId)
    throw problems.forbidden("Your user is not linked to a person, so it has no pay to show.");
  if (viewer.role !== "manager") return [viewer.personId];
  const tree = await getReportingTree(db, {
    workspaceId: viewer.workspaceId,
    managerId: viewer.personId,
    asOf,
  });
  return [viewer.personId, ...tree];
}

/**
 * The run whose results the caller may see in a period: a rep (pay scope limited to themself, not a manager) only the
 * published run of a published or paid period, so no provisional figures; everyone else the published run, else the
 * current one.
 */
export function visibleRunId(
  viewer: Viewer,
  period: { status: string; currentRunId: string | null; publishedRunId: string | null },
): string | null {
  if (
    viewer.role === "admin" ||
    viewer.role === "comp_admin" ||
    viewer.role === "hr" ||
    viewer.role === "manager"
  )
    return period.publishedRunId ?? period.currentRunId;
  return period.status === "published" || period.status === "paid" ? period.publishedRunId : null;
}

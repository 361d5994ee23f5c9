import { type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";

/**
 * Who may score a person: admins and compensation admins anyone; a manager the people in their reporting tree on
 * `asOf` (the period's last day), never themself; nobody else.
 */
export async function authorizeMboScoring(
  db: Db,
  viewer: Viewer,
  params: { personId: string; asOf: string },
) {
  if (viewer.role === "admin" || viewer.role === "comp_admin") return;
  if (viewer.role === "manager" && viewer.personId && viewer.personId !== params.personId) {
    const tree = await getReportingTree(db, {
      workspaceId: viewer.workspaceId,
      managerId: viewer.personId,
      asOf: params.asOf,
    });
    if (tree.includes(params.personId)) return;
  }
  throw problems.forbidden(
    `Only the person's managers (on ${params.asOf}, the period's last day) and compensation admins may score them.`,
  );
}

import { type SQL, sql } from "drizzle-orm";
import { type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { workspaceWideRoles } from "../auth/viewer";

/**
 * The feedback a caller may read, as a condition over `feedback_entries` (alias `f`): workspace-wide roles all; a
 * manager what their tree (on `today`) logged or is about their tree's accounts; a rep their own and their accounts'.
 * Null means no restriction.
 */
export async function feedbackReach(db: Db, viewer: Viewer, today: string): Promise<SQL | null> {
  if (workspaceWideRoles.includes(viewer.role)) return null;
  if (!viewer.personId) return sql`false`;
  const people =
    viewer.role === "manager"
      ? [
          viewer.personId,
          ...(await getReportingTree(db, {
            workspaceId: viewer.workspaceId,
            managerId: viewer.personId,
            asOf: today,
          })),
        ]
      : [viewer.personId];
  const list = sql.join(
    people.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(f.person_id in (${list}) or f.account_id in (
    select a.id from accounts a where a.workspace_id = ${viewer.workspaceId} and a.owner_id in (${list})))`;
}

import { and, eq, inArray, isNull, lte, or, gt } from "drizzle-orm";
import { type Db, getReportingTree, teamMemberships } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { workspaceWideRoles } from "../auth/viewer";
import { problems } from "../http/problem";

/** Which goals a caller reaches: null = every goal; else the people and teams whose goals they see (or set). */
export type GoalReach = { personIds: string[]; teamIds: string[] } | null;

/**
 * A rep reaches themself and the teams they belong to; a manager their reporting tree and the teams any of them
 * (or they) belong to, on `today`; workspace-wide roles everything.
 */
export async function goalReach(db: Db, viewer: Viewer, today: string): Promise<GoalReach> {
  if (workspaceWideRoles.includes(viewer.role)) return null;
  if (!viewer.personId) return { personIds: [], teamIds: [] };
  const personIds =
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
  const memberships = await db
    .selectDistinct({ teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(
      and(
        eq(teamMemberships.workspaceId, viewer.workspaceId),
        inArray(teamMemberships.personId, personIds),
        lte(teamMemberships.validFrom, today),
        or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, today)),
      ),
    );
  return { personIds, teamIds: memberships.map((m) => m.teamId) };
}

export type GoalOwner = {
  kind: "person" | "team" | "workspace";
  personId: string | null;
  teamId: string | null;
};

/** Whether the caller may see a goal of this owner. */
export function reachesGoal(reach: GoalReach, owner: GoalOwner): boolean {
  if (reach === null || owner.kind === "workspace") return true;
  if (owner.kind === "person") return owner.personId !== null && reach.personIds.includes(owner.personId);
  return owner.teamId !== null && reach.teamIds.includes(owner.teamId);
}

/**
 * Who may set or change a goal: admin and HR anyone's; a manager their tree's and teams'; a rep their own; nobody
 * else (viewers, comp admins and marketing read goals only). Workspace goals are admin's and HR's.
 */
export async function assertMayWriteGoal(db: Db, viewer: Viewer, owner: GoalOwner, today: string) {
  if (viewer.role === "admin" || viewer.role === "hr") return;
  if (viewer.role !== "manager" && viewer.role !== "rep")
    throw problems.forbidden("Your role may read goals but not set them.");
  if (owner.kind === "workspace") throw problems.forbidden("Only admins and HR set workspace goals.");
  if (viewer.role === "rep" && owner.kind === "team")
    throw problems.forbidden("A rep sets goals for themself only.");
  if (!reachesGoal(await goalReach(db, viewer, today), owner))
    throw problems.forbidden(
      viewer.role === "rep"
        ? "A rep sets goals for themself only."
        : "That person or team is outside your reporting tree and teams.",
    );
}

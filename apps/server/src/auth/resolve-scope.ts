import { and, eq } from "drizzle-orm";
import { type Db, getReportingTree, people } from "@attain/db";
import { problems } from "../http/problem";
import { type Viewer, workspaceWideRoles } from "./viewer";

/** Whose figures a request may see: `personIds` null means the whole workspace. */
export type Scope = {
  kind: "self" | "tree" | "workspace" | "person";
  personId: string | null;
  name: string;
  personIds: string[] | null;
};

/**
 * Applies the authorization rule for people-scoped figures: a rep sees themself, a manager their reporting tree on
 * `asOf`, workspace-wide roles everything; `personId` narrows to one person and whoever reports to them, and is refused
 * when it falls outside what the caller may see.
 */
export async function resolveScope(
  db: Db,
  viewer: Viewer,
  params: { personId?: string | undefined; asOf: string; workspaceName: string },
): Promise<Scope> {
  const wide = workspaceWideRoles.includes(viewer.role);
  const subtree = async (personId: string) => [
    personId,
    ...(await getReportingTree(db, {
      workspaceId: viewer.workspaceId,
      managerId: personId,
      asOf: params.asOf,
    })),
  ];

  let allowed: string[] | null;
  if (wide) allowed = null;
  else if (!viewer.personId)
    throw problems.forbidden("Your user is not linked to a person, so it has no figures to show.");
  else if (viewer.role === "manager") allowed = await subtree(viewer.personId);
  else allowed = [viewer.personId];

  if (params.personId === undefined || params.personId === viewer.personId) {
    if (allowed === null)
      return { kind: "workspace", personId: null, name: params.workspaceName, personIds: null };
    const self = await personName(db, viewer.workspaceId, viewer.personId!);
    return {
      kind: allowed.length > 1 ? "tree" : "self",
      personId: viewer.personId,
      name: self,
      personIds: allowed,
    };
  }
  if (allowed !== null && !allowed.includes(params.personId)) {
    throw problems.forbidden("That person is outside the people whose figures you may see.");
  }
  const name = await personName(db, viewer.workspaceId, params.personId);
  return { kind: "person", personId: params.personId, name, personIds: await subtree(params.personId) };
}

async function personName(db: Db, workspaceId: string, personId: string): Promise<string> {
  const [row] = await db
    .select({ name: people.fullName })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, personId)));
  if (!row) throw problems.notFound("The person");
  return row.name;
}

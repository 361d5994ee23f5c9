import type { Db } from "@attain/db";
import { resolveScope } from "../../auth/resolve-scope";
import type { Viewer } from "../../auth/viewer";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";

/** Whose results the caller may read: null = everyone (workspace-wide roles), else self or reporting tree on `today`. */
export async function visiblePersonIds(db: Db, viewer: Viewer, today: string): Promise<string[] | null> {
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  return (await resolveScope(db, viewer, { asOf: today, workspaceName: workspace.name })).personIds;
}

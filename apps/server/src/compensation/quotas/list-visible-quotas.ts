import type { Db } from "@attain/db";
import { resolveScope } from "../../auth/resolve-scope";
import type { Viewer } from "../../auth/viewer";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";
import { listQuotas } from "./list-quotas";
import type { Quota } from "./schemas";

/** Quotas the caller may see (their own, their reporting tree's on `today`, or everyone's), optionally narrowed. */
export async function listVisibleQuotas(
  db: Db,
  viewer: Viewer,
  params: { personId?: string | undefined; periodKey?: string | undefined; today: string },
): Promise<{ items: Quota[] }> {
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  const scope = await resolveScope(db, viewer, {
    personId: params.personId,
    asOf: params.today,
    workspaceName: workspace.name,
  });
  const personIds = params.personId ? [params.personId] : scope.personIds;
  return {
    items: await listQuotas(db, { workspaceId: viewer.workspaceId, personIds, periodKey: params.periodKey }),
  };
}

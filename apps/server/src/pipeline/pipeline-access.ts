import type { Db } from "@attain/db";
import { resolveScope, type Scope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { loadWorkspace } from "../revenue/resolve-revenue-request";

export type PipelineRequest = {
  workspace: Awaited<ReturnType<typeof loadWorkspace>>;
  scope: Scope;
};

/**
 * Who may read the pipeline, and whose deals: HR reads neither pipeline nor forecasts (403); a rep their own deals,
 * a manager their reporting tree today, workspace-wide roles (marketing included) everything.
 */
export async function resolvePipelineRequest(
  db: Db,
  viewer: Viewer,
  params: { personId?: string | undefined; today: string },
): Promise<PipelineRequest> {
  if (viewer.role === "hr") throw problems.forbidden("HR does not read the pipeline.");
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  const scope = await resolveScope(db, viewer, {
    personId: params.personId,
    asOf: params.today,
    workspaceName: workspace.name,
  });
  return { workspace, scope };
}

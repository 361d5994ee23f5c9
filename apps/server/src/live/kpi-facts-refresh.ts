import type { AttainDatabase } from "@attain/db";
import { refreshKpiFacts } from "../kpis";

/**
 * The KPI module's `refreshKpiFacts` bound to the database: the hub calls it before it announces a change, so the
 * clients' refetch finds the facts fresh (and the response cache computes each figure once, at the new version).
 */
export function kpiFactsRefresh(database: AttainDatabase): (workspaceId: string) => Promise<void> {
  return async (workspaceId) => {
    await refreshKpiFacts(database, workspaceId);
  };
}

import { eq } from "drizzle-orm";
import { type Db, workspaces } from "@attain/db";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { resolvePeriod } from "./resolve-period";

export type RevenueQuery = { from?: string; to?: string; personId?: string; asOf?: string };

/** What every Revenue-vs-target request needs first: the workspace's settings, the period, the date and the scope. */
export async function resolveRevenueRequest(db: Db, viewer: Viewer, today: string, query: RevenueQuery) {
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  const period = resolvePeriod(query, today, workspace.calendar);
  const asOf = query.asOf ?? today;
  const scope = await resolveScope(db, viewer, {
    personId: query.personId,
    asOf,
    workspaceName: workspace.name,
  });
  return { workspace, period, asOf, scope };
}

export async function loadWorkspace(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw problems.notFound("The workspace");
  return {
    name: row.name,
    currency: row.reportingCurrency,
    calendar: {
      startMonth: row.fiscalYearStartMonth,
      naming: row.fiscalYearNaming === "start" ? ("start" as const) : ("end" as const),
    },
  };
}

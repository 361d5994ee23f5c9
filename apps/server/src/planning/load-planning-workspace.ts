import { eq } from "drizzle-orm";
import { type Db, workspaces } from "@attain/db";
import type { FiscalCalendar } from "@attain/engine";
import { problems } from "../http/problem";

export type PlanningWorkspace = { id: string; name: string; currency: string; calendar: FiscalCalendar };

/** The workspace's reporting currency (every scenario's currency) and fiscal calendar. */
export async function loadPlanningWorkspace(db: Db, workspaceId: string): Promise<PlanningWorkspace> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw problems.notFound("The workspace");
  return {
    id: row.id,
    name: row.name,
    currency: row.reportingCurrency,
    calendar: {
      startMonth: row.fiscalYearStartMonth,
      naming: row.fiscalYearNaming === "start" ? "start" : "end",
    },
  };
}

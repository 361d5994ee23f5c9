import { type Db, kpiCustomDefinitions } from "@attain/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { forgetWorkspaceKpis } from "../kpi-definitions";
import { customKpiWriters } from "./save-custom-kpi";

/** Archives a custom KPI (kept for history; it leaves the catalogue). */
export async function archiveCustomKpi(db: Db, viewer: Viewer, key: string): Promise<void> {
  if (!(customKpiWriters as readonly string[]).includes(viewer.role))
    throw problems.forbidden("Only admins, compensation admins, marketing and managers define KPIs.");
  const [row] = await db
    .update(kpiCustomDefinitions)
    .set({ archivedAt: new Date() })
    .where(
      and(
        eq(kpiCustomDefinitions.workspaceId, viewer.workspaceId),
        eq(kpiCustomDefinitions.key, key),
        isNull(kpiCustomDefinitions.archivedAt),
      ),
    )
    .returning({ key: kpiCustomDefinitions.key });
  if (!row) throw problems.notFound("The custom KPI");
  forgetWorkspaceKpis(viewer.workspaceId);
}

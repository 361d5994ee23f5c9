import type { Db } from "@attain/db";
import { getKpiCatalogue } from "../kpis";
import type { KpiDefinitionDto } from "../kpis/types";

export type DashboardCatalogue = { keys: string[]; byKey: ReadonlyMap<string, KpiDefinitionDto> };

/** The workspace's KPIs (built-in, families, custom) as the dashboards check and show them. */
export async function loadDashboardCatalogue(db: Db, workspaceId: string): Promise<DashboardCatalogue> {
  const { kpis } = await getKpiCatalogue(db, workspaceId);
  return { keys: kpis.map((kpi) => kpi.key), byKey: new Map(kpis.map((kpi) => [kpi.key, kpi])) };
}

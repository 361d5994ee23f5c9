import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import type { KpiRowsPage, KpiRowsQuery } from "./types";

/** Contract placeholder (docs/kpis-api.md): the KPI module's helper replaces it. */
export async function listKpiRows(
  _db: Db,
  _viewer: Viewer,
  _today: string,
  _query: KpiRowsQuery,
): Promise<KpiRowsPage> {
  throw new ApiError(501, "Not built yet", "The KPI module is being built.");
}

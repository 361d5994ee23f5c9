import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import type { KpiValuesResponse, KpiValuesQuery } from "./types";

/** Contract placeholder (docs/kpis-api.md): the KPI module's helper replaces it. */
export async function getKpiValues(
  _db: Db,
  _viewer: Viewer,
  _today: string,
  _query: KpiValuesQuery,
): Promise<KpiValuesResponse> {
  throw new ApiError(501, "Not built yet", "The KPI module is being built.");
}

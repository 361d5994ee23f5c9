import type { Db } from "@attain/db";

import { ApiError } from "../http/problem";
import type { KpiCatalogueResponse } from "./types";

/** Contract placeholder (docs/kpis-api.md): the KPI module's helper replaces it. */
export async function getKpiCatalogue(_db: Db, _workspaceId: string): Promise<KpiCatalogueResponse> {
  throw new ApiError(501, "Not built yet", "The KPI module is being built.");
}

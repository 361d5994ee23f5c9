import { sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import type { MeasureSourceModule } from "./types";

/** Contract placeholder: the "sales_marketing_costs" measures (packages/engine/src/kpi/measures.ts). */
export const costsSource: MeasureSourceModule = {
  source: "sales_marketing_costs",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: [],
  computeDirect: async () => ({}),
  listRows: async () => {
    throw new ApiError(501, "Not built yet");
  },
};

import { sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import type { MeasureSourceModule } from "./types";

/** Contract placeholder: the "marketing_traffic_daily" measures (packages/engine/src/kpi/measures.ts). */
export const marketingTrafficSource: MeasureSourceModule = {
  source: "marketing_traffic_daily",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: [],
  computeDirect: async () => ({}),
  listRows: async () => {
    throw new ApiError(501, "Not built yet");
  },
};

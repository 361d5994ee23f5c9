import { sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import type { MeasureSourceModule } from "./types";

/** Contract placeholder: the "activities" measures (packages/engine/src/kpi/measures.ts). */
export const activitiesSource: MeasureSourceModule = {
  source: "activities",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: [],
  computeDirect: async () => ({}),
  listRows: async () => {
    throw new ApiError(501, "Not built yet");
  },
};

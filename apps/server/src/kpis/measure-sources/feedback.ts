import { sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import type { MeasureSourceModule } from "./types";

/** Contract placeholder: the "feedback_entries" measures (packages/engine/src/kpi/measures.ts). */
export const feedbackSource: MeasureSourceModule = {
  source: "feedback_entries",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: [],
  computeDirect: async () => ({}),
  listRows: async () => {
    throw new ApiError(501, "Not built yet");
  },
};

import { sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import type { MeasureSourceModule } from "./types";

/** Months in the period: the calendar, not a table (revenue per rep = bookings ÷ seller-months × months). */
export const calendarSource: MeasureSourceModule = {
  source: "calendar",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: ["period_months"],
  async computeDirect(_db, request) {
    const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
    return { period_months: String(months(request.toDayExclusive) - months(request.fromDay)) };
  },
  listRows: async () => {
    throw new ApiError(422, "Nothing to drill into", "The months of a period have no rows behind them.");
  },
};

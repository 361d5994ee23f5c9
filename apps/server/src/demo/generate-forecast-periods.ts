import { dayOf, fromDay, monthOf, yearOf } from "./days";
import type { Random } from "./random";
import type { ForecastPeriodRow } from "./types";

export type DemoPeriod = ForecastPeriodRow & { startDay: number; endDay: number };

/**
 * Every fiscal quarter (the demo's fiscal year is the calendar year) from the first of history to the one after
 * today's, labelled like "FY2026 Q3". All open: closing one is the forecasts module's job (it writes the accuracy).
 */
export function generateForecastPeriods(ids: Random, params: { start: number; today: number }): DemoPeriod[] {
  const periods: DemoPeriod[] = [];
  const first = yearOf(params.start) * 4 + Math.floor((monthOf(params.start) - 1) / 3);
  const last = yearOf(params.today) * 4 + Math.floor((monthOf(params.today) - 1) / 3) + 1;
  for (let q = first; q <= last; q++) {
    const year = Math.floor(q / 4);
    const quarter = (q % 4) + 1;
    const startDay = dayOf(year, quarter * 3 - 2, 1);
    const endDay = dayOf(year + (quarter === 4 ? 1 : 0), quarter === 4 ? 1 : quarter * 3 + 1, 1) - 1;
    periods.push({
      id: ids.uuid(),
      label: `FY${year} Q${quarter}`,
      startsOn: fromDay(startDay),
      endsOn: fromDay(endDay),
      status: "open",
      startDay,
      endDay,
    });
  }
  return periods;
}

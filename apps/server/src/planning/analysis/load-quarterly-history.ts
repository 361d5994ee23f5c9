import type { Db } from "@attain/db";
import {
  addDays,
  addMonths,
  type FiscalCalendar,
  fiscalQuarterOf,
  formatFiscalQuarter,
  sumAmounts,
} from "@attain/engine";
import { loadMonthlyActuals } from "../measures/load-monthly-actuals";
import type { PlanningMeasure } from "../schemas";

export type QuarterActual = { quarter: string; start: string; amount: string };

/** How much history the fairness check reads: two fiscal years, the comparable past the rule of thumb looks at. */
export const HISTORY_QUARTERS = 8;

/**
 * Each person's net actuals of `measure` (cancellations and returns are negative lines; in the reporting currency;
 * lines without the measure count 0) in each of the `HISTORY_QUARTERS` fiscal quarters before `yearStart`, oldest
 * first; a quarter without a line is 0.
 */
export async function loadQuarterlyHistory(
  db: Db,
  params: {
    workspaceId: string;
    measure: PlanningMeasure;
    personIds: readonly string[];
    yearStart: string;
    calendar: FiscalCalendar;
  },
): Promise<Map<string, QuarterActual[]>> {
  const starts = Array.from({ length: HISTORY_QUARTERS }, (_, i) =>
    addMonths(params.yearStart, 3 * (i - HISTORY_QUARTERS)),
  );
  const quarters = starts.map((start) => ({
    start,
    quarter: formatFiscalQuarter(fiscalQuarterOf(start, params.calendar)),
  }));
  const history = new Map<string, QuarterActual[]>();
  if (params.personIds.length === 0) return history;
  const monthly = await loadMonthlyActuals(db, {
    workspaceId: params.workspaceId,
    measure: params.measure,
    fromDay: starts[0] ?? params.yearStart,
    toDayExclusive: params.yearStart,
    personIds: [...params.personIds],
  });
  const amounts = new Map<string, string[]>();
  for (const row of monthly) {
    if (row.personId === null) continue;
    const key = `${row.personId} ${formatFiscalQuarter(fiscalQuarterOf(`${row.month}-01`, params.calendar))}`;
    amounts.set(key, [...(amounts.get(key) ?? []), row.amount]);
  }
  for (const personId of params.personIds)
    history.set(
      personId,
      quarters.map(({ quarter, start }) => ({
        quarter,
        start,
        amount: sumAmounts(amounts.get(`${personId} ${quarter}`) ?? []),
      })),
    );
  return history;
}

/** The last day of the quarter that starts on `start`. */
export const quarterEnd = (start: string) => addDays(addMonths(start, 3), -1);

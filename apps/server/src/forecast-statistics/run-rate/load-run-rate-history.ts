import { type Db, getMonthlyBookings } from "@attain/db";
import { monthOf, monthsInRange, roundAmount, shiftMonth, sumAmounts } from "@attain/engine";

/** How far back the run-rate looks: ten years is plenty for a monthly model and bounds the query. */
export const HISTORY_MONTHS = 120;

export type RunRateHistory = {
  /** Complete months from the first with a line, 0 where a month has none. */
  months: { month: string; amount: string }[];
  current: { month: string; amount: string };
  /** Lines in a currency without a rate for their month (left out of the amounts). */
  unconvertedLines: number;
};

/** Monthly net bookings of the scope in the reporting currency (per-line conversion, as the revenue report). */
export async function loadRunRateHistory(
  db: Db,
  params: { workspaceId: string; currency: string; today: string; personIds: string[] | null },
): Promise<RunRateHistory> {
  const current = monthOf(params.today);
  const first = shiftMonth(current, -HISTORY_MONTHS);
  const rows = await getMonthlyBookings(db, {
    workspaceId: params.workspaceId,
    fromDay: `${first}-01`,
    toDayExclusive: `${shiftMonth(current, 1)}-01`,
    personIds: params.personIds,
  });
  const byMonth = new Map<string, string[]>();
  let unconvertedLines = 0;
  for (const row of rows) {
    byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row.amount]);
    unconvertedLines += row.unconvertedLines;
  }
  const total = (month: string) =>
    roundAmount(sumAmounts(byMonth.get(month) ?? ["0"]), params.currency, "half_up");
  const withLines = rows.filter((row) => row.lines > 0 && row.month < current).map((row) => row.month);
  const start = withLines.sort()[0];
  const last = shiftMonth(current, -1);
  return {
    months: start ? monthsInRange(start, last).map((month) => ({ month, amount: total(month) })) : [],
    current: { month: current, amount: total(current) },
    unconvertedLines,
  };
}

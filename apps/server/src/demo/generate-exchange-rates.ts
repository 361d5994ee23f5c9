import { fromDay, monthIndex, monthStart } from "./days";
import type { Random } from "./random";
import type { ExchangeRateRow } from "./types";

/**
 * Monthly rates into EUR (EUR per unit of currency) for GBP and USD, four decimals, as a slowly mean-reverting walk
 * around 1.17 and 0.91. EUR itself needs no row: the reporting currency converts at 1.
 */
export function generateExchangeRates(
  random: Random,
  params: { start: number; end: number },
): ExchangeRateRow[] {
  const series = [
    { currency: "GBP" as const, level: 1.165, mean: 1.17, step: 0.009 },
    { currency: "USD" as const, level: 0.925, mean: 0.91, step: 0.012 },
  ];
  const rows: ExchangeRateRow[] = [];
  for (let m = monthIndex(params.start); m <= monthIndex(params.end); m++) {
    for (const s of series) {
      s.level += 0.15 * (s.mean - s.level) + s.step * random.normal();
      const tenThousandths = Math.round(s.level * 10_000);
      rows.push({
        currency: s.currency,
        month: fromDay(monthStart(m)),
        rate: `${Math.floor(tenThousandths / 10_000)}.${String(tenThousandths % 10_000).padStart(4, "0")}`,
      });
    }
  }
  return rows;
}

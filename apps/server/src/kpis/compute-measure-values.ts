import type { Db } from "@attain/db";
import { addMonths } from "@attain/engine";
import { Decimal } from "decimal.js";
import type { SQL } from "drizzle-orm";
import { measureSourceOf } from "./measure-source-of";
import type { MeasureRequest, MeasureSourceModule } from "./measure-sources";
import { sumKpiFacts } from "./sum-kpi-facts";

/** A stretch of whole months: [fromDay, toDayExclusive). */
export type MonthWindow = { fromDay: string; toDayExclusive: string };

/**
 * The measures' values for each window of one request (the period, the comparison period, each trend month): the
 * additive ones from one facts read over all the windows' months, the others from their sources per window, all
 * concurrently. An additive measure with no facts is zero; a measure no source computes yet is left out, so the
 * engine reports it missing.
 */
export async function computeMeasureValues(
  db: Db,
  request: MeasureRequest,
  measures: readonly string[],
  windows: readonly MonthWindow[],
  /** The facts to sum (default `kpi_monthly_facts`; a recomputation from raw rows in tests). */
  facts?: SQL,
): Promise<Record<string, string>[]> {
  const additive: string[] = [];
  const direct = new Map<MeasureSourceModule, string[]>();
  for (const measure of new Set(measures)) {
    const found = measureSourceOf(measure);
    if (!found) continue;
    if (found.additive) additive.push(measure);
    else direct.set(found.module, [...(direct.get(found.module) ?? []), measure]);
  }
  const values = windows.map(() => ({}) as Record<string, string>);
  const span = {
    fromDay: windows.reduce((min, w) => (w.fromDay < min ? w.fromDay : min), windows[0]?.fromDay ?? ""),
    toDayExclusive: windows.reduce((max, w) => (w.toDayExclusive > max ? w.toDayExclusive : max), ""),
  };
  const jobs: Promise<void>[] = [];
  if (additive.length > 0 && windows.length > 0) {
    jobs.push(
      sumKpiFacts(db, { ...request, ...span }, additive, null, facts).then((sums) => {
        windows.forEach((window, i) => {
          const totals = new Map(additive.map((m) => [m, new Decimal(0)]));
          for (const s of sums) {
            const day = `${s.month}-01`;
            if (day >= window.fromDay && day < window.toDayExclusive)
              totals.set(s.measure, (totals.get(s.measure) ?? new Decimal(0)).plus(s.value));
          }
          for (const [m, total] of totals) values[i]![m] = total.toFixed();
        });
      }),
    );
  }
  for (const [module, wanted] of direct) {
    windows.forEach((window, i) => {
      jobs.push(
        module.computeDirect(db, { ...request, ...window }, wanted).then((computed) => {
          for (const m of wanted) if (computed[m] !== undefined) values[i]![m] = computed[m]!;
        }),
      );
    });
  }
  await Promise.all(jobs);
  return values;
}

/** Each month of [fromDay, toDayExclusive) as a window of its own. */
export function monthWindows(window: MonthWindow): MonthWindow[] {
  const out: MonthWindow[] = [];
  for (let day = window.fromDay; day < window.toDayExclusive; day = addMonths(day, 1))
    out.push({ fromDay: day, toDayExclusive: addMonths(day, 1) });
  return out;
}

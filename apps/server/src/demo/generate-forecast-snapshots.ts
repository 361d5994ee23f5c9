import {
  type ForecastSubmissionInput,
  forecastMotionsInOrder,
  fromCents,
  rollUpCategoriesInOrder,
  rollUpForecast,
  toCents,
} from "@attain/engine";
import { fromDay } from "./days";
import type { DemoForecastWeek } from "./generate-forecast-calls";
import type { Random } from "./random";
import type {
  ForecastSnapshotLineRow,
  ForecastSnapshotRow,
  ForecastSubmissionRow,
  ReportingLineRow,
} from "./types";

/**
 * The weekly snapshots of the calls' Mondays, backfilled as the job runner would have taken them each Monday: the
 * engine's roll-up (`rollUpForecast`) of the reporting lines of that day, the submissions made by then and the deals
 * as they stood that morning, so "closed" grows week by week and accuracy compares each week's call with the end.
 * The lines follow takeForecastSnapshot (apps/server/src/forecasts): people with reports, calls or deals; per motion
 * the five categories and an "all" row (closed + commit + best case; deals but omitted). No statistical figures:
 * the demo trains no win-probability model, and a model trained now would know the outcomes.
 */
export function generateForecastSnapshots(
  ids: Random,
  params: {
    weeks: readonly DemoForecastWeek[];
    submissions: readonly ForecastSubmissionRow[];
    reportingLines: readonly ReportingLineRow[];
    personIds: readonly string[];
  },
): { snapshots: ForecastSnapshotRow[]; lines: ForecastSnapshotLineRow[] } {
  const byPeriod = new Map<string, ForecastSubmissionInput[]>();
  for (const s of params.submissions) {
    const list = byPeriod.get(s.periodId) ?? [];
    list.push({
      id: s.id,
      authorId: s.authorId,
      subjectId: s.subjectId,
      motion: s.motion,
      category: s.category,
      amount: s.amount,
      // "2026-02-10 09:30:00+00" → "2026-02-10T09:30:00.000Z"
      submittedAt: `${s.submittedAt.slice(0, 10)}T${s.submittedAt.slice(11, 19)}.000Z`,
      note: s.note,
    });
    byPeriod.set(s.periodId, list);
  }
  const snapshots: ForecastSnapshotRow[] = [];
  const lines: ForecastSnapshotLineRow[] = [];
  const sum = (values: string[]) => fromCents(values.reduce((t, v) => t + toCents(v, "line"), 0n));
  for (const week of params.weeks) {
    const takenOn = fromDay(week.monday);
    // The calls are generated Monday by Monday: those made by this one are a prefix of the period's.
    const all = byPeriod.get(week.period.id) ?? [];
    let made = 0;
    while (made < all.length && all[made]!.submittedAt.slice(0, 10) <= takenOn) made++;
    const submissions = all.slice(0, made);
    const result = rollUpForecast({
      asOf: takenOn,
      lines: params.reportingLines,
      submissions,
      deals: week.deals.map((d) => ({
        ownerId: d.ownerId,
        motion: d.motion,
        category: d.category,
        amount: fromCents(BigInt(d.cents)),
      })),
      personIds: params.personIds,
    });
    const snapshot: ForecastSnapshotRow = {
      id: ids.uuid(),
      periodId: week.period.id,
      takenOn,
      takenAt: `${takenOn} 06:00:00+00`,
      kind: "weekly",
      currency: "EUR",
    };
    snapshots.push(snapshot);
    const called = new Set(submissions.map((s) => s.subjectId));
    for (const person of result.people.values()) {
      const hasDeals = forecastMotionsInOrder.some((m) =>
        rollUpCategoriesInOrder.some((c) => person.motions[m][c].deals !== "0.00"),
      );
      if (person.directReportIds.length === 0 && !called.has(person.personId) && !hasDeals) continue;
      for (const motion of forecastMotionsInOrder) {
        const figures = person.motions[motion];
        const base = {
          snapshotId: snapshot.id,
          personId: person.personId,
          managerId: person.managerId,
          motion,
        };
        for (const category of rollUpCategoriesInOrder) {
          const line = figures[category];
          lines.push({
            ...base,
            category,
            ownCall: line.ownCall,
            rolledUp: line.rolledUp,
            adjusted: line.adjusted,
            deals: line.deals,
          });
        }
        lines.push({
          ...base,
          category: "all",
          ownCall: null,
          rolledUp: sum([figures.closed.rolledUp, figures.commit.rolledUp, figures.best_case.rolledUp]),
          adjusted: null,
          deals: sum([
            figures.closed.deals,
            figures.commit.deals,
            figures.best_case.deals,
            figures.pipeline.deals,
          ]),
        });
      }
    }
  }
  return { snapshots, lines };
}

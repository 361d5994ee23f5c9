import { and, eq } from "drizzle-orm";
import { type AttainDatabase, forecastSnapshots, type ForecastSnapshotKind } from "@attain/db";
import { forecastMotionsInOrder, rollUpCategoriesInOrder, sumAmounts } from "@attain/engine";
import { computeForecastRollUp } from "./compute-forecast-roll-up";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { insertSnapshotLines, type SnapshotLineRow } from "./insert-snapshot-lines";
import { loadStatisticalFigures, type StatisticalFigures } from "./load-statistical-figures";

/**
 * The whole forecast of a period as of `takenOn`: every person's roll-up per motion and category, plus a category
 * "all" row per motion carrying the statistical figures (its rolled_up is the best-case forecast, closed + commit +
 * best case as the person sees it; its deals are all the tree's deals but omitted ones). Replaces a snapshot of the
 * same day; written in one transaction, so a reader sees the old one or the new one, never half.
 * People with no reports, no deals and no calls are left out (their figures are all zero).
 */
export async function takeForecastSnapshot(
  database: AttainDatabase,
  params: { workspaceId: string; periodId: string; takenOn: string; kind: ForecastSnapshotKind; now: Date },
): Promise<{ id: string; takenOn: string; kind: ForecastSnapshotKind }> {
  const { db } = database;
  const { workspaceId, takenOn } = params;
  const period = await loadForecastPeriod(db, workspaceId, params.periodId);
  const { currency } = await loadForecastCalendar(db, workspaceId);
  const { inputs, result } = await computeForecastRollUp(db, workspaceId, period, takenOn);
  const called = new Set(
    inputs.submissions.filter((s) => s.submittedAt.slice(0, 10) <= takenOn).map((s) => s.subjectId),
  );
  const people = [...result.people.values()].filter(
    (p) =>
      p.directReportIds.length > 0 ||
      called.has(p.personId) ||
      forecastMotionsInOrder.some((m) =>
        rollUpCategoriesInOrder.some((c) => p.motions[m][c].deals !== "0.00"),
      ),
  );
  const figures = await loadStatisticalFigures(
    db,
    { workspaceId, periodId: period.id, asOf: takenOn, result },
    forecastMotionsInOrder,
    people.map((p) => p.personId),
  );
  const statistics = new Map(
    forecastMotionsInOrder.map((motion, k) => [motion, figures[k] as Map<string, StatisticalFigures>]),
  );

  return database.transaction(async ({ db: tx }) => {
    await tx
      .delete(forecastSnapshots)
      .where(
        and(
          eq(forecastSnapshots.workspaceId, workspaceId),
          eq(forecastSnapshots.periodId, period.id),
          eq(forecastSnapshots.takenOn, takenOn),
        ),
      );
    const [snapshot] = await tx
      .insert(forecastSnapshots)
      .values({ workspaceId, periodId: period.id, takenOn, takenAt: params.now, kind: params.kind, currency })
      .returning({ id: forecastSnapshots.id });
    const snapshotId = (snapshot as { id: string }).id;
    const batch: SnapshotLineRow[] = [];
    for (const person of people) {
      for (const motion of forecastMotionsInOrder) {
        const lines = person.motions[motion];
        const base = {
          workspaceId,
          snapshotId,
          personId: person.personId,
          managerId: person.managerId,
          motion,
        };
        for (const category of rollUpCategoriesInOrder) {
          const line = lines[category];
          batch.push({
            ...base,
            category,
            ownCall: line.ownCall,
            rolledUp: line.rolledUp,
            adjusted: line.adjusted,
            deals: line.deals,
          });
        }
        const stat = statistics.get(motion)?.get(person.personId);
        batch.push({
          ...base,
          category: "all",
          ownCall: null,
          rolledUp: sumAmounts([lines.closed.rolledUp, lines.commit.rolledUp, lines.best_case.rolledUp]),
          adjusted: null,
          deals: sumAmounts([
            lines.closed.deals,
            lines.commit.deals,
            lines.best_case.deals,
            lines.pipeline.deals,
          ]),
          statisticalExpected: stat?.expected ?? null,
          statisticalLow: stat?.low ?? null,
          statisticalHigh: stat?.high ?? null,
        });
      }
    }
    await insertSnapshotLines(tx, { workspaceId, snapshotId }, batch);
    return { id: snapshotId, takenOn, kind: params.kind };
  });
}

import type { ForecastAccuracySource } from "@attain/db";
import { forecastAccuracy, sumAmounts } from "@attain/engine";
import type { MotionView } from "./compute-forecast-roll-up";
import type { SnapshotPoint } from "./load-snapshot-points";

export type AccuracyRow = {
  personId: string;
  motion: MotionView;
  source: ForecastAccuracySource;
  category: string;
  takenOn: string;
  forecast: string;
  actual: string;
  error: string;
  ape: string | null;
};

/**
 * Each week's forecasts of a closed period against its actual (the tree's won deals in the final snapshot): the
 * roll-up's commit and best-case forecasts, the person's own call (closed + their commit; closed + commit + best
 * case) when they had made one, and the statistical expected value when there was one.
 */
export function buildAccuracyRows(points: readonly SnapshotPoint[]): AccuracyRow[] {
  const finals = new Map<string, SnapshotPoint>();
  for (const p of points) if (p.kind === "close") finals.set(`${p.personId}|${p.motion}`, p);
  const series = new Map<
    string,
    {
      base: Omit<AccuracyRow, "takenOn" | "forecast" | "actual" | "error" | "ape">;
      points: { takenOn: string; forecast: string; actual: string }[];
    }
  >();
  const add = (
    p: SnapshotPoint,
    source: ForecastAccuracySource,
    category: string,
    forecast: string,
    actual: string,
  ) => {
    const key = `${p.personId}|${p.motion}|${source}|${category}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { base: { personId: p.personId, motion: p.motion, source, category }, points: [] };
      series.set(key, entry);
    }
    entry.points.push({ takenOn: p.takenOn, forecast, actual });
  };
  for (const p of points) {
    if (p.kind === "close") continue;
    const final = finals.get(`${p.personId}|${p.motion}`);
    const actual = final?.closed ?? "0.00";
    add(p, "rollup", "commit", p.commitForecast, actual);
    add(p, "rollup", "best_case", p.bestCaseForecast, actual);
    if (p.ownCommit !== null) add(p, "call", "commit", sumAmounts([p.closed, p.ownCommit]), actual);
    if (p.ownBestCase !== null)
      add(p, "call", "best_case", sumAmounts([p.closed, p.ownCommit ?? "0.00", p.ownBestCase]), actual);
    if (p.statisticalExpected !== null) add(p, "statistical", "expected", p.statisticalExpected, actual);
  }
  return [...series.values()].flatMap(({ base, points: list }) =>
    forecastAccuracy(list).points.map((m) => ({ ...base, ...m })),
  );
}

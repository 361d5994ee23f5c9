import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { sumAmounts } from "@attain/engine";
import type { MotionView } from "./compute-forecast-roll-up";
import type { TrendPoint } from "./schemas";

type LineRow = {
  taken_on: string;
  kind: TrendPoint["kind"];
  person_id: string;
  manager_id: string | null;
  motion: string;
  category: string;
  own_call: string | null;
  rolled_up: string;
  statistical_expected: string | null;
  statistical_low: string | null;
  statistical_high: string | null;
};

export type SnapshotPoint = TrendPoint & { personId: string; managerId: string | null; motion: MotionView };

const sumOrNull = (values: (string | null)[]) => {
  const present = values.filter((v): v is string => v !== null);
  return present.length === 0 ? null : sumAmounts(present);
};

/**
 * Each snapshot's figures of the given people (null = everyone) for a motion ("all" sums both motions' lines; its
 * statistical low/high are then the sums of each motion's bounds, a wider band than a joint interval), oldest first.
 */
export async function loadSnapshotPoints(
  db: Db,
  params: { workspaceId: string; periodId: string; personIds: string[] | null; motion: MotionView },
): Promise<SnapshotPoint[]> {
  const people = params.personIds;
  if (people && people.length === 0) return [];
  const rows = await selectRows<LineRow>(
    db,
    sql`select s.taken_on::text as taken_on, s.kind, l.person_id, l.manager_id, l.motion, l.category,
          l.own_call::text as own_call, l.rolled_up::text as rolled_up,
          l.statistical_expected::text as statistical_expected, l.statistical_low::text as statistical_low,
          l.statistical_high::text as statistical_high
        from forecast_snapshots s
        join forecast_snapshot_lines l on l.workspace_id = s.workspace_id and l.snapshot_id = s.id
        where s.workspace_id = ${params.workspaceId} and s.period_id = ${params.periodId}
          ${
            people
              ? sql`and l.person_id in (${sql.join(
                  people.map((p) => sql`${p}`),
                  sql`, `,
                )})`
              : sql``
          }
          ${params.motion === "all" ? sql`` : sql`and l.motion = ${params.motion}`}
        order by s.taken_on, l.person_id`,
  );
  const groups = new Map<string, LineRow[]>();
  for (const row of rows) {
    const key = `${row.taken_on}|${row.person_id}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((lines) => {
    const first = lines[0] as LineRow;
    const of = (category: string) => lines.filter((l) => l.category === category);
    const rolled = (category: string) => sumAmounts(["0.00", ...of(category).map((l) => l.rolled_up)]);
    const closed = rolled("closed");
    const commit = rolled("commit");
    const bestCase = rolled("best_case");
    const commitForecast = sumAmounts([closed, commit]);
    const all = of("all");
    return {
      personId: first.person_id,
      managerId: first.manager_id,
      motion: params.motion,
      takenOn: first.taken_on,
      kind: first.kind,
      closed,
      commit,
      bestCase,
      pipeline: rolled("pipeline"),
      commitForecast,
      bestCaseForecast: sumAmounts([commitForecast, bestCase]),
      ownCommit: sumOrNull(of("commit").map((l) => l.own_call)),
      ownBestCase: sumOrNull(of("best_case").map((l) => l.own_call)),
      statisticalExpected: sumOrNull(all.map((l) => l.statistical_expected)),
      statisticalLow: sumOrNull(all.map((l) => l.statistical_low)),
      statisticalHigh: sumOrNull(all.map((l) => l.statistical_high)),
    };
  });
}

import { type CalcPeriod, type PriorPeriods, sumAmounts } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import type { CarryState } from "./carry-state";

export const emptyPriorPeriods = (): PriorPeriods => ({
  earnedByComponent: {},
  earnedByTransaction: {},
  drawBalance: "0",
  heldBack: [],
  onHold: [],
});

/**
 * For each person, what earlier periods of the plan year produced, from each period's current results
 * (comp_periods.current_run_id): earned per component and period, earned per transaction summed over the periods,
 * and the draw, holdback and hold state left by the latest earlier period with a result.
 */
export async function loadPriorPeriods(
  sql: SqlSession,
  params: { workspaceId: string; earlierPeriods: readonly CalcPeriod[]; personIds: readonly string[] },
): Promise<Map<string, PriorPeriods>> {
  const prior = new Map<string, PriorPeriods>();
  if (params.earlierPeriods.length === 0 || params.personIds.length === 0) return prior;
  const rows = await sql.query<{ person_id: string; period_key: string; carry: CarryState }>(
    `select r.person_id, r.period_key, r.carry from comp_periods p
     join comp_results r on r.run_id = p.current_run_id and r.workspace_id = p.workspace_id
     where p.workspace_id = $1 and p.period_key = any($2::text[]) and r.person_id = any($3::uuid[])
     order by r.person_id, p.period_start`,
    [params.workspaceId, params.earlierPeriods.map((p) => p.key), params.personIds],
  );
  for (const row of rows) {
    const state = prior.get(row.person_id) ?? emptyPriorPeriods();
    for (const [component, amount] of Object.entries(row.carry.earnedByComponent)) {
      state.earnedByComponent[component] = {
        ...state.earnedByComponent[component],
        [row.period_key]: amount,
      };
    }
    for (const [key, amount] of Object.entries(row.carry.earnedByTransaction)) {
      const before = state.earnedByTransaction[key];
      state.earnedByTransaction[key] = before === undefined ? amount : sumAmounts([before, amount]);
    }
    state.drawBalance = row.carry.next.drawBalance;
    state.heldBack = row.carry.next.heldBack;
    state.onHold = row.carry.next.onHold;
    prior.set(row.person_id, state);
  }
  return prior;
}

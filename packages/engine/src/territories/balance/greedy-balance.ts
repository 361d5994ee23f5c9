import type { BalanceInput, BalanceResult } from "../types";
import { type BalanceModel, isAllowed } from "./balance-model";
import { balanceResult } from "./balance-result";
import { prepareBalance } from "./prepare-balance";

/** Accounts by potential, largest first (ties by input order): the order a spreadsheet user would deal them. */
export function byPotentialDescending(model: BalanceModel): number[] {
  return Array.from(model.potential, (_, i) => i).sort(
    (a, b) => (model.potential[b] as number) - (model.potential[a] as number) || a - b,
  );
}

/**
 * The greedy placement, in territory indices. Locked accounts first; then each account, largest potential first,
 * to the allowed territory with the lowest load / target ratio that still has room (maxAccounts, maxWorkload);
 * ties to the territory listed first. When none has room it goes to the lowest ratio anyway and `overflow` says so.
 */
export function greedyPlacement(model: BalanceModel): { territoryOf: Int32Array; overflow: number[] } {
  const m = model.territoryIds.length;
  const load = new Float64Array(m);
  const count = new Float64Array(m);
  const workload = new Float64Array(m);
  const territoryOf = new Int32Array(model.accountIds.length).fill(-1);
  const overflow: number[] = [];
  const place = (i: number, t: number) => {
    territoryOf[i] = t;
    load[t] = (load[t] as number) + (model.potential[i] as number);
    count[t] = (count[t] as number) + 1;
    workload[t] = (workload[t] as number) + (model.workload[i] as number);
  };
  model.locked.forEach((t, i) => {
    if (t >= 0) place(i, t);
  });
  const ratio = (t: number) => {
    const target = model.targetPotential[t] as number;
    if (target > 0) return (load[t] as number) / target;
    return (load[t] as number) > 0 ? Number.POSITIVE_INFINITY : 0;
  };
  for (const i of byPotentialDescending(model)) {
    if ((territoryOf[i] as number) >= 0) continue;
    let best = -1;
    let fallback = -1;
    for (let t = 0; t < m; t++) {
      if (!isAllowed(model, i, t)) continue;
      if (fallback < 0 || ratio(t) < ratio(fallback)) fallback = t;
      const room =
        (count[t] as number) + 1 <= (model.maxAccounts[t] as number) &&
        (workload[t] as number) + (model.workload[i] as number) <= (model.maxWorkload[t] as number);
      if (room && (best < 0 || ratio(t) < ratio(best))) best = t;
    }
    if (best < 0) overflow.push(i);
    place(i, best >= 0 ? best : fallback);
  }
  return { territoryOf, overflow };
}

/**
 * The baseline a spreadsheet user would build: greedyPlacement, measured like the optimiser's result (objective F
 * with the input's weights). Ignores geography and the current assignment by design.
 */
export function greedyBalance(input: BalanceInput): BalanceResult {
  const context = prepareBalance(input);
  const { territoryOf, overflow } = greedyPlacement(context.model);
  if (overflow.length > 0)
    context.warnings.push({
      code: "over_capacity",
      message: `${overflow.length} account(s) found no territory with room and were placed over capacity`,
      accountIds: overflow.map((i) => context.model.accountIds[i] as string),
    });
  return balanceResult(context, territoryOf, "greedy", null);
}

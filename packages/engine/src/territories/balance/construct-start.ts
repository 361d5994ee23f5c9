import {
  type AssignmentState,
  accountCost,
  createState,
  moveAccount,
  territoryCost,
} from "./assignment-state";
import { type BalanceModel, distanceKm, isAllowed } from "./balance-model";
import { byPotentialDescending } from "./greedy-balance";

// What placing unplaced account i in territory t (km from its base) adds to the searched function.
function insertionCost(state: AssignmentState, i: number, t: number, km: number): number {
  const model = state.model;
  const p = state.potential[t] as number;
  const w = state.workload[t] as number;
  const c = state.count[t] as number;
  return (
    territoryCost(state, t, p + (model.potential[i] as number), w + (model.workload[i] as number), c + 1) -
    territoryCost(state, t, p, w, c) +
    accountCost(model, i, t, km)
  );
}

// The cheapest territory among i's candidates; when every candidate would overrun its capacity, among all the
// territories i is allowed in.
function cheapestTerritory(state: AssignmentState, i: number): { t: number; km: number } {
  const model = state.model;
  const candidates = model.candidates[i] as Int32Array;
  const kms = model.candidateKm[i] as Float64Array;
  let best = { t: -1, km: 0, cost: Number.POSITIVE_INFINITY };
  candidates.forEach((t, k) => {
    const cost = insertionCost(state, i, t, kms[k] as number);
    if (cost < best.cost) best = { t, km: kms[k] as number, cost };
  });
  // Widen to every allowed territory when the best candidate is full or would go over its target: load then
  // reaches under-target territories beyond the nearest few at the start, instead of diffusing there one
  // neighbour per search pass (which takes of the order of (territories across the map)² passes).
  const t = best.t;
  const underTarget =
    t >= 0 &&
    (state.potential[t] as number) + (model.potential[i] as number) <= (model.targetPotential[t] as number);
  if (best.cost < 1e5 && underTarget) return best;
  for (let t = 0; t < model.territoryIds.length; t++) {
    if (!isAllowed(model, i, t)) continue;
    const km = distanceKm(model, i, t);
    const cost = insertionCost(state, i, t, km);
    if (cost < best.cost) best = { t, km, cost };
  }
  return best;
}

/**
 * A greedy start that knows the objective: locked accounts (and the `keep` ones, e.g. in their current
 * territory) placed first, then the rest, largest potential first, each where it adds least to the searched
 * function (balance with the flow term, distance, disruption, capacity). `flow` > 0 makes it deal like
 * longest-processing-time first: the most under-target territory nearby gets the next account.
 */
export function constructStart(model: BalanceModel, keep: Int32Array, flow: number): Int32Array {
  const n = model.accountIds.length;
  const state = createState(model, new Int32Array(n).fill(-1));
  state.flow = flow;
  for (let i = 0; i < n; i++) {
    const t = (model.locked[i] as number) >= 0 ? (model.locked[i] as number) : (keep[i] as number);
    if (t >= 0) moveAccount(state, i, t, distanceKm(model, i, t));
  }
  for (const i of byPotentialDescending(model)) {
    if ((state.territoryOf[i] as number) >= 0) continue;
    const { t, km } = cheapestTerritory(state, i);
    moveAccount(state, i, t, km);
  }
  return state.territoryOf;
}

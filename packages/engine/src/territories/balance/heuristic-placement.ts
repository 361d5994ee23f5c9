import { type AssignmentState, createState, totalCost, withinCapacity } from "./assignment-state";
import { type BalanceModel, isAllowed } from "./balance-model";
import { constructStart } from "./construct-start";
import { localSearch } from "./local-search";

/**
 * Weight of the quadratic balance term of the first search phase. The objective's absolute deviations are flat
 * for a territory already at target, so load cannot flow through it from an over-target territory to a far
 * under-target one; the square can. 20 makes the square equal to the absolute term at a 5% deviation.
 */
export const FLOW_WEIGHT = 20;
const MOVE_PASSES = 60;
/** Swap passes cost ~20× a move pass; past a few passes their gains are small (measured on 10,000 × 50). */
const SWAP_PASSES = 6;

export type HeuristicOutcome = { territoryOf: Int32Array; cost: number; feasible: boolean; passes: number };

// First phase from a start: moves only, with the flow term. Cheap; it decides which start to polish.
function spread(
  model: BalanceModel,
  start: Int32Array,
  seed: number,
): { state: AssignmentState; passes: number; cost: number } {
  const state = createState(model, start);
  state.flow = FLOW_WEIGHT;
  const passes = localSearch(state, seed, { maxPasses: MOVE_PASSES, swaps: false });
  state.flow = 0;
  return { state, passes, cost: totalCost(state) + (withinCapacity(state) ? 0 : Number.MAX_VALUE / 2) };
}

// Second phase: swaps with the flow term, then moves and swaps on the objective alone.
function polish(state: AssignmentState, seed: number): number {
  state.flow = FLOW_WEIGHT;
  let passes = localSearch(state, seed, { maxPasses: SWAP_PASSES, swaps: true });
  state.flow = 0;
  passes += localSearch(state, seed + 1, { maxPasses: MOVE_PASSES, swaps: false });
  passes += localSearch(state, seed + 2, { maxPasses: SWAP_PASSES, swaps: true });
  return passes;
}

/**
 * The heuristic: from an objective-aware greedy start, and — when accounts have a current territory — from the
 * current assignment (new accounts placed greedily), a local search of moves among each account's candidate
 * territories with the flow term; the better of the two (within capacity first) is then polished with swaps and
 * moves, ending on the objective alone. Deterministic for a seed.
 */
export function heuristicPlacement(model: BalanceModel, seed: number): HeuristicOutcome {
  const n = model.accountIds.length;
  const none = new Int32Array(n).fill(-1);
  const spreads = [spread(model, constructStart(model, none, FLOW_WEIGHT), seed)];
  const current = Int32Array.from(model.current, (t, i) => (t >= 0 && isAllowed(model, i, t) ? t : -1));
  if (current.some((t) => t >= 0))
    spreads.push(spread(model, constructStart(model, current, FLOW_WEIGHT), seed + 10));
  const best = spreads.reduce((a, b) => (b.cost < a.cost ? b : a));
  const passes = best.passes + polish(best.state, seed + 20);
  const state = best.state;
  return { territoryOf: state.territoryOf, cost: totalCost(state), feasible: withinCapacity(state), passes };
}

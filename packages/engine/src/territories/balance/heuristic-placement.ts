import { type AssignmentState, createState, totalCost, withinCapacity } from "./assignment-state";
import { type BalanceModel, isAllowed } from "./balance-model";
import { constructStart } from "./construct-start";
import { type Budget, localSearch } from "./local-search";
import { repairBand } from "./repair-band";

/**
 * Weight of the quadratic balance term of the first search phase. The objective's absolute deviations are flat
 * for a territory already at target, so load cannot flow through it from an over-target territory to a far
 * under-target one; the square can. 20 makes the square equal to the absolute term at a 5% deviation.
 */
export const FLOW_WEIGHT = 20;
const MOVE_PASSES = 60;
/** Swap passes cost ~20× a move pass; past a few passes their gains are small (measured on 10,000 × 50). */
const SWAP_PASSES = 6;
/** Move passes after a band repair, to win back compactness inside the band (bounded by passes, not time). */
const CLEANUP_PASSES = 3;
/** Shares of the wall budget at which the first start's spread, the second's, and the polish must stop. */
const SPREAD_SHARES = [0.25, 0.5];

export type HeuristicOutcome = { territoryOf: Int32Array; cost: number; feasible: boolean; passes: number };

/** The heuristic's clock: `now()` in milliseconds and the wall budget in seconds. */
export type HeuristicClock = { now: () => number; seconds: number } | null;

// First phase from a start: moves only, with the flow term. Cheap; it decides which start to polish.
function spread(
  model: BalanceModel,
  start: Int32Array,
  seed: number,
  budget: Budget,
): { state: AssignmentState; passes: number; cost: number } {
  const state = createState(model, start);
  state.flow = FLOW_WEIGHT;
  const passes = localSearch(state, seed, { maxPasses: MOVE_PASSES, swaps: false, budget });
  state.flow = 0;
  return { state, passes, cost: totalCost(state) + (withinCapacity(state) ? 0 : Number.MAX_VALUE / 2) };
}

// Second phase: swaps with the flow term, then moves and swaps on the objective alone.
function polish(state: AssignmentState, seed: number, budget: Budget): number {
  state.flow = FLOW_WEIGHT;
  let passes = localSearch(state, seed, { maxPasses: SWAP_PASSES, swaps: true, budget });
  state.flow = 0;
  passes += localSearch(state, seed + 1, { maxPasses: MOVE_PASSES, swaps: false, budget });
  passes += localSearch(state, seed + 2, { maxPasses: SWAP_PASSES, swaps: true, budget });
  return passes;
}

/**
 * The heuristic: from an objective-aware greedy start, and — when accounts have a current territory — from the
 * current assignment (new accounts placed greedily), a local search of moves among each account's candidate
 * territories with the flow term; the better of the two (within capacity first) is band-repaired (ejection chains,
 * repairBand), then polished with swaps and moves, ending on the objective alone, and repaired again (with a few
 * clean-up passes, then a last repair) if the polish left a territory out of band. With a clock, the searches stop at their share of
 * the budget. Deterministic for a seed.
 */
export function heuristicPlacement(
  model: BalanceModel,
  seed: number,
  clock: HeuristicClock,
): HeuristicOutcome {
  const n = model.accountIds.length;
  const started = clock?.now() ?? 0;
  const budget = (share: number): Budget =>
    clock === null ? null : { now: clock.now, deadline: started + share * clock.seconds * 1000 };
  const none = new Int32Array(n).fill(-1);
  const spreads = [
    spread(model, constructStart(model, none, FLOW_WEIGHT), seed, budget(SPREAD_SHARES[0] ?? 1)),
  ];
  const current = Int32Array.from(model.current, (t, i) => (t >= 0 && isAllowed(model, i, t) ? t : -1));
  if (current.some((t) => t >= 0))
    spreads.push(
      spread(model, constructStart(model, current, FLOW_WEIGHT), seed + 10, budget(SPREAD_SHARES[1] ?? 1)),
    );
  const best = spreads.reduce((a, b) => (b.cost < a.cost ? b : a));
  const state = best.state;
  repairBand(state);
  let passes = best.passes + polish(state, seed + 20, budget(1));
  if (repairBand(state)) {
    passes += localSearch(state, seed + 30, { maxPasses: CLEANUP_PASSES, swaps: false, budget: null });
    // The clean-up may trade a sliver of potential band for workload band (a tenth of the weight per unit, but
    // an account's share of a territory's workload can exceed its share of the potential): potential has the
    // last word.
    repairBand(state);
  }
  return { territoryOf: state.territoryOf, cost: totalCost(state), feasible: withinCapacity(state), passes };
}

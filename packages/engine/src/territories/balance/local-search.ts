import { type AssignmentState, moveAccount, moveDelta, swapDelta, totalCost } from "./assignment-state";
import { isAllowed } from "./balance-model";
import { seededOrder } from "./seeded-order";

/** Improvements smaller than this are rounding noise, not progress. */
const EPSILON = 1e-12;
/** Partners tried per candidate territory for a swap, and candidate territories tried (nearest first). */
const SWAP_SAMPLE = 8;
const SWAP_TERRITORIES = 4;
/** A pass that gains less than this share of the searched function ends the search. */
const CONVERGED = 1e-6;

// k such that candidates[j][k] = t, or −1.
function candidateIndex(candidates: Int32Array, t: number): number {
  for (let k = 0; k < candidates.length; k++) if (candidates[k] === t) return k;
  return -1;
}

// The best move of account i to one of its candidate territories; applied when it improves.
function bestMove(state: AssignmentState, i: number): number {
  const model = state.model;
  const a = state.territoryOf[i] as number;
  const candidates = model.candidates[i] as Int32Array;
  const km = model.candidateKm[i] as Float64Array;
  let best = -1;
  let bestDelta = -EPSILON;
  for (let k = 0; k < candidates.length; k++) {
    const b = candidates[k] as number;
    if (b === a || !isAllowed(model, i, b)) continue;
    const delta = moveDelta(state, i, b, km[k] as number);
    if (delta < bestDelta) {
      bestDelta = delta;
      best = k;
    }
  }
  if (best < 0) return 0;
  moveAccount(state, i, candidates[best] as number, km[best] as number);
  return -bestDelta;
}

// The best swap of account i with an account j of one of i's candidate territories that has i's territory among
// its own candidates; applied when it improves.
function bestSwap(state: AssignmentState, i: number, pass: number): number {
  const model = state.model;
  const a = state.territoryOf[i] as number;
  const candidates = model.candidates[i] as Int32Array;
  const km = model.candidateKm[i] as Float64Array;
  let bestJ = -1;
  let bestK = 0;
  let bestL = 0;
  let bestDelta = -EPSILON;
  const tried = Math.min(candidates.length, SWAP_TERRITORIES + 1);
  for (let k = 0; k < tried; k++) {
    const b = candidates[k] as number;
    if (b === a || !isAllowed(model, i, b)) continue;
    const members = state.members[b] as number[];
    const size = members.length;
    const tries = Math.min(size, SWAP_SAMPLE);
    // A window of the territory's accounts from a pseudo-random offset: deterministic, and over the passes (the
    // lists reorder as accounts move) every pair gets its turn without scanning every member every time.
    const offset =
      size === 0 ? 0 : ((Math.imul(i + 1, 0x9e3779b1) + Math.imul(pass, 0x85ebca6b)) >>> 0) % size;
    for (let step = 0; step < tries; step++) {
      const j = members[(offset + step) % size] as number;
      if ((model.locked[j] as number) >= 0) continue;
      const l = candidateIndex(model.candidates[j] as Int32Array, a);
      if (l < 0) continue;
      const delta = swapDelta(
        state,
        i,
        j,
        km[k] as number,
        (model.candidateKm[j] as Float64Array)[l] as number,
      );
      if (delta < bestDelta) {
        bestDelta = delta;
        bestJ = j;
        bestK = k;
        bestL = l;
      }
    }
  }
  if (bestJ < 0) return 0;
  const b = candidates[bestK] as number;
  moveAccount(state, i, b, km[bestK] as number);
  moveAccount(state, bestJ, a, (model.candidateKm[bestJ] as Float64Array)[bestL] as number);
  return -bestDelta;
}

/** How many accounts the search treats between two looks at the clock. */
const CLOCK_EVERY = 512;

/** A wall budget: the search stops once `now()` reaches `deadline` (milliseconds); null = no clock. */
export type Budget = { now: () => number; deadline: number } | null;

export type SearchLimits = { maxPasses: number; swaps: boolean; budget: Budget };

/** Whether the budget is spent. */
export function outOfTime(budget: Budget): boolean {
  return budget !== null && budget.now() >= budget.deadline;
}

/**
 * First-improvement local search on the state's function: passes over the unlocked accounts in a seeded order,
 * each taking its best improving move, else its best improving swap, until a pass gains (almost) nothing or the
 * pass limit or the budget's deadline is reached. Deterministic for a seed (and, with a clock, up to where the
 * deadline cuts it). Returns the passes made.
 */
export function localSearch(state: AssignmentState, seed: number, limits: SearchLimits): number {
  const model = state.model;
  const free = Array.from(model.locked).flatMap((t, i) => (t < 0 ? [i] : []));
  const shuffled = seededOrder(free.length, seed);
  const order = Array.from(shuffled, (k) => free[k] as number);
  for (let pass = 1; pass <= limits.maxPasses; pass++) {
    let gain = 0;
    for (let k = 0; k < order.length; k++) {
      if (k % CLOCK_EVERY === 0 && outOfTime(limits.budget)) return pass;
      const i = order[k] as number;
      const moved = bestMove(state, i);
      gain += moved > 0 || !limits.swaps ? moved : bestSwap(state, i, pass);
    }
    if (gain <= CONVERGED * Math.max(totalCost(state), 1e-6)) return pass;
  }
  return limits.maxPasses;
}

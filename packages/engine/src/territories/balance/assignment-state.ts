import { type BalanceModel, bandPenalty, distanceKm } from "./balance-model";

/**
 * A complete assignment with its running loads, kept in step by `moveAccount`. The local search prices moves
 * against it in O(1) (a swap in O(1) too), so a pass over 100,000 accounts stays cheap.
 */
export type AssignmentState = {
  model: BalanceModel;
  territoryOf: Int32Array;
  potential: Float64Array;
  workload: Float64Array;
  count: Float64Array;
  /** Accounts of each territory (unordered), and each account's position in its territory's list. */
  members: number[][];
  position: Int32Array;
  /** Each account's distance to the base of the territory it is in. */
  hereKm: Float64Array;
  /** Weight of the quadratic balance term the search adds while loads still need to flow (0 = the objective). */
  flow: number;
};

/** A state for `territoryOf` (every account placed; −1 = not yet, for a placement being built). */
export function createState(model: BalanceModel, territoryOf: Int32Array): AssignmentState {
  const m = model.territoryIds.length;
  const state: AssignmentState = {
    model,
    territoryOf: Int32Array.from(territoryOf),
    potential: new Float64Array(m),
    workload: new Float64Array(m),
    count: new Float64Array(m),
    members: Array.from({ length: m }, () => []),
    position: new Int32Array(territoryOf.length),
    hereKm: Float64Array.from(territoryOf, (t, i) => (t < 0 ? 0 : distanceKm(model, i, t))),
    flow: 0,
  };
  territoryOf.forEach((t, i) => {
    if (t < 0) return;
    state.potential[t] = (state.potential[t] as number) + (model.potential[i] as number);
    state.workload[t] = (state.workload[t] as number) + (model.workload[i] as number);
    state.count[t] = (state.count[t] as number) + 1;
    const list = state.members[t] as number[];
    state.position[i] = list.length;
    list.push(i);
  });
  return state;
}

// A capacity overrun costs far more than anything the objective can gain, so no move ever adds one and moves that
// remove one always win; a start that breaks capacity is repaired by the same search.
const OVERRUN = 1e6;

/** The part of the searched function that depends on territory t's loads. */
export function territoryCost(
  state: AssignmentState,
  t: number,
  potential: number,
  workload: number,
  count: number,
): number {
  const model = state.model;
  const target = model.targetPotential[t] as number;
  const targetWorkload = model.targetWorkload[t] as number;
  const gap = potential - target;
  const workloadGap = workload - targetWorkload;
  let cost =
    model.potentialScale * Math.abs(gap) +
    model.workloadScale * Math.abs(workloadGap) +
    bandPenalty(model, t, potential, workload);
  if (state.flow > 0) {
    if (target > 0) cost += state.flow * model.potentialScale * ((gap * gap) / target);
    if (targetWorkload > 0)
      cost += state.flow * model.workloadScale * ((workloadGap * workloadGap) / targetWorkload);
  }
  const maxAccounts = model.maxAccounts[t] as number;
  const maxWorkload = model.maxWorkload[t] as number;
  if (count > maxAccounts) cost += OVERRUN * (count - maxAccounts);
  if (workload > maxWorkload) cost += (OVERRUN * (workload - maxWorkload)) / Math.max(1, maxWorkload);
  return cost;
}

/** The cost account i adds by sitting in territory t, `km` from its base: compactness and disruption. */
export function accountCost(model: BalanceModel, i: number, t: number, km: number): number {
  const moved = (model.current[i] as number) >= 0 && model.current[i] !== t;
  return model.distanceScale * km + (moved ? (model.disruption[i] as number) : 0);
}

/** Change of the searched function if account i moves to territory b, `kmB` from b's base. */
export function moveDelta(state: AssignmentState, i: number, b: number, kmB: number): number {
  const a = state.territoryOf[i] as number;
  const model = state.model;
  const p = model.potential[i] as number;
  const w = model.workload[i] as number;
  const pa = state.potential[a] as number;
  const wa = state.workload[a] as number;
  const ca = state.count[a] as number;
  const pb = state.potential[b] as number;
  const wb = state.workload[b] as number;
  const cb = state.count[b] as number;
  return (
    territoryCost(state, a, pa - p, wa - w, ca - 1) -
    territoryCost(state, a, pa, wa, ca) +
    territoryCost(state, b, pb + p, wb + w, cb + 1) -
    territoryCost(state, b, pb, wb, cb) +
    accountCost(model, i, b, kmB) -
    accountCost(model, i, a, state.hereKm[i] as number)
  );
}

/** Change of the searched function if accounts i (in a) and j (in b) trade places; distances to the new bases given. */
export function swapDelta(state: AssignmentState, i: number, j: number, kmIB: number, kmJA: number): number {
  const a = state.territoryOf[i] as number;
  const b = state.territoryOf[j] as number;
  const model = state.model;
  const dp = (model.potential[j] as number) - (model.potential[i] as number);
  const dw = (model.workload[j] as number) - (model.workload[i] as number);
  const pa = state.potential[a] as number;
  const wa = state.workload[a] as number;
  const pb = state.potential[b] as number;
  const wb = state.workload[b] as number;
  const ca = state.count[a] as number;
  const cb = state.count[b] as number;
  return (
    territoryCost(state, a, pa + dp, wa + dw, ca) -
    territoryCost(state, a, pa, wa, ca) +
    territoryCost(state, b, pb - dp, wb - dw, cb) -
    territoryCost(state, b, pb, wb, cb) +
    accountCost(model, i, b, kmIB) -
    accountCost(model, i, a, state.hereKm[i] as number) +
    accountCost(model, j, a, kmJA) -
    accountCost(model, j, b, state.hereKm[j] as number)
  );
}

// Removes account i from territory a's loads and member list.
function takeOut(state: AssignmentState, i: number, a: number): void {
  const model = state.model;
  state.potential[a] = (state.potential[a] as number) - (model.potential[i] as number);
  state.workload[a] = (state.workload[a] as number) - (model.workload[i] as number);
  state.count[a] = (state.count[a] as number) - 1;
  const from = state.members[a] as number[];
  const at = state.position[i] as number;
  const last = from.pop() as number;
  if (last !== i) {
    from[at] = last;
    state.position[last] = at;
  }
}

/** Puts account i in territory b (`kmB` from its base), taking it out of its territory first when it has one. */
export function moveAccount(state: AssignmentState, i: number, b: number, kmB: number): void {
  const a = state.territoryOf[i] as number;
  state.hereKm[i] = kmB;
  if (a === b) return;
  const model = state.model;
  const p = model.potential[i] as number;
  const w = model.workload[i] as number;
  if (a >= 0) takeOut(state, i, a);
  state.potential[b] = (state.potential[b] as number) + p;
  state.workload[b] = (state.workload[b] as number) + w;
  state.count[b] = (state.count[b] as number) + 1;
  const to = state.members[b] as number[];
  state.position[i] = to.length;
  to.push(i);
  state.territoryOf[i] = b;
}

/** The searched function, from scratch (with flow = 0 and within capacity, the objective F). */
export function totalCost(state: AssignmentState): number {
  let cost = 0;
  for (let t = 0; t < state.model.territoryIds.length; t++)
    cost += territoryCost(
      state,
      t,
      state.potential[t] as number,
      state.workload[t] as number,
      state.count[t] as number,
    );
  state.territoryOf.forEach((t, i) => {
    cost += accountCost(state.model, i, t, state.hereKm[i] as number);
  });
  return cost;
}

/** Whether every territory is within its maxAccounts and maxWorkload (with a relative tolerance on workload). */
export function withinCapacity(state: AssignmentState): boolean {
  const model = state.model;
  for (let t = 0; t < model.territoryIds.length; t++) {
    if ((state.count[t] as number) > (model.maxAccounts[t] as number)) return false;
    const max = model.maxWorkload[t] as number;
    if ((state.workload[t] as number) > max + 1e-9 * Math.max(1, max)) return false;
  }
  return true;
}

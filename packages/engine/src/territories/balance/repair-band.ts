import { type AssignmentState, accountCost, moveAccount } from "./assignment-state";
import { distanceKm, isAllowed } from "./balance-model";

/** Rounds of repair (each treats every territory out of band once, worst first) before giving up. */
const MAX_ROUNDS = 30;

// (L_t − T_t) / reference load: the relative deviation the band is measured on.
function deviationOf(state: AssignmentState, t: number): number {
  const model = state.model;
  return (
    ((state.potential[t] as number) - (model.targetPotential[t] as number)) * (model.bandScale[t] as number)
  );
}

// Σ_t max(0, |deviation_t| − band).
function totalExcess(state: AssignmentState): number {
  let sum = 0;
  for (let t = 0; t < state.model.territoryIds.length; t++)
    sum += Math.max(0, Math.abs(deviationOf(state, t)) - state.model.band);
  return sum;
}

// Territory a → c when some unlocked account in a may go to c (c among its candidates): where load can flow now.
function flowGraph(state: AssignmentState): { forward: number[][]; backward: number[][] } {
  const model = state.model;
  const m = model.territoryIds.length;
  const edge = new Uint8Array(m * m);
  state.territoryOf.forEach((a, i) => {
    if ((model.locked[i] as number) >= 0) return;
    for (const c of model.candidates[i] as Int32Array)
      if (c !== a && isAllowed(model, i, c)) edge[a * m + c] = 1;
  });
  const forward: number[][] = Array.from({ length: m }, () => []);
  const backward: number[][] = Array.from({ length: m }, () => []);
  for (let a = 0; a < m; a++)
    for (let c = 0; c < m; c++)
      if (edge[a * m + c] === 1) {
        (forward[a] as number[]).push(c);
        (backward[c] as number[]).push(a);
      }
  return { forward, backward };
}

// Breadth-first from `from` over `next`: among the territories that `fits`, the one with the lowest `score` plus
// `perHop` per step away (room against path length). Returns the path from `from` to it (inclusive), or null.
function bestPath(
  from: number,
  next: number[][],
  fits: (t: number) => boolean,
  score: (t: number) => number,
  perHop: number,
): number[] | null {
  const parent = new Int32Array(next.length).fill(-2);
  parent[from] = -1;
  let layer = [from];
  let found = -1;
  let foundScore = Number.POSITIVE_INFINITY;
  for (let depth = 1; layer.length > 0; depth++) {
    const following: number[] = [];
    for (const t of layer)
      for (const c of next[t] as number[]) {
        if ((parent[c] as number) !== -2) continue;
        parent[c] = t;
        following.push(c);
        const value = score(c) + perHop * depth;
        if (fits(c) && value < foundScore) {
          found = c;
          foundScore = value;
        }
      }
    layer = following;
  }
  if (found < 0) return null;
  const path = [found];
  while ((parent[path[0] as number] as number) >= 0) path.unshift(parent[path[0] as number] as number);
  return path;
}

// Moves accounts from territory a to b worth about `amount` of potential, cheapest compactness and disruption per
// unit of potential first, skipping those that would overshoot by more than `tolerance` or overrun b's capacity.
// Returns the potential moved.
function shift(
  state: AssignmentState,
  a: number,
  b: number,
  amount: number,
  tolerance: number,
  log: Move[],
): number {
  const model = state.model;
  const eligible: { i: number; km: number; rate: number }[] = [];
  for (const i of state.members[a] as number[]) {
    const p = model.potential[i] as number;
    if ((model.locked[i] as number) >= 0 || p <= 0 || !isAllowed(model, i, b)) continue;
    const candidates = model.candidates[i] as Int32Array;
    const k = candidates.indexOf(b);
    if (k < 0) continue;
    const km = (model.candidateKm[i] as Float64Array)[k] as number;
    const cost = accountCost(model, i, b, km) - accountCost(model, i, a, state.hereKm[i] as number);
    eligible.push({ i, km, rate: cost / p });
  }
  eligible.sort((x, y) => x.rate - y.rate || x.i - y.i);
  let remaining = amount;
  for (const { i, km } of eligible) {
    if (remaining <= 0) break;
    const p = model.potential[i] as number;
    const w = model.workload[i] as number;
    if (p > remaining + tolerance) continue;
    if ((state.count[b] as number) + 1 > (model.maxAccounts[b] as number)) break;
    if ((state.workload[b] as number) + w > (model.maxWorkload[b] as number)) continue;
    log.push({ i, from: a, km: state.hereKm[i] as number });
    moveAccount(state, i, b, km);
    remaining -= p;
  }
  return amount - remaining;
}

/** A move made, to undo: the account, where it was, and its distance there. */
type Move = { i: number; from: number; km: number };

// The band excess of the territories on a path.
const pathExcess = (state: AssignmentState, path: readonly number[]) =>
  path.reduce((sum, t) => sum + Math.max(0, Math.abs(deviationOf(state, t)) - state.model.band), 0);

// Pushes `amount` along the path: each territory passes on what it received, so only the ends change load. Kept
// only when it lowers the band excess of the path's territories (nothing else changes), else undone: the repair
// never makes the band worse.
function pushAlong(state: AssignmentState, path: number[], amount: number, tolerance: number): boolean {
  const before = pathExcess(state, path);
  const log: Move[] = [];
  let carried = amount;
  for (let k = 0; k + 1 < path.length && carried > 0; k++)
    carried = shift(state, path[k] as number, path[k + 1] as number, carried, tolerance, log);
  if (pathExcess(state, path) < before - 1e-12) return true;
  for (let k = log.length - 1; k >= 0; k--) {
    const move = log[k] as Move;
    moveAccount(state, move.i, move.from, move.km);
  }
  return false;
}

// The last resort when no chain passes: one account moved directly between t and the territory with the most room
// (or surplus) that it is allowed in, ignoring distance: the smallest that brings t back in (else the largest that
// helps). Kept only when it lowers the band excess of the two territories.
function moveDirectly(state: AssignmentState, t: number): boolean {
  const model = state.model;
  const band = model.band;
  const deviation = deviationOf(state, t);
  const needed = (Math.abs(deviation) - band) / (model.bandScale[t] as number);
  const m = model.territoryIds.length;
  // The other territory stays within the band: it gains p when t is over, it loses p when t is under.
  const fitsIn = (c: number, p: number) =>
    Math.abs(deviationOf(state, c) + (deviation > 0 ? p : -p) * (model.bandScale[c] as number)) <= band;
  let best: { i: number; to: number; p: number } | null = null;
  const consider = (i: number, to: number) => {
    const p = model.potential[i] as number;
    if ((model.locked[i] as number) >= 0 || p <= 0 || !isAllowed(model, i, to)) return;
    if ((state.count[to] as number) + 1 > (model.maxAccounts[to] as number)) return;
    if ((state.workload[to] as number) + (model.workload[i] as number) > (model.maxWorkload[to] as number))
      return;
    if (!fitsIn(to === t ? (state.territoryOf[i] as number) : to, p)) return;
    const better =
      best === null || (p >= needed ? best.p < needed || p < best.p : best.p < needed && p > best.p);
    if (better) best = { i, to, p };
  };
  if (deviation > 0) {
    const room = Array.from({ length: m }, (_, c) => c)
      .filter((c) => c !== t)
      .sort((a, b) => deviationOf(state, a) - deviationOf(state, b))
      .slice(0, 8);
    for (const to of room) for (const i of state.members[t] as number[]) consider(i, to);
  } else {
    const surplus = Array.from({ length: m }, (_, c) => c)
      .filter((c) => c !== t)
      .sort((a, b) => deviationOf(state, b) - deviationOf(state, a))
      .slice(0, 8);
    for (const from of surplus) for (const i of state.members[from] as number[]) consider(i, t);
  }
  const chosen = best as { i: number; to: number; p: number } | null;
  if (chosen === null) return false;
  const from = state.territoryOf[chosen.i] as number;
  const pair = [from, chosen.to];
  const before = pathExcess(state, pair);
  const km = state.hereKm[chosen.i] as number;
  moveAccount(state, chosen.i, chosen.to, distanceKm(model, chosen.i, chosen.to));
  if (pathExcess(state, pair) < before - 1e-12) return true;
  moveAccount(state, chosen.i, from, km);
  return false;
}

/**
 * Brings territories out of the band back in, ignoring the objective's finer terms while one is out: for the
 * worst territory first, an ejection chain along the shortest path of neighbouring territories (by where accounts
 * may go) to a territory on the other side of its target (the most room, less a quarter of the band per step); every territory on the path hands on what it
 * receives. The ends are aimed at half the band, leaving the local search room. Bounded by rounds, not time.
 * Returns whether it moved anything.
 */
export function repairBand(state: AssignmentState): boolean {
  const model = state.model;
  const band = model.band;
  if (!Number.isFinite(band)) return false;
  const m = model.territoryIds.length;
  const goal = band / 2;
  // A territory one step further away must have a quarter of the band more room to be preferred.
  const perHop = band / 4;
  const load = (t: number, relative: number) => relative / (model.bandScale[t] as number);
  // A chain that an intermediate territory cannot carry in full is undone; smaller amounts, down to the least
  // that brings the territory back in, may pass, and then the same without any overshoot.
  const attempt = (t: number, path: number[], amount: number, least: number): boolean => {
    const tolerance = load(path[0] as number, goal / 2);
    const amounts = [amount, amount / 2, amount / 4, Math.min(least, amount)];
    // Then without overshoot: each territory on the path hands on at most what it received.
    for (const overshoot of [true, false])
      for (const tried of amounts)
        if (tried > 0 && pushAlong(state, path, tried, overshoot ? Math.min(tolerance, tried / 2) : 0))
          return true;
    return moveDirectly(state, t);
  };
  let changed = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const out = Array.from({ length: m }, (_, t) => t)
      .filter((t) => Math.abs(deviationOf(state, t)) > band)
      .sort((a, b) => Math.abs(deviationOf(state, b)) - Math.abs(deviationOf(state, a)) || a - b);
    if (out.length === 0) break;
    const before = totalExcess(state);
    const graph = flowGraph(state);
    for (const t of out) {
      const deviation = deviationOf(state, t);
      if (Math.abs(deviation) <= band) continue;
      // The least that brings t back in (with a twentieth of the band to spare), for the last attempt.
      const least = load(t, Math.abs(deviation) - band + band / 20);
      if (deviation > 0) {
        const path = bestPath(
          t,
          graph.forward,
          (c) => deviationOf(state, c) < 0,
          (c) => deviationOf(state, c),
          perHop,
        );
        const end = path?.[path.length - 1];
        if (!path || end === undefined) {
          changed = moveDirectly(state, t) || changed;
          continue;
        }
        const amount = Math.min(load(t, deviation - goal), load(end, goal - deviationOf(state, end)));
        changed = attempt(t, path, amount, least) || changed;
      } else {
        const path = bestPath(
          t,
          graph.backward,
          (c) => deviationOf(state, c) > 0,
          (c) => -deviationOf(state, c),
          perHop,
        );
        const start = path?.[path.length - 1];
        if (!path || start === undefined) {
          changed = moveDirectly(state, t) || changed;
          continue;
        }
        const amount = Math.min(load(t, -goal - deviation), load(start, deviationOf(state, start) + goal));
        changed = attempt(t, path.reverse(), amount, least) || changed;
      }
    }
    if (totalExcess(state) >= before) break;
  }
  return changed;
}

import type { BalanceAccount, BalanceTerritory, BalanceWeights } from "../types";
import { haversineKm } from "./haversine-km";
import { targetShares } from "./target-shares";
import type { TerritoryBase } from "./territory-bases";

/** How many nearest territories (by base) an account with coordinates may move to, besides its current one. */
export const NEAREST_CANDIDATES = 8;

/**
 * Band penalty per unit of relative deviation beyond the band, times max(1, Σ weights). 1% beyond the band then
 * costs at least the sum of the weights, more than the whole compactness and disruption terms can plausibly gain
 * (docs/calculations/territory-balancing.md, "Band").
 */
export const BAND_WEIGHT = 100;

/**
 * The balancing problem in arrays, indexed by account i and territory t, with the objective's coefficients
 * (docs/calculations/territory-balancing.md):
 *   F = potentialScale·Σ_t |L_t − T_t| + workloadScale·Σ_t |W_t − U_t| + distanceScale·Σ_i d(i, t_i)
 *       + Σ_i disruption_i·[t_i ≠ current_i] + Σ_t bandPenalty(t)
 */
export type BalanceModel = {
  accountIds: string[];
  territoryIds: string[];
  potential: Float64Array;
  workload: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  hasCoordinates: Uint8Array;
  /** −1 = none. */
  current: Int32Array;
  locked: Int32Array;
  /** null = any territory. */
  allowed: (Set<number> | null)[];
  /** Where the local search and the MILP may put each account. */
  candidates: Int32Array[];
  /** distanceKm to each candidate, in the same order. */
  candidateKm: Float64Array[];
  bases: TerritoryBase[];
  targetPotential: Float64Array;
  targetWorkload: Float64Array;
  maxAccounts: Float64Array;
  maxWorkload: Float64Array;
  potentialScale: number;
  workloadScale: number;
  distanceScale: number;
  /** Distance charged for a territory whose base is unknown: the reference distance, neutral. */
  referenceKm: number;
  disruption: Float64Array;
  /**
   * The band as a share of the target (Infinity = no band), its penalty weight, and 1 / the band's reference load
   * per territory, for potential and for workload (all 0 for workload when its weight or total is 0: no band).
   */
  band: number;
  bandWeight: number;
  bandScale: Float64Array;
  workloadBandScale: Float64Array;
};

/**
 * The workload band's weight as a share of the potential band's: when the two conflict, potential (the product's
 * target) wins.
 */
export const WORKLOAD_BAND_SHARE = 0.1;

// max(0, |load − target| × scale − band).
function excess(model: BalanceModel, gap: number, scale: number): number {
  const beyond = Math.abs(gap) * scale - model.band;
  return beyond > 0 ? beyond : 0;
}

/**
 * The band penalty of territory t at loads (potential, workload):
 * bandWeight × (max(0, |L − T| / T − band) + WORKLOAD_BAND_SHARE × max(0, |W − U| / U − band)).
 */
export function bandPenalty(model: BalanceModel, t: number, potential: number, workload: number): number {
  if (!Number.isFinite(model.band)) return 0;
  const scaleW = model.workloadBandScale[t] as number;
  const beyondP = excess(
    model,
    potential - (model.targetPotential[t] as number),
    model.bandScale[t] as number,
  );
  const beyondW = scaleW > 0 ? excess(model, workload - (model.targetWorkload[t] as number), scaleW) : 0;
  return model.bandWeight * (beyondP + WORKLOAD_BAND_SHARE * beyondW);
}

// 1 / the load a territory's band is measured against: its target, or the mean load for a zero target.
const bandScales = (shares: readonly number[], total: number): Float64Array =>
  Float64Array.from(shares, (share) =>
    total <= 0 ? 0 : 1 / (share > 0 ? share * total : total / shares.length),
  );

export function isAllowed(model: BalanceModel, i: number, t: number): boolean {
  const locked = model.locked[i] as number;
  if (locked >= 0) return locked === t;
  const allowed = model.allowed[i];
  return allowed === null || allowed === undefined || allowed.has(t);
}

/** Distance from account i to territory t's base, km; 0 without coordinates (compactness ignores the account). */
export function distanceKm(model: BalanceModel, i: number, t: number): number {
  if (model.hasCoordinates[i] === 0) return 0;
  const base = model.bases[t];
  if (!base) return model.referenceKm;
  return haversineKm(model.lat[i] as number, model.lon[i] as number, base.lat, base.lon);
}

type UnitVector = { x: number; y: number; z: number };
const RADIANS = Math.PI / 180;
const unit = (lat: number, lon: number): UnitVector => ({
  x: Math.cos(lat * RADIANS) * Math.cos(lon * RADIANS),
  y: Math.cos(lat * RADIANS) * Math.sin(lon * RADIANS),
  z: Math.sin(lat * RADIANS),
});

// The k allowed territories with the nearest bases: ranked by the dot product of unit vectors (the larger, the
// nearer), which orders exactly as great-circle distance at a fraction of a haversine's cost.
function nearestAllowed(
  model: BalanceModel,
  i: number,
  baseUnits: (UnitVector | null)[],
  k: number,
): number[] {
  const point = unit(model.lat[i] as number, model.lon[i] as number);
  const best: { t: number; dot: number }[] = [];
  baseUnits.forEach((base, t) => {
    if (!base || !isAllowed(model, i, t)) return;
    const dot = base.x * point.x + base.y * point.y + base.z * point.z;
    if (best.length === k && dot <= (best[k - 1] as { dot: number }).dot) return;
    let at = best.length;
    while (at > 0 && (best[at - 1] as { dot: number }).dot < dot) at--;
    best.splice(at, 0, { t, dot });
    if (best.length > k) best.pop();
  });
  return best.map((entry) => entry.t);
}

function candidateSets(model: BalanceModel): Int32Array[] {
  const m = model.territoryIds.length;
  const baseUnits = model.bases.map((base) => (base ? unit(base.lat, base.lon) : null));
  const unlocated = model.bases.flatMap((base, t) => (base ? [] : [t]));
  return model.accountIds.map((_, i) => {
    const locked = model.locked[i] as number;
    if (locked >= 0) return Int32Array.of(locked);
    const allowed = model.allowed[i];
    // Without coordinates distance says nothing about where the account belongs: every allowed territory.
    if (model.hasCoordinates[i] === 0)
      return Int32Array.from(
        allowed ? [...allowed].sort((a, b) => a - b) : Array.from({ length: m }, (_, t) => t),
      );
    const set = new Set(nearestAllowed(model, i, baseUnits, NEAREST_CANDIDATES));
    for (const t of unlocated) if (isAllowed(model, i, t)) set.add(t);
    const current = model.current[i] as number;
    if (current >= 0 && isAllowed(model, i, current)) set.add(current);
    return Int32Array.from(set);
  });
}

// The mean distance from each located account to its nearest candidate base: the scale "1" of compactness.
function referenceDistance(model: BalanceModel): number {
  let sum = 0;
  let count = 0;
  model.candidates.forEach((candidates, i) => {
    if (model.hasCoordinates[i] === 0) return;
    const km = model.candidateKm[i] as Float64Array;
    let nearest = Number.POSITIVE_INFINITY;
    candidates.forEach((t, k) => {
      if (model.bases[t]) nearest = Math.min(nearest, km[k] as number);
    });
    if (Number.isFinite(nearest)) {
      sum += nearest;
      count += 1;
    }
  });
  return count === 0 || sum === 0 ? 1 : sum / count;
}

/** Builds the numeric model from checked input; `bases` fixed by the caller (territoryBases). */
export function buildBalanceModel(
  accounts: readonly BalanceAccount[],
  territories: readonly BalanceTerritory[],
  bases: TerritoryBase[],
  weights: BalanceWeights,
  band: number | null,
): BalanceModel {
  const index = new Map(territories.map((t, i) => [t.id, i]));
  const at = (id: string | null) => (id === null ? -1 : (index.get(id) ?? -1));
  const potential = Float64Array.from(accounts, (a) => Number(a.potential));
  const workload = Float64Array.from(accounts, (a) => a.workload);
  const totalPotential = potential.reduce((s, p) => s + p, 0);
  const totalWorkload = workload.reduce((s, w) => s + w, 0);
  const shares = targetShares(territories);
  const current = Int32Array.from(accounts, (a) => at(a.currentTerritoryId));
  const withCurrent = current.reduce((count, t) => count + (t >= 0 ? 1 : 0), 0);
  const located = accounts.filter((a) => a.latitude !== null && a.longitude !== null).length;
  const model: BalanceModel = {
    accountIds: accounts.map((a) => a.id),
    territoryIds: territories.map((t) => t.id),
    potential,
    workload,
    lat: Float64Array.from(accounts, (a) => a.latitude ?? 0),
    lon: Float64Array.from(accounts, (a) => a.longitude ?? 0),
    hasCoordinates: Uint8Array.from(accounts, (a) => (a.latitude !== null && a.longitude !== null ? 1 : 0)),
    current,
    locked: Int32Array.from(accounts, (a) => at(a.lockedTerritoryId)),
    allowed: accounts.map((a) =>
      a.allowedTerritoryIds === null
        ? null
        : new Set(a.allowedTerritoryIds.flatMap((id) => (index.has(id) ? [index.get(id) as number] : []))),
    ),
    candidates: [],
    candidateKm: [],
    bases,
    targetPotential: Float64Array.from(shares, (share) => share * totalPotential),
    targetWorkload: Float64Array.from(shares, (share) => share * totalWorkload),
    maxAccounts: Float64Array.from(territories, (t) => t.maxAccounts ?? Number.POSITIVE_INFINITY),
    maxWorkload: Float64Array.from(territories, (t) => t.maxWorkload ?? Number.POSITIVE_INFINITY),
    potentialScale: totalPotential > 0 ? weights.potential / totalPotential : 0,
    workloadScale: totalWorkload > 0 ? weights.workload / totalWorkload : 0,
    distanceScale: 0,
    referenceKm: 1,
    // Half a per-account share, half the account's share of the potential: moving a large account costs more,
    // and a zero-potential one is not free to wander.
    disruption: Float64Array.from(accounts, (_, i) => {
      if ((current[i] as number) < 0) return 0;
      const share = totalPotential > 0 ? (potential[i] as number) / totalPotential : 1 / withCurrent;
      return (weights.disruption * (share + 1 / withCurrent)) / 2;
    }),
    // Off without potential; a territory with a zero target is measured against the mean load (as measureBalance).
    band: band === null || totalPotential <= 0 ? Number.POSITIVE_INFINITY : band,
    bandWeight:
      BAND_WEIGHT *
      Math.max(1, weights.potential + weights.workload + weights.compactness + weights.disruption),
    bandScale: bandScales(shares, totalPotential),
    workloadBandScale: bandScales(shares, weights.workload > 0 ? totalWorkload : 0),
  };
  model.candidates = candidateSets(model);
  model.candidateKm = model.candidates.map((candidates, i) =>
    Float64Array.from(candidates, (t) => distanceKm(model, i, t)),
  );
  model.referenceKm = referenceDistance(model);
  // Again, now that the reference distance charged for an unknown base is known.
  model.candidateKm = model.candidates.map((candidates, i) =>
    Float64Array.from(candidates, (t) => distanceKm(model, i, t)),
  );
  model.distanceScale = located > 0 ? weights.compactness / (located * model.referenceKm) : 0;
  return model;
}

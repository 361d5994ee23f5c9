import { Dec } from "../../money/decimal";
import { TerritoryInputError } from "../territory-input-error";
import type { BalanceAccount, BalanceMetrics, BalanceTerritory, TerritoryLoad } from "../types";
import { checkBalanceInput } from "./check-balance-input";
import { haversineKm } from "./haversine-km";
import { spreadStats } from "./spread-stats";
import { targetShares } from "./target-shares";
import { type TerritoryBase, territoryBases } from "./territory-bases";

const twoPlaces = (value: InstanceType<typeof Dec>) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);

// (value − target) / target; a zero target has no relative deviation, so a load there is measured against the
// mean load instead (0 when both are 0).
function deviation(value: number, target: number, mean: number): number {
  if (target > 0) return (value - target) / target;
  return mean > 0 ? value / mean : 0;
}

/** Metrics of an assignment whose input is already checked; `bases` fixed by the caller. */
export function measureAssignment(
  accounts: readonly BalanceAccount[],
  territories: readonly BalanceTerritory[],
  assignment: Record<string, string>,
  previous: Record<string, string>,
  bases: readonly TerritoryBase[],
): BalanceMetrics {
  const index = new Map(territories.map((t, i) => [t.id, i]));
  const potential = territories.map(() => new Dec(0));
  const workload = territories.map(() => 0);
  const counts = territories.map(() => 0);
  const distance = territories.map(() => ({ sum: 0, count: 0 }));
  let total = new Dec(0);
  let moved = 0;
  let potentialMoved = new Dec(0);
  let distanceSum = 0;
  let distanceCount = 0;
  for (const account of accounts) {
    const territoryId = assignment[account.id];
    if (territoryId === undefined) continue;
    const t = index.get(territoryId);
    if (t === undefined)
      throw new TerritoryInputError([
        {
          code: "invalid",
          message: `Account ${account.id} is assigned to unknown territory ${territoryId}`,
          accountId: account.id,
          territoryId,
        },
      ]);
    const amount = new Dec(account.potential);
    potential[t] = (potential[t] as InstanceType<typeof Dec>).plus(amount);
    total = total.plus(amount);
    workload[t] = (workload[t] as number) + account.workload;
    counts[t] = (counts[t] as number) + 1;
    const from = previous[account.id];
    if (from !== undefined && from !== territoryId) {
      moved += 1;
      potentialMoved = potentialMoved.plus(amount);
    }
    const base = bases[t];
    if (base && account.latitude !== null && account.longitude !== null) {
      const km = haversineKm(account.latitude, account.longitude, base.lat, base.lon);
      const cell = distance[t] as { sum: number; count: number };
      cell.sum += km;
      cell.count += 1;
      distanceSum += km;
      distanceCount += 1;
    }
  }
  const shares = targetShares(territories);
  const totalPotential = total.toNumber();
  const totalWorkload = workload.reduce((sum, w) => sum + w, 0);
  const potentials = potential.map((p) => p.toNumber());
  const meanPotential = totalPotential / territories.length;
  const meanWorkload = totalWorkload / territories.length;
  const loads: TerritoryLoad[] = territories.map((territory, t) => {
    const share = shares[t] as number;
    const cell = distance[t] as { sum: number; count: number };
    return {
      territoryId: territory.id,
      accounts: counts[t] as number,
      potential: twoPlaces(potential[t] as InstanceType<typeof Dec>),
      workload: workload[t] as number,
      potentialDeviation: deviation(potentials[t] as number, share * totalPotential, meanPotential),
      workloadDeviation: deviation(workload[t] as number, share * totalWorkload, meanWorkload),
      meanDistanceKm: cell.count === 0 ? null : cell.sum / cell.count,
    };
  });
  return {
    territories: loads,
    potential: spreadStats(
      potentials,
      loads.map((load) => load.potentialDeviation),
    ),
    workload: spreadStats(
      workload,
      loads.map((load) => load.workloadDeviation),
    ),
    accountsMoved: moved,
    potentialMoved: twoPlaces(potentialMoved),
    meanDistanceKm: distanceCount === 0 ? null : distanceSum / distanceCount,
  };
}

/** Each account's territory today (accounts without one left out). */
export function currentAssignment(accounts: readonly BalanceAccount[]): Record<string, string> {
  const current: Record<string, string> = {};
  for (const account of accounts)
    if (account.currentTerritoryId !== null) current[account.id] = account.currentTerritoryId;
  return current;
}

/**
 * How balanced an assignment is: per territory its accounts, exact potential (2 dp, half-up), workload, deviations
 * from target (its targetShare of the assigned total, or an equal share) and mean distance to its base (haversine
 * km; base = the rep's base, else the centroid of the accounts it holds today); the spread of potential and
 * workload (min/max/mean/stdDev/cv/Gini/maxDeviation); the accounts and exact potential moved from `previous`
 * (default: each account's `currentTerritoryId`). Accounts absent from `assignment` are left out.
 */
export function measureBalance(
  accounts: BalanceAccount[],
  territories: BalanceTerritory[],
  assignment: Record<string, string>,
  previous?: Record<string, string>,
): BalanceMetrics {
  const issues = checkBalanceInput(accounts, territories);
  if (issues.length > 0) throw new TerritoryInputError(issues);
  const bases = territoryBases(accounts, territories, assignment);
  return measureAssignment(accounts, territories, assignment, previous ?? currentAssignment(accounts), bases);
}

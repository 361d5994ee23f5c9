import type { CoverageReport } from "../types";
import type { CoveragePlan } from "./coverage-plan";
import { formatScaled, scaleOf, toScaled } from "./scaled-amounts";

/**
 * Accounts and potential per territory: a leaf counts the accounts it holds (primary or overlay); a parent counts
 * the distinct accounts held anywhere below it, so an account in both a primary leaf and an overlay leaf of the same
 * area counts once for that area. Potentials are summed exactly and each total rounded half up to 2 decimals.
 * `placements[a]` lists the leaves account `a` is in.
 */
export function sumByTerritory(
  plan: CoveragePlan,
  potentials: readonly string[],
  placements: readonly (readonly number[])[],
): CoverageReport["byTerritory"] {
  const size = plan.territories.length;
  const scale = potentials.reduce((max, p) => Math.max(max, scaleOf(p)), 0);
  const counts = new Int32Array(size);
  const sums: bigint[] = new Array<bigint>(size).fill(0n);
  const lastAccount = new Int32Array(size).fill(-1);
  placements.forEach((leaves, a) => {
    if (leaves.length === 0) return;
    const potential = toScaled(potentials[a] ?? "0", scale);
    for (const leaf of leaves)
      for (let t = leaf; t >= 0 && lastAccount[t] !== a; t = plan.parent[t] ?? -1) {
        lastAccount[t] = a;
        counts[t] = (counts[t] ?? 0) + 1;
        sums[t] = (sums[t] ?? 0n) + potential;
      }
  });
  return plan.territories.map((t, i) => ({
    territoryId: t.id,
    accounts: counts[i] ?? 0,
    potential: formatScaled(sums[i] ?? 0n, scale, 2),
  }));
}

import type { BalanceAccount, BalanceInput, BalanceOptions, BalanceTerritory } from "../types";

/** An account with defaults: no coordinates, no current territory, no lock, allowed anywhere. */
export const account = (
  id: string,
  potential: string,
  extra: Partial<BalanceAccount> = {},
): BalanceAccount => ({
  id,
  potential,
  workload: 1,
  latitude: null,
  longitude: null,
  currentTerritoryId: null,
  lockedTerritoryId: null,
  allowedTerritoryIds: null,
  ...extra,
});

export const territory = (id: string, extra: Partial<BalanceTerritory> = {}): BalanceTerritory => ({
  id,
  baseLatitude: null,
  baseLongitude: null,
  targetShare: null,
  maxAccounts: null,
  maxWorkload: null,
  ...extra,
});

export const options = (extra: Partial<BalanceOptions> = {}): BalanceOptions => ({
  weights: { potential: 1, workload: 0.5, compactness: 0.2, disruption: 0.3 },
  method: "heuristic",
  timeLimitSeconds: 10,
  mipRelGap: 0,
  seed: 1,
  band: 0.05,
  ...extra,
});

// mulberry32: seeded test data, the same on every run.
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded instance: `accounts` with lognormal potentials (median e^10, σ 1) spread over a 7° × 8° box, each
 * currently in the territory of the nearest of `territories` random bases (so today's loads are unbalanced).
 */
export function seededInstance(
  accounts: number,
  territories: number,
  seed: number,
  options: BalanceOptions,
): BalanceInput {
  const random = seeded(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const list: BalanceTerritory[] = Array.from({ length: territories }, (_, t) =>
    territory(`T${t}`, { baseLatitude: 43 + random() * 7, baseLongitude: -1 + random() * 8 }),
  );
  const nearest = (lat: number, lon: number) => {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    list.forEach((t, k) => {
      const d = ((t.baseLatitude as number) - lat) ** 2 + ((t.baseLongitude as number) - lon) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    });
    return `T${best}`;
  };
  return {
    accounts: Array.from({ length: accounts }, (_, i) => {
      const latitude = 43 + random() * 7;
      const longitude = -1 + random() * 8;
      return account(`A${i}`, Math.exp(10 + normal()).toFixed(2), {
        workload: 4 + Math.floor(random() * 20),
        latitude,
        longitude,
        currentTerritoryId: nearest(latitude, longitude),
      });
    }),
    territories: list,
    options,
  };
}

import type { AllocationDrivers } from "../types";

export const DRIVERS = [
  "history",
  "potential",
  "pipeline",
  "capacity",
] as const satisfies readonly (keyof AllocationDrivers)[];

/** Integer weights of sibling nodes, proportional to their exact driver shares, and what made them. */
export type SiblingWeights = {
  weights: bigint[];
  total: bigint;
  /** Indexes into DRIVERS of the drivers used: weight above 0 and some sibling above 0. */
  active: number[];
  /** Σ over the siblings of each driver. */
  sums: bigint[];
};

/**
 * share(c) = Σ_d w_d · x_cd ÷ S_d ÷ Σ_d w_d over the active drivers d (S_d = Σ siblings' x_d). Multiplying through by
 * Π S_d keeps it in integers: weight(c) = Σ_d w_d · x_cd · Π_{e≠d} S_e, total = Σ_d w_d · Π S_e — exact, no
 * division. Drivers whose siblings are all 0 drop out and the others' weights renormalise. null: no active driver.
 * `drivers` holds 4 values per node (node × 4 + d).
 */
export function siblingWeights(
  siblings: readonly number[],
  drivers: readonly bigint[],
  driverWeights: readonly bigint[],
): SiblingWeights | null {
  const sums = DRIVERS.map((_, d) => siblings.reduce((sum, c) => sum + (drivers[c * 4 + d] ?? 0n), 0n));
  const active = DRIVERS.map((_, d) => d).filter(
    (d) => (driverWeights[d] ?? 0n) > 0n && (sums[d] ?? 0n) > 0n,
  );
  if (active.length === 0) return null;
  const coefficients = active.map((d) =>
    active.reduce((product, e) => (e === d ? product : product * (sums[e] ?? 1n)), driverWeights[d] ?? 0n),
  );
  const weights = siblings.map((c) =>
    active.reduce((sum, d, k) => sum + (coefficients[k] ?? 0n) * (drivers[c * 4 + d] ?? 0n), 0n),
  );
  const total = active.reduce((sum, d, k) => sum + (coefficients[k] ?? 0n) * (sums[d] ?? 0n), 0n);
  return { weights, total, active, sums };
}

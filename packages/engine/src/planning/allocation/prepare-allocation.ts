import { maxPlaces, toUnits } from "../targets/scaled-units";
import type { AllocationInput, PlanningIssue } from "../types";
import { DRIVERS } from "./driver-weights";
import { buildPlanningTree, type PlanningTree } from "./planning-tree";

/** An allocation's input turned into scaled integers, once, so the allocation itself only adds and multiplies. */
export type PreparedAllocation = {
  tree: PlanningTree;
  places: number;
  unit: bigint;
  target: bigint;
  /** 4 per node (node × 4 + driver), at driverPlaces; internal nodes hold the sums of their leaves. */
  drivers: bigint[];
  driverPlaces: number;
  driverWeights: bigint[];
  weightPlaces: number;
  seasonality: bigint[];
  /** Per node: seasonality × leaf month factors, or null to spread by seasonality alone. */
  monthWeights: (bigint[] | null)[];
  /** A leaf employed in some month of the year, or a node with such a leaf below it. */
  eligible: Uint8Array;
  locked: (bigint | null)[];
  warnings: PlanningIssue[];
};

export function prepareAllocation(input: AllocationInput, places: number): PreparedAllocation {
  const tree = buildPlanningTree(input.nodes);
  const n = input.nodes.length;
  const warnings: PlanningIssue[] = [];
  const leaf = (i: number) => (tree.children[i]?.length ?? 0) === 0;
  const driverValues = Object.values(input.drivers ?? {});
  const driverPlaces = maxPlaces(driverTexts(driverValues));
  const drivers: bigint[] = new Array(n * 4).fill(0n);
  input.nodes.forEach((node, i) => {
    if (!leaf(i)) return;
    const given = input.drivers?.[node.id];
    if (given === undefined)
      warnings.push({
        code: "invalid",
        message: `${node.id} (${node.name}) has no drivers: all taken as 0`,
        nodeId: node.id,
        field: `drivers.${node.id}`,
      });
    else
      DRIVERS.forEach((d, k) => {
        drivers[i * 4 + k] = toUnits(given[d] ?? "0", driverPlaces);
      });
  });
  const weightPlaces = maxPlaces(DRIVERS.map((d) => input.weights[d] ?? "0"));
  const seasonPlaces = maxPlaces(input.seasonality);
  const seasonality = input.seasonality.map((w) => toUnits(w, seasonPlaces));
  const factorLists = Object.values(input.leafMonthFactors ?? {});
  const factorPlaces = maxPlaces(factorLists.flat());
  const eligible = new Uint8Array(n);
  const monthWeights = input.nodes.map((node, i): bigint[] | null => {
    const factors = input.leafMonthFactors?.[node.id];
    if (!leaf(i)) return null;
    if (factors === undefined) {
      eligible[i] = 1;
      return null;
    }
    const weights = factors.map((f, m) => (seasonality[m] ?? 0n) * toUnits(f, factorPlaces));
    if (weights.some((w) => w > 0n)) eligible[i] = 1;
    return weights;
  });
  // Children before parents: sums and eligibility flow up.
  for (let k = tree.order.length - 1; k > 0; k--) {
    const i = tree.order[k] ?? 0;
    const p = tree.parent[i] ?? -1;
    if (p < 0) continue;
    for (let d = 0; d < 4; d++) drivers[p * 4 + d] = (drivers[p * 4 + d] ?? 0n) + (drivers[i * 4 + d] ?? 0n);
    if (eligible[i]) eligible[p] = 1;
  }
  const unitPlaces = places;
  const locked = input.nodes.map((node) => {
    const amount = input.locked?.[node.id];
    return amount === undefined || node.parentId === null ? null : toUnits(amount, unitPlaces);
  });
  return {
    tree,
    places,
    unit: toUnits(input.unit, places),
    target: toUnits(input.target, places),
    drivers,
    driverPlaces,
    driverWeights: DRIVERS.map((d) => toUnits(input.weights[d] ?? "0", weightPlaces)),
    weightPlaces,
    seasonality,
    monthWeights,
    eligible,
    locked,
    warnings,
  };
}

function* driverTexts(
  values: readonly Partial<Record<(typeof DRIVERS)[number], string>>[],
): Generator<string> {
  for (const value of values) for (const d of DRIVERS) yield value[d] ?? "0";
}

import { apportionUnits } from "../targets/apportion-units";
import {
  divideHalfUp,
  formatUnits,
  pow10,
  ratioText,
  significantPlaces,
  toUnits,
} from "../targets/scaled-units";
import type { AllocationInput, PlanningIssue } from "../types";
import { DRIVERS, type SiblingWeights, siblingWeights } from "./driver-weights";
import { childrenFactor } from "./over-assignment";
import type { PreparedAllocation } from "./prepare-allocation";

/** What one allocation pass writes, per node position. */
export type AllocationState = {
  annual: bigint[];
  childrenTotal: (bigint | null)[];
  trace: string[][];
  issues: PlanningIssue[];
  warnings: PlanningIssue[];
};

/**
 * Gives the children of node `at` their annual amounts: they carry round(annual × factor of their kind, unit) in
 * total; locked children keep theirs; the rest, in whole units, goes to the unlocked children with someone employed
 * in the year, by largest remainder on their exact driver shares (even split when every driver is 0).
 */
export function allocateChildren(
  at: number,
  input: AllocationInput,
  prep: PreparedAllocation,
  state: AllocationState,
): void {
  const { tree, places, unit } = prep;
  const kids = tree.children[at] ?? [];
  const show = (amount: bigint) => formatUnits(amount, places);
  const parent = input.nodes[at];
  const annual = state.annual[at] ?? 0n;
  const { kind, factor } = childrenFactor(
    kids.map((c) => input.nodes[c]?.kind ?? "person"),
    input.overAssignment,
  );
  const factorPlaces = significantPlaces(factor);
  const exact = annual * toUnits(factor, factorPlaces);
  const total = divideHalfUp(exact, pow10(factorPlaces) * unit) * unit;
  state.childrenTotal[at] = total;
  state.trace[at]?.push(
    `its ${kids.length} ${kind} children carry ${show(annual)} × ${factor} = ${formatUnits(exact, places + factorPlaces)} → ${show(total)} (half up to the unit ${input.unit})`,
  );
  let lockedSum = 0n;
  const receivers: number[] = [];
  for (const c of kids) {
    const locked = prep.locked[c] ?? null;
    if (locked !== null) {
      state.annual[c] = locked;
      lockedSum += locked;
      state.trace[c]?.push(`locked at ${show(locked)}`);
    } else if (prep.eligible[c]) receivers.push(c);
    else {
      state.annual[c] = 0n;
      state.trace[c]?.push(
        "no one employed in the year (month factors all 0): 0, its share goes to its siblings",
      );
    }
  }
  const id = parent?.id ?? "";
  if (lockedSum > total) {
    state.issues.push({
      code: "locked_over_parent",
      message: `The locked children of ${id} (${parent?.name}) sum to ${show(lockedSum)}, more than the ${show(total)} they carry`,
      nodeId: id,
      field: "locked",
    });
    return;
  }
  const rest = total - lockedSum;
  if (receivers.length === 0) {
    if (rest > 0n)
      state.issues.push({
        code: "invalid",
        message: `${show(rest)} of ${id} (${parent?.name}) has no one to carry it: every child is locked or has no one employed in the year`,
        nodeId: id,
        field: "locked",
      });
    return;
  }
  const weights = siblingWeights(receivers, prep.drivers, prep.driverWeights);
  const parts = apportionUnits(rest / unit, weights?.weights ?? receivers.map(() => 1n));
  const writeShare = weights ? shareWriter(weights, input, prep) : null;
  receivers.forEach((c, k) => {
    const part = parts[k] ?? 0n;
    state.annual[c] = part * unit;
    const how = writeShare
      ? writeShare(k, c)
      : `every driver of the ${receivers.length} siblings is 0: even split 1/${receivers.length}`;
    const units = weights ? ratioText((rest / unit) * (weights.weights[k] ?? 0n), weights.total, 4) : "";
    state.trace[c]?.push(
      `${how} of the ${show(rest)} ${lockedSum > 0n ? "left after locked siblings " : ""}for ${id}'s children` +
        `${units === "" ? "" : ` = ${units} units`} → ${part} units of ${input.unit} (largest remainder) = ${show(part * unit)}`,
    );
  });
  if (!weights && receivers.length > 1 && rest > 0n)
    state.warnings.push({
      code: "weights_sum_to_zero",
      message: `Every driver of the children of ${id} (${parent?.name}) is 0: split evenly`,
      nodeId: id,
      field: "drivers",
    });
}

// "share 0.716667 = (history 0.6 × 300000/400000 + capacity 0.4 × 400000/600000) ÷ 1.0": the parts that are the same
// for every sibling (weights, Σ, dropped drivers) are written once per parent.
function shareWriter(
  weights: SiblingWeights,
  input: AllocationInput,
  prep: PreparedAllocation,
): (k: number, c: number) => string {
  const show = (x: bigint) => formatUnits(x, prep.driverPlaces);
  const active = weights.active.map((d) => {
    const name = DRIVERS[d] ?? "history";
    return { d, head: `${name} ${input.weights[name]} × `, tail: `/${show(weights.sums[d] ?? 0n)}` };
  });
  const weightSum = weights.active.reduce((sum, d) => sum + (prep.driverWeights[d] ?? 0n), 0n);
  const dropped = DRIVERS.filter(
    (_, d) => (prep.driverWeights[d] ?? 0n) > 0n && !weights.active.includes(d),
  ).map((name) => `${name} dropped: 0 for every sibling`);
  const end = `) ÷ ${formatUnits(weightSum, prep.weightPlaces)}${dropped.length ? ` (${dropped.join("; ")})` : ""}`;
  return (k, c) => {
    // A person's drivers are shown as given; a team's are sums, written from the integers.
    const given = input.drivers?.[input.nodes[c]?.id ?? ""];
    const terms = active.map((a) => {
      const text = given?.[DRIVERS[a.d] ?? "history"] ?? show(prep.drivers[c * 4 + a.d] ?? 0n);
      return `${a.head}${text}${a.tail}`;
    });
    return `share ${ratioText(weights.weights[k] ?? 0n, weights.total, 6)} = (${terms.join(" + ")}${end}`;
  };
}

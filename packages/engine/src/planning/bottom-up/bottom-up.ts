import { fiscalMonths } from "../../quota/fiscal-months";
import { buildPlanningTree } from "../allocation/planning-tree";
import { computeMonthFactors } from "../people/compute-month-factors";
import { throwIfIssues } from "../planning-input-error";
import { divideHalfUp, formatUnits, pow10, significantPlaces, toUnits } from "../targets/scaled-units";
import type { BottomUpInput, BottomUpNode, MonthFactor, PlanningPerson } from "../types";
import { checkBottomUpInput } from "./check-bottom-up-input";

/**
 * What each node could deliver, built from the people up. A person's capacity = productivity × Σ months (ramp ×
 * availability) × utilisation; a leaf's potential = potential × capture rate; each rounded half up to `places`
 * once per leaf, then summed exactly up the hierarchy, so every node is the sum of its children. Leaves that are
 * not people (an empty team) have no capacity.
 */
export function bottomUp(input: BottomUpInput): Record<string, BottomUpNode> {
  const places = input.places ?? 2;
  throwIfIssues(checkBottomUpInput(input, places));
  const tree = buildPlanningTree(input.nodes);
  const months = fiscalMonths(input.fiscalYear, input.calendar, "month").map((m) => m.month);
  // People hired and leaving on the same dates share their month factors: most of a company is employed all year.
  const byDates = new Map<string, { factors: MonthFactor[]; ramped: string }>();
  const factorsOf = (person: PlanningPerson) => {
    const key = `${person.hireDate}|${person.leaveDate}`;
    let found = byDates.get(key);
    if (!found) {
      const factors = computeMonthFactors(person, months, input.proration, input.ramp, 6);
      const factorPlaces = Math.max(0, ...factors.map((f) => significantPlaces(f.factor)));
      const sum = factors.reduce((total, f) => total + toUnits(f.factor, factorPlaces), 0n);
      found = { factors, ramped: formatUnits(sum, factorPlaces).replace(/\.?0+$/, "") || "0" };
      byDates.set(key, found);
    }
    return found;
  };
  const capacity: bigint[] = new Array(input.nodes.length).fill(0n);
  const potential: bigint[] = new Array(input.nodes.length).fill(0n);
  const out: Record<string, BottomUpNode> = {};
  const show = (value: bigint) => formatUnits(value, places);
  for (let k = tree.order.length - 1; k >= 0; k--) {
    const at = tree.order[k] ?? 0;
    const node = input.nodes[at];
    if (!node) continue;
    const kids = tree.children[at] ?? [];
    if (kids.length > 0) {
      for (const c of kids) {
        capacity[at] = (capacity[at] ?? 0n) + (capacity[c] ?? 0n);
        potential[at] = (potential[at] ?? 0n) + (potential[c] ?? 0n);
      }
      out[node.id] = {
        id: node.id,
        capacity: show(capacity[at] ?? 0n),
        potential: show(potential[at] ?? 0n),
        months: null,
        trace: [`the sum of its ${kids.length} children`],
      };
      continue;
    }
    const potentialInput = input.potential?.[node.id] ?? "0";
    potential[at] = product([potentialInput, input.potentialCapture], places);
    const trace = [
      `potential ${potentialInput} × capture ${input.potentialCapture} = ${show(potential[at] ?? 0n)} (half up)`,
    ];
    if (node.kind !== "person") {
      trace.push("not a person: no selling capacity");
      out[node.id] = {
        id: node.id,
        capacity: show(0n),
        potential: show(potential[at] ?? 0n),
        months: null,
        trace,
      };
      continue;
    }
    const person = input.people?.[node.id] ?? { id: node.id, hireDate: null, leaveDate: null };
    const { factors, ramped } = factorsOf(person);
    const productivity = input.productivity?.[node.id] ?? input.defaultProductivity;
    capacity[at] = product([productivity, ramped, input.utilisation], places);
    trace.push(
      `capacity ${productivity}/month × ${ramped} ramped months (Σ ramp × availability) × utilisation ${input.utilisation} = ${show(capacity[at] ?? 0n)} (half up)`,
    );
    out[node.id] = {
      id: node.id,
      capacity: show(capacity[at] ?? 0n),
      potential: show(potential[at] ?? 0n),
      months: [...factors],
      trace,
    };
  }
  return out;
}

/** The exact product of non-negative decimals, rounded half up to `places`, as an integer of 10^-places. */
function product(factors: readonly string[], places: number): bigint {
  let value = 1n;
  let scale = 0;
  for (const factor of factors) {
    const factorPlaces = significantPlaces(factor);
    value *= toUnits(factor, factorPlaces);
    scale += factorPlaces;
  }
  return scale <= places ? value * pow10(places - scale) : divideHalfUp(value, pow10(scale - places));
}

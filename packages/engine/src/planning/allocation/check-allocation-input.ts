import { checkDecimal, isAmount } from "../targets/check-decimal";
import { checkSeasonality } from "../targets/check-seasonality";
import { checkUnit, isMultipleOf } from "../targets/check-unit";
import { significantPlaces } from "../targets/scaled-units";
import type { AllocationInput, DriverWeights, PlanningIssue } from "../types";
import { checkMonthPlaces } from "./check-month-places";
import { checkPlanningTree } from "./check-planning-tree";
import { checkOverAssignment } from "./over-assignment";
import { DRIVERS } from "./driver-weights";

/** Every static problem with an allocation's input (the ones that need no computation), all at once. */
export function checkAllocationInput(input: AllocationInput, monthPlaces: number): PlanningIssue[] {
  const issues = [...checkPlanningTree(input.nodes), ...checkMonthPlaces(monthPlaces)];
  const targetIssue = checkDecimal(input.target, "The target", "target");
  if (targetIssue) issues.push(targetIssue);
  else if (significantPlaces(input.target) > monthPlaces)
    issues.push({
      code: "invalid",
      message: `The target ${input.target} has more decimal places than the months (${monthPlaces})`,
      field: "target",
    });
  const unitIssue = checkUnit(input.unit);
  if (unitIssue) issues.push(unitIssue);
  else if (significantPlaces(input.unit) > monthPlaces)
    issues.push({
      code: "bad_unit",
      message: `The unit ${input.unit} is finer than the months' ${monthPlaces} decimal places`,
      field: "unit",
    });
  issues.push(...checkDriverWeights(input.weights));
  issues.push(...checkOverAssignment(input.overAssignment));
  issues.push(...checkSeasonality(input.seasonality));
  if (issues.some((issue) => issue.field === "nodes" || issue.field?.startsWith("nodes["))) return issues;
  const leaves = leafIds(input);
  for (const [id, drivers] of Object.entries(input.drivers ?? {})) {
    if (!leaves.has(id)) {
      issues.push(notALeaf(id, "drivers", "Drivers"));
      continue;
    }
    for (const d of DRIVERS) {
      if (isAmount(drivers[d] ?? "0")) continue;
      const issue = checkDecimal(drivers[d] ?? "0", `The ${d} of ${id}`, `drivers.${id}.${d}`, id);
      if (issue) issues.push(issue);
    }
  }
  const ids = new Set(input.nodes.map((n) => n.id));
  for (const [id, amount] of Object.entries(input.locked ?? {})) {
    const field = `locked.${id}`;
    const issue = checkDecimal(amount, `The locked amount of ${id}`, field, id);
    if (!ids.has(id))
      issues.push({ code: "invalid", message: `${id} is locked but not in the hierarchy`, field });
    else if (issue) issues.push(issue);
    else if (!unitIssue && !isMultipleOf(amount, input.unit))
      issues.push({
        code: "bad_unit",
        message: `The locked amount ${amount} of ${id} is not a whole number of the unit ${input.unit}`,
        nodeId: id,
        field,
      });
  }
  for (const [id, factors] of Object.entries(input.leafMonthFactors ?? {})) {
    if (!leaves.has(id)) issues.push(notALeaf(id, "leafMonthFactors", "Month factors"));
    else if (!Array.isArray(factors) || factors.length !== 12)
      issues.push({
        code: "bad_factor",
        message: `${id} needs 12 month factors, got ${Array.isArray(factors) ? factors.length : "none"}`,
        nodeId: id,
        field: `leafMonthFactors.${id}`,
      });
    else
      factors.forEach((f, m) => {
        if (isAmount(f)) return;
        const issue = checkDecimal(f, `Month factor ${m + 1} of ${id}`, `leafMonthFactors.${id}[${m}]`, id);
        if (issue) issues.push({ ...issue, code: "bad_factor" });
      });
  }
  return issues;
}

function leafIds(input: AllocationInput): Set<string> {
  const parents = new Set(input.nodes.map((n) => n.parentId));
  return new Set(input.nodes.filter((n) => !parents.has(n.id)).map((n) => n.id));
}

function notALeaf(id: string, field: string, what: string): PlanningIssue {
  return {
    code: "invalid",
    message: `${what} are given for leaves (people, empty teams) only; ${id} is not a leaf of the hierarchy`,
    nodeId: id,
    field: `${field}.${id}`,
  };
}

// Named by driver ("weights.history"), each ≥ 0, not all 0: they are normalised, so they need not sum to 1.
function checkDriverWeights(weights: DriverWeights): PlanningIssue[] {
  const issues: PlanningIssue[] = [];
  for (const d of DRIVERS) {
    const issue = checkDecimal(weights?.[d] ?? "0", `The weight of ${d}`, `weights.${d}`);
    if (issue) issues.push(issue);
  }
  if (issues.length === 0 && DRIVERS.every((d) => !/[1-9]/.test(weights?.[d] ?? "0")))
    issues.push({
      code: "weights_sum_to_zero",
      message:
        "The driver weights (history, potential, pipeline, capacity) sum to zero: at least one must be above 0",
      field: "weights",
    });
  return issues;
}

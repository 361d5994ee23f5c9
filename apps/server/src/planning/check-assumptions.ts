import { compareAmounts, sumAmounts } from "@attain/engine";
import type { FieldProblem } from "../http/problem";
import { checkCapacityRoles } from "./analysis/check-capacity-roles";
import type { Assumptions } from "./schemas";

const isNegative = (value: string) => compareAmounts(value, "0") < 0;
const outside = (value: string, low: string, high: string) =>
  compareAmounts(value, low) < 0 || compareAmounts(value, high) > 0;

/**
 * The rules across an assumptions document's fields, each broken one named by its path under `prefix` (the request
 * body's field): amounts and weights ≥ 0, driver weights not all 0, seasonality weights summing to exactly 1, ramp
 * shares 0–100%, over-assignment 0.5–3, a unit above 0, shares 0–1, the capacity roles' rules (check-capacity-roles.ts),
 * transfers between known person nodes. The shape
 * (decimal strings, lengths) is the zod schema's. `nodeIds`: the scenario's nodes, for locks and transfers.
 */
export function checkAssumptions(
  assumptions: Assumptions,
  context: { nodeIds: ReadonlySet<string>; personNodeIds: ReadonlySet<string>; months: readonly string[] },
  prefix = "assumptions",
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (path: string, message: string) => problems.push({ path: `${prefix}.${path}`, message });
  const { target, allocation, people, capacity } = assumptions;

  if (isNegative(target.annual))
    at("target.annual", `The target must not be negative, got ${target.annual}.`);
  target.seasonality.weights.forEach((w, i) => {
    if (isNegative(w))
      at(`target.seasonality.weights.${i}`, `A seasonality weight must not be negative, got ${w}.`);
  });
  const seasonSum = sumAmounts(target.seasonality.weights);
  if (compareAmounts(seasonSum, "1") !== 0)
    at(
      "target.seasonality.weights",
      `The seasonality weights must sum to exactly 1, they sum to ${seasonSum}.`,
    );

  const driverNames = ["history", "potential", "pipeline", "capacity"] as const;
  for (const name of driverNames)
    if (isNegative(allocation.weights[name]))
      at(
        `allocation.weights.${name}`,
        `A driver weight must not be negative, got ${allocation.weights[name]}.`,
      );
  if (driverNames.every((name) => compareAmounts(allocation.weights[name], "0") === 0))
    at("allocation.weights", "The driver weights sum to zero: give at least one driver a weight above 0.");
  for (const kind of ["region", "team", "person"] as const) {
    const factor = allocation.overAssignment[kind];
    if (outside(factor, "0.5", "3"))
      at(`allocation.overAssignment.${kind}`, `Over-assignment must be between 0.5 and 3, got ${factor}.`);
  }
  if (compareAmounts(allocation.unit, "0") <= 0)
    at("allocation.unit", `The rounding unit must be above 0, got ${allocation.unit}.`);
  for (const [nodeId, amount] of Object.entries(allocation.locked)) {
    if (!context.nodeIds.has(nodeId))
      at(`allocation.locked.${nodeId}`, `No node ${nodeId} in this scenario.`);
    else if (isNegative(amount))
      at(`allocation.locked.${nodeId}`, `A locked amount must not be negative, got ${amount}.`);
  }

  if (people.ramp.values.length === 0)
    at("people.ramp.values", "A ramp needs at least one month (1 = no ramp).");
  people.ramp.values.forEach((share, i) => {
    if (outside(share, "0", "1"))
      at(`people.ramp.values.${i}`, `A ramp share must be between 0 and 1 (0–100%), got ${share}.`);
  });

  if (isNegative(capacity.productivity))
    at("capacity.productivity", `Productivity must not be negative, got ${capacity.productivity}.`);
  for (const name of ["utilisation", "attrition", "potentialCapture"] as const)
    if (outside(capacity[name], "0", "1"))
      at(`capacity.${name}`, `${name} must be a share between 0 and 1, got ${capacity[name]}.`);
  if (capacity.roles !== undefined) checkCapacityRoles(capacity.roles, at);
  if (outside(assumptions.fairness.threshold, "0", "2"))
    at(
      "fairness.threshold",
      `The attainment threshold must be between 0 and 2, got ${assumptions.fairness.threshold}.`,
    );

  assumptions.transfers.forEach((t, i) => {
    for (const side of ["fromNodeId", "toNodeId"] as const)
      if (!context.personNodeIds.has(t[side]))
        at(
          `transfers.${i}.${side}`,
          `No person node ${t[side]} in this scenario: quota moves between people.`,
        );
    if (t.fromNodeId === t.toNodeId) at(`transfers.${i}.toNodeId`, "A transfer needs two different people.");
    if (!context.months.includes(t.effectiveMonth))
      at(
        `transfers.${i}.effectiveMonth`,
        `${t.effectiveMonth} is not a month of the scenario's fiscal year.`,
      );
    if ((t.share === undefined) === (t.amount === undefined))
      at(`transfers.${i}`, "A transfer has either a share or an amount.");
    if (t.share !== undefined && outside(t.share, "0", "1"))
      at(`transfers.${i}.share`, `A transfer share must be between 0 and 1, got ${t.share}.`);
    if (t.amount !== undefined && isNegative(t.amount))
      at(`transfers.${i}.amount`, `A transferred amount must not be negative, got ${t.amount}.`);
  });
  return problems;
}

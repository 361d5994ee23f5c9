import { unprocessable } from "../compensation/inputs/unprocessable";
import { withQuotaRoleFields } from "./analysis/capacity-roles";
import { checkAssumptions } from "./check-assumptions";
import type { Assumptions } from "./schemas";
import type { SnapshotNode } from "./scenario-snapshot";

/**
 * Assumptions as a scenario will use them: seasonality "history" takes the weights learnt when the scenario was
 * created (whatever weights came with it), "entered" the ones given; then every rule is checked (422 naming each
 * broken one under `prefix`); last, the AE-only capacity fields take the ae role's figures when roles are given.
 */
export function resolveAssumptions(
  assumptions: Assumptions,
  context: {
    nodes: readonly SnapshotNode[];
    months: readonly string[];
    learnedSeasonality: { weights: string[] } | null;
  },
  prefix = "assumptions",
): Assumptions {
  const { seasonality } = assumptions.target;
  const resolved: Assumptions =
    seasonality.source === "history" && context.learnedSeasonality
      ? {
          ...assumptions,
          target: {
            ...assumptions.target,
            seasonality: { source: "history", weights: [...context.learnedSeasonality.weights] },
          },
        }
      : assumptions;
  const problems = checkAssumptions(
    resolved,
    {
      nodeIds: new Set(context.nodes.map((n) => n.nodeId)),
      personNodeIds: new Set(context.nodes.filter((n) => n.kind === "person").map((n) => n.nodeId)),
      months: context.months,
    },
    prefix,
  );
  if (problems.length > 0)
    throw unprocessable(problems, "The assumptions break a rule; see `errors`. Nothing was changed.");
  return withQuotaRoleFields(resolved);
}

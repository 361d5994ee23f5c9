import type { Db } from "@attain/db";
import { validatePlan } from "@attain/engine";
import type { FieldProblem } from "../../http/problem";
import type { Assumptions } from "../schemas";
import { loadPlanVersions } from "./load-plan-versions";

/**
 * The rules of a scenario's choice of plan versions (`assumptions.compPlans`), each broken one named by its path:
 * one choice per plan; the version is one of this workspace's; it is a version of the plan named; its definition
 * passes the engine's validatePlan — a draft may not yet, and the cost of sales cannot be computed on it then.
 */
export async function checkCompPlanChoices(
  db: Db,
  params: { workspaceId: string; assumptions: Assumptions; prefix?: string },
): Promise<FieldProblem[]> {
  const choices = params.assumptions.compPlans ?? [];
  const prefix = `${params.prefix ?? "assumptions"}.compPlans`;
  const versions = await loadPlanVersions(db, {
    workspaceId: params.workspaceId,
    versionIds: choices.map((c) => c.versionId),
  });
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [i, choice] of choices.entries()) {
    const at = (field: string, message: string) =>
      problems.push({ path: `${prefix}.${i}.${field}`, message });
    if (seen.has(choice.planId))
      at("planId", `Plan ${choice.planId} is chosen twice; choose one version per plan.`);
    seen.add(choice.planId);
    const version = versions.get(choice.versionId);
    if (!version) {
      at("versionId", `No compensation plan version ${choice.versionId} in this workspace.`);
      continue;
    }
    if (version.planId !== choice.planId) {
      at(
        "versionId",
        `Version ${version.version} belongs to plan "${version.planName}", not to plan ${choice.planId}.`,
      );
      continue;
    }
    const checked = validatePlan(version.definition);
    if (!checked.ok)
      at(
        "versionId",
        `Version ${version.version} (${version.status}) of plan "${version.planName}" is not a valid plan: ${checked.issues
          .map((issue) => `${issue.path.join(".") || "plan"}: ${issue.message}`)
          .join("; ")}`,
      );
  }
  return problems;
}

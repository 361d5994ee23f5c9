import { type PlanDefinition, validatePlan } from "@attain/engine";
import { readPlanFile } from "../../plans/read-plan-file";
import type { PlanBody, PlanIssue } from "./schemas";

export type ParsedPlan = { ok: true; plan: PlanDefinition } | { ok: false; issues: PlanIssue[] };

/**
 * Reads a plan given as JSON or as plan-file text and validates it (formulas parsed and type-checked, names resolved).
 * `overrides` pins fields the URL decides (the key and version of the draft being saved).
 */
export function parsePlanBody(
  body: PlanBody,
  overrides: { key?: string; version?: number } = {},
): ParsedPlan {
  let candidate: unknown = body.definition;
  if (body.yaml !== undefined) {
    const read = readPlanFile(body.yaml, "plan.yaml");
    if (!read.ok)
      return { ok: false, issues: read.issues.map((issue) => ({ ...issue, path: pathText(issue.path) })) };
    candidate = read.plan;
  }
  if (candidate !== null && typeof candidate === "object" && !Array.isArray(candidate)) {
    const record = { ...(candidate as Record<string, unknown>) };
    if (overrides.version !== undefined) record.version = overrides.version;
    if (overrides.key !== undefined && record.key !== overrides.key)
      return {
        ok: false,
        issues: [{ path: "key", message: `The plan's key must stay "${overrides.key}".` }],
      };
    candidate = record;
  }
  const result = validatePlan(candidate);
  if (result.ok) return { ok: true, plan: result.plan };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message })),
  };
}

/** ["components", 0, "rate"] → "components.0.rate"; the plan itself → "(plan)". */
function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(plan)" : path.join(".");
}

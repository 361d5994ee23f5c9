import { PlanningInputError, type PlanningIssue } from "@attain/engine";
import { unprocessable } from "../compensation/inputs/unprocessable";
import type { ApiError, FieldProblem } from "../http/problem";

/** Engine field → API path under the assumptions document (the rest go under `prefix` as they are). */
const fieldPaths: [RegExp, string][] = [
  [/^target$/, "target.annual"],
  [/^seasonality(\[(\d+)\])?$/, "target.seasonality.weights"],
  [/^weights(\[(\d+)\])?$/, "allocation.weights"],
  [/^unit$/, "allocation.unit"],
  [/^overAssignment\.(\w+)$/, "allocation.overAssignment"],
  [/^locked\.(.+)$/, "allocation.locked"],
  [/^ramp(\.values)?(\[(\d+)\])?$/, "people.ramp.values"],
  [/^transfers(\[(\d+)\])?/, "transfers"],
];

/** A problem of the engine's named by the request's path (`assumptions.allocation.unit`, `hierarchy.<node>`). */
export function problemOfIssue(issue: PlanningIssue, prefix: string): FieldProblem {
  const field = issue.field ?? "";
  for (const [pattern, path] of fieldPaths) {
    const match = pattern.exec(field);
    if (!match) continue;
    const index = [...match].slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
    const key = path === "allocation.overAssignment" || path === "allocation.locked" ? match[1] : index;
    return { path: [prefix, path, key].filter((p) => p !== undefined).join("."), message: issue.message };
  }
  if (field.startsWith("nodes") || issue.code === "cycle" || issue.code === "two_parents")
    return { path: `hierarchy${issue.nodeId ? `.${issue.nodeId}` : ""}`, message: issue.message };
  return { path: [prefix, field].filter(Boolean).join(".") || prefix, message: issue.message };
}

/** Runs `work`; the engine's PlanningInputError becomes a 422 naming every issue, anything else is rethrown. */
export function withPlanningProblems<T>(work: () => T, prefix = "assumptions"): T {
  try {
    return work();
  } catch (error) {
    throw planningError(error, prefix);
  }
}

export function planningError(error: unknown, prefix = "assumptions"): unknown {
  if (!(error instanceof PlanningInputError)) return error;
  const problems = error.issues.map((issue) => problemOfIssue(issue, prefix));
  return unprocessable(
    problems,
    "The plan breaks a rule; see `errors`. Nothing was changed.",
  ) satisfies ApiError;
}

import type { z } from "zod";
import type { PlanIssue } from "./validate-plan-issue";

/**
 * Turns zod's issues into plan issues. A union that failed is reported through the branch that came closest
 * (fewest issues), so `{ scope: "period" }` says "attainmentAtLeast: missing", not "Invalid input"; when two
 * branches tie the union's own message ("either … or …") is clearer. Unknown keys become one issue per key,
 * located at the key.
 */
export function schemaIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): PlanIssue[] {
  const result: PlanIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter(isPathPart)];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const sizes = issue.errors.map((branch) => branch.length);
      const fewest = Math.min(...sizes);
      const closest = issue.errors.filter((branch) => branch.length === fewest);
      if (closest.length === 1 && closest[0] !== undefined) result.push(...schemaIssues(closest[0], path));
      else result.push({ path, message: issue.message });
    } else if (issue.code === "unrecognized_keys") {
      // plan-schema writes one line per key, in zod's key order.
      const lines = issue.message.split("\n");
      issue.keys.forEach((key, i) => {
        result.push({ path: [...path, key], message: lines[i] ?? `unknown key "${key}"` });
      });
    } else {
      result.push({ path, message: issue.message });
    }
  }
  return result;
}

function isPathPart(part: PropertyKey): part is string | number {
  return typeof part === "string" || typeof part === "number";
}

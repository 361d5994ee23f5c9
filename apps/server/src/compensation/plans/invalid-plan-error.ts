import { ApiError } from "../../http/problem";
import type { PlanIssue } from "./schemas";

/** 422 problem+json listing every issue of a plan (with line and column when it came from a file). */
export function invalidPlanError(
  issues: PlanIssue[],
  detail = "The plan is not valid; see `issues`.",
): ApiError {
  return new ApiError(
    422,
    "Invalid plan",
    detail,
    issues.map((issue) => ({ path: issue.path, message: issue.message })),
    { issues },
  );
}

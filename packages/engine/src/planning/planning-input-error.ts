import { EngineInputError } from "../errors";
import type { PlanningIssue } from "./types";

/**
 * The one error planning functions throw: every issue found in the input at once, so the planner fixes them in one
 * go and the API can name each row and field. Nothing is computed half-way: the check runs before any result.
 */
export class PlanningInputError extends EngineInputError {
  readonly issues: PlanningIssue[];

  constructor(issues: PlanningIssue[]) {
    super(issues.map((issue) => issue.message).join("; "), issues);
    this.name = "PlanningInputError";
    this.issues = issues;
  }
}

/** Throws a PlanningInputError carrying `issues` unless there are none. */
export function throwIfIssues(issues: readonly PlanningIssue[]): void {
  if (issues.length > 0) throw new PlanningInputError([...issues]);
}

/** One problem in a plan: where (the path into the plan, as in the file) and what, naming the culprit. */
export type PlanIssue = { path: (string | number)[]; message: string };

/** Internal: collects issues as the checks walk the plan. */
export type IssueSink = (path: (string | number)[], message: string) => void;

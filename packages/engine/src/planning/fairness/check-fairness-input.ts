import type { FairnessInput, PlanningIssue } from "../types";
import { checkBoundedDecimal } from "./check-bounded-decimal";

export const MAX_DRAWS = 100_000;

function invalid(message: string, field: string, nodeId?: string): PlanningIssue {
  return nodeId === undefined
    ? { code: "invalid", message, field }
    : { code: "invalid", message, field, nodeId };
}

function checkRep(rep: FairnessInput["reps"][number], at: string, issues: PlanningIssue[]): void {
  const id = typeof rep?.id === "string" ? rep.id : undefined;
  const push = (issue: PlanningIssue | null) => {
    if (issue) issues.push(id === undefined ? issue : { ...issue, nodeId: id });
  };
  if (typeof rep !== "object" || rep === null) {
    issues.push(invalid(`${at} must be a rep object`, at));
    return;
  }
  if (typeof rep.id !== "string" || rep.id === "")
    issues.push(invalid(`${at}.id must be a non-empty string`, `${at}.id`));
  if (typeof rep.teamId !== "string" || rep.teamId === "")
    push(invalid(`${at}.teamId must be a non-empty string`, `${at}.teamId`));
  const who = `rep ${id ?? at}`;
  push(checkBoundedDecimal(rep.quota, `The quota of ${who}`, `${at}.quota`));
  push(
    checkBoundedDecimal(rep.capacityFactor, `The capacity factor of ${who}`, `${at}.capacityFactor`, {
      max: "1",
    }),
  );
  if (!Array.isArray(rep.history)) push(invalid(`${at}.history must be a list of amounts`, `${at}.history`));
  else
    rep.history.forEach((amount, i) => {
      push(checkBoundedDecimal(amount, `History period ${i + 1} of ${who}`, `${at}.history[${i}]`));
    });
  if (!Array.isArray(rep.pipeline)) push(invalid(`${at}.pipeline must be a list of deals`, `${at}.pipeline`));
  else
    rep.pipeline.forEach((deal, i) => {
      const field = `${at}.pipeline[${i}]`;
      push(checkBoundedDecimal(deal?.amount, `The amount of deal ${i + 1} of ${who}`, `${field}.amount`));
      push(
        checkBoundedDecimal(
          deal?.probability,
          `The probability of deal ${i + 1} of ${who}`,
          `${field}.probability`,
          {
            max: "1",
          },
        ),
      );
    });
}

/**
 * Every problem with a fairness input, in input order: draws an integer 1..100,000, seed a safe integer, threshold
 * in (0, 10], target share 0–1, unique rep ids, amounts ≥ 0 as plain decimals, probabilities and capacity factors 0–1.
 */
export function checkFairnessInput(input: FairnessInput): PlanningIssue[] {
  const issues: PlanningIssue[] = [];
  if (!Number.isInteger(input.draws) || input.draws < 1 || input.draws > MAX_DRAWS)
    issues.push(
      invalid(
        `draws must be an integer from 1 to ${MAX_DRAWS.toLocaleString("en")}, got ${input.draws}`,
        "draws",
      ),
    );
  if (!Number.isSafeInteger(input.seed))
    issues.push(invalid(`seed must be an integer, got ${input.seed}`, "seed"));
  if (input.threshold !== undefined) {
    const issue = checkBoundedDecimal(input.threshold, "The attainment threshold", "threshold", {
      max: "10",
    });
    const zero = issue === null && /^0+(\.0+)?$/.test(input.threshold);
    if (issue || zero)
      issues.push(
        issue ?? {
          code: "bad_factor",
          message: "The attainment threshold must be above 0",
          field: "threshold",
        },
      );
  }
  if (input.targetShare !== undefined) {
    const issue = checkBoundedDecimal(input.targetShare, "The target share of reps", "targetShare", {
      max: "1",
    });
    if (issue) issues.push(issue);
  }
  if (!Array.isArray(input.reps)) {
    issues.push(invalid("reps must be a list", "reps"));
    return issues;
  }
  const seen = new Set<string>();
  input.reps.forEach((rep, i) => {
    checkRep(rep, `reps[${i}]`, issues);
    if (typeof rep?.id !== "string") return;
    if (seen.has(rep.id)) issues.push(invalid(`Rep ${rep.id} is listed twice`, `reps[${i}].id`, rep.id));
    seen.add(rep.id);
  });
  return issues;
}

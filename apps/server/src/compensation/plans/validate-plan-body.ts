import { parsePlanBody } from "./parse-plan-body";
import type { PlanBody, PlanIssue } from "./schemas";

/** Checks a plan without saving it: `ok` and every issue (path, message, and line/column for plan-file text). */
export function validatePlanBody(body: PlanBody): { ok: boolean; issues: PlanIssue[] } {
  const parsed = parsePlanBody(body);
  return parsed.ok ? { ok: true, issues: [] } : { ok: false, issues: parsed.issues };
}

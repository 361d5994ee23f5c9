import type { PlanDefinition } from "./plan";
import { planSchema } from "./plan-schema";
import { ALWAYS_MEASURES } from "./formula-environment-for";
import { checkMeasure } from "./validate-plan-component-parts";
import { checkComponents } from "./validate-plan-components";
import { checkFormulas } from "./validate-plan-formulas";
import type { PlanIssue } from "./validate-plan-issue";
import { checkUniqueNames } from "./validate-plan-names";
import { checkPolicies } from "./validate-plan-policies";
import { checkRateTables } from "./validate-plan-rate-tables";
import { checkReservedNames } from "./validate-plan-reserved-names";
import { schemaIssues } from "./validate-plan-schema-issues";
import { checkTierTables } from "./validate-plan-tier-tables";

export type { PlanIssue } from "./validate-plan-issue";

/**
 * Checks a plan (parsed YAML/JSON or an API body) and returns it with defaults filled in, or every problem found,
 * each with its path and a message naming the culprit. Shape first (types, unknown keys): when the shape is wrong
 * the semantic checks (bands, references, amounts, formulas) are not run, since they would read a broken plan.
 */
export function validatePlan(
  plan: unknown,
  options: { measures?: readonly string[] } = {},
): { ok: true; plan: PlanDefinition } | { ok: false; issues: PlanIssue[] } {
  const parsed = planSchema.safeParse(plan, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error.issues) };
  const issues: PlanIssue[] = [];
  const report = (path: (string | number)[], message: string) => {
    issues.push({ path, message });
  };
  const valid = parsed.data;
  // The measures every credit line carries (formulaEnvironmentFor's list), unless the caller knows more.
  const parts = { plan: valid, report, measures: options.measures ?? ALWAYS_MEASURES };
  checkPolicies(valid, report);
  checkMeasure(parts, valid.quotaMeasure, ["quotaMeasure"]);
  checkUniqueNames(valid, report);
  checkReservedNames(valid, report);
  checkTierTables(valid, report);
  checkRateTables(valid, report);
  checkComponents(parts);
  checkFormulas(valid, report);
  return issues.length === 0 ? { ok: true, plan: valid } : { ok: false, issues };
}

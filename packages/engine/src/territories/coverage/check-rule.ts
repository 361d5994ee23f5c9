import type { TerritoryIssue, TerritoryRule } from "../types";

const LIST_FIELDS = ["countryCodes", "regionIds", "postalPrefixes", "industries", "segments"] as const;
const BOUND_FIELDS = ["employeesMin", "employeesMax"] as const;
const KNOWN_FIELDS = new Set<string>([...LIST_FIELDS, ...BOUND_FIELDS]);

/**
 * What is wrong with one rule, each issue naming `field` (e.g. "territories[2].rules[0].postalPrefixes"): a list
 * that is empty (it would match nothing, surely not what was meant) or holds a blank value, a band that is not a
 * non-negative number or is empty (min ≥ max), and an unknown field (a typo would otherwise widen the rule silently).
 */
export function checkRule(rule: TerritoryRule, field: string, territoryId: string): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  const bad = (message: string, at: string) =>
    issues.push({
      code: "bad_rule",
      message: `${territoryId}: ${message}`,
      territoryId,
      field: `${field}.${at}`,
    });
  if (rule === null || typeof rule !== "object" || Array.isArray(rule)) {
    issues.push({
      code: "bad_rule",
      message: `${territoryId}: a rule must be an object`,
      territoryId,
      field,
    });
    return issues;
  }
  for (const key of Object.keys(rule))
    if (!KNOWN_FIELDS.has(key)) bad(`unknown rule field ${JSON.stringify(key)}`, key);
  for (const key of LIST_FIELDS) {
    const values: unknown = rule[key];
    if (values === undefined) continue;
    if (!Array.isArray(values)) bad(`${key} must be a list`, key);
    else if (values.length === 0) bad(`${key} is empty: the rule would match no account`, key);
    else
      values.forEach((value: unknown, i) => {
        if (typeof value !== "string" || value.trim() === "") bad(`${key} has a blank value`, `${key}[${i}]`);
      });
  }
  for (const key of BOUND_FIELDS) {
    const bound: unknown = rule[key];
    if (bound !== undefined && (typeof bound !== "number" || !Number.isFinite(bound) || bound < 0))
      bad(`${key} must be a non-negative number, got ${JSON.stringify(bound)}`, key);
  }
  const { employeesMin: min, employeesMax: max } = rule;
  if (typeof min === "number" && typeof max === "number" && min >= max)
    bad(`employeesMin ${min} must be below employeesMax ${max} (the band is [min, max))`, "employeesMin");
  return issues;
}

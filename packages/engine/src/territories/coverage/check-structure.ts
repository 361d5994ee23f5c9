import type { TerritoryDefinition, TerritoryIssue } from "../types";
import { checkRule } from "./check-rule";
import { territoryLabel } from "./territory-label";

/**
 * Parent links and what only a leaf may carry: an unknown parent; a primary territory under an overlay (primary
 * territories partition the accounts, an overlay adds coverage on top; the reverse nesting is fine); rules, named or
 * excluded accounts on a territory with children (only leaves hold accounts); and each leaf rule's own problems.
 */
export function checkStructure(
  territories: readonly TerritoryDefinition[],
  first: ReadonlyMap<string, number>,
): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  const children = new Map<string, string[]>();
  for (const i of first.values()) {
    const parentId = territories[i]?.parentId;
    if (typeof parentId === "string")
      children.set(parentId, [...(children.get(parentId) ?? []), territories[i]?.id ?? ""]);
  }
  for (const i of first.values()) {
    const t = territories[i];
    if (t === undefined) continue;
    const at = `territories[${i}]`;
    const parent = typeof t.parentId === "string" ? territories[first.get(t.parentId) ?? -1] : undefined;
    if (typeof t.parentId === "string" && t.parentId !== "" && parent === undefined)
      issues.push({
        code: "unknown_parent",
        message: `${territoryLabel(t)} is under ${t.parentId}, which is not a territory of the plan`,
        territoryId: t.id,
        field: `${at}.parentId`,
      });
    if (parent !== undefined && parent.kind === "overlay" && t.kind === "primary")
      issues.push({
        code: "invalid",
        message: `${t.id} is a primary territory under the overlay ${parent.id}: primary territories cannot sit under an overlay`,
        territoryId: t.id,
        field: `${at}.kind`,
      });
    const kids = children.get(t.id);
    if (kids === undefined) {
      if (Array.isArray(t.rules))
        t.rules.forEach((rule, r) => {
          issues.push(...checkRule(rule, `${at}.rules[${r}]`, t.id));
        });
      continue;
    }
    const under = `${t.id} has child territories (${kids.join(", ")})`;
    if (Array.isArray(t.rules) && t.rules.length > 0)
      issues.push({
        code: "bad_rule",
        message: `${under}: rules belong on leaf territories only`,
        territoryId: t.id,
        field: `${at}.rules`,
      });
    for (const list of ["namedAccountIds", "excludedAccountIds"] as const)
      if (Array.isArray(t[list]) && t[list].length > 0)
        issues.push({
          code: "invalid",
          message: `${under}: ${list === "namedAccountIds" ? "named" : "excluded"} accounts belong on leaf territories only`,
          territoryId: t.id,
          accountId: t[list][0],
          field: `${at}.${list}`,
        });
  }
  return issues;
}

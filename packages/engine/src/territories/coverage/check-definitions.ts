import type { TerritoryDefinition, TerritoryIssue } from "../types";

const LEVELS = new Set(["region", "area", "territory"]);
const KINDS = new Set(["primary", "overlay"]);

/**
 * The shape of each definition and the uniqueness of ids: returns the issues and `first`, each distinct id → the
 * index of its first definition (later duplicates are reported and ignored by the other checks).
 */
export function checkDefinitions(territories: readonly TerritoryDefinition[]): {
  issues: TerritoryIssue[];
  first: Map<string, number>;
} {
  const issues: TerritoryIssue[] = [];
  const first = new Map<string, number>();
  territories.forEach((t, i) => {
    const at = `territories[${i}]`;
    if (t === null || typeof t !== "object" || typeof t.id !== "string" || t.id.trim() === "") {
      issues.push({ code: "invalid", message: `${at} has no id`, field: `${at}.id` });
      return;
    }
    const seen = first.get(t.id);
    if (seen !== undefined) {
      issues.push({
        code: "duplicate_territory",
        message: `${t.id} is defined twice (territories[${seen}] and ${at})`,
        territoryId: t.id,
        field: `${at}.id`,
      });
      return;
    }
    first.set(t.id, i);
    const invalid = (message: string, field: string) =>
      issues.push({
        code: "invalid",
        message: `${t.id}: ${message}`,
        territoryId: t.id,
        field: `${at}.${field}`,
      });
    if (t.parentId !== null && (typeof t.parentId !== "string" || t.parentId === ""))
      invalid("parentId must be a territory id or null", "parentId");
    if (!LEVELS.has(t.level))
      invalid(`level must be region, area or territory, got ${JSON.stringify(t.level)}`, "level");
    if (!KINDS.has(t.kind)) invalid(`kind must be primary or overlay, got ${JSON.stringify(t.kind)}`, "kind");
    if (typeof t.priority !== "number" || !Number.isFinite(t.priority))
      invalid(`priority must be a finite number, got ${String(t.priority)}`, "priority");
    if (!Array.isArray(t.rules))
      issues.push({
        code: "bad_rule",
        message: `${t.id}: rules must be a list`,
        territoryId: t.id,
        field: `${at}.rules`,
      });
    for (const list of ["namedAccountIds", "excludedAccountIds"] as const) {
      const ids: unknown = t[list];
      if (!Array.isArray(ids)) invalid(`${list} must be a list of account ids`, list);
      else
        ids.forEach((id: unknown, j) => {
          if (typeof id !== "string" || id === "")
            invalid(`${list}[${j}] is not an account id`, `${list}[${j}]`);
        });
    }
  });
  return { issues, first };
}

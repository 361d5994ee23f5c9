import type { TerritoryDefinition, TerritoryIssue } from "../types";

/**
 * Named and excluded accounts: an account named in two primary territories ("named in X and Y": it cannot belong to
 * both; naming it in an overlay as well is fine), listed twice in one territory, both named and excluded in one
 * territory, or (when `accountIds` is given) not a known account.
 */
export function checkNamedAccounts(
  territories: readonly TerritoryDefinition[],
  first: ReadonlyMap<string, number>,
  accountIds: ReadonlySet<string> | undefined,
): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  const primaryOf = new Map<string, string>();
  for (const i of first.values()) {
    const t = territories[i];
    if (t === undefined) continue;
    const named = new Set<string>();
    for (const list of ["namedAccountIds", "excludedAccountIds"] as const) {
      const ids = t[list];
      if (!Array.isArray(ids)) continue;
      const seen = new Set<string>();
      ids.forEach((accountId, j) => {
        if (typeof accountId !== "string" || accountId === "") return;
        const field = `territories[${i}].${list}[${j}]`;
        const issue = (code: TerritoryIssue["code"], message: string) =>
          issues.push({ code, message, territoryId: t.id, accountId, field });
        if (seen.has(accountId)) {
          issue("duplicate_account", `${accountId} is listed twice in ${t.id}'s ${list}`);
          return;
        }
        seen.add(accountId);
        if (accountIds !== undefined && !accountIds.has(accountId))
          issue("invalid", `${t.id}: ${accountId} is not a known account`);
        if (list === "excludedAccountIds") {
          if (named.has(accountId))
            issue("invalid", `${accountId} is both named in and excluded from ${t.id}`);
          return;
        }
        named.add(accountId);
        if (t.kind !== "primary") return;
        const other = primaryOf.get(accountId);
        if (other === undefined) primaryOf.set(accountId, t.id);
        else if (other !== t.id) issue("named_in_two", `${accountId} is named in ${other} and ${t.id}`);
      });
    }
  }
  return issues;
}

import type { TerritoryDefinition, TerritoryIssue } from "../types";
import { checkDefinitions } from "./check-definitions";
import { checkNamedAccounts } from "./check-named-accounts";
import { checkStructure } from "./check-structure";
import { findCycles } from "./find-cycles";

/**
 * Everything wrong with a territory hierarchy at once, each issue naming its territory, account and field
 * (`territories[i].…`): malformed definitions, duplicate ids, unknown parents, cycles, a primary territory under an
 * overlay, rules or named/excluded accounts on a territory with children, bad rules, an account named in two primary
 * territories and (with `accountIds`) named or excluded accounts that do not exist. An empty list is fine: every
 * account is then a gap.
 */
export function checkTerritories(
  territories: TerritoryDefinition[],
  accountIds?: ReadonlySet<string>,
): TerritoryIssue[] {
  if (!Array.isArray(territories))
    return [{ code: "invalid", message: "territories must be a list", field: "territories" }];
  const { issues, first } = checkDefinitions(territories);
  return [
    ...issues,
    ...checkStructure(territories, first),
    ...findCycles(territories, first),
    ...checkNamedAccounts(territories, first, accountIds),
  ];
}

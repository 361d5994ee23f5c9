import { TerritoryInputError } from "../territory-input-error";
import type { CoverageReport, TerritoryAccount, TerritoryDefinition, TerritoryMatch } from "../types";
import { checkCoverageAccounts } from "./check-coverage-accounts";
import { checkTerritories } from "./check-territories";
import { prepareCoveragePlan } from "./coverage-plan";
import { createLocator } from "./create-locator";
import { locatedRecord } from "./located-record";
import { sumByTerritory } from "./sum-by-territory";

/**
 * Places every account in the hierarchy (docs/calculations/territories.md): named account > excluded > rules by
 * priority; a tie at the best priority between primary leaves is an overlap, no primary match a gap; overlays add
 * every overlay leaf that names or matches the account. Returns each account's match with its trace (in input
 * order), the gaps and overlaps, and per territory the accounts and exact potential (rolled up on parents).
 * Throws a TerritoryInputError listing every issue of the territories (checkTerritories) and accounts first.
 * Named accounts need not all be in `accounts` (a partial run is fine): pass the known ids to checkTerritories.
 */
export function matchTerritories(
  accounts: TerritoryAccount[],
  territories: TerritoryDefinition[],
): CoverageReport {
  const issues = [...checkTerritories(territories), ...checkCoverageAccounts(accounts)];
  if (issues.length > 0) throw new TerritoryInputError(issues);
  const plan = prepareCoveragePlan(territories);
  const locate = createLocator(plan);
  const ids = territories.map((t) => t.id);
  const matches: TerritoryMatch[] = [];
  const gaps: CoverageReport["gaps"] = [];
  const overlaps: CoverageReport["overlaps"] = [];
  const placements: number[][] = [];
  for (const account of accounts) {
    const at = locate(locatedRecord(account.id, account));
    const territoryId = at.primary === null ? null : (ids[at.primary] ?? null);
    const candidates = at.candidates.map((t) => ids[t] ?? "");
    matches.push({
      accountId: account.id,
      territoryId,
      overlayIds: at.overlays.map((t) => ids[t] ?? ""),
      reason: at.reason,
      candidates,
      trace: [...at.trace, ...at.overlayTrace],
    });
    if (at.reason === "none") gaps.push({ accountId: account.id, name: account.name });
    if (at.reason === "overlap")
      overlaps.push({ accountId: account.id, name: account.name, territoryIds: candidates });
    placements.push(at.primary === null ? at.overlays : [at.primary, ...at.overlays]);
  }
  const byTerritory = sumByTerritory(
    plan,
    accounts.map((a) => a.potential),
    placements,
  );
  return { matches, gaps, overlaps, byTerritory };
}

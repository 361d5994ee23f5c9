import { TerritoryInputError } from "../territory-input-error";
import type { RoutingDecision, RoutingRecord, TerritoryDefinition, TerritoryOwner } from "../types";
import { checkOwners } from "./check-owners";
import { checkRoutingInput } from "./check-routing-input";
import { checkTerritories } from "./check-territories";
import { prepareCoveragePlan } from "./coverage-plan";
import { createLocator } from "./create-locator";
import { locatedRecord } from "./located-record";
import { validOwners } from "./owners-on";

export type RoutingContext = {
  territories: TerritoryDefinition[];
  owners: TerritoryOwner[];
  /** Account id → the primary leaf it is in today. */
  accountTerritories: Record<string, string>;
  asOf: string;
};

/**
 * Sends each new account or lead to a territory and an owner: a record of an existing account goes to that
 * account's territory; otherwise it is matched like an account (named and excluded lists apply when it carries a
 * known account id, else rules only). The owner is the territory's primary owner on `asOf` (several → earliest
 * validFrom, then personId); the overlay owners are the primary territory's overlay-role owners and every owner of
 * the overlay leaves it matches. Throws a TerritoryInputError listing every input issue.
 */
export function routeRecords(records: RoutingRecord[], context: RoutingContext): RoutingDecision[] {
  const { territories, owners, accountTerritories, asOf } = context;
  const territoryIssues = checkTerritories(territories);
  const issues = [
    ...territoryIssues,
    ...checkOwners(owners, territoryIssues.length === 0 ? new Set(territories.map((t) => t.id)) : undefined),
    ...checkRoutingInput(records, asOf),
  ];
  if (issues.length > 0) throw new TerritoryInputError(issues);
  const plan = prepareCoveragePlan(territories);
  const locate = createLocator(plan);
  const ownersOf = new Map<string, TerritoryOwner[]>();
  for (const owner of owners)
    ownersOf.set(owner.territoryId, [...(ownersOf.get(owner.territoryId) ?? []), owner]);
  const onDate = (territoryId: string) => validOwners(ownersOf.get(territoryId) ?? [], asOf);
  const isPrimaryLeaf = (id: string) => {
    const t = plan.indexOf.get(id);
    return t !== undefined && plan.isLeaf[t] === true && territories[t]?.kind === "primary";
  };
  return records.map((record) => {
    const at = locate(locatedRecord(record.accountId, record));
    const trace: string[] = [];
    let territoryId: string | null = null;
    let reason: RoutingDecision["reason"];
    const current =
      record.accountId !== null && Object.hasOwn(accountTerritories, record.accountId)
        ? accountTerritories[record.accountId]
        : undefined;
    if (current !== undefined && isPrimaryLeaf(current)) {
      territoryId = current;
      reason = "account territory";
      trace.push(`account ${record.accountId} is in ${current}`);
    } else {
      if (current !== undefined)
        trace.push(
          `account ${record.accountId} is in ${current}, not a primary leaf of this plan: routed by the rules`,
        );
      trace.push(...at.trace);
      territoryId = at.primary === null ? null : (territories[at.primary]?.id ?? null);
      reason = at.reason === "none" ? "no territory" : at.reason;
    }
    const overlayTerritories = at.overlays.map((t) => territories[t]?.id ?? "");
    let ownerId: string | null = null;
    const overlayOwnerIds: string[] = [];
    if (territoryId !== null) {
      const valid = onDate(territoryId);
      const primaries = valid.filter((o) => o.role === "primary");
      ownerId = primaries[0]?.personId ?? null;
      if (ownerId === null) {
        reason = "no owner";
        trace.push(`${territoryId} has no primary owner on ${asOf}`);
      } else
        trace.push(
          primaries.length > 1
            ? `owner ${ownerId}: the earliest of ${primaries.length} primary owners of ${territoryId} on ${asOf}`
            : `owner ${ownerId}, primary owner of ${territoryId} on ${asOf}`,
        );
      overlayOwnerIds.push(...valid.filter((o) => o.role === "overlay").map((o) => o.personId));
    }
    trace.push(...at.overlayTrace);
    for (const overlay of overlayTerritories) overlayOwnerIds.push(...onDate(overlay).map((o) => o.personId));
    return {
      recordId: record.id,
      territoryId,
      ownerId,
      overlayOwnerIds: [...new Set(overlayOwnerIds)].filter((id) => id !== ownerId),
      reason,
      trace,
    };
  });
}

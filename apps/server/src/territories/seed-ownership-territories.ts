import { and, asc, eq, gt, isNotNull, isNull, lte, or } from "drizzle-orm";
import { accounts, type Db, people, regions, teamMemberships, teams } from "@attain/db";
import type { AssignmentDraft, OwnerDraft, TerritoryDraft } from "./write-plan-rows";

type Seed = { territories: TerritoryDraft[]; owners: OwnerDraft[]; assignments: AssignmentDraft[] };

const draft = (
  key: string,
  name: string,
  parentKey: string | null,
  level: TerritoryDraft["level"],
  rules: TerritoryDraft["rules"] = [],
): TerritoryDraft => ({
  key,
  name,
  parentKey,
  level,
  kind: "primary",
  priority: 0,
  rules,
  baseLatitude: null,
  baseLongitude: null,
  targetShare: null,
  maxAccounts: null,
  maxWorkload: null,
});

/**
 * Today's ownership as a plan: a region per `regions` row → an area per sales team of that region → a territory per
 * account owner (in the team they are in on `asOf`), each territory's rule the region's country, every owned account
 * in its owner's territory (source `rule` when its country matches, else `manual`) and the owner as primary owner
 * from `asOf`. Owners without a team sit in their region's "No team" area; without a region, in "No region".
 * Regions and teams without account owners are left out: an empty leaf would be a territory nobody covers.
 */
export async function seedOwnershipTerritories(
  db: Db,
  params: { workspaceId: string; asOf: string },
): Promise<Seed> {
  const { workspaceId, asOf } = params;
  const [regionRows, teamRows, owned, memberships] = await Promise.all([
    db.select().from(regions).where(eq(regions.workspaceId, workspaceId)).orderBy(asc(regions.name)),
    db.select().from(teams).where(eq(teams.workspaceId, workspaceId)).orderBy(asc(teams.name)),
    db
      .select({
        accountId: accounts.id,
        countryCode: accounts.countryCode,
        ownerId: accounts.ownerId,
        ownerExternalId: people.externalId,
        ownerName: people.fullName,
        ownerRegionId: people.regionId,
      })
      .from(accounts)
      .innerJoin(people, eq(people.id, accounts.ownerId))
      .where(and(eq(accounts.workspaceId, workspaceId), isNotNull(accounts.ownerId)))
      .orderBy(asc(people.fullName), asc(accounts.id)),
    db
      .select({ personId: teamMemberships.personId, teamId: teamMemberships.teamId })
      .from(teamMemberships)
      .where(
        and(
          eq(teamMemberships.workspaceId, workspaceId),
          lte(teamMemberships.validFrom, asOf),
          or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, asOf)),
        ),
      )
      .orderBy(asc(teamMemberships.validFrom)),
  ]);
  const regionById = new Map(regionRows.map((r) => [r.id, r]));
  const teamById = new Map(teamRows.map((t) => [t.id, t]));
  // A person in several teams: the one of a region wins (a sales team, not an umbrella), the latest joined last.
  const teamOf = new Map<string, string>();
  for (const m of memberships) {
    const current = teamOf.get(m.personId);
    if (!current || teamById.get(m.teamId)?.regionId || !teamById.get(current)?.regionId)
      teamOf.set(m.personId, m.teamId);
  }

  const used = new Set<string>();
  const uniqueKey = (wanted: string) => {
    let key = wanted;
    for (let n = 2; used.has(key); n += 1) key = `${wanted}-${n}`;
    used.add(key);
    return key;
  };
  const territoriesOut: TerritoryDraft[] = [];
  const regionKey = new Map<string, string>();
  const areaKey = new Map<string, string>();
  const leafKey = new Map<string, string>();
  const owners: OwnerDraft[] = [];
  const assignments: AssignmentDraft[] = [];

  const regionNode = (regionId: string | null) => {
    const id = regionId ?? "";
    let key = regionKey.get(id);
    if (!key) {
      const region = regionId ? regionById.get(regionId) : undefined;
      key = uniqueKey(region?.externalId ?? "NO-REGION");
      regionKey.set(id, key);
      territoriesOut.push(draft(key, region?.name ?? "No region", null, "region"));
    }
    return key;
  };
  const areaNode = (regionId: string | null, teamId: string | null) => {
    const id = `${regionId ?? ""}/${teamId ?? ""}`;
    let key = areaKey.get(id);
    if (!key) {
      const parent = regionNode(regionId);
      const team = teamId ? teamById.get(teamId) : undefined;
      key = uniqueKey(team?.externalId ?? `${parent}-NO-TEAM`);
      areaKey.set(id, key);
      territoriesOut.push(draft(key, team?.name ?? "No team", parent, "area"));
    }
    return key;
  };

  for (const row of owned) {
    const ownerId = row.ownerId!;
    let key = leafKey.get(ownerId);
    const teamId = teamOf.get(ownerId) ?? null;
    const team = teamId ? teamById.get(teamId) : undefined;
    const regionId = team?.regionId ?? row.ownerRegionId ?? null;
    const country = regionId ? (regionById.get(regionId)?.countryCode?.trim() ?? null) : null;
    if (!key) {
      const area = areaNode(regionId, team?.regionId === regionId ? (teamId ?? null) : null);
      key = uniqueKey(row.ownerExternalId);
      leafKey.set(ownerId, key);
      territoriesOut.push(
        draft(key, row.ownerName, area, "territory", country ? [{ countryCodes: [country] }] : []),
      );
      owners.push({ key, personId: ownerId, role: "primary", validFrom: asOf, validTo: null });
    }
    const matches = country !== null && row.countryCode?.trim() === country;
    assignments.push({ accountId: row.accountId, key, source: matches ? "rule" : "manual", locked: false });
  }
  return { territories: orderByHierarchy(territoriesOut), owners, assignments };
}

/** Parents before children, siblings in the order they were made. */
function orderByHierarchy(rows: TerritoryDraft[]): TerritoryDraft[] {
  const children = new Map<string | null, TerritoryDraft[]>();
  for (const r of rows) children.set(r.parentKey, [...(children.get(r.parentKey) ?? []), r]);
  const out: TerritoryDraft[] = [];
  const visit = (key: string | null) => {
    for (const child of children.get(key) ?? []) {
      out.push(child);
      visit(child.key);
    }
  };
  visit(null);
  return out;
}

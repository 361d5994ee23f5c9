import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { type Db, territories, territoryAccounts, territoryOwners } from "@attain/db";
import type { TerritoryRule } from "@attain/engine";

/** A territory about to be written; `parentKey` is resolved to the new row's id. */
export type TerritoryDraft = {
  key: string;
  name: string;
  parentKey: string | null;
  level: "region" | "area" | "territory";
  kind: "primary" | "overlay";
  priority: number;
  rules: TerritoryRule[];
  baseLatitude: string | null;
  baseLongitude: string | null;
  targetShare: string | null;
  maxAccounts: number | null;
  maxWorkload: string | null;
};
export type OwnerDraft = {
  key: string;
  personId: string;
  role: "primary" | "overlay";
  validFrom: string;
  validTo: string | null;
};
export type AssignmentDraft = {
  accountId: string;
  key: string;
  source: "rule" | "named" | "optimiser" | "manual";
  locked: boolean;
};

const CHUNK = 1_000;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Replaces a plan's territories, owners and assignments by the given ones (keys resolved to new ids, hierarchy order
 * kept as `position`). The caller checked them and holds the plan's lock. Returns the new id of each key.
 */
export async function writePlanRows(
  db: Db,
  params: {
    workspaceId: string;
    planId: string;
    territories: TerritoryDraft[];
    owners: OwnerDraft[];
    assignments: AssignmentDraft[];
  },
): Promise<Map<string, string>> {
  const { workspaceId, planId } = params;
  await db
    .delete(territoryAccounts)
    .where(and(eq(territoryAccounts.workspaceId, workspaceId), eq(territoryAccounts.planId, planId)));
  await db
    .delete(territoryOwners)
    .where(and(eq(territoryOwners.workspaceId, workspaceId), eq(territoryOwners.planId, planId)));
  await db
    .delete(territories)
    .where(and(eq(territories.workspaceId, workspaceId), eq(territories.planId, planId)));
  const idOf = new Map(params.territories.map((t) => [t.key, randomUUID()]));
  await insertChunked(
    params.territories.map((t, position) => ({
      id: idOf.get(t.key)!,
      workspaceId,
      planId,
      key: t.key,
      name: t.name,
      parentId: t.parentKey === null ? null : (idOf.get(t.parentKey) ?? null),
      level: t.level,
      kind: t.kind,
      priority: t.priority,
      rules: t.rules,
      baseLatitude: t.baseLatitude,
      baseLongitude: t.baseLongitude,
      targetShare: t.targetShare,
      maxAccounts: t.maxAccounts,
      maxWorkload: t.maxWorkload,
      position,
    })),
    (chunk) => db.insert(territories).values(chunk),
  );
  await insertChunked(
    params.owners.flatMap((o) => {
      const territoryId = idOf.get(o.key);
      return territoryId ? [{ workspaceId, planId, territoryId, ...ownerFields(o) }] : [];
    }),
    (chunk) => db.insert(territoryOwners).values(chunk),
  );
  await insertChunked(
    params.assignments.flatMap((a) => {
      const territoryId = idOf.get(a.key);
      return territoryId
        ? [{ workspaceId, planId, accountId: a.accountId, territoryId, source: a.source, locked: a.locked }]
        : [];
    }),
    (chunk) => db.insert(territoryAccounts).values(chunk),
  );
  return idOf;
}

const ownerFields = (o: OwnerDraft) => ({
  personId: o.personId,
  role: o.role,
  validFrom: o.validFrom,
  validTo: o.validTo,
});

import { and, asc, desc, eq, lte } from "drizzle-orm";
import {
  accountPotentials,
  accountSegments,
  accounts,
  type Db,
  potentialModels,
  segmentations,
} from "@attain/db";
import type { TerritoryAccount } from "@attain/engine";

/** An account as territory design sees it, with what the lists and imports show beside it. */
export type PlanAccount = TerritoryAccount & {
  externalId: string;
  city: string | null;
  ownerId: string | null;
};

/**
 * Every account of the workspace with its potential (the latest potential model's estimate, 0 when none) and its
 * tier (its segment in the segmentation named `tierSegmentation`, the run in force on `asOf`), ordered by name.
 */
export async function loadTerritoryAccounts(
  db: Db,
  params: { workspaceId: string; tierSegmentation: string | null; asOf: string },
): Promise<PlanAccount[]> {
  const { workspaceId } = params;
  const [model] = await db
    .select({ id: potentialModels.id })
    .from(potentialModels)
    .where(eq(potentialModels.workspaceId, workspaceId))
    .orderBy(desc(potentialModels.createdAt))
    .limit(1);
  const [run] = params.tierSegmentation
    ? await db
        .select({ id: segmentations.id })
        .from(segmentations)
        .where(
          and(
            eq(segmentations.workspaceId, workspaceId),
            eq(segmentations.name, params.tierSegmentation),
            lte(segmentations.validFrom, params.asOf),
          ),
        )
        .orderBy(desc(segmentations.validFrom), desc(segmentations.createdAt))
        .limit(1)
    : [];
  const [rows, potentials, tiers] = await Promise.all([
    db
      .select({
        id: accounts.id,
        externalId: accounts.externalId,
        name: accounts.name,
        countryCode: accounts.countryCode,
        regionId: accounts.regionId,
        city: accounts.city,
        postalCode: accounts.postalCode,
        industry: accounts.industry,
        employees: accounts.employees,
        latitude: accounts.latitude,
        longitude: accounts.longitude,
        ownerId: accounts.ownerId,
      })
      .from(accounts)
      .where(eq(accounts.workspaceId, workspaceId))
      .orderBy(asc(accounts.name), asc(accounts.id)),
    model
      ? db
          .select({ accountId: accountPotentials.accountId, potential: accountPotentials.potential })
          .from(accountPotentials)
          .where(eq(accountPotentials.modelId, model.id))
      : Promise.resolve([]),
    run
      ? db
          .select({ accountId: accountSegments.accountId, segment: accountSegments.segment })
          .from(accountSegments)
          .where(eq(accountSegments.segmentationId, run.id))
      : Promise.resolve([]),
  ]);
  const potentialOf = new Map(potentials.map((p) => [p.accountId, p.potential]));
  const tierOf = new Map(tiers.map((t) => [t.accountId, t.segment]));
  return rows.map((r) => ({
    ...r,
    countryCode: r.countryCode?.trim() ?? null,
    potential: potentialOf.get(r.id) ?? "0",
    tier: tierOf.get(r.id) ?? null,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
  }));
}

import { and, asc, eq } from "drizzle-orm";
import {
  type Db,
  people,
  type TerritoryOwnerRow,
  type TerritoryPlanRow,
  type TerritoryRow,
  territories,
  territoryAccounts,
  territoryOwners,
  territoryPlans,
} from "@attain/db";
import { problems } from "../http/problem";

export type AssignmentRow = typeof territoryAccounts.$inferSelect;

/** A plan as stored: its row, territories in hierarchy order, owners (with names) and account assignments. */
export type PlanState = {
  plan: TerritoryPlanRow;
  territories: TerritoryRow[];
  owners: (TerritoryOwnerRow & { personName: string })[];
  assignments: AssignmentRow[];
};

export async function loadPlanState(db: Db, workspaceId: string, planId: string): Promise<PlanState> {
  const [plan] = await db
    .select()
    .from(territoryPlans)
    .where(and(eq(territoryPlans.workspaceId, workspaceId), eq(territoryPlans.id, planId)));
  if (!plan) throw problems.notFound("The territory plan");
  const [territoryRows, ownerRows, assignments] = await Promise.all([
    db
      .select()
      .from(territories)
      .where(and(eq(territories.workspaceId, workspaceId), eq(territories.planId, planId)))
      .orderBy(asc(territories.position), asc(territories.key)),
    db
      .select({ owner: territoryOwners, personName: people.fullName })
      .from(territoryOwners)
      .innerJoin(people, eq(people.id, territoryOwners.personId))
      .where(and(eq(territoryOwners.workspaceId, workspaceId), eq(territoryOwners.planId, planId)))
      .orderBy(asc(territoryOwners.validFrom), asc(people.fullName)),
    db
      .select()
      .from(territoryAccounts)
      .where(and(eq(territoryAccounts.workspaceId, workspaceId), eq(territoryAccounts.planId, planId))),
  ]);
  return {
    plan,
    territories: territoryRows,
    owners: ownerRows.map((r) => ({ ...r.owner, personName: r.personName })),
    assignments,
  };
}

/** Territories that hold accounts: primary territories without children. */
export function primaryLeaves(rows: readonly TerritoryRow[]): TerritoryRow[] {
  const parents = new Set(rows.map((t) => t.parentId).filter((id): id is string => id !== null));
  return rows.filter((t) => t.kind === "primary" && !parents.has(t.id));
}

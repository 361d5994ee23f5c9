import type { AttainDatabase } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { checkTerritoryInputs } from "./check-territory-inputs";
import { loadPlanState } from "./load-plan-state";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { loadTerritoryPlan } from "./load-territory-plan";
import { planDrafts } from "./plan-drafts";
import { recordTerritoryEvent } from "./record-territory-event";
import type { PlanView, ReplaceTerritoriesBody } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";
import { type AssignmentDraft, writePlanRows } from "./write-plan-rows";

/**
 * Replaces a draft's hierarchy (planners). Checked whole first (422 by path, nothing written). Named accounts are
 * assigned to their territory, locked; other accounts of territories whose key remains — still a primary leaf —
 * keep their assignment; the rest become unassigned. Owners default to the plan's effective date, open-ended.
 */
export async function replaceTerritories(
  database: AttainDatabase,
  viewer: Viewer,
  params: ReplaceTerritoriesBody & { planId: string; now: Date },
): Promise<PlanView> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    const plan = await lockTerritoryPlan(db, {
      workspaceId,
      planId: params.planId,
      baseRevision: params.baseRevision,
    });
    const problems = await checkTerritoryInputs(db, workspaceId, params.territories);
    if (problems.length > 0)
      throw new ApiError(422, "Invalid territories", "The hierarchy has problems; see `errors`.", problems);
    const previous = planDrafts(await loadPlanState(db, workspaceId, params.planId));
    const parents = new Set(params.territories.map((t) => t.parentKey));
    const leaves = new Set(
      params.territories
        .filter((t) => (t.kind ?? "primary") === "primary" && !parents.has(t.key))
        .map((t) => t.key),
    );
    const named: AssignmentDraft[] = params.territories.flatMap((t) =>
      (t.namedAccountIds ?? []).map((accountId) => ({
        accountId,
        key: t.key,
        source: "named" as const,
        locked: true,
      })),
    );
    const namedIds = new Set(named.map((a) => a.accountId));
    // A named account that is no longer named becomes unassigned: it was there by name, not by rule or choice.
    const kept = previous.assignments.filter(
      (a) => leaves.has(a.key) && !namedIds.has(a.accountId) && a.source !== "named",
    );
    await writePlanRows(db, {
      workspaceId,
      planId: params.planId,
      territories: params.territories.map((t) => ({
        key: t.key,
        name: t.name,
        parentKey: t.parentKey,
        level: t.level,
        kind: t.kind ?? "primary",
        priority: t.priority ?? 0,
        rules: t.rules ?? [],
        baseLatitude: t.baseLatitude == null ? null : t.baseLatitude.toFixed(6),
        baseLongitude: t.baseLongitude == null ? null : t.baseLongitude.toFixed(6),
        targetShare: t.targetShare ?? null,
        maxAccounts: t.maxAccounts ?? null,
        maxWorkload: t.maxWorkload == null ? null : String(t.maxWorkload),
      })),
      owners: params.territories.flatMap((t) =>
        (t.owners ?? []).map((o) => ({
          key: t.key,
          personId: o.personId,
          role: o.role ?? "primary",
          validFrom: o.validFrom ?? plan.effectiveFrom,
          validTo: o.validTo ?? null,
        })),
      ),
      assignments: [...named, ...kept],
    });
    await bumpPlanRevision(db, params.planId, params.now);
    await recordTerritoryEvent(db, {
      workspaceId,
      planId: params.planId,
      actorId: viewer.userId,
      action: "territories.replaced",
      detail: {
        territories: params.territories.length,
        named: named.length,
        kept: kept.length,
        unassigned: previous.assignments.filter((a) => !namedIds.has(a.accountId)).length - kept.length,
      },
    });
  });
  return loadTerritoryPlan(database.db, workspaceId, params.planId);
}

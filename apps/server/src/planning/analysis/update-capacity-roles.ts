import { eq } from "drizzle-orm";
import { type AttainDatabase, planningScenarios } from "@attain/db";
import { compareAmounts } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { unprocessable } from "../../compensation/inputs/unprocessable";
import type { FieldProblem } from "../../http/problem";
import { loadScenario } from "../load-scenario";
import { bumpRevision, lockScenario } from "../lock-scenario";
import { requirePlanner } from "../planning-access";
import { recordPlanningEvent } from "../record-planning-event";
import type { Assumptions, CapacityRoleAssumption, Scenario } from "../schemas";
import { updateAssumptions } from "../update-assumptions";
import { withQuotaRoleFields } from "./capacity-roles";
import { checkCapacityRoles } from "./check-capacity-roles";

/**
 * PUT …/capacity-roles (planners, drafts): replaces the capacity plan's roles, every rule checked first (422 naming
 * `roles.<i>.<field>`). Only the ae role's productivity and utilisation reach the allocation (its capacity
 * driver): when they change, the whole assumptions document is saved as PUT …/assumptions saves it, allocation
 * re-run included. Otherwise no quota moves: the roles are stored, the revision goes up and the change is recorded.
 */
export async function updateCapacityRoles(
  database: AttainDatabase,
  viewer: Viewer,
  params: { scenarioId: string; baseRevision: number; roles: CapacityRoleAssumption[]; now: Date },
): Promise<{ scenario: Scenario; reallocated: boolean }> {
  requirePlanner(viewer);
  const problems: FieldProblem[] = [];
  // The rules speak of `capacity.roles`; in this body the field is `roles`.
  checkCapacityRoles(params.roles, (path, message) =>
    problems.push({ path: path.replace(/^capacity\./, ""), message }),
  );
  if (problems.length > 0)
    throw unprocessable(problems, "The roles break a rule; see `errors`. Nothing was changed.");
  const stored = await loadScenario(database.db, viewer.workspaceId, params.scenarioId);
  const next = withQuotaRoleFields({
    ...stored.assumptions,
    capacity: { ...stored.assumptions.capacity, roles: params.roles },
  });
  if (feedsAllocationDifferently(stored.assumptions, next)) {
    const scenario = await updateAssumptions(database, viewer, { ...params, assumptions: next });
    return { scenario, reallocated: true };
  }
  await database.transaction(async ({ db }) => {
    const row = await lockScenario(db, {
      workspaceId: viewer.workspaceId,
      scenarioId: params.scenarioId,
      baseRevision: params.baseRevision,
    });
    const assumptions = withQuotaRoleFields({
      ...(row.assumptions as Assumptions),
      capacity: { ...(row.assumptions as Assumptions).capacity, roles: params.roles },
    });
    await db.update(planningScenarios).set({ assumptions }).where(eq(planningScenarios.id, row.id));
    const revision = await bumpRevision(db, row, params.now);
    await recordPlanningEvent(db, {
      workspaceId: viewer.workspaceId,
      scenarioId: row.id,
      actorId: viewer.userId,
      action: "capacity.roles_updated",
      detail: { revision, roles: params.roles.map((role) => role.role) },
    });
  });
  return {
    scenario: await loadScenario(database.db, viewer.workspaceId, params.scenarioId),
    reallocated: false,
  };
}

function feedsAllocationDifferently(before: Assumptions, after: Assumptions): boolean {
  return (
    compareAmounts(before.capacity.productivity, after.capacity.productivity) !== 0 ||
    compareAmounts(before.capacity.utilisation, after.capacity.utilisation) !== 0
  );
}

import { eq, max } from "drizzle-orm";
import { type AttainDatabase, compPlans, compPlanVersions } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { invalidPlanError } from "./invalid-plan-error";
import { parsePlanBody } from "./parse-plan-body";
import { planVersionViewOf } from "./plan-version-view";
import { recordCompEvent } from "../audit/record-comp-event";
import type { PlanBody, PlanVersionView } from "./schemas";
import { selectPlanVersions } from "./select-plan-versions";

/**
 * Saves a plan as a new draft: version 1 of a new key, or the next version of an existing plan. The definition is
 * validated first; an invalid plan is refused with every issue (422) and nothing is written.
 */
export async function createPlanVersion(
  database: AttainDatabase,
  viewer: Viewer,
  body: PlanBody,
): Promise<PlanVersionView> {
  const first = parsePlanBody(body, { version: 1 });
  if (!first.ok) throw invalidPlanError(first.issues);
  const { workspaceId } = viewer;
  const version = await database.transaction(async ({ db, sql }) => {
    // One writer per plan key at a time, so two saves cannot take the same version number.
    await sql.query("select pg_advisory_xact_lock(hashtextextended('comp_plans ' || $1 || ' ' || $2, 0))", [
      workspaceId,
      first.plan.key,
    ]);
    const [plan] = await db
      .insert(compPlans)
      .values({ workspaceId, key: first.plan.key, name: first.plan.name })
      .onConflictDoUpdate({ target: [compPlans.workspaceId, compPlans.key], set: { name: first.plan.name } })
      .returning({ id: compPlans.id });
    const planId = plan!.id;
    const [latest] = await db
      .select({ version: max(compPlanVersions.version) })
      .from(compPlanVersions)
      .where(eq(compPlanVersions.planId, planId));
    const next = (latest?.version ?? 0) + 1;
    const parsed = parsePlanBody(body, { version: next });
    if (!parsed.ok) throw invalidPlanError(parsed.issues);
    const [row] = await db
      .insert(compPlanVersions)
      .values({
        workspaceId,
        planId,
        version: next,
        status: "draft",
        definition: parsed.plan,
        effectiveFrom: parsed.plan.effectiveFrom,
        effectiveTo: parsed.plan.effectiveTo,
        createdBy: viewer.userId,
      })
      .returning({ id: compPlanVersions.id });
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "plan_version.created",
      entity: "comp_plan_version",
      entityId: row!.id,
      before: null,
      after: { key: parsed.plan.key, version: next, status: "draft", definition: parsed.plan },
    });
    return next;
  });
  const [row] = await selectPlanVersions(database.db, { workspaceId, key: first.plan.key, version });
  return planVersionViewOf(row!);
}

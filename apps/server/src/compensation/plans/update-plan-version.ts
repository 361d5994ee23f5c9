import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compPlans, compPlanVersions } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError } from "../../http/problem";
import { getPlanVersion } from "./get-plan-version";
import { invalidPlanError } from "./invalid-plan-error";
import { parsePlanBody } from "./parse-plan-body";
import { planVersionViewOf } from "./plan-version-view";
import { recordCompEvent } from "../audit/record-comp-event";
import type { PlanBody, PlanVersionView } from "./schemas";

/** Replaces a draft's definition (validated; the key and version stay those of the URL). Published versions are 409. */
export async function updatePlanVersion(
  database: AttainDatabase,
  viewer: Viewer,
  params: { key: string; version: number; body: PlanBody },
): Promise<PlanVersionView> {
  const { workspaceId } = viewer;
  const parsed = parsePlanBody(params.body, { key: params.key, version: params.version });
  await database.transaction(async ({ db }) => {
    const before = await getPlanVersion(db, { workspaceId, key: params.key, version: params.version });
    if (before.status !== "draft")
      throw new ApiError(
        409,
        "Version is not a draft",
        `Version ${params.version} of "${params.key}" is ${before.status}; a change is a new version (POST /api/comp/plans).`,
      );
    if (!parsed.ok) throw invalidPlanError(parsed.issues);
    await db
      .update(compPlanVersions)
      .set({
        definition: parsed.plan,
        effectiveFrom: parsed.plan.effectiveFrom,
        effectiveTo: parsed.plan.effectiveTo,
      })
      .where(and(eq(compPlanVersions.id, before.id), eq(compPlanVersions.status, "draft")));
    await db
      .update(compPlans)
      .set({ name: parsed.plan.name })
      .where(and(eq(compPlans.id, before.planId), eq(compPlans.workspaceId, workspaceId)));
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "plan_version.updated",
      entity: "comp_plan_version",
      entityId: before.id,
      before: { definition: before.definition },
      after: { definition: parsed.plan },
    });
  });
  return planVersionViewOf(await getPlanVersion(database.db, { workspaceId, ...params }));
}

import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compPlanVersions } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError } from "../../http/problem";
import { getPlanVersion } from "./get-plan-version";
import { invalidPlanError } from "./invalid-plan-error";
import { parsePlanBody } from "./parse-plan-body";
import { planVersionViewOf } from "./plan-version-view";
import { recordCompEvent } from "../audit/record-comp-event";
import type { PlanVersionView } from "./schemas";

/**
 * Publishes a draft: it is validated again (a plan that fails validation is never published, 422) and becomes
 * immutable; calculation runs use the highest published version effective on a period's last day.
 */
export async function publishPlanVersion(
  database: AttainDatabase,
  viewer: Viewer,
  params: { key: string; version: number; now: Date },
): Promise<PlanVersionView> {
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    const before = await getPlanVersion(db, { workspaceId, ...params });
    if (before.status !== "draft")
      throw new ApiError(
        409,
        "Version is not a draft",
        `Version ${params.version} of "${params.key}" is already ${before.status}.`,
      );
    const parsed = parsePlanBody(
      { definition: before.definition as Record<string, unknown> },
      { key: params.key, version: params.version },
    );
    if (!parsed.ok)
      throw invalidPlanError(parsed.issues, "A plan that fails validation cannot be published.");
    await db
      .update(compPlanVersions)
      .set({ status: "published", publishedAt: params.now, publishedBy: viewer.userId })
      .where(and(eq(compPlanVersions.id, before.id), eq(compPlanVersions.status, "draft")));
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "plan_version.published",
      entity: "comp_plan_version",
      entityId: before.id,
      before: { status: "draft" },
      after: { status: "published", publishedAt: params.now.toISOString() },
    });
  });
  return planVersionViewOf(await getPlanVersion(database.db, { workspaceId, ...params }));
}

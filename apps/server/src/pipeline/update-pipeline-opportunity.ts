import { and, eq, sql } from "drizzle-orm";
import { type AttainDatabase, opportunities, opportunityStageHistory, selectRows } from "@attain/db";
import { checkStageMove, compareAmounts, type PipelineConfig } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError, type FieldProblem, problems } from "../http/problem";
import { criteriaFactsOf } from "./criteria-facts-of";
import { loadOpportunityDetail } from "./get-pipeline-opportunity";
import { loadPipelineConfig } from "./load-pipeline-config";
import { type FactRow, factColumns, opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import type { OpportunityPatch } from "./schemas";

/**
 * Changes a deal: its owner, a manager above the owner today, or an admin. Refused with 422 by field before anything is
 * written: a stage that is not configured, a forward move whose criteria are not met (the message lists what is
 * missing), a negative amount, an unknown checklist key. A change of stage, amount, close date or category appends a
 * history row with the values after it (a deal without history first gets one with its values before, dated its
 * creation, so pushes and cuts count from the start); a won or lost stage sets the status.
 */
export async function updatePipelineOpportunity(
  database: AttainDatabase,
  viewer: Viewer,
  clock: { today: string; now: Date },
  id: string,
  patch: OpportunityPatch,
) {
  const { db } = database;
  const { today, now } = clock;
  const { scope } = await resolvePipelineRequest(db, viewer, { today });
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  const facts = opportunityFacts({
    workspaceId: viewer.workspaceId,
    today,
    config,
    personIds: null,
    status: "all",
    opportunityId: id,
  });
  const [row] = await selectRows<FactRow>(db, sql`${facts} select ${factColumns} from facts f`);
  if (!row) throw problems.notFound("The opportunity");
  const mayEdit =
    viewer.role === "admin" ||
    (viewer.personId !== null && row.owner_id === viewer.personId) ||
    (viewer.role === "manager" && row.owner_id !== null && (scope.personIds ?? []).includes(row.owner_id));
  if (!mayEdit)
    throw problems.forbidden("Only the deal's owner, a manager above them or an admin may change it.");

  const after = applyPatch(row, patch);
  const errors = checkPatch(row, patch, after, config);
  if (errors.length > 0)
    throw new ApiError(422, "Invalid change", "Nothing was changed; see `errors`.", errors);

  const target = config.stages.find((s) => s.name === after.stage);
  const stageChanged = after.stage !== row.stage;
  const forecastCategory =
    patch.forecastCategory ?? (stageChanged && target ? target.forecastCategory : row.forecast_category);
  const status = stageChanged && target ? (target.outcome === "open" ? "open" : target.outcome) : row.status;
  const amountChanged =
    (after.amount === null) !== (row.amount === null) ||
    (after.amount !== null && row.amount !== null && compareAmounts(after.amount, row.amount) !== 0);
  const tracked =
    stageChanged ||
    amountChanged ||
    after.closeDate !== row.close_date ||
    forecastCategory !== row.forecast_category;

  await database.transaction(async ({ db: tx }) => {
    await tx
      .update(opportunities)
      .set({
        stage: after.stage,
        status,
        forecastCategory,
        amount: after.amount,
        closeDate: after.closeDate,
        nextStep: after.nextStep,
        nextStepDue: after.nextStepDue,
        contactCount: after.contactCount,
        qualification: after.qualification,
      })
      .where(and(eq(opportunities.workspaceId, viewer.workspaceId), eq(opportunities.id, id)));
    if (!tracked) return;
    const [existing] = await selectRows<{ n: string }>(
      tx,
      sql`select count(*)::text as n from opportunity_stage_history
          where workspace_id = ${viewer.workspaceId} and opportunity_id = ${id}`,
    );
    const history: (typeof opportunityStageHistory.$inferInsert)[] = [];
    if (Number(existing?.n ?? 0) === 0) {
      const createdAt = row.created_on
        ? new Date(`${row.created_on}T00:00:00.000Z`)
        : new Date(now.getTime() - 1);
      history.push({
        workspaceId: viewer.workspaceId,
        opportunityId: id,
        stage: row.stage,
        enteredAt: createdAt < now ? createdAt : new Date(now.getTime() - 1),
        amount: row.amount,
        closeDate: row.close_date,
        forecastCategory: row.forecast_category,
      });
    }
    history.push({
      workspaceId: viewer.workspaceId,
      opportunityId: id,
      stage: after.stage,
      enteredAt: now,
      amount: after.amount,
      closeDate: after.closeDate,
      forecastCategory,
    });
    await tx.insert(opportunityStageHistory).values(history);
  });
  return loadOpportunityDetail(db, {
    workspaceId: viewer.workspaceId,
    id,
    today,
    config,
    scope: { ...scope, personIds: null },
  });
}

type DealState = ReturnType<typeof applyPatch>;

function applyPatch(row: FactRow, patch: OpportunityPatch) {
  const current = criteriaFactsOf(row);
  return {
    ...current,
    stage: patch.stage ?? row.stage,
    amount: patch.amount !== undefined ? patch.amount : row.amount,
    closeDate: patch.closeDate !== undefined ? patch.closeDate : row.close_date,
    nextStep: patch.nextStep !== undefined ? patch.nextStep : row.next_step,
    nextStepDue: patch.nextStepDue !== undefined ? patch.nextStepDue : row.next_step_due,
    contactCount: patch.contactCount !== undefined ? patch.contactCount : row.contact_count,
    // Ticks and unticks merge into the checklist; keys not named keep their state.
    qualification: { ...current.qualification, ...patch.qualification },
  };
}

function checkPatch(
  row: FactRow,
  patch: OpportunityPatch,
  after: DealState,
  config: PipelineConfig,
): FieldProblem[] {
  const errors: FieldProblem[] = [];
  if (after.amount !== null && patch.amount !== undefined && compareAmounts(after.amount, "0") < 0)
    errors.push({ path: "amount", message: `An amount cannot be negative (got ${after.amount})` });
  const keys = new Set(config.qualification.items.map((item) => item.key));
  for (const key of Object.keys(patch.qualification ?? {})) {
    if (!keys.has(key))
      errors.push({
        path: `qualification.${key}`,
        message: `"${key}" is not an item of the ${config.qualification.framework} checklist`,
      });
  }
  if (patch.stage !== undefined && patch.stage !== row.stage) {
    const move = checkStageMove(after, row.stage, patch.stage, config);
    if (!move.allowed && move.reason === "unknown_stage") {
      errors.push({
        path: "stage",
        message: `"${patch.stage}" is not a configured stage (${config.stages.map((s) => s.name).join(", ")})`,
      });
    } else if (!move.allowed) {
      errors.push({
        path: "stage",
        message: `Cannot move to ${patch.stage}: missing ${move.missing.map((m) => m.label).join(", ")}`,
      });
    }
  }
  return errors;
}

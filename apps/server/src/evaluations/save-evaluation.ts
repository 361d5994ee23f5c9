import { and, eq } from "drizzle-orm";
import { type Db, evaluations, people } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { ApiError, problems } from "../http/problem";
import { loadWorkspace } from "../revenue/resolve-revenue-request";
import { authorizeEvaluator } from "./authorize-evaluator";
import { findEvaluationTemplate } from "./list-evaluation-templates";
import { resolveEvaluationPeriod } from "./resolve-evaluation-period";
import type { EvaluationDto, EvaluationEdit, EvaluationInput } from "./schemas";
import { checkScores } from "./score-evaluation";
import { toEvaluationDtos } from "./to-evaluation-dtos";

/**
 * Starts a draft evaluation of a person for a period (422 naming the field: unknown template or person, a period key
 * not of the template's cadence, a score outside the scale or not whole; 409 if one exists for that period).
 */
export async function createEvaluation(
  db: Db,
  viewer: Viewer,
  input: EvaluationInput,
): Promise<EvaluationDto> {
  const { workspaceId } = viewer;
  const template = await findEvaluationTemplate(db, workspaceId, input.templateId);
  if (!template)
    throw unprocessable([{ path: "templateId", message: "No evaluation template with this id" }]);
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, input.personId)));
  if (!person)
    throw unprocessable([{ path: "personId", message: "No person with this id in the workspace" }]);
  const { calendar } = await loadWorkspace(db, workspaceId);
  const period = resolveEvaluationPeriod(input.periodKey, template.cadence, calendar);
  if ("error" in period) throw unprocessable([{ path: "periodKey", message: period.error }]);
  const evaluator = await authorizeEvaluator(db, viewer, {
    personId: input.personId,
    lastDay: period.lastDay,
  });
  const errors = checkScores(template.criteria, template.scale, input, false);
  if (errors.length > 0) throw unprocessable(errors);
  const [row] = await db
    .insert(evaluations)
    .values({
      workspaceId,
      templateId: template.id,
      personId: input.personId,
      evaluatorPersonId: evaluator,
      evaluatorUserId: viewer.userId,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      scores: input.scores,
      comments: input.comments,
      overallComment: input.overallComment,
    })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw new ApiError(409, "Already evaluated", `This person already has an evaluation for ${period.key}.`);
  return (await toEvaluationDtos(db, [row]))[0]!;
}

/** Edits a draft (scores, comments); a submitted evaluation is read-only (409). */
export async function updateEvaluation(
  db: Db,
  viewer: Viewer,
  id: string,
  edit: EvaluationEdit,
): Promise<EvaluationDto> {
  const { row, template } = await loadEditable(db, viewer, id);
  const errors = checkScores(template.criteria, template.scale, edit, false);
  if (errors.length > 0) throw unprocessable(errors);
  const [saved] = await db
    .update(evaluations)
    .set({ ...edit, updatedAt: new Date() })
    .where(and(eq(evaluations.workspaceId, viewer.workspaceId), eq(evaluations.id, row.id)))
    .returning();
  return (await toEvaluationDtos(db, [saved!]))[0]!;
}

/** Submits a draft: every criterion must be scored (422 per missing one); then it is read-only. */
export async function submitEvaluation(
  db: Db,
  viewer: Viewer,
  now: Date,
  id: string,
): Promise<EvaluationDto> {
  const { row, template } = await loadEditable(db, viewer, id);
  const errors = checkScores(template.criteria, template.scale, row, true);
  if (errors.length > 0) throw unprocessable(errors);
  const [saved] = await db
    .update(evaluations)
    .set({ status: "submitted", submittedAt: now, updatedAt: now })
    .where(and(eq(evaluations.workspaceId, viewer.workspaceId), eq(evaluations.id, row.id)))
    .returning();
  return (await toEvaluationDtos(db, [saved!]))[0]!;
}

async function loadEditable(db: Db, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.workspaceId, viewer.workspaceId), eq(evaluations.id, id)));
  if (!row) throw problems.notFound("The evaluation");
  const template = await findEvaluationTemplate(db, viewer.workspaceId, row.templateId);
  if (!template) throw problems.notFound("The evaluation's template");
  const { calendar } = await loadWorkspace(db, viewer.workspaceId);
  const period = resolveEvaluationPeriod(row.periodKey, template.cadence, calendar);
  const lastDay = "error" in period ? row.periodStart : period.lastDay;
  await authorizeEvaluator(db, viewer, { personId: row.personId, lastDay });
  if (row.status === "submitted")
    throw new ApiError(409, "Evaluation submitted", "A submitted evaluation is read-only.");
  return { row, template };
}

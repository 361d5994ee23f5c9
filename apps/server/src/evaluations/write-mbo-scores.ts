import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compMboScores, evaluations } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { recordCompEvent } from "../compensation/audit/record-comp-event";
import { resolveCalcPeriod } from "../compensation/calculation/resolve-calc-period";
import { assertPeriodAcceptsInputs } from "../compensation/inputs/assert-period-accepts-inputs";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { type FieldProblem, problems } from "../http/problem";
import { loadWorkspace } from "../revenue/resolve-revenue-request";
import { findEvaluationTemplate } from "./list-evaluation-templates";
import { resolveEvaluationPeriod } from "./resolve-evaluation-period";
import type { MboFeedInput } from "./schemas";
import { normaliseScore } from "./score-evaluation";

export type MboRow = {
  personId: string;
  periodKey: string;
  component: string;
  objective: string;
  score: string;
};

/**
 * Feeds MBO components of comp plans from managers' evaluations: for each submitted evaluation of the template and
 * period, each mapped objective gets its criterion's score normalised to 0–1 (`(score − min) ÷ (max − min)`: 4 on
 * 1–5 is 0.75) as a `comp_mbo_scores` row of `compPeriodKey` and `component` (upserted; audited). Comp admins and
 * admins only; a published or paid pay period is refused (409).
 */
export async function writeMboScores(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  input: MboFeedInput,
): Promise<MboRow[]> {
  if (viewer.role !== "admin" && viewer.role !== "comp_admin")
    throw problems.forbidden("Only compensation admins feed MBO scores.");
  const { db } = database;
  const { workspaceId } = viewer;
  const template = await findEvaluationTemplate(db, workspaceId, input.templateId);
  if (!template)
    throw unprocessable([{ path: "templateId", message: "No evaluation template with this id" }]);
  const { calendar } = await loadWorkspace(db, workspaceId);
  const errors: FieldProblem[] = [];
  const period = resolveEvaluationPeriod(input.periodKey, template.cadence, calendar);
  if ("error" in period) errors.push({ path: "periodKey", message: period.error });
  try {
    resolveCalcPeriod(input.compPeriodKey, calendar);
  } catch {
    errors.push({ path: "compPeriodKey", message: "Expected a pay period as YYYY, YYYY-Qn or YYYY-MM" });
  }
  const criteria = new Set(template.criteria.map((c) => c.key));
  for (const [objective, criterion] of Object.entries(input.objectives))
    if (!criteria.has(criterion))
      errors.push({
        path: `objectives.${objective}`,
        message: `"${criterion}" is not a criterion of the template`,
      });
  if (errors.length > 0) throw unprocessable(errors);
  await assertPeriodAcceptsInputs(db, { workspaceId, periodKey: input.compPeriodKey });

  const submitted = await db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.workspaceId, workspaceId),
        eq(evaluations.templateId, template.id),
        eq(evaluations.periodKey, input.periodKey),
        eq(evaluations.status, "submitted"),
      ),
    )
    .orderBy(evaluations.personId);
  const rows: MboRow[] = submitted.flatMap((e) =>
    Object.entries(input.objectives)
      .filter(([, criterion]) => e.scores[criterion] !== undefined)
      .map(([objective, criterion]) => ({
        personId: e.personId,
        periodKey: input.compPeriodKey,
        component: input.component,
        objective,
        score: normaliseScore(e.scores[criterion]!, template.scale).toFixed(),
      })),
  );
  await database.transaction(async ({ db: tx }) => {
    for (const row of rows) {
      const values = {
        score: row.score,
        comment: `From evaluation ${input.periodKey} (${template.name})`,
        scoredBy: viewer.userId,
        scoredAt: now,
      };
      const [saved] = await tx
        .insert(compMboScores)
        .values({ workspaceId, ...row, ...values })
        .onConflictDoUpdate({
          target: [
            compMboScores.workspaceId,
            compMboScores.personId,
            compMboScores.periodKey,
            compMboScores.component,
            compMboScores.objective,
          ],
          set: values,
        })
        .returning({ id: compMboScores.id });
      await recordCompEvent(tx, {
        workspaceId,
        actorId: viewer.userId,
        action: "mbo_score.from_evaluation",
        entity: "comp_mbo_score",
        entityId: saved!.id,
        before: null,
        after: row,
      });
    }
  });
  return rows;
}

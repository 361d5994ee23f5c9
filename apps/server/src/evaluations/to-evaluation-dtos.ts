import { inArray } from "drizzle-orm";
import { type Db, type evaluations, evaluationTemplates, people } from "@attain/db";
import type { EvaluationDto } from "./schemas";
import { overallScore } from "./score-evaluation";

/** Evaluations with their template's and people's names, and the overall score on the template's weights and scale. */
export async function toEvaluationDtos(
  db: Db,
  rows: (typeof evaluations.$inferSelect)[],
): Promise<EvaluationDto[]> {
  if (rows.length === 0) return [];
  const templateIds = [...new Set(rows.map((r) => r.templateId))];
  const personIds = [...new Set(rows.flatMap((r) => [r.personId, r.evaluatorPersonId ?? r.personId]))];
  const templates = new Map(
    (await db.select().from(evaluationTemplates).where(inArray(evaluationTemplates.id, templateIds))).map(
      (t) => [t.id, t],
    ),
  );
  const names = new Map(
    (
      await db
        .select({ id: people.id, name: people.fullName })
        .from(people)
        .where(inArray(people.id, personIds))
    ).map((p) => [p.id, p.name]),
  );
  return rows.map((r) => {
    const template = templates.get(r.templateId)!;
    return {
      id: r.id,
      template: { id: template.id, name: template.name },
      person: { id: r.personId, name: names.get(r.personId) ?? "" },
      evaluator: r.evaluatorPersonId
        ? { id: r.evaluatorPersonId, name: names.get(r.evaluatorPersonId) ?? "" }
        : null,
      periodKey: r.periodKey,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      scores: r.scores,
      comments: r.comments,
      overallComment: r.overallComment,
      status: r.status,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      overall: overallScore(template.criteria, template.scale, r.scores),
    };
  });
}

import Decimal from "decimal.js";
import { and, eq } from "drizzle-orm";
import { type Db, evaluationTemplates } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { ApiError, type FieldProblem, problems } from "../http/problem";
import { findEvaluationTemplate, toTemplateDto } from "./list-evaluation-templates";
import type { TemplateDto, TemplateInput } from "./schemas";

/**
 * Creates (no `id`) or updates an evaluation template: admin and HR only. Criteria keys are unique and weights sum to
 * 1; the scale runs from a lower to a higher whole number and labels only its points. A criterion that submitted
 * evaluations were scored on is kept by key (its label may change), so past scores keep their meaning.
 */
export async function saveEvaluationTemplate(
  db: Db,
  viewer: Viewer,
  input: TemplateInput,
  id?: string,
): Promise<TemplateDto> {
  if (viewer.role !== "admin" && viewer.role !== "hr")
    throw problems.forbidden("Only admins and HR manage evaluation templates.");
  const errors: FieldProblem[] = [];
  const keys = new Set<string>();
  input.criteria.forEach((c, i) => {
    if (keys.has(c.key))
      errors.push({ path: `criteria.${i}.key`, message: "Another criterion has this key" });
    keys.add(c.key);
    if (new Decimal(c.weight).lte(0))
      errors.push({ path: `criteria.${i}.weight`, message: "Must be above 0" });
  });
  const total = input.criteria.reduce((sum, c) => sum.plus(c.weight), new Decimal(0));
  if (!total.eq(1))
    errors.push({ path: "criteria", message: `Weights must add up to 1 (they add up to ${total})` });
  if (input.scale.min >= input.scale.max)
    errors.push({ path: "scale.max", message: `Must be above the minimum (${input.scale.min})` });
  for (const point of Object.keys(input.scale.labels)) {
    const n = Number(point);
    if (!Number.isInteger(n) || n < input.scale.min || n > input.scale.max)
      errors.push({ path: `scale.labels.${point}`, message: "Not a point of the scale" });
  }
  let existing: Awaited<ReturnType<typeof findEvaluationTemplate>> = null;
  if (id) {
    existing = await findEvaluationTemplate(db, viewer.workspaceId, id);
    if (!existing) throw problems.notFound("The evaluation template");
  }
  if (errors.length > 0) throw unprocessable(errors);
  const values = { ...input, updatedAt: new Date() };
  try {
    const [row] = existing
      ? await db
          .update(evaluationTemplates)
          .set(values)
          .where(
            and(
              eq(evaluationTemplates.workspaceId, viewer.workspaceId),
              eq(evaluationTemplates.id, existing.id),
            ),
          )
          .returning()
      : await db
          .insert(evaluationTemplates)
          .values({ ...values, workspaceId: viewer.workspaceId })
          .returning();
    return toTemplateDto(row!);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(422, "Unprocessable request", "Name taken", [
        { path: "name", message: "Another template has this name" },
      ]);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

import { and, asc, eq } from "drizzle-orm";
import { type Db, evaluationTemplates } from "@attain/db";
import { defaultEvaluationTemplate } from "./default-evaluation-template";
import type { TemplateDto } from "./schemas";

export function toTemplateDto(row: typeof evaluationTemplates.$inferSelect): TemplateDto {
  return {
    id: row.id,
    name: row.name,
    cadence: row.cadence,
    criteria: row.criteria,
    scale: row.scale,
    active: row.active,
  };
}

/** The workspace's templates, by name; the default one is created on first use (when the workspace has none). */
export async function listEvaluationTemplates(db: Db, workspaceId: string): Promise<TemplateDto[]> {
  const read = () =>
    db
      .select()
      .from(evaluationTemplates)
      .where(eq(evaluationTemplates.workspaceId, workspaceId))
      .orderBy(asc(evaluationTemplates.name));
  let rows = await read();
  if (rows.length === 0) {
    await db
      .insert(evaluationTemplates)
      .values({ workspaceId, ...defaultEvaluationTemplate })
      .onConflictDoNothing();
    rows = await read();
  }
  return rows.map(toTemplateDto);
}

export async function findEvaluationTemplate(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(evaluationTemplates)
    .where(and(eq(evaluationTemplates.workspaceId, workspaceId), eq(evaluationTemplates.id, id)));
  return row ?? null;
}

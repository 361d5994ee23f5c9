import { z } from "@hono/zod-openapi";
import { DECIMAL_LIMITS_MESSAGE, withinDecimalLimits } from "../../http/schemas";
import { periodKey } from "../workflow/schemas";

const label = z.string().trim().min(1, "Must not be empty").max(200);

export const MboScoresQuery = z.object({
  periodKey: periodKey.optional().openapi({ description: "Only this period (YYYY-MM, YYYY-Qn or YYYY)" }),
  personId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: "Only this person (inside the caller's scope)" }),
});

export const MboScoreBody = z
  .object({
    personId: z.string().uuid(),
    periodKey,
    component: label.openapi({ description: "The plan's MBO component name", example: "Objectives" }),
    objective: label.openapi({ description: "The objective's key in that component", example: "pipeline" }),
    score: z
      .string()
      .max(30)
      .regex(/^\d+(\.\d+)?$/, 'Expected a decimal number ≥ 0 as a string, e.g. "0.85"')
      .refine(withinDecimalLimits, DECIMAL_LIMITS_MESSAGE)
      .openapi({
        description: "0–1 usually; above 1 only pays up to the component's maxScore",
        example: "0.85",
      }),
    comment: z.string().max(2000).nullable().optional(),
  })
  .openapi("CompMboScoreBody");

export type MboScoreInput = z.infer<typeof MboScoreBody>;

export const MboScoreSchema = z
  .object({
    id: z.string().uuid(),
    personId: z.string().uuid(),
    personName: z.string(),
    periodKey: z.string(),
    component: z.string(),
    objective: z.string(),
    score: z.string(),
    comment: z.string().nullable(),
    scoredBy: z.string().uuid().nullable().openapi({ description: "The user who set the score" }),
    scoredAt: z.string().openapi({ description: "When the score was last set (UTC)" }),
  })
  .openapi("CompMboScore");

export type MboScoreView = z.infer<typeof MboScoreSchema>;

export const MboScoreListSchema = z.object({ items: z.array(MboScoreSchema) }).openapi("CompMboScoreList");

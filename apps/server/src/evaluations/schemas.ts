import { z } from "@hono/zod-openapi";
import { evaluationCadences, evaluationStatuses } from "@attain/db";

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "Lower-case letters, digits and underscores, starting with a letter");

export const TemplateBody = z
  .object({
    name: z.string().trim().min(1, "Must not be empty").max(200),
    cadence: z.enum(evaluationCadences).default("quarterly"),
    criteria: z
      .array(
        z.object({
          key,
          label: z.string().trim().min(1, "Must not be empty").max(200),
          description: z.string().max(2000).default(""),
          weight: z.string().regex(/^\d+(\.\d{1,6})?$/, 'A decimal weight as a string, e.g. "0.25"'),
        }),
      )
      .min(1, "At least one criterion")
      .max(30),
    scale: z.object({
      min: z.number().int().min(0).max(100),
      max: z.number().int().min(1).max(100),
      labels: z.record(z.string(), z.string().max(200)).default({}),
    }),
    active: z.boolean().default(true),
  })
  .openapi("EvaluationTemplateBody");
export type TemplateInput = z.infer<typeof TemplateBody>;

export const TemplateSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    cadence: z.enum(evaluationCadences),
    criteria: z.array(
      z.object({ key: z.string(), label: z.string(), description: z.string(), weight: z.string() }),
    ),
    scale: z.object({ min: z.number(), max: z.number(), labels: z.record(z.string(), z.string()) }),
    active: z.boolean(),
  })
  .openapi("EvaluationTemplate");
export type TemplateDto = z.infer<typeof TemplateSchema>;

export const EvaluationBody = z
  .object({
    templateId: z.string().uuid(),
    personId: z.string().uuid(),
    periodKey: z.string().max(10),
    scores: z.record(z.string(), z.number()).default({}),
    comments: z.record(z.string(), z.string().max(4000)).default({}),
    overallComment: z.string().max(8000).default(""),
  })
  .openapi("EvaluationBody");
export type EvaluationInput = z.infer<typeof EvaluationBody>;

export const EvaluationEditBody = EvaluationBody.pick({
  scores: true,
  comments: true,
  overallComment: true,
}).openapi("EvaluationEditBody");
export type EvaluationEdit = z.infer<typeof EvaluationEditBody>;

export const EvaluationsQuery = z.object({
  personId: z.string().uuid().optional(),
  periodKey: z.string().max(10).optional(),
  templateId: z.string().uuid().optional(),
});
export type EvaluationsFilter = z.infer<typeof EvaluationsQuery>;

export const EvaluationSchema = z
  .object({
    id: z.string().uuid(),
    template: z.object({ id: z.string(), name: z.string() }),
    person: z.object({ id: z.string(), name: z.string() }),
    evaluator: z.object({ id: z.string(), name: z.string() }).nullable(),
    periodKey: z.string(),
    periodStart: z.string(),
    periodEnd: z.string().openapi({ description: "The first day after the period" }),
    scores: z.record(z.string(), z.number()),
    comments: z.record(z.string(), z.string()),
    overallComment: z.string(),
    status: z.enum(evaluationStatuses),
    submittedAt: z.string().nullable(),
    overall: z.string().nullable().openapi({ description: "Weighted normalised score 0–1, 4 places" }),
  })
  .openapi("Evaluation");
export type EvaluationDto = z.infer<typeof EvaluationSchema>;

export const MboFeedBody = z
  .object({
    templateId: z.string().uuid(),
    periodKey: z.string().max(10).openapi({ description: "The evaluations' period, e.g. 2026-Q3" }),
    compPeriodKey: z
      .string()
      .max(10)
      .openapi({ description: "The pay period whose MBO scores are written (YYYY, YYYY-Qn, YYYY-MM)" }),
    component: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "The comp plan's MBO component name" }),
    objectives: z
      .record(z.string().min(1).max(200), z.string())
      .refine((o) => Object.keys(o).length > 0, "Map at least one objective to a criterion")
      .openapi({
        description: "MBO objective key → criterion key",
        example: { quality: "customer_relationship" },
      }),
  })
  .openapi("EvaluationMboFeedBody");
export type MboFeedInput = z.infer<typeof MboFeedBody>;

export const MboRowSchema = z.object({
  personId: z.string().uuid(),
  periodKey: z.string(),
  component: z.string(),
  objective: z.string(),
  score: z.string(),
});

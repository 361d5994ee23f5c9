import { z } from "@hono/zod-openapi";

export const PlanIssueSchema = z
  .object({
    path: z.string(),
    message: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .openapi("PlanIssue");

/** A plan as JSON (`definition`) or as the text of a YAML/JSON plan file (`yaml`): exactly one of them. */
export const PlanBodySchema = z
  .object({
    definition: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "The plan as a JSON object (the engine's PlanDefinition)" }),
    yaml: z
      .string()
      .max(512 * 1024)
      .optional()
      .openapi({ description: "The plan as the text of a YAML (or JSON) plan file" }),
  })
  .refine((body) => (body.definition === undefined) !== (body.yaml === undefined), {
    message: "Give exactly one of `definition` and `yaml`",
    path: ["definition"],
  })
  .openapi("PlanBody");

export const PlanValidationSchema = z
  .object({ ok: z.boolean(), issues: z.array(PlanIssueSchema) })
  .openapi("PlanValidation");

export const PlanVersionSummarySchema = z
  .object({
    id: z.string().uuid(),
    planId: z.string().uuid(),
    key: z.string(),
    name: z.string(),
    version: z.number().int(),
    status: z.enum(["draft", "published", "retired"]),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    currency: z.string(),
    period: z.string(),
    componentCount: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .openapi("PlanVersionSummary");

export const PlanVersionSchema = PlanVersionSummarySchema.extend({
  definition: z.record(z.string(), z.unknown()),
}).openapi("PlanVersion");

export const PlanListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string().uuid(),
        key: z.string(),
        name: z.string(),
        versions: z.array(PlanVersionSummarySchema),
      }),
    ),
  })
  .openapi("PlanList");

export const PlanVersionParams = z.object({
  key: z.string().min(1).max(200),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export type PlanBody = z.infer<typeof PlanBodySchema>;
export type PlanVersionSummary = z.infer<typeof PlanVersionSummarySchema>;
export type PlanVersionView = z.infer<typeof PlanVersionSchema>;
export type PlanIssue = z.infer<typeof PlanIssueSchema>;

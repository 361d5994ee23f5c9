import { z } from "@hono/zod-openapi";
import { forecastCategories, opportunityCriteriaFields } from "@attain/db";
import { decimalString, isoDate } from "../http/schemas";

// The pipeline API's shapes (docs/forecasting-api.md, "Pipeline", is their summary). Request schemas check the shape;
// the rules across fields (probabilities 0–1, won = 1, checklist keys that exist, stage criteria) are checked after,
// so a broken rule is a 422 naming the field (engine checkPipelineSettings, update-pipeline-opportunity.ts).

const uuid = z.string().uuid();
const shortText = z.string().max(200);
const decimal = decimalString.openapi({ example: "125000.00" });
const ratio = z
  .string()
  .openapi({ example: "0.2500", description: "A ratio as a decimal string (4 places)" });
const forecastCategory = z.enum(forecastCategories);
const motion = z.enum(["new_business", "expansion_renewal"]);
export const riskFlagKinds = [
  "stalled",
  "pushed",
  "amount_cut",
  "no_next_step",
  "single_contact",
  "past_close_date",
  "unknown_stage",
  "negative_amount",
  "missing_criteria",
  "no_rate",
] as const;

const CriteriaSchema = z
  .object({
    requiredFields: z.array(z.enum(opportunityCriteriaFields)).max(opportunityCriteriaFields.length),
    checklist: z.array(z.string().min(1).max(100)).max(50),
  })
  .strict();

export const PipelineStageSchema = z
  .object({
    name: z.string().trim().max(100),
    position: z
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: "Rewritten 0…n−1 in the order given" }),
    outcome: z.enum(["open", "won", "lost"]),
    probability: z.string().max(30).openapi({ example: "0.5" }),
    forecastCategory,
    entryCriteria: CriteriaSchema,
    exitCriteria: CriteriaSchema,
    maxDaysInStage: z.number().nullable(),
  })
  .strict()
  .openapi("PipelineStage");

const QualificationSchema = z
  .object({
    framework: z.string().trim().min(1).max(50),
    items: z
      .array(z.object({ key: z.string().trim().max(100), label: z.string().trim().max(200) }).strict())
      .max(50),
  })
  .strict();

export const PipelineSettingsBody = z
  .object({
    stages: z.array(PipelineStageSchema).max(50),
    qualification: QualificationSchema,
    stalledAfterDays: z.number(),
    pushedAfter: z.number(),
    amountCutShare: z.string().max(30),
    // Accepted and ignored, so a client may send back what GET returned.
    updatedAt: z.string().nullable().optional(),
    unknownStages: z.array(z.unknown()).optional(),
  })
  .strict()
  .openapi("PipelineSettingsInput");
export type PipelineSettingsInput = z.infer<typeof PipelineSettingsBody>;

export const PipelineSettingsSchema = z
  .object({
    stages: z.array(PipelineStageSchema.required({ position: true })),
    qualification: QualificationSchema,
    stalledAfterDays: z.number().int(),
    pushedAfter: z.number().int(),
    amountCutShare: z.string(),
    updatedAt: z.string().nullable(),
    unknownStages: z.array(z.object({ stage: z.string(), opportunities: z.number().int() })),
  })
  .openapi("PipelineSettings");

const RiskFlagSchema = z.object({ kind: z.enum(riskFlagKinds), message: z.string() }).openapi("RiskFlag");

export const PipelineOpportunitySchema = z
  .object({
    id: uuid,
    externalId: z.string(),
    name: z.string(),
    accountId: uuid.nullable(),
    accountName: z.string().nullable(),
    ownerId: uuid.nullable(),
    ownerName: z.string().nullable(),
    stage: z.string(),
    stageKnown: z.boolean(),
    status: z.enum(["open", "won", "lost"]),
    type: z.enum(["new_business", "expansion", "renewal"]),
    motion,
    source: z.string().nullable(),
    forecastCategory,
    amount: z.string().nullable(),
    currency: z.string(),
    reportingAmount: z.string().nullable(),
    probability: z.string().nullable(),
    weighted: z.string().nullable(),
    closeDate: z.string().nullable(),
    createdOn: z.string().nullable(),
    ageDays: z.number().int().nullable(),
    daysInStage: z.number().int().nullable(),
    lastActivityOn: z.string().nullable(),
    pushCount: z.number().int(),
    nextStep: z.string().nullable(),
    nextStepDue: z.string().nullable(),
    contactCount: z.number().int().nullable(),
    qualification: z.record(z.string(), z.boolean()),
    flags: z.array(RiskFlagSchema),
  })
  .openapi("PipelineOpportunity");
export type PipelineOpportunity = z.infer<typeof PipelineOpportunitySchema>;

const scopeQuery = {
  personId: uuid
    .optional()
    .openapi({ description: "A person and their reporting tree (within the caller's scope)" }),
  motion: motion.optional(),
  closeFrom: isoDate.optional(),
  closeTo: isoDate.optional(),
};

export const OpportunityListQuery = z.object({
  status: z.enum(["open", "won", "lost", "all"]).default("open"),
  ...scopeQuery,
  stage: z.string().max(100).optional(),
  flag: z.enum(riskFlagKinds).optional(),
  q: z.string().max(200).optional().openapi({ description: "Part of the deal's, account's or owner's name" }),
  sort: z.enum(["amount", "closeDate", "ageDays", "daysInStage", "name"]).default("closeDate"),
  order: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type OpportunityListQuery = z.infer<typeof OpportunityListQuery>;

export const OpportunityListSchema = z
  .object({
    total: z.number().int(),
    currency: z.string(),
    opportunities: z.array(PipelineOpportunitySchema),
    totals: z.object({ amount: z.string(), weighted: z.string() }),
  })
  .openapi("PipelineOpportunityList");

export const BoardQuery = z.object(scopeQuery);
export type BoardQuery = z.infer<typeof BoardQuery>;

const BoardColumnSchema = z
  .object({
    stage: z.string(),
    probability: z.string().nullable(),
    count: z.number().int(),
    amount: z.string(),
    weighted: z.string(),
    flagged: z.number().int(),
    opportunities: z.array(PipelineOpportunitySchema),
  })
  .openapi("PipelineBoardColumn");

export const BoardSchema = z
  .object({
    currency: z.string(),
    columns: z.array(BoardColumnSchema),
    unknownStage: BoardColumnSchema.nullable(),
  })
  .openapi("PipelineBoard");

export const OpportunityParams = z.object({ id: uuid.openapi({ param: { name: "id", in: "path" } }) });

const TimelineEventSchema = z
  .object({
    at: z.string(),
    kind: z.enum(["created", "stage", "amount", "close_date", "category", "activity", "closed"]),
    stage: z.string().nullable(),
    amount: z.string().nullable(),
    closeDate: z.string().nullable(),
    forecastCategory: z.string().nullable(),
    previous: z.string().nullable(),
    activity: z
      .object({
        kind: z.enum(["call", "email", "meeting"]),
        personName: z.string().nullable(),
        outcome: z.string().nullable(),
      })
      .nullable(),
    message: z.string(),
  })
  .openapi("PipelineTimelineEvent");
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const OpportunityDetailSchema = z
  .object({
    opportunity: PipelineOpportunitySchema,
    criteria: z.object({
      stage: z.string(),
      met: z.boolean(),
      missing: z.array(
        z.object({ kind: z.enum(["field", "checklist"]), key: z.string(), label: z.string() }),
      ),
    }),
    timeline: z.array(TimelineEventSchema),
  })
  .openapi("PipelineOpportunityDetail");

export const OpportunityPatchBody = z
  .object({
    stage: z.string().trim().min(1).max(100).optional(),
    amount: decimal.nullable().optional(),
    closeDate: isoDate.nullable().optional(),
    forecastCategory: forecastCategory.optional(),
    nextStep: shortText.nullable().optional(),
    nextStepDue: isoDate.nullable().optional(),
    qualification: z.record(z.string().min(1).max(100), z.boolean()).optional(),
    contactCount: z.number().int().min(0).max(10_000).nullable().optional(),
  })
  .strict()
  .openapi("PipelineOpportunityPatch");
export type OpportunityPatch = z.infer<typeof OpportunityPatchBody>;

export const AnalyticsQuery = z.object({
  personId: scopeQuery.personId,
  from: isoDate.optional(),
  to: isoDate.optional(),
  by: z.enum(["segment", "source", "owner", "type"]).default("source"),
  segmentation: z.string().max(200).default("Tier"),
});
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

export const AnalyticsSchema = z
  .object({
    currency: z.string(),
    from: z.string(),
    to: z.string(),
    conversion: z.array(
      z.object({
        stage: z.string(),
        entered: z.number().int(),
        advanced: z.number().int(),
        won: z.number().int(),
        lost: z.number().int(),
        conversionToNext: ratio.nullable(),
        conversionToWon: ratio.nullable(),
      }),
    ),
    velocity: z.array(
      z.object({
        stage: z.string(),
        deals: z.number().int(),
        medianDays: z.number().nullable(),
        meanDays: z.string().nullable(),
      }),
    ),
    ageing: z.array(
      z.object({
        bucket: z.enum(["0-30", "31-60", "61-90", "91-180", "181+"]),
        count: z.number().int(),
        amount: z.string(),
      }),
    ),
    summary: z.object({
      won: z.number().int(),
      lost: z.number().int(),
      winRate: ratio.nullable(),
      averageDeal: z.string().nullable(),
      cycleMedianDays: z.number().nullable(),
    }),
    groups: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        won: z.number().int(),
        lost: z.number().int(),
        open: z.number().int(),
        winRate: ratio.nullable(),
        averageDeal: z.string().nullable(),
        cycleMedianDays: z.number().nullable(),
        openAmount: z.string(),
      }),
    ),
  })
  .openapi("PipelineAnalytics");

export const CoverageQuery = z.object({
  period: z.string().max(40).optional().openapi({
    description: "A forecast period id, or a fiscal quarter YYYY-Qn (default: the quarter containing today)",
  }),
  personId: scopeQuery.personId,
  motion: motion.optional(),
});
export type CoverageQuery = z.infer<typeof CoverageQuery>;

export const CoverageSchema = z
  .object({
    currency: z.string(),
    period: z.object({ id: z.string(), label: z.string(), startsOn: z.string(), endsOn: z.string() }),
    target: z.string(),
    closedWon: z.string(),
    remaining: z.string(),
    openPipeline: z.string(),
    weightedPipeline: z.string(),
    coverage: ratio.nullable(),
    winRate: ratio.nullable(),
    requiredCoverage: ratio.nullable(),
    expectedFromPipeline: z.string().nullable(),
    expectedShareOfRemaining: ratio.nullable(),
    gap: z.string().nullable(),
    byMotion: z.array(z.object({ motion, closedWon: z.string(), openPipeline: z.string() })),
  })
  .openapi("PipelineCoverage");

import { z } from "@hono/zod-openapi";
import { segmentationKinds } from "@attain/db";
import { decimalString, isoDate } from "../http/schemas";

// The segmentation API's shapes (docs/territories-api.md, "Segmentation"). The config schemas mirror the engine's
// SegmentationConfig and PotentialConfig (packages/engine/src/segmentation/types.ts) strictly, so an unknown field is
// refused by name; the rules across fields (shares within 1, decreasing thresholds, kMin ≤ kMax, min < max) are the
// engine's `checkSegmentationConfig`. Requests carry the config loosely and it is parsed after the access check
// (parse-segmentation-config.ts), so a broken config is a 422 by path, not a 400.

const decimal = decimalString.openapi({ example: "0.2" });
const plainFields = [
  "industry",
  "employees",
  "annualRevenue",
  "countryCode",
  "regionId",
  "postalCode",
  "potential",
  "recencyDays",
  "frequency",
  "monetary",
  "winRate",
] as const;

export const SegmentFieldSchema = z
  .string()
  .refine(
    (value) => (plainFields as readonly string[]).includes(value) || /^attribute:.+$/.test(value),
    `Expected one of ${plainFields.join(", ")} or attribute:<name>`,
  )
  .openapi({ example: "industry" });

const segmentName = z.string().trim().min(1).max(100);

const ConditionSchema = z.discriminatedUnion("op", [
  z.strictObject({
    field: SegmentFieldSchema,
    op: z.enum(["in", "notIn", "startsWith"]),
    values: z.array(z.string().max(200)).min(1).max(1000),
  }),
  z.strictObject({
    field: SegmentFieldSchema,
    op: z.literal("between"),
    min: decimal.optional(),
    max: decimal.optional(),
  }),
  z.strictObject({ field: SegmentFieldSchema, op: z.enum(["isNull", "notNull"]) }),
]);

export const RuleSegmentationConfigSchema = z.strictObject({
  kind: z.literal("rules"),
  rules: z
    .array(z.strictObject({ segment: segmentName, conditions: z.array(ConditionSchema).max(50) }))
    .min(1)
    .max(200),
  otherwise: segmentName.nullable(),
});

export const TierConfigSchema = z.strictObject({
  kind: z.literal("tiers"),
  basis: z.enum(["potential", "monetary", "annualRevenue", "employees"]),
  method: z.enum(["rank", "cumulative", "threshold"]),
  tiers: z
    .array(z.strictObject({ tier: segmentName, share: decimal.optional(), min: decimal.optional() }))
    .min(2)
    .max(26),
});

export const RfmConfigSchema = z.strictObject({
  kind: z.literal("rfm"),
  bins: z.number().int().min(2).max(10),
});

export const ClusterConfigSchema = z.strictObject({
  kind: z.literal("clusters"),
  features: z.array(SegmentFieldSchema).min(1).max(20),
  logFeatures: z.array(SegmentFieldSchema).max(20),
  kMin: z.number().int().min(2).max(20),
  kMax: z.number().int().min(2).max(20),
  seed: z.number().int().min(0).max(2_147_483_647),
});

export const SegmentationConfigSchema = z
  .discriminatedUnion("kind", [
    RuleSegmentationConfigSchema,
    TierConfigSchema,
    RfmConfigSchema,
    ClusterConfigSchema,
  ])
  .openapi("SegmentationConfig");

/** What a request carries: any object with a kind; parsed strictly after the access check. */
const LooseConfig = z.looseObject({ kind: z.string() }).openapi({
  description: "A SegmentationConfig (rules, tiers, rfm or clusters), checked strictly: 422 naming the field",
});

const segmentationName = z.string().trim().min(1).max(100);

export const PreviewBody = z.object({
  name: segmentationName,
  config: LooseConfig,
  asOf: isoDate.optional(),
});
export type PreviewBody = z.infer<typeof PreviewBody>;

export const CreateSegmentationBody = PreviewBody.extend({ validFrom: isoDate });
export type CreateSegmentationBody = z.infer<typeof CreateSegmentationBody>;

export const SegmentationParams = z.object({ id: z.uuid() });
export const AccountParams = z.object({ accountId: z.uuid() });
export const ListQuery = z.object({ name: z.string().trim().min(1).max(100).optional() });

const pageLimit = z.coerce.number().int().min(1).max(500).default(50);
const pageOffset = z.coerce.number().int().min(0).max(10_000_000).default(0);

export const SegmentAccountsQuery = z.object({
  segment: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  limit: pageLimit,
  offset: pageOffset,
});
export type SegmentAccountsQuery = z.infer<typeof SegmentAccountsQuery>;

export const EstimatesQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: pageLimit,
  offset: pageOffset,
});
export type EstimatesQuery = z.infer<typeof EstimatesQuery>;

export const SegmentProfileSchema = z
  .object({
    segment: z.string(),
    accounts: z.number().int(),
    revenue: z.string(),
    potential: z.string(),
    winRate: z.string().nullable(),
    averageOrder: z.string().nullable(),
    growth: z.string().nullable(),
  })
  .openapi("SegmentProfile");

const ClusterSummarySchema = z
  .object({
    k: z.number().int(),
    silhouetteByK: z.array(z.object({ k: z.number().int(), silhouette: z.number() })),
    centroids: z.array(z.object({ segment: z.string(), values: z.record(z.string(), z.number()) })),
  })
  .openapi("ClusterSummary");

const WarningSchema = z.object({ accountId: z.string(), message: z.string() });

export const SegmentationSummarySchema = z
  .object({
    id: z.string().nullable().openapi({ description: "null for a preview (not stored)" }),
    name: z.string(),
    kind: z.enum(segmentationKinds),
    validFrom: z.string().nullable(),
    asOf: z.string(),
    currency: z.string(),
    accounts: z.number().int(),
    segmented: z.number().int(),
    segments: z.number().int(),
    createdAt: z.string().nullable(),
  })
  .openapi("SegmentationSummary");
export type SegmentationSummary = z.infer<typeof SegmentationSummarySchema>;

export const SegmentationRunSchema = SegmentationSummarySchema.extend({
  config: SegmentationConfigSchema,
  profiles: z.array(SegmentProfileSchema),
  clusters: ClusterSummarySchema.nullable(),
  warnings: z.array(WarningSchema),
}).openapi("SegmentationRun");
export type SegmentationRun = z.infer<typeof SegmentationRunSchema>;

export const SegmentationListSchema = z.object({ segmentations: z.array(SegmentationSummarySchema) });

export const SegmentAccountsSchema = z.object({
  total: z.number().int(),
  accounts: z.array(
    z.object({
      accountId: z.string(),
      externalId: z.string(),
      name: z.string(),
      segment: z.string().nullable(),
      trace: z.array(z.string()),
    }),
  ),
});

export const PotentialEstimateSchema = z
  .object({
    accountId: z.string(),
    potential: z.string(),
    predicted: z.string().nullable(),
    actual: z.string().nullable(),
    basis: z.enum(["model", "own history", "peer median"]),
    trace: z.array(z.string()),
  })
  .openapi("PotentialEstimate");
export type PotentialEstimateRow = z.infer<typeof PotentialEstimateSchema>;

export const AccountSegmentsSchema = z.object({
  segments: z.array(
    z.object({
      name: z.string(),
      segment: z.string().nullable(),
      validFrom: z.string(),
      trace: z.array(z.string()),
    }),
  ),
  potential: PotentialEstimateSchema.nullable(),
});

export const PotentialConfigBody = z
  .strictObject({
    year: z
      .string()
      .regex(/^\d{4}$/, "Expected a calendar year as YYYY")
      .optional(),
    holdoutShare: decimal.default("0.2"),
    seed: z.number().int().min(0).max(2_147_483_647).default(1),
    headroomQuantile: decimal.default("0.75"),
    minIndustryCustomers: z.number().int().min(1).max(10_000).default(5),
  })
  .superRefine((body, ctx) => {
    const share = Number(body.holdoutShare);
    if (!(share > 0 && share < 1))
      ctx.addIssue({
        code: "custom",
        path: ["holdoutShare"],
        message: "holdoutShare is above 0 and below 1",
      });
    const quantile = Number(body.headroomQuantile);
    if (!(quantile >= 0.5 && quantile < 1))
      ctx.addIssue({
        code: "custom",
        path: ["headroomQuantile"],
        message: "headroomQuantile is in [0.5, 1)",
      });
  });
export type PotentialConfigBody = z.infer<typeof PotentialConfigBody>;

const PotentialConfigSchema = z.object({
  year: z.string(),
  holdoutShare: z.string(),
  seed: z.number().int(),
  headroomQuantile: z.string(),
  minIndustryCustomers: z.number().int(),
});

export const PotentialModelSummarySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    currency: z.string(),
    config: PotentialConfigSchema,
    model: z.object({
      features: z.array(z.string()),
      coefficients: z.array(z.object({ name: z.string(), value: z.number() })),
      residualQuantile: z.number(),
    }),
    accuracy: z.object({
      trainedOn: z.number().int(),
      heldOut: z.number().int(),
      mape: z.number(),
      medianApe: z.number(),
      wape: z.number(),
      r2Log: z.number(),
      baseline: z.object({ mape: z.number(), medianApe: z.number(), wape: z.number() }),
    }),
    warnings: z.array(WarningSchema),
    accounts: z.number().int(),
    totalPotential: z.string(),
  })
  .openapi("PotentialModelSummary");
export type PotentialModelSummary = z.infer<typeof PotentialModelSummarySchema>;

export const EstimatesSchema = z.object({
  total: z.number().int(),
  estimates: z.array(PotentialEstimateSchema.extend({ name: z.string(), externalId: z.string() })),
});

import { z } from "@hono/zod-openapi";
import { decimalString, isoDate, isoMonth } from "../http/schemas";

// The territory API's shapes (docs/territories-api.md is their summary). Request schemas check the shape; the rules
// across rows (the hierarchy, named accounts, people and accounts that exist) are checked after, so a broken rule is a
// 422 naming the row and field (check-territory-inputs.ts).

const uuid = z.string().uuid();
const decimal = decimalString.openapi({ example: "125000.00" });
const revision = z.number().int().min(1);
const countryCode = z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166 alpha-2 code, e.g. FR");
const shortText = z.string().trim().min(1).max(200);

export const PlanParams = z.object({ id: uuid.openapi({ param: { name: "id", in: "path" } }) });
export const AccountParams = z.object({
  accountId: uuid.openapi({ param: { name: "accountId", in: "path" } }),
});

export const TerritoryRuleSchema = z
  .object({
    countryCodes: z.array(countryCode).min(1).max(300).optional(),
    regionIds: z.array(uuid).min(1).max(500).optional(),
    postalPrefixes: z.array(z.string().trim().min(1).max(20)).min(1).max(2_000).optional(),
    industries: z.array(shortText).min(1).max(500).optional(),
    employeesMin: z.number().int().min(0).optional(),
    employeesMax: z.number().int().min(1).optional(),
    segments: z.array(shortText).min(1).max(100).optional(),
  })
  .strict()
  .openapi("TerritoryRule");

export const PlanSettingsSchema = z
  .object({
    tierSegmentation: z.string().trim().min(1).max(200).nullable(),
    visitsPerYearByTier: z.record(z.string().min(1).max(100), z.number().min(0).max(10_000)),
    defaultVisitsPerYear: z.number().min(0).max(10_000),
  })
  .strict()
  .openapi("TerritoryPlanSettings");
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

export const CreatePlanBody = z
  .object({
    name: shortText,
    effectiveFrom: isoDate,
    copyFrom: uuid.optional(),
    seed: z.enum(["ownership", "empty"]).optional(),
  })
  .strict();
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const UpdatePlanBody = z
  .object({
    baseRevision: revision,
    name: shortText.optional(),
    effectiveFrom: isoDate.optional(),
    settings: PlanSettingsSchema.optional(),
    planningScenarioId: uuid.nullable().optional(),
  })
  .strict();
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const OwnerInputSchema = z
  .object({
    personId: uuid,
    role: z.enum(["primary", "overlay"]).optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.nullable().optional(),
  })
  .strict();

export const TerritoryInputSchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "Letters, digits and _ . : - only"),
    name: shortText,
    parentKey: z.string().trim().min(1).max(100).nullable(),
    level: z.enum(["region", "area", "territory"]),
    kind: z.enum(["primary", "overlay"]).optional(),
    priority: z.number().int().min(-1000).max(1000).optional(),
    rules: z.array(TerritoryRuleSchema).max(200).optional(),
    namedAccountIds: z.array(uuid).max(10_000).optional(),
    baseLatitude: z.number().min(-90).max(90).nullable().optional(),
    baseLongitude: z.number().min(-180).max(180).nullable().optional(),
    targetShare: decimal.nullable().optional(),
    maxAccounts: z.number().int().min(0).nullable().optional(),
    maxWorkload: z.number().min(0).nullable().optional(),
    owners: z.array(OwnerInputSchema).max(50).optional(),
  })
  .strict()
  .openapi("TerritoryInput");
export type TerritoryInput = z.infer<typeof TerritoryInputSchema>;

export const ReplaceTerritoriesBody = z
  .object({ baseRevision: revision, territories: z.array(TerritoryInputSchema).max(5_000) })
  .strict();
export type ReplaceTerritoriesBody = z.infer<typeof ReplaceTerritoriesBody>;

export const ApplyRulesBody = z
  .object({ baseRevision: revision, scope: z.enum(["unassigned", "all"]) })
  .strict();

export const MovesBody = z
  .object({
    baseRevision: revision,
    moves: z
      .array(z.object({ accountId: uuid, territoryId: uuid, locked: z.boolean().optional() }).strict())
      .min(1)
      .max(10_000),
  })
  .strict();
export type MovesBody = z.infer<typeof MovesBody>;

export const BaseRevisionBody = z.object({ baseRevision: revision }).strict();

export const PlanAccountsQuery = z.object({
  territoryId: uuid.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PlanAccountsQuery = z.infer<typeof PlanAccountsQuery>;

export const CompareQuery = z.object({ base: uuid, other: uuid });

export const BalanceWeightsSchema = z
  .object({
    potential: z.number().min(0).max(1_000),
    workload: z.number().min(0).max(1_000),
    compactness: z.number().min(0).max(1_000),
    disruption: z.number().min(0).max(1_000),
  })
  .strict()
  .openapi("BalanceWeights");

export const OptimisationBody = z
  .object({
    territoryIds: z.array(uuid).min(1).max(5_000).optional(),
    weights: BalanceWeightsSchema.optional(),
    method: z.enum(["heuristic", "milp", "auto"]).optional(),
    timeLimitSeconds: z.number().min(1).max(120).optional(),
    mipRelGap: z.number().min(0).max(1).optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    /** ±share of each territory's target potential; default 0.05, null = no band. */
    band: z.number().min(0).max(1).nullable().optional(),
  })
  .strict();
export type OptimisationBody = z.infer<typeof OptimisationBody>;

export const OptimisationParams = PlanParams;

export const RoutingRecordSchema = z
  .object({
    id: z.string().min(1).max(200),
    accountId: uuid.nullable().default(null),
    countryCode: countryCode.nullable().default(null),
    regionId: uuid.nullable().default(null),
    postalCode: z.string().trim().max(20).nullable().default(null),
    industry: z.string().trim().max(200).nullable().default(null),
    employees: z.number().int().min(0).nullable().default(null),
    tier: z.string().trim().max(100).nullable().default(null),
  })
  .strict()
  .openapi("RoutingRecord");

export const RouteBody = z
  .object({ records: z.array(RoutingRecordSchema).min(1).max(10_000), asOf: isoDate.optional() })
  .strict();

// ----- responses -------------------------------------------------------------------------------------------------

const summaryFields = {
  id: z.string(),
  name: z.string(),
  status: z.enum(["draft", "published", "archived"]),
  planOfRecord: z.boolean(),
  version: z.number().int().nullable(),
  basedOnId: z.string().nullable(),
  effectiveFrom: z.string(),
  currency: z.string(),
  revision: z.number().int(),
  territories: z.number().int(),
  accounts: z.number().int(),
  assigned: z.number().int(),
  gaps: z.number().int(),
  overlaps: z.number().int(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
};
export const PlanSummarySchema = z.object(summaryFields).openapi("TerritoryPlanSummary");
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const TerritorySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    level: z.enum(["region", "area", "territory"]),
    kind: z.enum(["primary", "overlay"]),
    priority: z.number().int(),
    rules: z.array(TerritoryRuleSchema),
    namedAccountIds: z.array(z.string()),
    baseLatitude: z.number().nullable(),
    baseLongitude: z.number().nullable(),
    targetShare: z.string().nullable(),
    maxAccounts: z.number().int().nullable(),
    maxWorkload: z.number().nullable(),
    owners: z.array(
      z.object({
        personId: z.string(),
        personName: z.string(),
        role: z.enum(["primary", "overlay"]),
        validFrom: z.string(),
        validTo: z.string().nullable(),
      }),
    ),
    load: z.object({ accounts: z.number().int(), potential: z.string(), workload: z.number() }),
  })
  .openapi("Territory");
export type TerritoryView = z.infer<typeof TerritorySchema>;

export const PlanSchema = z
  .object({
    ...summaryFields,
    settings: PlanSettingsSchema,
    planningScenarioId: z.string().nullable(),
    territories: z.array(TerritorySchema),
  })
  .openapi("TerritoryPlan");
export type PlanView = z.infer<typeof PlanSchema>;

export const CoverageSchema = z
  .object({
    gaps: z.array(
      z.object({
        accountId: z.string(),
        name: z.string(),
        countryCode: z.string().nullable(),
        regionId: z.string().nullable(),
      }),
    ),
    overlaps: z.array(
      z.object({ accountId: z.string(), name: z.string(), territoryIds: z.array(z.string()) }),
    ),
    unassigned: z.number().int(),
    noCoordinates: z.object({
      count: z.number().int(),
      accounts: z.array(z.object({ accountId: z.string(), name: z.string() })),
    }),
    byTerritory: z.array(
      z.object({ territoryId: z.string(), accounts: z.number().int(), potential: z.string() }),
    ),
  })
  .openapi("TerritoryCoverage");
export type CoverageView = z.infer<typeof CoverageSchema>;

export const PlanAccountSchema = z.object({
  accountId: z.string(),
  externalId: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  industry: z.string().nullable(),
  tier: z.string().nullable(),
  potential: z.string(),
  workload: z.number(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  territoryId: z.string().nullable(),
  source: z.enum(["rule", "named", "optimiser", "manual"]).nullable(),
  locked: z.boolean(),
  ownerId: z.string().nullable(),
});
export const PlanAccountsSchema = z
  .object({ total: z.number().int(), accounts: z.array(PlanAccountSchema) })
  .openapi("TerritoryPlanAccounts");

export const MapSchema = z
  .object({
    countries: z.array(z.string()),
    territories: z.array(
      z.object({
        id: z.string(),
        key: z.string(),
        name: z.string(),
        parentId: z.string().nullable(),
        baseLatitude: z.number().nullable(),
        baseLongitude: z.number().nullable(),
      }),
    ),
    accounts: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        lat: z.number(),
        lon: z.number(),
        territoryId: z.string().nullable(),
        potential: z.string(),
        tier: z.string().nullable(),
      }),
    ),
    withoutCoordinates: z.number().int(),
  })
  .openapi("TerritoryMap");
export type MapView = z.infer<typeof MapSchema>;

export const EventsSchema = z.object({
  events: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actorName: z.string().nullable(),
      action: z.string(),
      detail: z.unknown(),
    }),
  ),
});

const spreadStats = z.object({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  stdDev: z.number(),
  cv: z.number(),
  gini: z.number(),
  maxDeviation: z.number(),
});
export const BalanceMetricsSchema = z
  .object({
    territories: z.array(
      z.object({
        territoryId: z.string(),
        accounts: z.number().int(),
        potential: z.string(),
        workload: z.number(),
        potentialDeviation: z.number(),
        workloadDeviation: z.number(),
        meanDistanceKm: z.number().nullable(),
      }),
    ),
    potential: spreadStats,
    workload: spreadStats,
    accountsMoved: z.number().int(),
    potentialMoved: z.string(),
    meanDistanceKm: z.number().nullable(),
  })
  .openapi("BalanceMetrics");

const planMetrics = z.object({ planId: z.string(), name: z.string(), metrics: BalanceMetricsSchema });
export const CompareSchema = z
  .object({ base: planMetrics, other: planMetrics, moved: z.number().int(), movedPotential: z.string() })
  .openapi("TerritoryPlanComparison");

const problemSchema = z.object({
  title: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export const OptimisationSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    status: z.enum(["queued", "running", "done", "failed", "applied"]),
    options: z.unknown(),
    seconds: z.number().nullable(),
    error: problemSchema.nullable(),
    result: z
      .object({
        method: z.string(),
        solver: z.unknown(),
        objective: z.number(),
        warnings: z.array(z.unknown()),
        before: BalanceMetricsSchema.nullable(),
        after: BalanceMetricsSchema,
        moves: z.array(
          z.object({
            accountId: z.string(),
            name: z.string(),
            fromTerritoryId: z.string().nullable(),
            toTerritoryId: z.string(),
            potential: z.string(),
          }),
        ),
      })
      .nullable(),
  })
  .openapi("TerritoryOptimisation");
export type OptimisationView = z.infer<typeof OptimisationSchema>;

export const QueuedSchema = z.object({ id: z.string(), status: z.literal("queued") });

export const QuotaTransferViewSchema = z.object({
  fromNodeId: z.string(),
  toNodeId: z.string(),
  effectiveMonth: isoMonth,
  share: z.string().optional(),
  amount: z.string().optional(),
  reason: z.string(),
});

export const PublishSchema = z
  .object({
    plan: PlanSchema,
    effects: z.object({
      accountsMoved: z.number().int(),
      ownersChanged: z.number().int(),
      quotaTransfers: z.array(QuotaTransferViewSchema),
      transfersAppliedTo: z.string().nullable(),
    }),
  })
  .openapi("TerritoryPublishResult");

export const HistorySchema = z.object({
  history: z.array(
    z.object({
      territoryKey: z.string(),
      territoryName: z.string(),
      ownerId: z.string().nullable(),
      ownerName: z.string().nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      planId: z.string(),
      planVersion: z.number().int().nullable(),
    }),
  ),
});

export const RouteResultSchema = z.object({
  decisions: z.array(
    z.object({
      recordId: z.string(),
      territoryId: z.string().nullable(),
      ownerId: z.string().nullable(),
      overlayOwnerIds: z.array(z.string()),
      reason: z.enum(["account territory", "named", "rule", "overlap", "no territory", "no owner"]),
      trace: z.array(z.string()),
    }),
  ),
});

import { z } from "@hono/zod-openapi";
import { scenarioStatuses, submissionStatuses } from "@attain/db";
import { decimalString, isoMonth } from "../http/schemas";

// The planning API's shapes (docs/planning-api.md is their summary). Request schemas check the *shape* (decimal
// strings, months, ids); the rules across fields (non-negative, sums, ranges, the hierarchy) are checked after, so a
// broken rule is a 422 naming the field rather than a 400 (check-assumptions.ts).

/** The measures a scenario can plan: those compensation credits on every line (plans/standard-measures.ts) that quotas are set in. */
export const measures = ["bookings", "arr", "margin"] as const;
export type PlanningMeasure = (typeof measures)[number];

const decimal = decimalString.openapi({ example: "1250000.00" });
const fiscalYear = z.coerce.number().int().min(1900).max(9999);

export const QuotaTransferSchema = z
  .object({
    fromNodeId: z.string().min(1).max(200),
    toNodeId: z.string().min(1).max(200),
    effectiveMonth: isoMonth,
    share: decimal.optional(),
    amount: decimal.optional(),
    reason: z.string().trim().min(1).max(500),
  })
  .openapi("PlanningQuotaTransfer");

/**
 * How a role's heads are planned (docs/calculations/capacity-planning.md, "Roles"): `quota` carries the target
 * (the AE role: the scenario's quota carriers); `overlay` supports the whole target with its own productivity in
 * the scenario's measure (an SE who works the sellers' deals); `coverage` is staffed as one head per `ratio` heads
 * of another role ("1 SDR per 2 AEs").
 */
export const capacityDrivers = ["quota", "overlay", "coverage"] as const;
export type CapacityDriver = (typeof capacityDrivers)[number];

const rampSchema = z.object({ kind: z.literal("share"), values: z.array(decimal).max(36) });

export const CapacityRoleAssumptionSchema = z
  .object({
    role: z.string().min(1).max(40).openapi({ description: "A people.job_role value: ae, sdr, se, csm, …" }),
    driver: z.enum(capacityDrivers),
    productivity: decimal.optional().openapi({
      description: "quota and overlay: the measure per fully ramped head per month, before utilisation",
    }),
    coverage: z
      .object({
        of: z.string().min(1).max(40).openapi({ description: "The role covered (a quota or overlay role)" }),
        ratio: decimal.openapi({ description: "Heads of `of` one ramped head covers: 2 = 1 SDR per 2 AEs" }),
      })
      .optional(),
    ramp: rampSchema.optional().openapi({ description: "Absent: the scenario's ramp (people.ramp)" }),
    attrition: decimal,
    hiringLeadMonths: z.number().int().min(0).max(24),
    utilisation: decimal,
  })
  .openapi("PlanningCapacityRole");
export type CapacityRoleAssumption = z.infer<typeof CapacityRoleAssumptionSchema>;

export const AssumptionsSchema = z
  .object({
    target: z.object({
      annual: decimal,
      seasonality: z.object({
        source: z.enum(["history", "entered"]),
        weights: z
          .array(decimal)
          .length(12, "Expected 12 monthly weights, the fiscal year's first month first"),
      }),
    }),
    allocation: z.object({
      weights: z.object({ history: decimal, potential: decimal, pipeline: decimal, capacity: decimal }),
      overAssignment: z.object({ region: decimal, team: decimal, person: decimal }),
      unit: decimal,
      locked: z
        .record(z.string().max(200), decimal)
        .openapi({ description: "Annual amounts fixed per node id" }),
    }),
    people: z.object({
      proration: z.enum(["months", "days"]),
      ramp: rampSchema,
    }),
    capacity: z.object({
      productivity: decimal.openapi({ description: "Monthly bookings of a fully ramped AE" }),
      utilisation: decimal,
      attrition: decimal,
      hiringLeadMonths: z.number().int().min(0).max(24),
      potentialCapture: decimal,
      roles: z.array(CapacityRoleAssumptionSchema).min(1).max(12).optional().openapi({
        description:
          "The roles the capacity plan staffs, the ae role among them; absent (scenarios made before roles): the AE role from the fields above. On save the ae role's figures are copied to them.",
      }),
    }),
    transfers: z.array(QuotaTransferSchema).max(500),
    fairness: z.object({
      draws: z.number().int().min(100).max(20_000),
      seed: z.number().int().min(0).max(2_147_483_647),
      threshold: decimal,
    }),
    compPlans: z
      .array(z.object({ planId: z.string().min(1).max(200), versionId: z.string().min(1).max(200) }))
      .max(100)
      .optional()
      .openapi({
        description:
          "The compensation plan version per plan the cost of sales uses (a draft answers “what would it cost?”); a plan not named uses the version in force on the year's first day",
      }),
  })
  .openapi("PlanningAssumptions");
export type Assumptions = z.infer<typeof AssumptionsSchema>;

const summaryFields = {
  id: z.string(),
  name: z.string(),
  fiscalYear: z.number().int(),
  measure: z.string(),
  currency: z.string(),
  status: z.enum(scenarioStatuses),
  planOfRecord: z.boolean(),
  version: z.number().int().nullable(),
  basedOnId: z.string().nullable(),
  revision: z.number().int(),
  asOf: z.string(),
  target: z.string(),
  totalQuota: z.string().openapi({ description: "Σ of the person nodes' annual quotas" }),
  people: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  createdByName: z.string().nullable(),
};

export const ScenarioSummarySchema = z.object(summaryFields).openapi("PlanningScenarioSummary");
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

export const ScenarioSchema = z
  .object({
    ...summaryFields,
    assumptions: AssumptionsSchema,
    months: z.array(z.string()).openapi({ description: "The 12 fiscal months, YYYY-MM" }),
  })
  .openapi("PlanningScenario");
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioListSchema = z
  .object({ scenarios: z.array(ScenarioSummarySchema) })
  .openapi("PlanningScenarioList");
export const VersionListSchema = z
  .object({ versions: z.array(ScenarioSummarySchema) })
  .openapi("PlanningVersionList");

export const nodeKinds = ["company", "region", "team", "person"] as const;

export const SubmissionSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    nodeId: z.string(),
    nodeName: z.string(),
    status: z.enum(submissionStatuses),
    submittedBy: z.string().nullable().openapi({ description: "Name of the submitter" }),
    submittedAt: z.string().nullable(),
    decidedBy: z.string().nullable().openapi({ description: "Name of who approved or rejected" }),
    decidedAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("PlanningSubmission");
export type Submission = z.infer<typeof SubmissionSchema>;

export const GridRowSchema = z
  .object({
    nodeId: z.string(),
    parentNodeId: z.string().nullable(),
    kind: z.enum(nodeKinds),
    name: z.string(),
    depth: z.number().int(),
    personId: z.string().nullable(),
    annual: z.string(),
    months: z.array(z.string()),
    topDown: z.string(),
    childrenTotal: z.string().nullable(),
    childrenSum: z.string().nullable(),
    unallocated: z.string().nullable(),
    bottomUpCapacity: z.string().nullable(),
    bottomUpPotential: z.string().nullable(),
    capacityGap: z.string().nullable(),
    locked: z.boolean(),
    edited: z.boolean(),
    editable: z.boolean(),
    submission: z
      .object({
        status: z.enum(submissionStatuses),
        by: z.string().nullable(),
        at: z.string().nullable(),
      })
      .nullable(),
    trace: z.array(z.string()),
  })
  .openapi("PlanningGridRow");
export type GridRow = z.infer<typeof GridRowSchema>;

export const GridSchema = z
  .object({
    scenarioId: z.string(),
    revision: z.number().int(),
    months: z.array(z.string()),
    rows: z.array(GridRowSchema),
    totals: z.object({
      target: z.string(),
      totalQuota: z.string(),
      overAssignment: z
        .string()
        .openapi({ description: "totalQuota ÷ target, 4 places (0 when target is 0)" }),
    }),
  })
  .openapi("PlanningGrid");
export type Grid = z.infer<typeof GridSchema>;

export const ChangeSchema = z
  .union([
    z.object({ nodeId: z.string().min(1).max(200), month: isoMonth, amount: decimal }).strict(),
    z.object({ nodeId: z.string().min(1).max(200), annual: decimal }).strict(),
  ])
  .openapi("PlanningChange");
export type Change = z.infer<typeof ChangeSchema>;

export const EventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    detail: z.unknown(),
  })
  .openapi("PlanningEvent");

export const MyQuotaSchema = z
  .object({
    scenarioId: z.string(),
    scenarioName: z.string(),
    fiscalYear: z.number().int(),
    version: z.number().int().nullable(),
    currency: z.string(),
    personId: z.string(),
    name: z.string(),
    annual: z.string(),
    months: z.array(z.object({ month: z.string(), amount: z.string() })),
  })
  .openapi("PlanningMyQuota");
export type MyQuota = z.infer<typeof MyQuotaSchema>;

// ---- requests ----------------------------------------------------------------------------------------------------

export const ScenarioParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});
export const SubmissionParams = ScenarioParams.extend({
  nodeId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "nodeId", in: "path" }, example: "team:7d0c…" }),
});

export const YearQuery = z.object({
  fiscalYear: fiscalYear.optional(),
  measure: z.enum(measures).optional(),
});
export const MyQuotaQuery = z.object({ fiscalYear: fiscalYear.optional() });
export const GridQuery = z.object({ rootNodeId: z.string().min(1).max(200).optional() });

export const CreateScenarioBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    fiscalYear: z.number().int().min(1900).max(9999),
    measure: z.enum(measures).default("bookings"),
    copyFrom: z.string().uuid().optional(),
  })
  .openapi("PlanningCreateScenario");
export type CreateScenarioBody = z.infer<typeof CreateScenarioBody>;

export const RenameScenarioBody = z.object({ name: z.string().trim().min(1).max(200) });
export const baseRevision = z.number().int().min(1);
export const AssumptionsBody = z.object({ baseRevision, assumptions: AssumptionsSchema });
export const PreviewBody = z.object({ assumptions: AssumptionsSchema });
export const GridPatchBody = z.object({ baseRevision, changes: z.array(ChangeSchema).min(1).max(5000) });
export const PublishBody = z.object({ baseRevision, note: z.string().trim().max(2000).optional() });
export const NoteBody = z.object({ note: z.string().trim().max(2000).optional() });

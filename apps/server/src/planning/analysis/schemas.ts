import { z } from "@hono/zod-openapi";
import { planVersionStatuses } from "@attain/db";
import { ScenarioSummarySchema } from "../schemas";

// Response shapes of the analysis routes: the engine's results with names added. Probabilities and shares are
// floats (a Monte Carlo estimate, never pay); amounts are decimal strings.

export const FairnessQuery = z.object({
  draws: z.coerce.number().int().min(100).max(20_000).optional(),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  nodeId: z.string().min(1).max(200).optional(),
});

const distribution = {
  pThreshold: z.number(),
  pQuota: z.number(),
  mean: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  histogram: z.array(z.number().int()),
};

const GroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  reps: z.number().int(),
  expectedShare: z.number(),
  shareP10: z.number(),
  shareP90: z.number(),
  meetsRule: z.boolean(),
  outliers: z.number().int(),
});

export const FairnessSchema = z
  .object({
    scenarioId: z.string(),
    threshold: z.string(),
    reps: z.array(
      z.object({
        id: z.string(),
        teamId: z.string(),
        personId: z.string(),
        name: z.string(),
        quota: z.string(),
        ...distribution,
        outlier: z.object({ kind: z.enum(["too_high", "too_low"]), reason: z.string() }).nullable(),
        basis: z
          .object({
            expectedPipeline: z.number(),
            runRateMean: z.number(),
            runRateCv: z.number(),
            meanSource: z.enum(["rep", "pooled", "none"]),
            cvSource: z.enum(["rep", "pooled", "none"]),
          })
          .optional(),
        inputs: z.object({
          history: z.array(z.string()).openapi({ description: "Last 8 fiscal quarters' net bookings × 4" }),
          pipeline: z.array(z.object({ amount: z.string(), probability: z.string() })),
          capacityFactor: z.string(),
        }),
      }),
    ),
    teams: z.array(GroupSchema),
    company: GroupSchema,
    excluded: z.array(z.object({ id: z.string(), teamId: z.string(), reason: z.string() })),
    draws: z.number().int(),
    seed: z.number().int(),
    model: z.string(),
  })
  .openapi("PlanningFairness");
export type Fairness = z.infer<typeof FairnessSchema>;

const CapacityMonthSchema = z.object({
  month: z.string(),
  heads: z.string(),
  rampedHeads: z.string(),
  capacity: z.string(),
  target: z.string(),
  gap: z.string(),
  requiredHeads: z.string(),
});
const RequisitionSchema = z.object({
  role: z.string(),
  openMonth: z.string(),
  startMonth: z.string(),
  count: z.number().int(),
  reason: z.string(),
});

const SensitivityRowSchema = z.object({
  variation: z.record(z.string(), z.union([z.string(), z.number()])),
  label: z.string(),
  totalCapacity: z.string(),
  capacityDelta: z.string(),
  hires: z.number().int(),
  hiresDelta: z.number().int(),
  shortfallMonths: z.number().int().optional(),
});
const ShortfallSchema = z.object({ month: z.string(), gap: z.string() });

export const CapacitySchema = z
  .object({
    scenarioId: z.string(),
    roles: z.array(
      z.object({
        role: z.string(),
        driver: z.enum(["quota", "overlay", "coverage"]),
        unit: z.enum(["amount", "heads"]).openapi({
          description:
            "What target, capacity and gap count: the measure, or heads of the covered role (coverage)",
        }),
        coverage: z.object({ of: z.string(), ratio: z.string() }).nullable(),
        currentHeads: z.number().int().openapi({ description: "Heads at the year's start" }),
        startingHeads: z
          .number()
          .int()
          .openapi({ description: "Hires already made that start during the year" }),
        months: z.array(CapacityMonthSchema),
        hires: z.array(RequisitionSchema),
        totalCapacity: z.string(),
        totalTarget: z.string(),
        requiredHeadcount: z.string(),
        shortfalls: z.array(ShortfallSchema).optional(),
        sensitivity: z.array(SensitivityRowSchema),
      }),
    ),
    months: z.array(CapacityMonthSchema).openapi({ description: "The ae role's months (the target's plan)" }),
    hires: z.array(RequisitionSchema).openapi({ description: "The ae role's requisitions" }),
    totalCapacity: z.string(),
    totalTarget: z.string(),
    shortfalls: z.array(ShortfallSchema),
    trace: z.array(z.string()),
    sensitivity: z.array(SensitivityRowSchema).openapi({ description: "The ae role's sensitivity" }),
    totals: z.object({
      months: z.array(
        z.object({
          month: z.string(),
          heads: z.string(),
          rampedHeads: z.string(),
          starts: z.number().int(),
        }),
      ),
      requisitions: z.array(RequisitionSchema),
      hires: z.number().int(),
      currentHeads: z.number().int(),
    }),
  })
  .openapi("PlanningCapacity");

export const ReconciliationSchema = z
  .object({
    scenarioId: z.string(),
    rows: z.array(
      z.object({
        id: z.string(),
        parentNodeId: z.string().nullable(),
        name: z.string(),
        kind: z.string(),
        depth: z.number().int(),
        topDown: z.string(),
        capacity: z.string(),
        potential: z.string(),
        capacityGap: z.string(),
        capacityGapRatio: z.string().nullable(),
        potentialGap: z.string(),
        potentialGapRatio: z.string().nullable(),
      }),
    ),
  })
  .openapi("PlanningReconciliation");

export const CompareQuery = z.object({ base: z.string().uuid(), other: z.string().uuid() });

const FiguresSchema = z.object({
  scenario: ScenarioSummarySchema,
  target: z.string(),
  totalQuota: z.string(),
  overAssignment: z.string().nullable().openapi({ description: "totalQuota ÷ target, 4 places" }),
  expectedShareAtThreshold: z.number().nullable(),
  fairness: GroupSchema.nullable(),
  heads: z
    .string()
    .nullable()
    .openapi({ description: "Expected heads in the year's last month (capacity plan)" }),
  startHeads: z.number().int(),
  hires: z.number().int().nullable(),
  capacity: z.string().nullable().openapi({ description: "Bookings capacity of the year (capacity plan)" }),
  expectedBookings: z.string(),
  costOfSales: z.string(),
  costOfSalesRatio: z.string().nullable(),
  costOfSalesPeople: z.number().int(),
  problems: z.array(z.string()),
  compPlans: z
    .array(
      z.object({
        planId: z.string(),
        planName: z.string(),
        version: z.number().int(),
        status: z.enum(planVersionStatuses),
      }),
    )
    .openapi({ description: "The plan versions the cost of sales paid people on (chosen or in force)" }),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const CompareSchema = z
  .object({
    base: FiguresSchema,
    other: FiguresSchema,
    nodes: z.array(
      z.object({
        nodeId: z.string(),
        name: z.string(),
        kind: z.string(),
        depth: z.number().int(),
        base: z.string().nullable(),
        other: z.string().nullable(),
        delta: z.string(),
      }),
    ),
  })
  .openapi("PlanningCompare");
export type Compare = z.infer<typeof CompareSchema>;

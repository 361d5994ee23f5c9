import { z } from "@hono/zod-openapi";
import { isoDate } from "../http/schemas";

// The forecast-call API's shapes (docs/forecasting-api.md, "Forecast calls", is their summary). Amounts are decimal
// strings in the workspace's reporting currency. The submission body is checked loosely here and by rule in
// check-forecast-calls.ts, so a bad amount is a 422 naming `calls.commit` rather than a schema error.

const uuid = z.string().uuid();
const amount = z.string().openapi({ example: "125000.00" });
export const motionParam = z.enum(["all", "new_business", "expansion_renewal"]).default("all");
export const forecastMotion = z.enum(["new_business", "expansion_renewal"]);

export const PeriodParams = z.object({ id: uuid.openapi({ param: { name: "id", in: "path" } }) });

export const PeriodSchema = z
  .object({
    id: uuid,
    label: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(["open", "closed"]),
    closedAt: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi("ForecastPeriod");
export type PeriodView = z.infer<typeof PeriodSchema>;

export const OverrideSchema = z.object({
  amount,
  note: z.string().nullable(),
  authorId: uuid,
  authorName: z.string(),
  submittedAt: z.string(),
});

export const GridCellSchema = z.object({
  value: amount,
  call: amount.nullable(),
  rollup: amount,
  deals: amount,
  override: OverrideSchema.nullable(),
});
export type GridCell = z.infer<typeof GridCellSchema>;

const categories = ["closed", "commit", "best_case", "pipeline", "omitted"] as const;
export const StatisticalSchema = z.object({ expected: amount, low: amount, high: amount });

export const GridRowSchema = z
  .object({
    personId: uuid,
    name: z.string(),
    jobRole: z.string(),
    managerId: uuid.nullable(),
    isNode: z.boolean(),
    hasReports: z.boolean(),
    cells: z.object(
      Object.fromEntries(categories.map((c) => [c, GridCellSchema])) as Record<
        (typeof categories)[number],
        typeof GridCellSchema
      >,
    ),
    commitForecast: amount,
    bestCaseForecast: amount,
    target: amount.nullable(),
    statistical: StatisticalSchema.nullable(),
  })
  .openapi("ForecastGridRow");
export type GridRow = z.infer<typeof GridRowSchema>;

export const GridQuery = z.object({
  personId: uuid.optional(),
  motion: motionParam,
  asOf: isoDate.optional(),
});

export const GridSchema = z
  .object({
    period: PeriodSchema,
    asOf: z.string(),
    currency: z.string(),
    motion: motionParam,
    node: GridRowSchema,
    rows: z.array(GridRowSchema),
    editable: z.object({ ownCall: z.boolean(), overrideIds: z.array(uuid) }),
    lastSubmittedAt: z.string().nullable(),
    /** The node's managers on asOf, from the highest the caller may see down to the node's own manager. */
    chain: z.array(z.object({ personId: uuid, name: z.string() })),
  })
  .openapi("ForecastGrid");

export const SubmitBody = z
  .object({
    subjectId: uuid.optional(),
    motion: forecastMotion,
    // Checked by rule (check-forecast-calls.ts) so that each bad amount is a 422 naming its category.
    calls: z.record(z.string(), z.unknown()),
    note: z.string().max(2_000).optional(),
  })
  .openapi("ForecastSubmissionBody");
export type SubmitBody = z.infer<typeof SubmitBody>;

export const SubmissionSchema = z
  .object({
    id: uuid,
    authorId: uuid,
    authorName: z.string(),
    subjectId: uuid,
    subjectName: z.string(),
    kind: z.enum(["call", "override"]),
    motion: forecastMotion,
    category: z.enum(["commit", "best_case", "pipeline", "omitted"]),
    amount,
    note: z.string().nullable(),
    submittedAt: z.string(),
  })
  .openapi("ForecastSubmission");
export type SubmissionView = z.infer<typeof SubmissionSchema>;

export const HistoryQuery = z.object({ subjectId: uuid.optional(), motion: forecastMotion.optional() });

export const SnapshotSchema = z.object({
  id: uuid,
  takenOn: z.string(),
  kind: z.enum(["weekly", "manual", "close"]),
});

export const TrendQuery = z.object({ personId: uuid.optional(), motion: motionParam });

export const TrendPointSchema = z.object({
  takenOn: z.string(),
  kind: z.enum(["weekly", "manual", "close"]),
  closed: amount,
  commit: amount,
  bestCase: amount,
  pipeline: amount,
  commitForecast: amount,
  bestCaseForecast: amount,
  ownCommit: amount.nullable(),
  ownBestCase: amount.nullable(),
  statisticalExpected: amount.nullable(),
  statisticalLow: amount.nullable(),
  statisticalHigh: amount.nullable(),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;

export const TrendSchema = z
  .object({
    period: PeriodSchema,
    currency: z.string(),
    personId: uuid,
    name: z.string(),
    points: z.array(TrendPointSchema),
  })
  .openapi("ForecastTrend");

export const AccuracyQuery = z.object({
  periodId: uuid.optional(),
  personId: uuid.optional(),
  motion: motionParam,
});

export const AccuracySchema = z
  .object({
    periods: z.array(PeriodSchema),
    people: z.array(
      z.object({
        personId: uuid,
        name: z.string(),
        source: z.enum(["call", "rollup", "statistical"]),
        category: z.string(),
        points: z.array(
          z.object({
            periodId: uuid,
            takenOn: z.string(),
            forecast: amount,
            actual: amount,
            error: amount,
            ape: z.string().nullable(),
          }),
        ),
        mape: z.string().nullable(),
        bias: z.string().nullable(),
      }),
    ),
  })
  .openapi("ForecastAccuracy");

import { z } from "@hono/zod-openapi";
import { AdjustmentSchema, periodKey } from "../workflow/schemas";

export const TraceStepSchema = z
  .object({ rule: z.string(), detail: z.string(), values: z.record(z.string(), z.string()) })
  .openapi("CompTraceStep");

export const StatementParams = z.object({
  personId: z
    .string()
    .uuid()
    .openapi({ param: { name: "personId", in: "path" } }),
  periodKey: periodKey.openapi({ param: { name: "periodKey", in: "path" } }),
});

export const NextTierSchema = z
  .object({ component: z.string(), atRatio: z.string(), creditNeeded: z.string(), rate: z.string() })
  .nullable();

export const YearToDateSchema = z.object({
  fiscalYear: z.number().int(),
  earned: z.string(),
  payable: z.string().openapi({ description: "Sum of each period's payable + adjustments" }),
  byPeriod: z.array(
    z.object({ periodKey: z.string(), status: z.string(), earned: z.string(), payable: z.string() }),
  ),
});

export const StatementSchema = z
  .object({
    payee: z.object({ id: z.string(), externalId: z.string(), name: z.string(), jobRole: z.string() }),
    plan: z.object({ key: z.string(), name: z.string(), version: z.number().int() }),
    period: z.object({ key: z.string(), start: z.string(), end: z.string() }),
    currency: z.string(),
    status: z.string(),
    runId: z.string(),
    lines: z.array(
      z.object({
        id: z.string(),
        lineNo: z.number().int(),
        component: z.string(),
        kind: z.string(),
        transactionId: z.string().nullable(),
        exact: z.string(),
        amount: z.string(),
        trace: z.array(TraceStepSchema),
      }),
    ),
    adjustments: z.array(AdjustmentSchema),
    totals: z
      .object({
        earned: z.string(),
        resultPayable: z.string().openapi({ description: "The run's payable (draws, holdbacks applied)" }),
        linesTotal: z.string().openapi({ description: "Sum of the lines" }),
        adjustments: z.string(),
        payable: z.string().openapi({ description: "resultPayable + adjustments: what this statement pays" }),
      })
      .catchall(z.string())
      .openapi({ description: "Also drawAdvance, drawRecovered, heldBack, released, onHold from the run" }),
    attainment: z.record(z.string(), z.string().nullable()),
    nextTier: NextTierSchema,
    yearToDate: YearToDateSchema,
  })
  .openapi("CompStatement");

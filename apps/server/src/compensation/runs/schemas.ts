import { z } from "@hono/zod-openapi";
import { pageQuery } from "../../http/pagination";

const periodKey = z
  .string()
  .regex(/^(?!0000)\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Expected a period as YYYY, YYYY-Qn or YYYY-MM")
  .openapi({ example: "2025-Q1" });

export const NewRunSchema = z
  .object({
    periodKey,
    personIds: z.array(z.string().uuid()).min(1).max(100_000).optional().openapi({
      description:
        "Only these payees (the others keep their current results); everyone on a plan when absent",
    }),
  })
  .openapi("NewCompRun");

export const RunStartedSchema = z
  .object({ runId: z.string().uuid(), jobId: z.string().uuid() })
  .openapi("CompRunStarted");

export const RunListQuery = z.object({ periodKey: periodKey.optional() });

const RunSummary = z.object({
  id: z.string().uuid(),
  periodKey: z.string(),
  status: z.enum(["queued", "running", "succeeded", "failed"]),
  isCurrent: z.boolean(),
  payeeCount: z.number().int(),
  lineCount: z.number().int(),
  recalculatedCount: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const RunListSchema = z.object({ items: z.array(RunSummary) }).openapi("CompRuns");

export const RunSchema = RunSummary.extend({
  jobId: z.string().uuid().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  scope: z.array(z.string()).nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  planVersions: z.record(z.string(), z.number().int()),
  dataFingerprint: z.string().nullable(),
  unassigned: z.array(z.unknown()),
  problems: z.array(z.unknown()),
  duplicates: z.array(z.unknown()),
  error: z.string().nullable(),
}).openapi("CompRun");

export const RunParams = z.object({ id: z.string().uuid() });
export const ResultParams = z.object({ resultId: z.string().uuid() });
export const ResultsQuery = z.object({ ...pageQuery });

export const ResultRowSchema = z
  .object({
    resultId: z.string().uuid(),
    personId: z.string().uuid(),
    personName: z.string(),
    planKey: z.string(),
    planVersion: z.number().int(),
    currency: z.string(),
    earned: z.string(),
    payable: z.string(),
    attainmentRatio: z.string().nullable(),
    ytdAttainmentRatio: z.string().nullable(),
  })
  .openapi("CompResultRow");

export const ResultsPageSchema = z
  .object({ items: z.array(ResultRowSchema), nextCursor: z.string().nullable() })
  .openapi("CompResultsPage");

const TraceStepSchema = z.object({
  rule: z.string(),
  detail: z.string(),
  values: z.record(z.string(), z.string()),
});

export const ResultLinesSchema = z
  .object({
    resultId: z.string().uuid(),
    runId: z.string().uuid(),
    personId: z.string().uuid(),
    periodKey: z.string(),
    currency: z.string(),
    items: z.array(
      z.object({
        lineNo: z.number().int(),
        component: z.string(),
        kind: z.string(),
        creditId: z.string().nullable(),
        transactionId: z.string().nullable(),
        exact: z.string(),
        amount: z.string(),
        trace: z.array(TraceStepSchema),
      }),
    ),
  })
  .openapi("CompResultLines");

export type ResultRow = z.infer<typeof ResultRowSchema>;
export type RunView = z.infer<typeof RunSchema>;

import { z } from "@hono/zod-openapi";
import { compPeriodStatuses } from "@attain/db";
import { decimalString } from "../../http/schemas";

export const periodKey = z
  .string()
  .regex(/^(?!0000)\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/, "Expected a period as YYYY-MM, YYYY-Qn or YYYY")
  .openapi({ example: "2026-01" });

export const PeriodParams = z.object({
  periodKey: periodKey.openapi({ param: { name: "periodKey", in: "path" } }),
});

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 code such as EUR");

export const CurrencyTotalsSchema = z
  .object({
    currency: z.string(),
    earned: z.string(),
    payable: z.string(),
    adjustments: z.string(),
    payableWithAdjustments: z.string().openapi({ description: "payable + adjustments: what payroll pays" }),
  })
  .openapi("CompCurrencyTotals");

const periodFields = {
  periodKey: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(compPeriodStatuses),
  currentRunId: z.string().nullable(),
  publishedRunId: z.string().nullable(),
  payeeCount: z.number().int(),
  totals: z.array(CurrencyTotalsSchema).openapi({ description: "One entry per pay currency" }),
};

export const PeriodSummarySchema = z.object(periodFields).openapi("CompPeriodSummary");

export const PeriodListSchema = z.object({ items: z.array(PeriodSummarySchema) }).openapi("CompPeriodList");

export const PeriodDetailSchema = z
  .object({
    ...periodFields,
    updatedAt: z.string(),
    approvals: z.array(
      z.object({
        id: z.string(),
        step: z.enum(["manager", "finance"]),
        decision: z.enum(["approved", "rejected"]),
        personId: z.string().nullable(),
        runId: z.string(),
        note: z.string().nullable(),
        decidedBy: z.string().openapi({ description: "User id" }),
        decidedAt: z.string(),
      }),
    ),
    payees: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        currency: z.string(),
        earned: z.string(),
        payable: z.string(),
        adjustments: z.string(),
        payableWithAdjustments: z.string(),
        managerApproval: z
          .object({ decidedBy: z.string(), decidedAt: z.string(), note: z.string().nullable() })
          .nullable(),
      }),
    ),
  })
  .openapi("CompPeriodDetail");

const note = z.string().trim().min(1).max(2000);

export const ApproveBody = z
  .object({
    step: z.enum(["manager", "finance"]),
    personIds: z
      .array(z.string().uuid())
      .min(1)
      .max(10_000)
      .optional()
      .openapi({ description: "Manager step: only these payees (default: every payee in your tree)" }),
    note: note.optional(),
  })
  .openapi("CompApproval");

export const RejectBody = z.object({ note }).openapi("CompRejection");

export const AdjustmentSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    periodKey: z.string(),
    amount: z.string(),
    currency: z.string(),
    reason: z.string(),
    kind: z.enum(["manual", "dispute", "prior_period"]),
    sourcePeriodKey: z.string().nullable(),
    disputeId: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("CompAdjustment");

export const AdjustmentBody = z
  .object({
    personId: z.string().uuid(),
    periodKey,
    amount: decimalString.openapi({ example: "150.00" }),
    currency: currencyCode,
    reason: z.string().trim().min(1, "A reason is required").max(2000),
  })
  .openapi("CompAdjustmentRequest");

export const AdjustmentHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7E]+$/, "Expected 1–200 visible ASCII characters")
    .optional()
    .openapi({
      description:
        "Makes the request safe to retry: a repeat with the same key and body returns the first adjustment (200); the same key with another body is a 422.",
      example: "3f2b9c1e-adjust-ana-2026-02",
    }),
});

export const AdjustmentsQuery = z.object({
  periodKey: periodKey.optional(),
  personId: z.string().uuid().optional(),
});

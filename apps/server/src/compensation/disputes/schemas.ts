import { z } from "@hono/zod-openapi";
import { disputeStatuses } from "@attain/db";
import { decimalString } from "../../http/schemas";
import { AdjustmentSchema, periodKey } from "../workflow/schemas";

export const DisputeSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    periodKey: z.string(),
    resultLineId: z.string().nullable(),
    line: z
      .object({
        component: z.string(),
        kind: z.string(),
        transactionId: z.string().nullable(),
        amount: z.string(),
      })
      .nullable(),
    subject: z.string(),
    status: z.enum(disputeStatuses),
    openedBy: z.string().openapi({ description: "User id" }),
    openedAt: z.string(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    adjustmentId: z.string().nullable(),
  })
  .openapi("CompDispute");

export const DisputeDetailSchema = DisputeSchema.extend({
  messages: z.array(
    z.object({
      id: z.string(),
      authorId: z.string(),
      authorName: z.string(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  adjustment: AdjustmentSchema.nullable(),
}).openapi("CompDisputeDetail");

export const DisputeParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});

export const DisputesQuery = z.object({
  status: z.enum(disputeStatuses).optional(),
  periodKey: periodKey.optional(),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const OpenDisputeBody = z
  .object({
    resultLineId: z
      .string()
      .regex(/^[0-9a-f-]{36}:[1-9][0-9]{0,8}$/i, "A statement line id (<resultId>:<lineNo>)"),
    subject: text(200),
    message: text(5000),
  })
  .openapi("CompDisputeRequest");

export const DisputeMessageBody = z.object({ body: text(5000) }).openapi("CompDisputeMessage");

export const ResolveDisputeBody = z
  .object({
    resolution: z.enum(["resolved", "rejected"]),
    message: text(5000),
    adjustment: z
      .object({ amount: decimalString, reason: text(2000) })
      .optional()
      .openapi({ description: "Paid in the earliest period after the disputed one that is not published" }),
  })
  .openapi("CompDisputeResolution");

import { z } from "@hono/zod-openapi";
import { feedbackKinds, feedbackSentiments } from "@attain/db";
import { isoDate } from "../http/schemas";

export const complaintSeverities = ["low", "medium", "high", "critical"] as const;

const label = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "A label in snake case, e.g. lead_quality");

export const FeedbackBody = z
  .object({
    kind: z.enum(feedbackKinds),
    leadId: z.string().uuid().optional(),
    accountId: z.string().uuid().optional(),
    opportunityId: z.string().uuid().optional(),
    receivedOn: isoDate,
    channel: label.optional(),
    category: label.optional(),
    sentiment: z.enum(feedbackSentiments).optional(),
    rating: z.number().int("Must be a whole number").min(1).max(5).optional(),
    severity: z.enum(complaintSeverities).optional(),
    subject: z.string().trim().min(1, "Must not be empty").max(300),
    body: z.string().max(10_000).default(""),
  })
  .openapi("FeedbackBody");
export type FeedbackInput = z.infer<typeof FeedbackBody>;

export const FeedbackQuery = z.object({
  kind: z.enum(feedbackKinds).optional(),
  personId: z.string().uuid().optional(),
  accountId: z.string().uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(["open", "resolved"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type FeedbackFilter = z.infer<typeof FeedbackQuery>;

export const ResolveFeedbackBody = z
  .object({ status: z.literal("resolved"), resolvedOn: isoDate })
  .openapi("ResolveFeedbackBody");

export const FeedbackSchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string().nullable(),
    kind: z.enum(feedbackKinds),
    person: z.object({ id: z.string(), name: z.string() }).nullable(),
    leadId: z.string().nullable(),
    account: z.object({ id: z.string(), name: z.string() }).nullable(),
    opportunityId: z.string().nullable(),
    receivedOn: z.string(),
    channel: z.string().nullable(),
    category: z.string().nullable(),
    sentiment: z.enum(feedbackSentiments).nullable(),
    rating: z.number().int().nullable(),
    severity: z.string().nullable(),
    subject: z.string(),
    body: z.string(),
    status: z.string(),
    resolvedOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Feedback");
export type FeedbackDto = z.infer<typeof FeedbackSchema>;

export const FeedbackPageSchema = z.object({
  items: z.array(FeedbackSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalRows: z.number().int(),
});

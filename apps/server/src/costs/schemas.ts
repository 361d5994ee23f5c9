import { z } from "@hono/zod-openapi";
import { costCategories } from "@attain/db";
import { decimalString, isoMonth } from "../http/schemas";

export const CostRowInput = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, "Expected a month as YYYY-MM (or its first day, YYYY-MM-01)"),
  category: z.enum(costCategories),
  channel: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/, "A channel label in snake case, e.g. paid_search")
    .nullable()
    .optional(),
  amount: decimalString,
  currency: z.string().regex(/^[A-Z]{3}$/, "A 3-letter ISO 4217 code"),
  note: z.string().max(1000).nullable().optional(),
});

export const PutCostsBody = z.object({ rows: z.array(CostRowInput).max(5000) }).openapi("PutCostsBody");
export type PutCostsInput = z.infer<typeof PutCostsBody>;

export const CostsQuery = z.object({ from: isoMonth.optional(), to: isoMonth.optional() });

export const CostRowSchema = z
  .object({
    id: z.string().uuid(),
    month: z.string().openapi({ description: "YYYY-MM" }),
    category: z.enum(costCategories),
    channel: z.string().nullable(),
    amount: z.string(),
    currency: z.string(),
    note: z.string().nullable(),
  })
  .openapi("SalesMarketingCost");
export type CostRowDto = z.infer<typeof CostRowSchema>;

import { z } from "@hono/zod-openapi";

export const QuotaQuery = z.object({
  personId: z.string().uuid().optional(),
  periodKey: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Expected a period as YYYY, YYYY-Qn or YYYY-MM")
    .optional(),
});

export const QuotaSchema = z
  .object({
    id: z.string().uuid(),
    personId: z.string().uuid(),
    personName: z.string(),
    measure: z.string(),
    periodKey: z.string(),
    amount: z.string(),
    currency: z.string(),
    source: z.string(),
  })
  .openapi("CompQuota");

export const QuotaListSchema = z.object({ items: z.array(QuotaSchema) }).openapi("CompQuotas");
export type Quota = z.infer<typeof QuotaSchema>;

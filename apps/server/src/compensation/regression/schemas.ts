import { z } from "@hono/zod-openapi";

export const RegressionParams = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "key", in: "path" } }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "version", in: "path" } }),
});

export const RegressionBody = z
  .object({
    periods: z.number().int().min(1).max(36).openapi({ description: "The last N published or paid periods" }),
  })
  .openapi("CompRegressionRequest");

const amounts = { current: z.string(), candidate: z.string(), difference: z.string() };

export const RegressionSchema = z
  .object({
    planKey: z.string(),
    version: z.number().int(),
    periods: z.array(z.string()),
    rows: z.array(
      z.object({
        periodKey: z.string(),
        personId: z.string(),
        personName: z.string(),
        currency: z.string(),
        ...amounts,
      }),
    ),
    summary: z.array(
      z.object({ currency: z.string(), ...amounts, payees: z.number().int(), changed: z.number().int() }),
    ),
    problems: z.array(
      z.object({ periodKey: z.string(), personId: z.string().nullable(), message: z.string() }),
    ),
  })
  .openapi("CompRegression");

import { z } from "@hono/zod-openapi";
import { DECIMAL_LIMITS_MESSAGE, withinDecimalLimits } from "../../http/schemas";

/** A share of a credit as an exact decimal string in (0, 1]: "0.6", "0.333333", "1", "1.00". */
export const shareSchema = z
  .string()
  .max(30)
  .regex(/^(0\.\d*[1-9]\d*|1(\.0+)?)$/, 'Expected a decimal share greater than 0 and at most 1, e.g. "0.5"')
  .refine(withinDecimalLimits, DECIMAL_LIMITS_MESSAGE)
  .openapi({ example: "0.5" });

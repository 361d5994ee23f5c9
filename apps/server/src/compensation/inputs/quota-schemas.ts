import { z } from "@hono/zod-openapi";
import { DECIMAL_LIMITS_MESSAGE, withinDecimalLimits } from "../../http/schemas";

/** A ramp share: an exact decimal string from 0 to 1 ("0", "0.25", "1.00"). */
const rampShare = z
  .string()
  .max(30)
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'Expected a decimal share from 0 to 1, e.g. "0.25"')
  .refine(withinDecimalLimits, DECIMAL_LIMITS_MESSAGE)
  .openapi({ example: "0.25" });

/** The workspace's quota policy as stored in comp_settings.quota (docs/calculations/quota-proration.md). */
export const QuotaSettingsSchema = z
  .object({
    proration: z.enum(["days", "months", "none"]).openapi({
      description:
        "A full-period quota for someone hired or leaving inside the period: days = active days ÷ days, month by month; months = a month counts when active on any day of it; none = no proration",
    }),
    ramp: z.array(rampShare).max(120).nullable().default(null).openapi({
      description:
        'Share of the quota by month of tenure (the hire month is month 1), e.g. ["0", "0.25", "0.5", "0.75"]; the full quota after the last. null = each person\'s ramp_months n (k/(n+1) in months 1..n); [] = no ramp',
    }),
  })
  .openapi("CompQuotaSettings");

export type QuotaSettings = z.infer<typeof QuotaSettingsSchema>;

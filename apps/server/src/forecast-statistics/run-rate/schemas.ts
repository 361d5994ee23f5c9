import { z } from "@hono/zod-openapi";
import { isoMonth } from "../../http/schemas";

export const RunRateQuery = z.object({
  personId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: "Narrow to this person and whoever reports to them" }),
  months: z.coerce
    .number()
    .int()
    .min(1, "`months` must be between 1 and 24")
    .max(24, "`months` must be between 1 and 24")
    .default(6)
    .openapi({ description: "Months to forecast after the last complete month (1–24, default 6)" }),
});

const amount = z
  .string()
  .openapi({ example: "1234.56", description: "Decimal amount in the reporting currency" });
const accuracy = z.object({
  smape: z.string().openapi({ example: "12.34", description: "sMAPE in percent, M3 definition (2 dp)" }),
  mase: z.string().nullable().openapi({
    example: "0.876",
    description: "MASE (3 dp); null when the history has no seasonal-naive scale",
  }),
});

export const RunRateSchema = z
  .object({
    currency: z.string(),
    history: z.array(z.object({ month: isoMonth, amount })).openapi({
      description:
        "Complete months of net bookings, from the first month with a line to the month before today's (0 for months without lines)",
    }),
    currentMonth: z
      .object({ month: isoMonth, amount })
      .openapi({ description: "Today's month so far: shown, but incomplete, so not used to fit" }),
    forecast: z.array(
      z.object({
        month: isoMonth,
        theta: amount,
        low: amount.openapi({ description: "p10 of the Theta forecast" }),
        high: amount.openapi({ description: "p90 of the Theta forecast" }),
        arima: amount
          .nullable()
          .openapi({ description: "SARIMA(0,1,1)(0,1,1)12 when the `arima` package is there" }),
        seasonalNaive: amount,
      }),
    ),
    method: z.string(),
    holdout: z
      .object({
        months: z.number().int(),
        theta: accuracy,
        seasonalNaive: accuracy,
        arima: accuracy.nullable(),
      })
      .nullable()
      .openapi({
        description:
          "Accuracy on the last 6 complete months, fitted on the months before; null when too short",
      }),
    notes: z
      .array(z.string())
      .openapi({ description: "What was left out or could not be computed, in English" }),
  })
  .openapi("RunRateForecast");

export type RunRateForecast = z.infer<typeof RunRateSchema>;

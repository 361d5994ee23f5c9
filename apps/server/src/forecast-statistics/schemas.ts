import { z } from "@hono/zod-openapi";
import { isoDate } from "../http/schemas";

export const forecastMotionValues = ["new_business", "expansion_renewal"] as const;

export const TrainModelBody = z
  .object({
    cutoff: isoDate.optional().openapi({
      description: "Deals closed before it train, those on or after test (default: the 80/20 split)",
    }),
  })
  .openapi("TrainWinModel");

const Ratio = z.string().openapi({ description: "Decimal string, 4 dp" });

export const WinModelSummarySchema = z
  .object({
    id: z.string().uuid(),
    createdAt: z.string(),
    cutoff: z.string(),
    trainedOn: z.number().int(),
    testedOn: z.number().int(),
    features: z.array(z.string()),
    metrics: z.object({
      auc: Ratio,
      brier: Ratio,
      baseline: z.object({ auc: Ratio, brier: Ratio }),
      calibration: z.array(
        z.object({
          bin: z.string(),
          predicted: Ratio.nullable(),
          observed: Ratio.nullable(),
          count: z.number().int(),
        }),
      ),
    }),
  })
  .openapi("WinModelSummary");
export type WinModelSummary = z.infer<typeof WinModelSummarySchema>;

export const PeriodParams = z.object({ id: z.string().uuid() });

export const StatisticalQuery = z.object({
  personId: z.string().uuid().optional(),
  motion: z.enum(["all", ...forecastMotionValues]).default("all"),
});

export const StatisticalDealSchema = z.object({
  opportunityId: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  stage: z.string(),
  reportingAmount: z.string(),
  winProbability: Ratio,
  closeInPeriodProbability: Ratio,
  expectedCloseDate: z.string().nullable(),
  expectedValue: z.string(),
});

export const StatisticalForecastSchema = z
  .object({
    model: WinModelSummarySchema.nullable(),
    currency: z.string(),
    closed: z.string(),
    expected: z.string(),
    low: z.string(),
    high: z.string(),
    interval: z.literal("p10-p90"),
    draws: z.number().int(),
    histogram: z.array(z.object({ from: z.string(), to: z.string(), share: Ratio })),
    /** The open deals behind `expected`, largest expected value first (at most 500 listed). */
    deals: z.array(StatisticalDealSchema),
    /** Open deals left out of the sums, by reason (each is flagged on the pipeline page). */
    excluded: z.object({
      noAmount: z.number().int(),
      negativeAmount: z.number().int(),
      noRate: z.number().int(),
    }),
  })
  .openapi("StatisticalForecast");
export type StatisticalForecast = z.infer<typeof StatisticalForecastSchema>;

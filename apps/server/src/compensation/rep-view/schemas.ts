import { z } from "@hono/zod-openapi";
import { NextTierSchema, TraceStepSchema, YearToDateSchema } from "../statements/schemas";
import { periodKey } from "../workflow/schemas";

export const MyPayQuery = z.object({ periodKey: periodKey.optional() });

export const MyPaySchema = z
  .object({
    person: z.object({ id: z.string(), name: z.string() }),
    periodKey: z.string().nullable(),
    status: z.string().nullable(),
    provisional: z.boolean().openapi({ description: "True until the period is published" }),
    plan: z.object({ key: z.string(), name: z.string(), version: z.number().int() }).nullable(),
    currency: z.string().nullable(),
    earned: z.string(),
    adjustments: z.string(),
    payable: z.string().openapi({ description: "Result payable + adjustments" }),
    yearToDate: YearToDateSchema.nullable(),
    attainment: z.record(z.string(), z.string().nullable()).nullable(),
    nextTier: NextTierSchema.openapi({
      description: "Distance to the next tier: credit needed and the rate there",
    }),
    latestStatement: z.object({ periodKey: z.string(), url: z.string(), pdfUrl: z.string() }).nullable(),
  })
  .openapi("CompMyPay");

export const WhatIfQuery = z.object({ opportunityId: z.string().uuid().optional() });

export const WhatIfSchema = z
  .object({
    periodKey: z.string(),
    planKey: z.string(),
    planCurrency: z.string(),
    items: z.array(
      z.object({
        opportunityId: z.string(),
        name: z.string(),
        amount: z.string(),
        currency: z.string(),
        share: z.string().openapi({ description: "The owner's share: 1 − other people's split shares" }),
        estimatedCommission: z
          .string()
          .nullable()
          .openapi({ description: "Added to earned this period, plan currency" }),
        earnedBefore: z.string().nullable(),
        earnedAfter: z.string().nullable(),
        attainmentBefore: z.string().nullable(),
        attainmentAfter: z.string().nullable(),
        trace: z.array(TraceStepSchema),
        problem: z.string().nullable(),
      }),
    ),
  })
  .openapi("CompWhatIf");

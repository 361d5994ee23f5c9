import { z } from "@hono/zod-openapi";
import { isoDate, isoMonth } from "../http/schemas";

export const RevenueQuery = z.object({
  from: isoMonth
    .optional()
    .openapi({ description: "First month (YYYY-MM); default: start of the current fiscal year" }),
  to: isoMonth
    .optional()
    .openapi({ description: "Last month, inclusive (YYYY-MM); default: end of the current fiscal year" }),
  personId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: "Narrow to this person and whoever reports to them" }),
  asOf: isoDate
    .optional()
    .openapi({ description: "Date for the reporting tree (YYYY-MM-DD); default: today" }),
});

const amount = z
  .string()
  .openapi({ example: "1234.56", description: "Decimal amount in the reporting currency" });
const ratio = z.string().nullable().openapi({
  example: "0.8734",
  description: "Attainment ratio (1.0000 = 100%), null when the target is zero",
});

export const ScopeSchema = z.object({
  kind: z.enum(["self", "tree", "workspace", "person"]),
  personId: z.string().uuid().nullable(),
  name: z.string(),
});

export const RevenueVsTargetSchema = z
  .object({
    currency: z.string(),
    from: isoMonth,
    to: isoMonth,
    asOf: isoDate,
    scope: ScopeSchema,
    months: z.array(
      z.object({
        month: isoMonth,
        bookings: amount,
        target: amount,
        attainment: ratio,
        cumulativeBookings: amount,
        cumulativeTarget: amount,
        lines: z.number().int(),
      }),
    ),
    reps: z.array(
      z.object({
        personId: z.string().uuid(),
        name: z.string(),
        jobRole: z.string(),
        bookings: amount,
        target: amount,
        attainment: ratio,
        lines: z.number().int(),
      }),
    ),
    totals: z.object({ bookings: amount, target: amount, attainment: ratio, lines: z.number().int() }),
    distribution: z
      .object({
        reps: z.number().int(),
        atOrAbove100: z.number().int(),
        atOrAbove70: z.number().int(),
        share70: z.string().nullable(),
      })
      .openapi({
        description:
          "Reps with a target, and how many reached 100% and 70% of it (rule of thumb: ~70% of reps reach 70%)",
      }),
  })
  .openapi("RevenueVsTarget");

export const BookingLineSchema = z
  .object({
    id: z.string().uuid(),
    orderNumber: z.string(),
    bookingDate: isoDate,
    kind: z.enum(["booking", "cancellation", "return"]),
    originalLineId: z.string().uuid().nullable(),
    accountId: z.string().uuid().nullable(),
    accountName: z.string().nullable(),
    opportunityId: z.string().uuid().nullable(),
    opportunityName: z.string().nullable(),
    productName: z.string().nullable(),
    ownerId: z.string().uuid().nullable(),
    ownerName: z.string().nullable(),
    amount: z.string(),
    currency: z.string(),
    amountReporting: z.string(),
    serviceStart: isoDate
      .nullable()
      .openapi({ description: "First day of the period the line pays for, if known" }),
    serviceEnd: isoDate.nullable(),
  })
  .openapi("BookingLine");

export const BookingLinesPageSchema = z
  .object({
    items: z.array(BookingLineSchema),
    total: z.object({ lines: z.number().int(), amountReporting: amount }),
    nextCursor: z.string().nullable(),
  })
  .openapi("BookingLinesPage");

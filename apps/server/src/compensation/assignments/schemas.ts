import { z } from "@hono/zod-openapi";
import { decimalString, isoDate } from "../../http/schemas";

export const AssignmentSchema = z
  .object({
    id: z.string().uuid(),
    personId: z.string().uuid(),
    personName: z.string(),
    planKey: z.string(),
    planName: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    targetIncentive: z.string(),
    currency: z.string(),
  })
  .openapi("CompAssignment");

export const AssignmentListSchema = z.object({ items: z.array(AssignmentSchema) }).openapi("CompAssignments");

export const AssignmentQuery = z.object({
  personId: z.string().uuid().optional(),
  planKey: z.string().max(200).optional(),
});

export const NewAssignmentSchema = z
  .object({
    personId: z.string().uuid(),
    planKey: z.string().min(1).max(200),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
    targetIncentive: decimalString.default("0"),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "Expected an ISO 4217 code such as EUR")
      .openapi({ description: "Currency of the target incentive (ISO 4217)" }),
  })
  .refine((a) => a.validTo === null || a.validTo >= a.validFrom, {
    message: "validTo must not be before validFrom",
    path: ["validTo"],
  })
  .openapi("NewCompAssignment");

export type Assignment = z.infer<typeof AssignmentSchema>;
export type NewAssignment = z.infer<typeof NewAssignmentSchema>;

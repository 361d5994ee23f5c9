import { z } from "@hono/zod-openapi";

export const HoldsQuery = z.object({
  active: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true = holds not yet released, false = released ones; absent = all" }),
});

export const HoldParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});

export const HoldBody = z
  .object({
    personId: z.string().uuid().optional().openapi({ description: "Hold all of this person's pay" }),
    transactionId: z.string().uuid().optional().openapi({
      description: "Hold the pay on this order line (its id); with personId, the line is what is held",
    }),
    reason: z.string().trim().min(1, "Must not be empty").max(2000),
  })
  .refine((body) => body.personId !== undefined || body.transactionId !== undefined, {
    message: "Give personId, transactionId or both",
    path: ["personId"],
  })
  .openapi("CompHoldBody");

export type HoldInput = z.infer<typeof HoldBody>;

export const HoldSchema = z
  .object({
    id: z.string().uuid(),
    personId: z.string().uuid().nullable(),
    transactionId: z.string().uuid().nullable(),
    reason: z.string(),
    placedBy: z.string().uuid().nullable(),
    placedAt: z.string(),
    releasedBy: z.string().uuid().nullable(),
    releasedAt: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi("CompHold");

export type HoldView = z.infer<typeof HoldSchema>;

export const HoldListSchema = z.object({ items: z.array(HoldSchema) }).openapi("CompHoldList");

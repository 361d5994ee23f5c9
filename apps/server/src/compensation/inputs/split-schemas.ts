import { z } from "@hono/zod-openapi";
import { shareSchema } from "./share-schema";

export const SplitsQuery = z.object({
  opportunityId: z.string().uuid().optional().openapi({ description: "Only this deal" }),
});

export const SplitParams = z.object({
  opportunityId: z
    .string()
    .uuid()
    .openapi({ param: { name: "opportunityId", in: "path" } }),
});

const SplitEntry = z.object({
  personId: z.string().uuid(),
  share: shareSchema,
  role: z.enum(["split", "overlay"]).openapi({
    description: '"split" shares replace the owner and sum to exactly 1; "overlay" is extra credit',
  }),
});

export type SplitEntryInput = z.infer<typeof SplitEntry>;

export const SplitsBody = z
  .object({
    splits: z.array(SplitEntry).max(100).openapi({ description: "[] removes every split and overlay" }),
  })
  .openapi("CompCreditSplitsBody");

export const DealSplitsSchema = z
  .object({
    opportunityId: z.string().uuid(),
    opportunityName: z.string(),
    splits: z.array(SplitEntry.extend({ personName: z.string() })),
  })
  .openapi("CompDealSplits");

export type DealSplitsView = z.infer<typeof DealSplitsSchema>;

export const DealSplitsListSchema = z
  .object({ items: z.array(DealSplitsSchema) })
  .openapi("CompDealSplitsList");

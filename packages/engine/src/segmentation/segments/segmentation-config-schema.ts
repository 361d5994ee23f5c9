import { z } from "zod";
import type { SegmentField } from "../types";
import { isSegmentField } from "./segment-fields";

// The shape of a SegmentationConfig (types.ts). `checkSegmentationConfig` runs it first, so a config from JSON that
// is not even the right shape is reported by field rather than crashing the segmentation; the rules it cannot
// express (ordered thresholds, share totals) are checked after it.
/** The message of a field that is neither known nor `attribute:<name>` (mapped to the code "unknown_field"). */
export const UNKNOWN_FIELD = "unknown field";

const field = z.custom<SegmentField>((value) => typeof value === "string" && isSegmentField(value), {
  message: UNKNOWN_FIELD,
});
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, { message: "not a plain decimal" });

const condition = z.discriminatedUnion("op", [
  z.object({ field, op: z.enum(["in", "notIn", "startsWith"]), values: z.array(z.string()).min(1) }),
  z.object({ field, op: z.literal("between"), min: decimal.optional(), max: decimal.optional() }),
  z.object({ field, op: z.enum(["isNull", "notNull"]) }),
]);

const segmentName = z.string().trim().min(1).max(100);

export const segmentationConfigSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("rules"),
    rules: z.array(z.object({ segment: segmentName, conditions: z.array(condition) })).min(1),
    otherwise: segmentName.nullable(),
  }),
  z.object({
    kind: z.literal("tiers"),
    basis: z.enum(["potential", "monetary", "annualRevenue", "employees"]),
    method: z.enum(["rank", "cumulative", "threshold"]),
    tiers: z
      .array(z.object({ tier: segmentName, share: decimal.optional(), min: decimal.optional() }))
      .min(2),
  }),
  z.object({ kind: z.literal("rfm"), bins: z.number().int().min(2).max(10) }),
  z.object({
    kind: z.literal("clusters"),
    features: z.array(field).min(1),
    logFeatures: z.array(field),
    kMin: z.number().int().min(2),
    kMax: z.number().int().max(20),
    seed: z.number().int().safe(),
  }),
]);

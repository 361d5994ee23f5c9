import { checkSegmentationConfig, type SegmentationConfig, SegmentationInputError } from "@attain/engine";
import { SegmentationConfigSchema } from "./schemas";
import { unprocessableOf, withSegmentationProblems } from "./segmentation-problem";

/**
 * A request's config checked strictly: the API's schema (shape and unknown fields) and then the engine's rules across
 * fields (`checkSegmentationConfig`: shares within 1, kMin ≤ kMax …); any problem is a 422 naming `config.<field>`.
 */
export function parseSegmentationConfig(raw: unknown): SegmentationConfig {
  const parsed = SegmentationConfigSchema.safeParse(raw);
  if (!parsed.success) throw unprocessableOf(parsed.error, "config");
  const issues = checkSegmentationConfig(parsed.data);
  withSegmentationProblems(() => {
    if (issues.length > 0) throw new SegmentationInputError(issues);
  });
  // The engine's check accepted it, so it is a SegmentationConfig (zod's refined field names are plain strings).
  return parsed.data as SegmentationConfig;
}

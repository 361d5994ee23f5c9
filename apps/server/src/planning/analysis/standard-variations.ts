import type { CapacityVariation } from "@attain/engine";

/** The sensitivity rows every capacity plan shows (issue 4): attrition +5 points, ramp one month longer, productivity −10%, lead time +1 month. */
export const standardVariations: readonly CapacityVariation[] = [
  { kind: "attrition_points", points: "0.05" },
  { kind: "ramp_months", months: 1 },
  { kind: "productivity_ratio", ratio: "0.9" },
  { kind: "lead_months", months: 1 },
];

import type { TerritoryPlanSettings } from "@attain/db";

/**
 * A new plan's settings: no tier segmentation (every account then needs the default visits), and the visit
 * frequencies field sales commonly start from — monthly for A accounts, every other month for B, quarterly for C.
 */
export const defaultPlanSettings: TerritoryPlanSettings = {
  tierSegmentation: null,
  visitsPerYearByTier: { A: 12, B: 6, C: 4 },
  defaultVisitsPerYear: 4,
};

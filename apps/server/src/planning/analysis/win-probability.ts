import type { ForecastCategory } from "@attain/db";

/**
 * The chance an open opportunity closes, by its forecast category: opportunities carry no probability of their own,
 * and the category is what sellers commit to. The values are the usual weighted-pipeline conventions (commit 3 in 4,
 * best case 2 in 5, early pipeline 1 in 7); omitted deals do not count, deals marked closed but still open do.
 */
export const winProbabilityOf: Readonly<Record<ForecastCategory, string>> = {
  closed: "1",
  commit: "0.75",
  best_case: "0.4",
  pipeline: "0.15",
  omitted: "0",
};

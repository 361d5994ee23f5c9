import type { PlanningIssue } from "../types";

/** Month amounts carry 0–10 decimal places. */
export function checkMonthPlaces(places: number): PlanningIssue[] {
  return Number.isInteger(places) && places >= 0 && places <= 10
    ? []
    : [
        {
          code: "invalid",
          message: `monthPlaces must be an integer 0–10, got ${places}`,
          field: "monthPlaces",
        },
      ];
}

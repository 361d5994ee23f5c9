import { TerritoryInputError } from "../territory-input-error";

/**
 * Visits a year an account needs: its tier's frequency, or `defaultVisitsPerYear` for an account without a tier or
 * with a tier the table does not list. Frequencies are non-negative numbers (visits or hours, as the plan counts).
 */
export function accountWorkload(
  tier: string | null,
  visitsPerYearByTier: Record<string, number>,
  defaultVisitsPerYear: number,
): number {
  const bad = (value: unknown) => typeof value !== "number" || !Number.isFinite(value) || value < 0;
  const issues = Object.entries(visitsPerYearByTier ?? {})
    .filter(([, visits]) => bad(visits))
    .map(([t, visits]) => ({
      code: "invalid" as const,
      message: `Visits a year for tier ${t} must be a non-negative number, got ${JSON.stringify(visits)}`,
      field: `visitsPerYearByTier.${t}`,
    }));
  if (bad(defaultVisitsPerYear))
    issues.push({
      code: "invalid",
      message: `The default visits a year must be a non-negative number, got ${JSON.stringify(defaultVisitsPerYear)}`,
      field: "defaultVisitsPerYear",
    });
  if (issues.length > 0) throw new TerritoryInputError(issues);
  if (tier !== null && Object.hasOwn(visitsPerYearByTier, tier))
    return visitsPerYearByTier[tier] ?? defaultVisitsPerYear;
  return defaultVisitsPerYear;
}

import { isValidDate } from "../../calendar/index";
import { TerritoryInputError } from "../territory-input-error";
import type { TerritoryOwner } from "../types";
import { checkOwners } from "./check-owners";

/**
 * The owners of `territoryId` valid on `date` (validFrom ≤ date < validTo, null = open): primary owners first, then
 * by earliest validFrom, then personId, so the first one is the territory's owner when several overlap.
 * Throws a TerritoryInputError for a bad date or owner row.
 */
export function ownersOn(owners: TerritoryOwner[], territoryId: string, date: string): TerritoryOwner[] {
  const issues = checkOwners(owners);
  if (!isValidDate(date))
    issues.push({
      code: "invalid",
      message: `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`,
      field: "date",
    });
  if (issues.length > 0) throw new TerritoryInputError(issues);
  return validOwners(
    owners.filter((o) => o.territoryId === territoryId),
    date,
  );
}

/** `owners` (already checked) valid on `date`, in ownersOn's order. */
export function validOwners(owners: readonly TerritoryOwner[], date: string): TerritoryOwner[] {
  return owners
    .filter((o) => o.validFrom <= date && (o.validTo === null || date < o.validTo))
    .sort(
      (a, b) =>
        (a.role === b.role ? 0 : a.role === "primary" ? -1 : 1) ||
        compare(a.validFrom, b.validFrom) ||
        compare(a.personId, b.personId),
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

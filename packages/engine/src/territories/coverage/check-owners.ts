import { isValidDate } from "../../calendar/index";
import type { TerritoryIssue, TerritoryOwner } from "../types";

const ROLES = new Set(["primary", "overlay"]);

/** Each owner row: a person, a role, `validFrom` a date, `validTo` null or a later date, a known territory. */
export function checkOwners(
  owners: readonly TerritoryOwner[],
  territoryIds?: ReadonlySet<string>,
): TerritoryIssue[] {
  if (!Array.isArray(owners)) return [{ code: "invalid", message: "owners must be a list", field: "owners" }];
  const issues: TerritoryIssue[] = [];
  owners.forEach((owner, i) => {
    const at = `owners[${i}]`;
    const territoryId = typeof owner?.territoryId === "string" ? owner.territoryId : undefined;
    const invalid = (message: string, field: string) => {
      issues.push({ code: "invalid", message: `${at}: ${message}`, territoryId, field: `${at}.${field}` });
    };
    if (owner === null || typeof owner !== "object") {
      invalid("an owner must be an object", "territoryId");
      return;
    }
    if (territoryId === undefined || territoryId === "") invalid("territoryId is missing", "territoryId");
    else if (territoryIds !== undefined && !territoryIds.has(territoryId))
      invalid(`${territoryId} is not a territory of the plan`, "territoryId");
    if (typeof owner.personId !== "string" || owner.personId === "")
      invalid("personId is missing", "personId");
    if (!ROLES.has(owner.role))
      invalid(`role must be primary or overlay, got ${JSON.stringify(owner.role)}`, "role");
    if (!isValidDate(owner.validFrom))
      invalid(`validFrom ${JSON.stringify(owner.validFrom)} is not a date`, "validFrom");
    else if (owner.validTo !== null && !isValidDate(owner.validTo))
      invalid(`validTo ${JSON.stringify(owner.validTo)} is not a date or null`, "validTo");
    else if (owner.validTo !== null && owner.validTo <= owner.validFrom)
      invalid(
        `validTo ${owner.validTo} must be after validFrom ${owner.validFrom} (it is exclusive)`,
        "validTo",
      );
  });
  return issues;
}

import { normaliseCountry, normaliseIndustry, normalisePostal } from "./normalise";

/** The fields rules read, normalised once (normalise.ts), for an account being matched or a record being routed. */
export type LocatedRecord = {
  /** The account, when known: named and excluded lists apply only to it. */
  accountId: string | null;
  countryCode: string | null;
  regionId: string | null;
  postalCode: string | null;
  industry: string | null;
  employees: number | null;
  tier: string | null;
};

type Firmographics = Omit<LocatedRecord, "accountId">;

/** The record rules are tested against, its fields normalised as the rules' values are. */
export function locatedRecord(accountId: string | null, fields: Firmographics): LocatedRecord {
  return {
    accountId,
    countryCode: normaliseCountry(fields.countryCode ?? null),
    regionId: fields.regionId ?? null,
    postalCode: normalisePostal(fields.postalCode ?? null),
    industry: normaliseIndustry(fields.industry ?? null),
    employees: fields.employees ?? null,
    tier: fields.tier ?? null,
  };
}

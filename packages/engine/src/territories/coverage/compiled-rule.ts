import type { TerritoryRule } from "../types";
import type { LocatedRecord } from "./located-record";
import { normaliseCountry, normaliseIndustry, normalisePostal } from "./normalise";

/** A leaf's rule with its values normalised into sets, so testing it against an account is a few look-ups. */
export type CompiledRule = {
  /** Index of the territory in the definitions. */
  territory: number;
  /** Position of the rule in its territory's `rules` (for the trace). */
  position: number;
  countries: ReadonlySet<string> | null;
  regions: ReadonlySet<string> | null;
  postalPrefixes: readonly string[] | null;
  industries: ReadonlySet<string> | null;
  employeesMin: number | null;
  employeesMax: number | null;
  segments: ReadonlySet<string> | null;
  /** "country FR; postal 75, 77" for the trace. */
  text: string;
};

const setOf = (values: string[] | undefined, normalise: (v: string) => string | null) =>
  values === undefined ? null : new Set(values.map((v) => normalise(v) ?? ""));

export function compileRule(rule: TerritoryRule, territory: number, position: number): CompiledRule {
  return {
    territory,
    position,
    countries: setOf(rule.countryCodes, normaliseCountry),
    regions: setOf(rule.regionIds, (v) => v),
    postalPrefixes: rule.postalPrefixes?.map((p) => normalisePostal(p) ?? "") ?? null,
    industries: setOf(rule.industries, normaliseIndustry),
    employeesMin: rule.employeesMin ?? null,
    employeesMax: rule.employeesMax ?? null,
    segments: setOf(rule.segments, (v) => v),
    text: describeRule(rule),
  };
}

/** AND of the fields present; an account without the field (null) never matches a rule on it. */
export function ruleMatches(rule: CompiledRule, record: LocatedRecord): boolean {
  if (rule.countries !== null && (record.countryCode === null || !rule.countries.has(record.countryCode)))
    return false;
  if (rule.regions !== null && (record.regionId === null || !rule.regions.has(record.regionId))) return false;
  if (rule.postalPrefixes !== null) {
    const postal = record.postalCode;
    if (postal === null || !rule.postalPrefixes.some((prefix) => postal.startsWith(prefix))) return false;
  }
  if (rule.industries !== null && (record.industry === null || !rule.industries.has(record.industry)))
    return false;
  if (rule.employeesMin !== null || rule.employeesMax !== null) {
    const employees = record.employees;
    if (employees === null) return false;
    if (rule.employeesMin !== null && employees < rule.employeesMin) return false;
    if (rule.employeesMax !== null && employees >= rule.employeesMax) return false;
  }
  if (rule.segments !== null && (record.tier === null || !rule.segments.has(record.tier))) return false;
  return true;
}

/** { countryCodes: ["FR"], employeesMin: 50 } → "country FR; employees ≥ 50"; {} → "every account". */
export function describeRule(rule: TerritoryRule): string {
  const parts: string[] = [];
  if (rule.countryCodes) parts.push(`country ${rule.countryCodes.join(", ")}`);
  if (rule.regionIds) parts.push(`region ${rule.regionIds.join(", ")}`);
  if (rule.postalPrefixes) parts.push(`postal ${rule.postalPrefixes.map((p) => `${p}…`).join(", ")}`);
  if (rule.industries) parts.push(`industry ${rule.industries.join(", ")}`);
  const { employeesMin: min, employeesMax: max } = rule;
  if (min !== undefined && max !== undefined) parts.push(`employees ${min} to under ${max}`);
  else if (min !== undefined) parts.push(`employees ≥ ${min}`);
  else if (max !== undefined) parts.push(`employees < ${max}`);
  if (rule.segments) parts.push(`segment ${rule.segments.join(", ")}`);
  return parts.length === 0 ? "every account" : parts.join("; ");
}

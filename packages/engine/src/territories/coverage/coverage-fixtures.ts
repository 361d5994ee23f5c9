// Test fixtures: a small hand-built hierarchy (docs/calculations/territories.md uses the same one).
import type { TerritoryAccount, TerritoryDefinition, TerritoryOwner, TerritoryRule } from "../types";

export const territory = (
  id: string,
  parentId: string | null,
  options: Partial<Omit<TerritoryDefinition, "id" | "parentId">> = {},
): TerritoryDefinition => ({
  id,
  name: options.name ?? id,
  parentId,
  level: options.level ?? (parentId === null ? "region" : "territory"),
  kind: options.kind ?? "primary",
  rules: options.rules ?? [],
  namedAccountIds: options.namedAccountIds ?? [],
  excludedAccountIds: options.excludedAccountIds ?? [],
  priority: options.priority ?? 0,
});

export const account = (
  id: string,
  fields: Partial<Omit<TerritoryAccount, "id">> = {},
): TerritoryAccount => ({
  id,
  name: fields.name ?? id,
  countryCode: fields.countryCode ?? null,
  regionId: fields.regionId ?? null,
  postalCode: fields.postalCode ?? null,
  industry: fields.industry ?? null,
  employees: fields.employees ?? null,
  potential: fields.potential ?? "0",
  tier: fields.tier ?? null,
  latitude: null,
  longitude: null,
});

const rules = (...list: TerritoryRule[]) => list;

/**
 * EU (region) → FR (area) → FR-PARIS (priority 10, names acme, excludes bolt), FR-REST, FR-SPEC (an overlay for
 * energy); EU → UK (area) → UK-LDN and UK-ENT (both priority 5: big London accounts overlap), UK-SMB; and an overlay
 * region KEY → KEY-A for tier-A accounts (names zeta).
 */
export const hierarchy: TerritoryDefinition[] = [
  territory("EU", null, { name: "Europe" }),
  territory("FR", "EU", { name: "France", level: "area" }),
  territory("FR-PARIS", "FR", {
    name: "Paris",
    priority: 10,
    rules: rules({ countryCodes: ["FR"], postalPrefixes: ["75", "92"] }),
    namedAccountIds: ["acme"],
    excludedAccountIds: ["bolt"],
  }),
  territory("FR-REST", "FR", { name: "France other", rules: rules({ countryCodes: ["FR"] }) }),
  territory("FR-SPEC", "FR", {
    name: "Energy specialists",
    kind: "overlay",
    rules: rules({ countryCodes: ["fr"], industries: ["Energy"] }),
  }),
  territory("UK", "EU", { name: "United Kingdom", level: "area" }),
  territory("UK-LDN", "UK", {
    name: "London",
    priority: 5,
    rules: rules({ countryCodes: ["GB"], postalPrefixes: ["SW1A", "EC"] }),
  }),
  territory("UK-ENT", "UK", {
    name: "UK enterprise",
    priority: 5,
    rules: rules({ countryCodes: ["GB"], employeesMin: 1000 }),
  }),
  territory("UK-SMB", "UK", {
    name: "UK small business",
    rules: rules({ countryCodes: ["GB"], employeesMax: 1000 }, { countryCodes: ["GB"], segments: ["C"] }),
  }),
  territory("KEY", null, { name: "Key accounts", kind: "overlay" }),
  territory("KEY-A", "KEY", {
    name: "Tier A",
    kind: "overlay",
    rules: rules({ segments: ["A"] }),
    namedAccountIds: ["zeta"],
  }),
];

export const accounts: TerritoryAccount[] = [
  account("acme", { countryCode: "FR", postalCode: "69001", potential: "1000.00", tier: "A" }),
  account("bolt", {
    countryCode: "FR",
    postalCode: "75 008",
    industry: "energy",
    potential: "250.50",
    tier: "B",
  }),
  account("cora", { countryCode: "FR", postalCode: "92100", potential: "99.99" }),
  account("dune", {
    countryCode: "GB",
    postalCode: "sw1a 2aa",
    employees: 5000,
    potential: "500",
    tier: "A",
  }),
  account("echo", {
    countryCode: "GB",
    postalCode: "M1 1AE",
    employees: 1000,
    potential: "10.01",
    tier: "B",
  }),
  account("fern", { countryCode: "GB", postalCode: "M2", employees: 999, potential: "0" }),
  account("gale", { countryCode: "GB", tier: "C", potential: "1.25" }),
  account("hart", { countryCode: "DE", potential: "300.00" }),
  account("zeta", { countryCode: "DE", potential: "40.00" }),
  account("iris", { potential: "0.00" }),
];

export const owner = (
  territoryId: string,
  personId: string,
  validFrom: string,
  validTo: string | null = null,
  role: TerritoryOwner["role"] = "primary",
): TerritoryOwner => ({ territoryId, personId, role, validFrom, validTo });

import type { Territory, TerritoryInput, TerritoryLevel, TerritoryRule } from "../../api/territory-types";

/** A rule as the editor holds it: lists typed as comma-separated text, bounds as text. */
export type RuleForm = {
  countryCodes: string;
  regionIds: string[];
  postalPrefixes: string;
  industries: string;
  employeesMin: string;
  employeesMax: string;
  segments: string;
};

export type OwnerForm = { personId: string; role: "primary" | "overlay"; validFrom: string; validTo: string };

export type TerritoryForm = {
  key: string;
  name: string;
  parentKey: string | null;
  level: TerritoryLevel;
  kind: "primary" | "overlay";
  priority: string;
  rules: RuleForm[];
  namedAccountIds: string[];
  baseLatitude: string;
  baseLongitude: string;
  targetShare: string;
  maxAccounts: string;
  maxWorkload: string;
  owners: OwnerForm[];
};

export const emptyRule: RuleForm = {
  countryCodes: "",
  regionIds: [],
  postalPrefixes: "",
  industries: "",
  employeesMin: "",
  employeesMax: "",
  segments: "",
};

const join = (list: string[] | undefined) => (list ?? []).join(", ");
const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

export function ruleToForm(rule: TerritoryRule): RuleForm {
  return {
    countryCodes: join(rule.countryCodes),
    regionIds: rule.regionIds ?? [],
    postalPrefixes: join(rule.postalPrefixes),
    industries: join(rule.industries),
    employeesMin: text(rule.employeesMin),
    employeesMax: text(rule.employeesMax),
    segments: join(rule.segments),
  };
}

export function territoryToForm(territory: Territory, keyOf: ReadonlyMap<string, string>): TerritoryForm {
  return {
    key: territory.key,
    name: territory.name,
    parentKey: territory.parentId ? (keyOf.get(territory.parentId) ?? null) : null,
    level: territory.level,
    kind: territory.kind,
    priority: String(territory.priority),
    rules: territory.rules.map(ruleToForm),
    namedAccountIds: territory.namedAccountIds,
    baseLatitude: text(territory.baseLatitude),
    baseLongitude: text(territory.baseLongitude),
    targetShare: text(territory.targetShare),
    maxAccounts: text(territory.maxAccounts),
    maxWorkload: text(territory.maxWorkload),
    owners: territory.owners.map((o) => ({
      personId: o.personId,
      role: o.role,
      validFrom: o.validFrom,
      validTo: o.validTo ?? "",
    })),
  };
}

/** "fr, de ,, BE" → ["fr", "de", "BE"]: items split on commas or new lines, trimmed, empties dropped, once each. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n;]/)
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    ),
  ];
}

/** A number field as typed: "" → null, "12,5" → 12.5, unreadable → NaN (validateTerritoryForm refuses it). */
export function readNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
}
const numberOrNull = readNumber;

/** A rule as the API takes it: only the fields that were filled in (an empty field is no condition). */
export function ruleFromForm(form: RuleForm): TerritoryRule {
  const rule: TerritoryRule = {};
  const countries = splitList(form.countryCodes).map((c) => c.toUpperCase());
  if (countries.length > 0) rule.countryCodes = countries;
  if (form.regionIds.length > 0) rule.regionIds = form.regionIds;
  const prefixes = splitList(form.postalPrefixes);
  if (prefixes.length > 0) rule.postalPrefixes = prefixes;
  const industries = splitList(form.industries);
  if (industries.length > 0) rule.industries = industries;
  const min = numberOrNull(form.employeesMin);
  if (min !== null) rule.employeesMin = min;
  const max = numberOrNull(form.employeesMax);
  if (max !== null) rule.employeesMax = max;
  const segments = splitList(form.segments);
  if (segments.length > 0) rule.segments = segments;
  return rule;
}

export function territoryFromForm(form: TerritoryForm): TerritoryInput {
  const share = form.targetShare.trim().replace(",", ".");
  return {
    key: form.key.trim(),
    name: form.name.trim(),
    parentKey: form.parentKey,
    level: form.level,
    kind: form.kind,
    priority: numberOrNull(form.priority) ?? 0,
    rules: form.rules.map(ruleFromForm).filter((rule) => Object.keys(rule).length > 0),
    namedAccountIds: form.namedAccountIds,
    baseLatitude: numberOrNull(form.baseLatitude),
    baseLongitude: numberOrNull(form.baseLongitude),
    targetShare: share === "" ? null : share,
    maxAccounts: numberOrNull(form.maxAccounts),
    maxWorkload: numberOrNull(form.maxWorkload),
    owners: form.owners
      .filter((o) => o.personId !== "")
      .map((o) => ({
        personId: o.personId,
        role: o.role,
        ...(o.validFrom ? { validFrom: o.validFrom } : {}),
        validTo: o.validTo === "" ? null : o.validTo,
      })),
  };
}

/** Every territory of the plan as input for the PUT that replaces the hierarchy (keys kept, so assignments stay). */
export function territoryToInput(territory: Territory, keyOf: ReadonlyMap<string, string>): TerritoryInput {
  return territoryFromForm(territoryToForm(territory, keyOf));
}

/**
 * The hierarchy to save: every territory as it is, the edited one (found by its original key, or added at the end
 * when new) replaced by the form. Its index is returned so the 422 paths (`territories[7].rules[0]…`) can be
 * read back onto the form's fields.
 */
export function hierarchyWithEdit(
  territories: readonly Territory[],
  originalKey: string | null,
  form: TerritoryForm,
): { territories: TerritoryInput[]; index: number } {
  const keyOf = new Map(territories.map((t) => [t.id, t.key]));
  const edited = territoryFromForm(form);
  const inputs = territories.map((t) => territoryToInput(t, keyOf));
  // Children follow a renamed key.
  if (originalKey !== null && originalKey !== edited.key)
    for (const input of inputs) if (input.parentKey === originalKey) input.parentKey = edited.key;
  const index =
    originalKey === null ? -1 : inputs.findIndex((t) => t.key === originalKey || t.key === edited.key);
  if (index === -1) return { territories: [...inputs, edited], index: inputs.length };
  inputs[index] = edited;
  return { territories: inputs, index };
}

/**
 * The server's 422 errors split into those of the edited territory, by field path relative to it
 * ("rules[0].countryCodes"), and the others (another row, or the body), kept whole.
 */
export function errorsForTerritory(
  errors: readonly { path: string; message: string }[],
  index: number,
): { fields: Record<string, string>; other: { path: string; message: string }[] } {
  const prefix = `territories[${index}]`;
  const fields: Record<string, string> = {};
  const other: { path: string; message: string }[] = [];
  for (const error of errors) {
    if (error.path === prefix || error.path.startsWith(`${prefix}.`)) {
      const field = error.path.slice(prefix.length + 1) || "key";
      fields[field] = fields[field] ? `${fields[field]}; ${error.message}` : error.message;
    } else other.push(error);
  }
  return { fields, other };
}

/** The message for a field and everything under it: "rules[0]" gathers "rules[0].countryCodes[1]" too. */
export function fieldError(fields: Record<string, string>, field: string): string | undefined {
  const messages = Object.entries(fields)
    .filter(([path]) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`))
    .map(([, message]) => message);
  return messages.length > 0 ? messages.join("; ") : undefined;
}

/**
 * What the editor can tell before the server does, under the server's own paths ("rules[0].employeesMax"), so
 * both kinds of error land on the same field; values are message codes the editor translates. Numbers must read
 * as numbers; the rest is the server's to judge.
 */
export function validateTerritoryForm(form: TerritoryForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const check = (path: string, value: string, integer: boolean) => {
    const n = readNumber(value);
    if (n === null) return;
    if (!Number.isFinite(n)) errors[path] = "notANumber";
    else if (integer && !Number.isInteger(n)) errors[path] = "notAWholeNumber";
  };
  if (form.key.trim() === "") errors.key = "required";
  if (form.name.trim() === "") errors.name = "required";
  check("priority", form.priority, true);
  check("baseLatitude", form.baseLatitude, false);
  check("baseLongitude", form.baseLongitude, false);
  check("targetShare", form.targetShare, false);
  check("maxAccounts", form.maxAccounts, true);
  check("maxWorkload", form.maxWorkload, false);
  form.rules.forEach((rule, i) => {
    check(`rules[${i}].employeesMin`, rule.employeesMin, true);
    check(`rules[${i}].employeesMax`, rule.employeesMax, true);
  });
  return errors;
}

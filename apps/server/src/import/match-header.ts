import { normaliseKey } from "./parse/normalise-key";
import type { EntitySpec, FieldSpec } from "./spec";

export type MappedColumn = { field: FieldSpec; index: number; header: string };

export type HeaderPlan = {
  columns: MappedColumn[];
  /** Fields with a column, a fallback column, or derived by the entity. */
  present: Set<string>;
  warnings: string[];
  /** One message per required field that has no column. */
  missing: { column: string; message: string }[];
};

/**
 * Matches each header cell to a field by name or synonym, ignoring case, accents, spaces and punctuation. `columns`
 * (field → header) maps fields explicitly first: that header gives that field, and the field's usual names no longer
 * match anything else; a mapped header missing from the file is reported like a missing required column.
 */
export function matchHeader(
  header: readonly string[],
  spec: EntitySpec,
  columns: Readonly<Record<string, string>> = {},
): HeaderPlan {
  const explicit = new Map<string, FieldSpec>();
  for (const [name, label] of Object.entries(columns)) {
    const field = spec.fields.find((f) => f.name === name);
    if (field) explicit.set(normaliseKey(label), field);
  }
  const mappedFields = new Set([...explicit.values()].map((field) => field.name));
  const byKey = new Map<string, FieldSpec>();
  for (const field of spec.fields) {
    if (mappedFields.has(field.name)) continue;
    for (const name of [field.name, ...field.synonyms]) byKey.set(normaliseKey(name), field);
  }
  for (const [key, field] of explicit) byKey.set(key, field);
  const mapped: MappedColumn[] = [];
  const warnings: string[] = [];
  const unknown: string[] = [];
  const taken = new Map<string, string>();
  header.forEach((cell, index) => {
    const label = cell.trim();
    if (label === "") return;
    const field = byKey.get(normaliseKey(label));
    if (!field) {
      unknown.push(label);
      return;
    }
    const first = taken.get(field.name);
    if (first !== undefined) {
      warnings.push(`Column "${label}" ignored: "${first}" already gives ${field.name}.`);
      return;
    }
    taken.set(field.name, label);
    mapped.push({ field, index, header: label });
  });
  if (unknown.length > 0)
    warnings.push(`Unknown column(s) ignored: ${unknown.map((name) => `"${name}"`).join(", ")}.`);

  const present = new Set([...taken.keys(), ...(spec.derived ?? [])]);
  for (const field of spec.fields) {
    if (!present.has(field.name) && field.fallback && present.has(field.fallback)) present.add(field.name);
  }
  const unmatched = Object.entries(columns)
    .filter(([name]) => mappedFields.has(name) && !taken.has(name))
    .map(([name, label]) => ({
      column: name,
      message: `Column "${label}", mapped to ${name}, is not in the file's header.`,
    }));
  const missing = spec.fields
    .filter((field) => field.required && !present.has(field.name) && !mappedFields.has(field.name))
    .map((field) => ({
      column: field.name,
      message: `Missing required column "${field.name}"${
        field.synonyms.length > 0 ? ` (also accepted: ${field.synonyms.map((s) => `"${s}"`).join(", ")})` : ""
      }${field.fallback ? ` or "${field.fallback}"` : ""}.`,
    }));
  return { columns: mapped, present, warnings, missing: [...unmatched, ...missing] };
}

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

/** Matches each header cell to a field by name or synonym, ignoring case, accents, spaces and punctuation. */
export function matchHeader(header: readonly string[], spec: EntitySpec): HeaderPlan {
  const byKey = new Map<string, FieldSpec>();
  for (const field of spec.fields) {
    for (const name of [field.name, ...field.synonyms]) byKey.set(normaliseKey(name), field);
  }
  const columns: MappedColumn[] = [];
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
    columns.push({ field, index, header: label });
  });
  if (unknown.length > 0)
    warnings.push(`Unknown column(s) ignored: ${unknown.map((name) => `"${name}"`).join(", ")}.`);

  const present = new Set([...taken.keys(), ...(spec.derived ?? [])]);
  for (const field of spec.fields) {
    if (!present.has(field.name) && field.fallback && present.has(field.fallback)) present.add(field.name);
  }
  const missing = spec.fields
    .filter((field) => field.required && !present.has(field.name))
    .map((field) => ({
      column: field.name,
      message: `Missing required column "${field.name}"${
        field.synonyms.length > 0 ? ` (also accepted: ${field.synonyms.map((s) => `"${s}"`).join(", ")})` : ""
      }${field.fallback ? ` or "${field.fallback}"` : ""}.`,
    }));
  return { columns, present, warnings, missing };
}

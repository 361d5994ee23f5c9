import { readCountry } from "./parse/parse-country";
import { readDate, readMonth, readTimestamp } from "./parse/parse-date";
import { type DecimalContext, type Parsed, readDecimal, readInteger } from "./parse/parse-decimal";
import { normaliseKey, snakeLabel } from "./parse/normalise-key";
import type { ReferenceIndex } from "./load-references";
import type { HeaderPlan } from "./match-header";
import type { EntitySpec, FieldSpec, PrepareContext, Row, Value } from "./spec";
import type { ImportOptions } from "./types";

export type CellError = { column: string | null; message: string };
export type RowResult = { ok: true; row: Row } | { ok: false; errors: CellError[] };

type Convert = (raw: string) => Parsed<Value>;

const truthy = new Set(["true", "yes", "y", "1", "oui", "o", "x", "vrai", "t"]);
const falsy = new Set(["false", "no", "n", "0", "non", "faux", "f"]);
const currencySymbols: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", "¥": "JPY", R$: "BRL" };

/**
 * Compiles, once per file, one converter per mapped column, so the per-row work is a loop of plain function
 * calls (no schema interpretation per cell). Returns the function that turns a row of cells into a typed row.
 */
export function compileRowReader(
  spec: EntitySpec,
  plan: HeaderPlan,
  options: ImportOptions,
  delimiter: string,
  references: ReferenceIndex,
  prepareContext: PrepareContext,
): (cells: readonly string[]) => RowResult {
  const decimalContext: DecimalContext = { separator: options.decimalSeparator, delimiter };
  const columns = plan.columns.map((column) => ({
    name: column.field.name,
    header: column.header,
    index: column.index,
    convert: compileConverter(column.field, options, decimalContext, references),
  }));
  const fallbacks = spec.fields.filter(
    (field) => field.fallback && !plan.columns.some((column) => column.field.name === field.name),
  );
  const required = spec.fields.filter((field) => field.required);
  const template: Row = Object.fromEntries(spec.fields.map((field) => [field.name, null]));
  const indexOf = new Map(columns.map((column) => [column.name, column.index]));

  return (cells) => {
    const row: Row = { ...template };
    const errors: CellError[] = [];
    for (const column of columns) {
      const raw = cells[column.index];
      if (raw === undefined) continue;
      const text = raw.trim();
      if (text === "") continue;
      const parsed = column.convert(text);
      if (parsed.ok) row[column.name] = parsed.value;
      else errors.push({ column: column.header, message: parsed.message });
    }
    for (const field of fallbacks) {
      if (row[field.name] === null && field.fallback) row[field.name] = row[field.fallback] ?? null;
    }
    if (errors.length === 0 && spec.prepare) {
      const problem = spec.prepare(row, prepareContext, (field) => {
        const index = indexOf.get(field);
        const text = index === undefined ? undefined : cells[index]?.trim();
        return text ? text : null;
      });
      // The entity names a field; the user sees the file's header for it.
      if (problem) errors.push({ ...problem, column: problem.column && headerOf(plan, problem.column) });
    }
    for (const field of required) {
      if (row[field.name] === null && !errors.some((error) => error.column === headerOf(plan, field.name)))
        errors.push({ column: headerOf(plan, field.name), message: `${field.name} is required` });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, row };
  };
}

function headerOf(plan: HeaderPlan, fieldName: string): string {
  return plan.columns.find((column) => column.field.name === fieldName)?.header ?? fieldName;
}

function compileConverter(
  field: FieldSpec,
  options: ImportOptions,
  decimalContext: DecimalContext,
  references: ReferenceIndex,
): Convert {
  switch (field.type) {
    case "text":
    case "key":
      return (raw) => ({ ok: true, value: raw });
    case "decimal":
      return (raw) => readDecimal(raw, decimalContext);
    case "integer":
      return (raw) => readInteger(raw, decimalContext);
    case "date":
      return (raw) => readDate(raw, options.dateFormat);
    case "timestamp":
      return (raw) => readTimestamp(raw, options.dateFormat);
    case "month":
      return (raw) => readMonth(raw, options.dateFormat);
    case "boolean":
      return (raw) => {
        const key = raw.toLowerCase();
        if (truthy.has(key)) return { ok: true, value: true };
        if (falsy.has(key)) return { ok: true, value: false };
        return { ok: false, message: `"${raw}" is not yes/no` };
      };
    case "currency":
      return (raw) => {
        const code = currencySymbols[raw] ?? raw.toUpperCase();
        return /^[A-Z]{3}$/.test(code)
          ? { ok: true, value: code }
          : { ok: false, message: `"${raw}" is not a currency code (ISO 4217, e.g. EUR)` };
      };
    case "country":
      return (raw) => {
        const code = readCountry(raw);
        return code ? { ok: true, value: code } : { ok: false, message: `"${raw}" is not a known country` };
      };
    case "enum":
    case "label": {
      const lookup = new Map<string, string>();
      for (const [value, synonyms] of Object.entries(field.values ?? {})) {
        lookup.set(normaliseKey(value), value);
        for (const synonym of synonyms) lookup.set(normaliseKey(synonym), value);
      }
      const allowed = Object.keys(field.values ?? {}).join(", ");
      if (field.type === "label")
        return (raw) => ({ ok: true, value: lookup.get(normaliseKey(raw)) ?? snakeLabel(raw) });
      return (raw) => {
        const value = lookup.get(normaliseKey(raw));
        return value ? { ok: true, value } : { ok: false, message: `"${raw}" is not one of: ${allowed}` };
      };
    }
    case "ref": {
      const entity = field.ref;
      if (!entity) throw new Error(`Field ${field.name} is a reference without an entity`);
      const label = entity.replace(/s$/, "").replace(/^people$/, "person");
      return (raw) => {
        const id = references.find(entity, raw);
        if (id === "ambiguous")
          return { ok: false, message: `several ${entity} are named "${raw}"; use the external id` };
        return id
          ? { ok: true, value: id }
          : { ok: false, message: `${label} "${raw}" not found (by external id or name)` };
      };
    }
  }
}

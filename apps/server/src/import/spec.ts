import type { SqlSession } from "@attain/db";
import type { FiscalCalendar } from "@attain/engine";
import type { ImportEntity, ImportOptions } from "./types";

export type FieldType =
  | "text"
  | "decimal"
  | "integer"
  | "date"
  | "timestamp"
  | "month"
  | "boolean"
  | "currency"
  | "country"
  | "enum"
  /** A free label stored in snake case ("Paid Search" → "paid_search"), with optional synonyms for known values. */
  | "label"
  /** A record of a small entity (account, product, person, region, team), found by external id or by name before the import. */
  | "ref"
  /** The external id of a record of a large entity (opportunity, order line, lead), resolved in SQL while merging. */
  | "key";

export type RefEntity = "accounts" | "products" | "people" | "regions" | "teams";

export type FieldSpec = {
  /** Canonical column name, also the staging column. */
  name: string;
  type: FieldType;
  required?: boolean;
  /** When this field's column is absent, the value of that field is used (e.g. external_id falls back to name). */
  fallback?: string;
  synonyms: readonly string[];
  description: string;
  /** For enums and labels: stored value → what files may say (normalised when compared). */
  values?: Readonly<Record<string, readonly string[]>>;
  ref?: RefEntity;
};

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export type PrepareContext = {
  currency: string;
  present: ReadonlySet<string>;
  /** The workspace's fiscal calendar, for values that name fiscal periods. */
  calendar: FiscalCalendar;
  options: ImportOptions;
};

export type MergeCounts = { inserted: number; updated: number };

export type MergeContext = {
  sql: SqlSession;
  workspaceId: string;
  /** The temporary table holding the valid rows, one column per field plus `row_no`. */
  stage: string;
  /** Fields that the file provides (a column, a fallback or a derived default). */
  present: ReadonlySet<string>;
  options: ImportOptions;
  today: string;
  currency: string;
  /** Records a row error found in SQL; the row has then already been removed from the stage by the caller of `reject`. */
  reject(row: number, column: string | null, message: string): void;
  warn(message: string): void;
  /** The file's header for a field (what the user sees), or the field name when the column is absent. */
  column(field: string): string;
  created: Record<string, number>;
};

export type EntitySpec = {
  entity: ImportEntity;
  description: string;
  fields: readonly FieldSpec[];
  /** The field that identifies a row within the file (duplicates are errors), or null. */
  identity: readonly string[] | null;
  /** Fills derived values and defaults; returns an error message keyed by field, or null. */
  prepare?(
    row: Row,
    context: PrepareContext,
    /** The cell text behind a field (e.g. an account's name before it became an id), or null. */
    raw: (field: string) => string | null,
  ): { column: string | null; message: string } | null;
  /** Fields `prepare` always fills, so they count as present even without a column. */
  derived?: readonly string[];
  merge(context: MergeContext): Promise<MergeCounts>;
};

export const sqlTypeOf: Record<FieldType, string> = {
  text: "text",
  decimal: "numeric",
  integer: "integer",
  date: "date",
  timestamp: "timestamptz",
  month: "date",
  boolean: "boolean",
  currency: "text",
  country: "text",
  enum: "text",
  label: "text",
  ref: "uuid",
  key: "text",
};

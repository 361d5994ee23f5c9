import type { Readable } from "node:stream";

export const importEntities = [
  "accounts",
  "products",
  "people",
  "regions",
  "teams",
  "opportunities",
  "order-lines",
  "activities",
  "leads",
  "lead-conversions",
  "traffic",
  "booking-targets",
  "quotas",
  "credit-splits",
  "customer-feedback",
] as const;
export type ImportEntity = (typeof importEntities)[number];

export const dateFormats = [
  "YYYY-MM-DD",
  "DD/MM/YYYY",
  "MM/DD/YYYY",
  "YYYY.MM.DD",
  "YYYY/MM/DD",
  "DD.MM.YYYY",
  "DD-MM-YYYY",
  "MM-DD-YYYY",
  "DD/MM/YY",
  "MM/DD/YY",
] as const;
export type DateFormat = (typeof dateFormats)[number];

export type ImportMode = "all_or_nothing" | "valid_rows";

export type ImportOptions = {
  /** all_or_nothing (default): any invalid row rejects the file; valid_rows: commit the valid rows, report the others. */
  mode?: ImportMode | undefined;
  delimiter?: "," | ";" | "\t" | undefined;
  dateFormat?: DateFormat | undefined;
  decimalSeparator?: "." | "," | undefined;
  /** XLSX sheet name; the first sheet by default. */
  sheet?: string | undefined;
  /** Currency of amounts when the file has no currency column; the workspace's reporting currency by default. */
  currency?: string | undefined;
  createdBy?: string | undefined;
  /** Date from which a changed manager applies when the file gives none (default: today, UTC). */
  effectiveDate?: string | undefined;
  /**
   * Explicit column mapping, field → the file's header for it (e.g. { person: "BusinessEntityID" }), for files whose
   * headers no synonym recognises. A mapped field takes that column only; the other fields are matched as usual.
   */
  columns?: Record<string, string> | undefined;
  /**
   * Quotas: the period column holds a date (e.g. AdventureWorks' QuotaDate) and the period is the fiscal year,
   * quarter or month containing it, in the workspace's fiscal calendar.
   */
  periodGrain?: PeriodGrain | undefined;
  /** Validate and merge as usual, report what would change, then roll everything back (no `import_runs` row). */
  dryRun?: boolean | undefined;
};

export const periodGrains = ["year", "quarter", "month"] as const;
export type PeriodGrain = (typeof periodGrains)[number];

export type ImportRequest = {
  workspaceId: string;
  entity: ImportEntity;
  /** An open stream, or the path of a file on disk. */
  source: NodeJS.ReadableStream | Readable | string;
  /** The name the user gave the file; only used to check it against the content and to label the run. */
  fileName: string;
  options?: ImportOptions | undefined;
};

export type ImportRowError = {
  /** Spreadsheet row: the header is row 1, the first data row is row 2; 0 means the file as a whole. */
  row: number;
  column: string | null;
  message: string;
};

export type ImportStatus = "committed" | "rejected" | "partially_committed";

export type ImportReport = {
  runId: string;
  entity: ImportEntity;
  status: ImportStatus;
  format: "csv" | "xlsx" | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first `MAX_REPORTED_ERRORS` errors; `errorCount` is the total. */
  errors: ImportRowError[];
  errorCount: number;
  warnings: string[];
  /** Related records created along the way (e.g. managers that appear only as managers). */
  created: Record<string, number>;
};

export const MAX_REPORTED_ERRORS = 1000;

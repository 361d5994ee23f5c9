import type { SqlSession } from "@attain/db";
import type { FiscalCalendar } from "@attain/engine";
import { compileRowReader } from "./compile-row-reader";
import type { ErrorLog } from "./error-log";
import { loadReferences } from "./load-references";
import { matchHeader } from "./match-header";
import type { FileFormat } from "./open-source";
import type { SheetRow } from "./read-csv-rows";
import type { EntitySpec, MergeCounts, RefEntity } from "./spec";
import { createStage, StageWriter } from "./stage-writer";
import type { ImportOptions } from "./types";

/** A problem with the file as a whole (no header, missing columns): nothing can be imported. */
export class FileLevelError extends Error {
  constructor(readonly problems: { row: number; column: string | null; message: string }[]) {
    super(problems.map((problem) => problem.message).join(" "));
  }
}

export type ImportTally = MergeCounts & {
  rowsRead: number;
  unchanged: number;
  rejected: number;
  warnings: string[];
  created: Record<string, number>;
};

export type ImportRowsInput = {
  sql: SqlSession;
  spec: EntitySpec;
  workspaceId: string;
  format: FileFormat;
  rows: AsyncIterable<SheetRow>;
  delimiter: string;
  options: ImportOptions;
  currency: string;
  calendar: FiscalCalendar;
  today: string;
  errors: ErrorLog;
  stageName: string;
};

/**
 * Streams the rows into a staging table (converted and checked in JavaScript, loaded by COPY in batches), then
 * rejects duplicates and unknown references in SQL and merges the rest. Runs inside the caller's transaction.
 */
export async function importRows(input: ImportRowsInput): Promise<ImportTally> {
  const { sql, spec, errors, options } = input;
  const iterator = input.rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done)
    throw new FileLevelError([{ row: 1, column: null, message: "The file has no header row." }]);
  const header = first.value.cells;
  const plan = matchHeader(header, spec, options.columns);
  if (plan.columns.length === 0)
    throw new FileLevelError([
      {
        row: first.value.row,
        column: null,
        message: `The first row is not a header for ${spec.entity}: none of its cells names a known column (expected e.g. ${spec.fields
          .filter((field) => field.required)
          .map((field) => `"${field.name}"`)
          .join(", ")}).`,
      },
    ]);
  if (plan.missing.length > 0)
    throw new FileLevelError(
      plan.missing.map((missing) => ({
        row: first.value.row,
        column: missing.column,
        message: missing.message,
      })),
    );

  debugTime("header");
  const refEntities = new Set(
    plan.columns.flatMap((column) => (column.field.ref ? [column.field.ref as RefEntity] : [])),
  );
  const references = await loadReferences(sql, input.workspaceId, refEntities);
  const prepareContext = {
    currency: input.currency,
    present: plan.present,
    calendar: input.calendar,
    options,
  };
  const read = compileRowReader(spec, plan, options, input.delimiter, references, prepareContext);
  await createStage(sql, spec, input.stageName);
  const writer = new StageWriter(sql, input.stageName, spec);
  const width = header.length;
  let rowsRead = 0;
  let rejected = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const { row, cells } = next.value;
    rowsRead++;
    if (cells.length > width && cells.slice(width).some((cell) => cell.trim() !== "")) {
      errors.add(
        row,
        null,
        `the row has ${cells.length} fields but the header has ${width} (unquoted delimiter?)`,
      );
      rejected++;
      continue;
    }
    const result = read(cells);
    if (result.ok) await writer.add(row, result.row);
    else {
      for (const error of result.errors) errors.add(row, error.column, error.message);
      rejected++;
    }
  }
  await writer.flush();
  debugTime("staged");
  // Fresh statistics let the planner hash-join the stage instead of scanning it once per row.
  await sql.query(`analyze ${input.stageName}`);

  const headerOf = (field: string) =>
    plan.columns.find((column) => column.field.name === field)?.header ?? field;
  let rejectedInSql = 0;
  const warnings = [...plan.warnings];
  const created: Record<string, number> = {};
  if (spec.identity) rejectedInSql += await rejectDuplicates(input, spec.identity, headerOf);
  const counts = await spec.merge({
    sql: process.env.ATTAIN_IMPORT_DEBUG ? timedSession(sql) : sql,
    workspaceId: input.workspaceId,
    stage: input.stageName,
    present: plan.present,
    options,
    today: input.today,
    currency: input.currency,
    reject(row, column, message) {
      errors.add(row, column, message);
      rejectedInSql++;
    },
    warn: (message) => warnings.push(message),
    column: headerOf,
    created,
  });
  debugTime("merged");
  const merged = writer.staged - rejectedInSql;
  return {
    ...counts,
    rowsRead,
    unchanged: Math.max(0, merged - counts.inserted - counts.updated),
    rejected: rejected + rejectedInSql,
    warnings,
    created,
  };
}

function timedSession(sql: SqlSession): SqlSession {
  return {
    ...sql,
    async query(text, params) {
      const start = performance.now();
      const result = await sql.query(text, params);
      console.log(
        `[import] ${Math.round(performance.now() - start)} ms: ${text.replace(/\s+/g, " ").slice(0, 160)}`,
      );
      return result as never;
    },
  };
}

let last = performance.now();
function debugTime(label: string) {
  if (!process.env.ATTAIN_IMPORT_DEBUG) return;
  const now = performance.now();
  console.log(`[import] ${label} +${Math.round(now - last)} ms`);
  last = now;
}

/** Rows that share an identity (e.g. the same external id) are all rejected, each naming the others' rows. */
async function rejectDuplicates(
  input: ImportRowsInput,
  identity: readonly string[],
  headerOf: (field: string) => string,
): Promise<number> {
  const { sql, stageName, errors } = input;
  const key = identity.map((field) => `coalesce(${field}::text, '')`).join(", ");
  // Most files have none: a bare probe costs half the listing query below.
  const [any] = await sql.query(`select 1 from ${stageName} group by ${key} having count(*) > 1 limit 1`);
  if (!any) return 0;
  const groups = await sql.query<{ value: string; rows: number[] }>(
    `select min(concat_ws(' / ', ${identity.map((field) => `${field}::text`).join(", ")})) as value,
            array_agg(row_no order by row_no) as rows
     from ${stageName} group by ${key} having count(*) > 1 order by min(row_no) limit 1000`,
  );
  if (groups.length === 0) return 0;
  const column = headerOf(identity[0] ?? "");
  let listed = 0;
  for (const group of groups) {
    for (const row of group.rows) {
      const others = group.rows.filter((other) => other !== row);
      errors.add(
        row,
        column,
        `duplicate ${identity.join(" + ")} "${group.value}": also on row ${others.join(", ")}`,
      );
      listed++;
    }
  }
  const [deleted] = await sql.query<{ n: string | number }>(
    `with gone as (
       delete from ${stageName} where (${key}) in (select ${key} from ${stageName} group by ${key} having count(*) > 1)
       returning 1)
     select count(*) as n from gone`,
  );
  const total = Number(deleted?.n ?? 0);
  errors.addUnlisted(total - listed);
  return total;
}

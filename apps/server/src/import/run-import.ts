import { randomUUID } from "node:crypto";
import type { AttainDatabase } from "@attain/db";
import { entitySpecs } from "./entities";
import { ErrorLog } from "./error-log";
import { FileLevelError, type ImportTally, importRows } from "./import-rows";
import { FileFormatError, type FileFormat, openSource } from "./open-source";
import { detectDelimiter, isUtf8, MalformedFileError, readCsvRows } from "./read-csv-rows";
import { readXlsxRows } from "./read-xlsx-rows";
import { recordImportRun } from "./record-import-run";
import type { ImportReport, ImportRequest, ImportStatus } from "./types";
import { ImportRequestError, validateRequest } from "./validate-request";

/** Thrown inside the transaction to roll it back while keeping the tally for the report. */
class Rollback extends Error {
  constructor(
    readonly tally: ImportTally,
    /** A dry run's outcome, reported as if committed. */
    readonly dryRunStatus?: ImportStatus,
  ) {
    super("rollback");
  }
}

/**
 * Imports one CSV or XLSX file into a workspace: streams it, validates every row, upserts by external id and
 * reports by row and column. All or nothing by default (any error → nothing written); `valid_rows` commits the
 * valid rows. Every run, committed or not, leaves an `import_runs` row. Throws only for a malformed request.
 */
export async function runImport(database: AttainDatabase, request: ImportRequest): Promise<ImportReport> {
  const input = validateRequest(request);
  const options = input.options ?? {};
  const mode = options.mode ?? "all_or_nothing";
  const spec = entitySpecs[input.entity];
  const runId = randomUUID();
  const startedAt = new Date();
  const errors = new ErrorLog();
  const [workspace] = await database.sql.query<{
    reporting_currency: string;
    fiscal_year_start_month: number;
    fiscal_year_naming: string;
  }>("select reporting_currency, fiscal_year_start_month, fiscal_year_naming from workspaces where id = $1", [
    input.workspaceId,
  ]);
  if (!workspace) throw new ImportRequestError(`Workspace ${input.workspaceId} not found`);

  let format: FileFormat | null = null;
  let tally: ImportTally | undefined;
  let status: ImportStatus = "rejected";
  const report = (): ImportReport => ({
    runId,
    entity: input.entity,
    status,
    format,
    rowsRead: tally?.rowsRead ?? 0,
    inserted: status === "rejected" ? 0 : (tally?.inserted ?? 0),
    updated: status === "rejected" ? 0 : (tally?.updated ?? 0),
    unchanged: status === "rejected" ? 0 : (tally?.unchanged ?? 0),
    rejected: tally?.rejected ?? 0,
    errors: errors.sorted(),
    errorCount: errors.count,
    warnings: tally?.warnings ?? [],
    created: status === "rejected" ? {} : (tally?.created ?? {}),
  });
  const run = {
    workspaceId: input.workspaceId,
    fileName: input.fileName,
    mode,
    createdBy: options.createdBy,
    startedAt,
  };

  let opened: Awaited<ReturnType<typeof openSource>> | undefined;
  try {
    opened = await openSource(input.source, input.fileName);
    format = opened.format;
    const source = opened;
    await database.transaction(async (tx) => {
      const delimiter = options.delimiter ?? detectDelimiter(source.head.toString("utf8"));
      const rows =
        source.format === "xlsx"
          ? readXlsxRows(source.body, options.sheet)
          : readCsvRows(source.body, delimiter, isUtf8(source.head) ? "utf8" : "windows-1252");
      tally = await importRows({
        sql: tx.sql,
        spec,
        workspaceId: input.workspaceId,
        format: source.format,
        rows,
        delimiter: source.format === "xlsx" ? "\t" : delimiter,
        options,
        currency: options.currency ?? workspace.reporting_currency,
        calendar: {
          startMonth: workspace.fiscal_year_start_month,
          naming: workspace.fiscal_year_naming === "start" ? "start" : "end",
        },
        today: startedAt.toISOString().slice(0, 10),
        errors,
        stageName: `import_stage_${runId.replaceAll("-", "").slice(0, 12)}`,
      });
      const written = tally.inserted + tally.updated + tally.unchanged;
      status =
        errors.count === 0
          ? "committed"
          : mode === "valid_rows" && written > 0
            ? "partially_committed"
            : "rejected";
      if (status === "rejected") throw new Rollback(tally);
      if (options.dryRun) throw new Rollback(tally, status);
      await recordImportRun(tx.sql, { ...run, report: report() });
    });
    return report();
  } catch (error) {
    if (error instanceof Rollback && error.dryRunStatus) {
      tally = error.tally;
      status = error.dryRunStatus;
      return report();
    }
    status = "rejected";
    if (error instanceof Rollback) tally = error.tally;
    else if (error instanceof FileLevelError)
      for (const problem of error.problems) errors.add(problem.row, problem.column, problem.message);
    else if (error instanceof MalformedFileError) errors.add(error.row, null, error.message);
    else if (error instanceof FileFormatError) errors.add(0, null, error.message);
    else if (error instanceof ImportRequestError) throw error;
    else
      errors.add(
        0,
        null,
        `The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}`,
      );
    await recordImportRun(database.sql, { ...run, report: report() });
    return report();
  } finally {
    opened?.body.destroy();
    if (typeof input.source === "string") {
      // openSource created the file stream; destroying its replay closes it.
    } else (input.source as { destroy?: () => void }).destroy?.();
  }
}

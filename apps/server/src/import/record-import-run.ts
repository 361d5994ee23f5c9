import type { SqlSession } from "@attain/db";
import type { ImportMode, ImportReport } from "./types";

/** Writes the `import_runs` row that every run leaves behind, committed or rejected. */
export async function recordImportRun(
  sql: SqlSession,
  run: {
    report: ImportReport;
    workspaceId: string;
    fileName: string;
    mode: ImportMode;
    createdBy: string | undefined;
    startedAt: Date;
  },
): Promise<void> {
  const { report } = run;
  await sql.query(
    `insert into import_runs (id, workspace_id, entity, file_name, mode, status, rows_read, rows_inserted, rows_updated,
                              rows_unchanged, rows_rejected, errors, created_by, started_at, finished_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, now())`,
    [
      report.runId,
      run.workspaceId,
      report.entity,
      run.fileName,
      run.mode,
      report.status,
      report.rowsRead,
      report.inserted,
      report.updated,
      report.unchanged,
      report.rejected,
      JSON.stringify(report.errors),
      run.createdBy ?? null,
      run.startedAt.toISOString(),
    ],
  );
}

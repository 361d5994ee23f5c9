import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { receiveUpload } from "../http/receive-upload";
import { type ImportReport, ImportRequestError, runImport } from "../import";

/** Helpdesk and survey exports are small; this bounds one upload. */
const MAX_FEEDBACK_UPLOAD_BYTES = 100 * 1024 ** 2;

/**
 * Imports customer feedback and complaints from a CSV or XLSX upload through the importer's `customer-feedback`
 * entity: every row and field checked, all rows or none, upserted by external id. A dry run reports the same
 * counts and errors and writes nothing. Anyone but viewers and reps (who log entries one by one) may import.
 */
export async function importCustomerFeedback(
  database: AttainDatabase,
  viewer: Viewer,
  params: {
    request: Request;
    uploadDir: string;
    dryRun: boolean;
    fileName?: string | undefined;
    today: string;
  },
): Promise<ImportReport> {
  if (viewer.role === "viewer" || viewer.role === "rep")
    throw problems.forbidden("Your role may not import customer feedback.");
  await mkdir(params.uploadDir, { recursive: true });
  const spool = join(params.uploadDir, `${randomUUID()}.upload`);
  try {
    const fileName = await receiveUpload(params.request, spool, params.fileName, MAX_FEEDBACK_UPLOAD_BYTES);
    const report = await runImport(database, {
      workspaceId: viewer.workspaceId,
      entity: "customer-feedback",
      source: spool,
      fileName,
      options: { createdBy: viewer.userId, effectiveDate: params.today, dryRun: params.dryRun },
    }).catch((error: unknown) => {
      if (error instanceof ImportRequestError) throw new ApiError(400, "Invalid request", error.message);
      throw error;
    });
    if (report.status === "rejected")
      throw new ApiError(
        422,
        "Import rejected",
        `${report.rejected} row(s) are not valid; nothing was written.`,
        report.errors.map((e) => ({
          path: e.column ? `row ${e.row}, column ${e.column}` : `row ${e.row}`,
          message: e.message,
        })),
        { report },
      );
    return report;
  } finally {
    await rm(spool, { force: true });
  }
}

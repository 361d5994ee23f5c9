import type { DashboardData } from "../types";
import type { DashboardExportOptions } from "./describe-export";
import { exportFileName } from "./export-file-name";
import { renderDashboardPdf } from "./render-dashboard-pdf";
import { renderDashboardXlsx } from "./render-dashboard-xlsx";

export type DashboardFileFormat = "pdf" | "xlsx";

export type DashboardFile = { content: Buffer; contentType: string; fileName: string };

const contentTypes: Record<DashboardFileFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A dashboard's data as a PDF or XLSX download, with its content type and file name. */
export async function renderDashboardFile(
  data: DashboardData,
  format: DashboardFileFormat,
  options: DashboardExportOptions,
): Promise<DashboardFile> {
  const content =
    format === "pdf" ? await renderDashboardPdf(data, options) : await renderDashboardXlsx(data, options);
  return {
    content,
    contentType: contentTypes[format],
    fileName: options.snapshotName
      ? exportFileName(
          options.snapshotName,
          { takenOn: options.generatedAt.toISOString().slice(0, 10) },
          format,
        )
      : exportFileName(data.dashboard.name, data.context, format),
  };
}

/** Response headers of a download: its type, an attachment with the safe name, and no caching of figures. */
export function downloadHeaders(file: DashboardFile): Record<string, string> {
  return {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.fileName}"`,
    "cache-control": "private, no-store",
  };
}

import { type DashboardFileFormat, renderDashboardFile } from "../dashboards/exports/render-dashboard-file";
import type { ReportSnapshotDto } from "./types";

/**
 * A snapshot's PDF or XLSX, rendered from its stored data with its takenAt as the document's date: the same bytes on
 * every request (for a given locale).
 */
export function renderSnapshotFile(
  snapshot: ReportSnapshotDto,
  format: DashboardFileFormat,
  locale: "en" | "fr",
) {
  return renderDashboardFile(snapshot.data, format, {
    locale,
    generatedAt: new Date(snapshot.takenAt),
    snapshotName: snapshot.name,
  });
}

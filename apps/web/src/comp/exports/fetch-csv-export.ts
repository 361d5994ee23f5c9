import { ApiProblem } from "../../api/api-fetch";
import { type ControlTotal, type ExportLayout, readControlTotals } from "./read-control-totals";

export type CsvExport = { fileName: string; text: string; controls: ControlTotal[] };

/** The file name from `Content-Disposition: attachment; filename="payroll-2026-Q4-adp.csv"`, else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** Fetches a CSV export with the session cookie and reads its control-total rows. */
export async function fetchCsvExport(
  path: string,
  fallbackName: string,
  layout: ExportLayout,
): Promise<CsvExport> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", headers: { accept: "text/csv" } });
  } catch {
    throw new ApiProblem(0, "Network error", undefined);
  }
  if (!response.ok) {
    let detail: string | undefined;
    try {
      const body = (await response.json()) as { detail?: unknown; title?: unknown };
      detail =
        typeof body.detail === "string"
          ? body.detail
          : typeof body.title === "string"
            ? body.title
            : undefined;
    } catch {
      detail = undefined;
    }
    throw new ApiProblem(response.status, response.statusText, detail);
  }
  const text = await response.text();
  return {
    fileName: fileNameOf(response.headers.get("content-disposition"), fallbackName),
    text,
    controls: readControlTotals(text, layout),
  };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile(file: { fileName: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { MalformedFileError, type SheetRow } from "./read-csv-rows";

/** Streams the rows of one sheet (the named one, else the first) of an XLSX workbook, with exceljs's streaming reader. */
export async function* readXlsxRows(body: Readable, sheet: string | undefined): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(body, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const seen: string[] = [];
  let found = false;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      seen.push(name);
      const wanted =
        !found && (sheet === undefined || name.trim().toLowerCase() === sheet.trim().toLowerCase());
      for await (const row of worksheet) {
        if (!wanted) continue;
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let index = 1; index < values.length; index++) cells.push(cellText(values[index]));
        yield { row: row.number, cells };
      }
      if (wanted) found = true;
    }
  } catch (error) {
    if (error instanceof MalformedFileError) throw error;
    throw new MalformedFileError(
      `The workbook could not be read: ${error instanceof Error ? error.message : String(error)}`,
      0,
    );
  }
  if (!found)
    throw new MalformedFileError(
      sheet === undefined
        ? "The workbook has no sheet."
        : `The workbook has no sheet "${sheet}" (sheets: ${seen.map((s) => `"${s}"`).join(", ")}).`,
      0,
    );
}

/** A cell as the text a person sees: numbers in their shortest exact form, dates as ISO. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
  }
  if (typeof value === "object") {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join("");
    if ("result" in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error) return "";
  }
  return String(value);
}

import ExcelJS from "exceljs";
import { decimalOfCell } from "./amount-cell";
import {
  HEADER_ROW,
  identityHeaders,
  META_REVISION_ROW,
  META_SCENARIO_ROW,
  META_SHEET,
  QUOTA_SHEET,
} from "./quota-sheet-layout";

/** A month cell as found: a number (as its exact decimal text), text, nothing, or a formula Excel never computed. */
export type SheetAmount =
  | { kind: "number"; value: string }
  | { kind: "text"; text: string }
  | { kind: "empty" }
  | { kind: "uncomputed" };

export type SheetProblem = { sheet: string; row: number; field: string; message: string };

export type QuotaSheetRowRead = {
  row: number;
  nodeId: string;
  /** month (YYYY-MM) → cell, for every month column of the header. */
  cells: Record<string, { column: string; amount: SheetAmount }>;
};

export type QuotaSheetRead = {
  scenarioId: string | null;
  revision: number | null;
  months: string[];
  rows: QuotaSheetRowRead[];
  /** Problems with the file as a whole (not a workbook, a missing sheet or column). */
  problems: SheetProblem[];
};

const monthHeader = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Reads a quota sheet back (ours, after a manager edited it): the scenario id and revision from the hidden sheet,
 * the months from the header (by their YYYY-MM text, so a moved column still reads), and each row's node id and
 * month cells as typed. Nothing is judged here beyond the file's shape; `diffQuotaSheet` validates the values.
 */
export async function readQuotaSheet(file: Buffer): Promise<QuotaSheetRead> {
  const empty = (problem: SheetProblem): QuotaSheetRead => ({
    scenarioId: null,
    revision: null,
    months: [],
    rows: [],
    problems: [problem],
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return empty({ sheet: "", row: 0, field: "file", message: "The file is not an XLSX workbook." });
  }
  const sheet = workbook.getWorksheet(QUOTA_SHEET);
  if (!sheet)
    return empty({
      sheet: QUOTA_SHEET,
      row: 0,
      field: "file",
      message: `The workbook has no sheet "${QUOTA_SHEET}".`,
    });
  const meta = workbook.getWorksheet(META_SHEET);
  const scenarioId = meta ? textOf(meta.getRow(META_SCENARIO_ROW).getCell(2).value) || null : null;
  const revisionText = meta ? textOf(meta.getRow(META_REVISION_ROW).getCell(2).value) : "";
  const revision = /^\d+$/.test(revisionText) ? Number(revisionText) : null;

  const problems: SheetProblem[] = [];
  const header = sheet.getRow(HEADER_ROW);
  let nodeColumn = 0;
  const monthColumns: { month: string; column: number; letter: string }[] = [];
  header.eachCell((cell, column) => {
    const label = textOf(cell.value).trim();
    if (label.toLowerCase() === identityHeaders[0].toLowerCase()) nodeColumn = column;
    else if (monthHeader.test(label))
      monthColumns.push({ month: label, column, letter: cell.address.replace(/\d+$/, "") });
  });
  if (nodeColumn === 0)
    problems.push({
      sheet: QUOTA_SHEET,
      row: HEADER_ROW,
      field: identityHeaders[0],
      message: `No "${identityHeaders[0]}" column in the header row.`,
    });
  if (monthColumns.length === 0)
    problems.push({
      sheet: QUOTA_SHEET,
      row: HEADER_ROW,
      field: "months",
      message: "No month column (YYYY-MM) in the header row.",
    });
  if (problems.length > 0) return { scenarioId, revision, months: [], rows: [], problems };

  const rows: QuotaSheetRowRead[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    const cells: QuotaSheetRowRead["cells"] = {};
    for (const { month, column, letter } of monthColumns)
      cells[month] = { column: letter, amount: amountOf(row.getCell(column).value) };
    const nodeId = textOf(row.getCell(nodeColumn).value).trim();
    const blank = nodeId === "" && Object.values(cells).every((cell) => cell.amount.kind === "empty");
    if (!blank) rows.push({ row: rowNumber, nodeId, cells });
  });
  return { scenarioId, revision, months: monthColumns.map((m) => m.month), rows, problems };
}

function amountOf(value: ExcelJS.CellValue): SheetAmount {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value: decimalOfCell(value) };
  if (typeof value === "string")
    return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value };
  if (typeof value === "object" && "formula" in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === "number") return { kind: "number", value: decimalOfCell(result) };
    if (result === undefined || result === null) return { kind: "uncomputed" };
    return { kind: "text", text: textOf(result as ExcelJS.CellValue) };
  }
  return { kind: "text", text: textOf(value) };
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return textOf(value.result as ExcelJS.CellValue);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

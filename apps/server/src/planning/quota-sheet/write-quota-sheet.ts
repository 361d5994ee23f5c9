import ExcelJS from "exceljs";
import { sumAmounts } from "@attain/engine";
import { amountCellValue } from "./amount-cell";
import {
  ANNUAL_COLUMN,
  ANNUAL_HEADER,
  columnLetter,
  FIRST_MONTH_COLUMN,
  HEADER_ROW,
  identityHeaders,
  META_CURRENCY_ROW,
  META_REVISION_ROW,
  META_SCENARIO_ROW,
  META_SHEET,
  MONTHS,
  QUOTA_SHEET,
} from "./quota-sheet-layout";

export type QuotaSheetRow = {
  nodeId: string;
  parentNodeId: string | null;
  kind: "company" | "region" | "team" | "person";
  name: string;
  depth: number;
  /** Twelve fiscal months, decimal strings. */
  months: string[];
  /** Whether the person downloading may change this row's months (person rows of their part of the tree). */
  editable: boolean;
};

export type QuotaSheetInput = {
  scenarioId: string;
  scenarioName: string;
  revision: number;
  currency: string;
  /** The twelve fiscal months, YYYY-MM, in order. */
  months: string[];
  rows: QuotaSheetRow[];
};

const AMOUNT_FORMAT = "#,##0.00";

/**
 * The offline quota sheet: one row per node in grid order, the twelve months as numbers, the annual as a SUM formula
 * (so it follows the manager's edits), and the scenario id and revision on a very hidden `attain` sheet so the
 * re-import knows what the file was made from. The sheet is protected; only the month cells of the rows the
 * downloader may edit are unlocked (and validated as amounts ≥ 0), which guides the edit — the preview still checks
 * everything, since protection without a password is advice, not security.
 */
export async function writeQuotaSheet(input: QuotaSheetInput): Promise<Buffer> {
  if (input.months.length !== MONTHS) throw new Error(`a quota sheet has ${MONTHS} months`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Attain";
  const sheet = workbook.addWorksheet(QUOTA_SHEET, { views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] });
  sheet.columns = [
    { width: 44 },
    { width: 10 },
    { width: 32 },
    { width: 44 },
    ...input.months.map(() => ({ width: 13 })),
    { width: 15 },
  ];
  const header = sheet.getRow(HEADER_ROW);
  header.values = [...identityHeaders, ...input.months, ANNUAL_HEADER];
  header.font = { bold: true };

  const first = columnLetter(FIRST_MONTH_COLUMN);
  const last = columnLetter(ANNUAL_COLUMN - 1);
  input.rows.forEach((node, index) => {
    if (node.months.length !== MONTHS)
      throw new Error(`node ${node.nodeId} has ${node.months.length} months`);
    const rowNumber = HEADER_ROW + 1 + index;
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = node.nodeId;
    row.getCell(2).value = node.kind;
    row.getCell(3).value = node.name;
    row.getCell(3).alignment = { indent: Math.min(node.depth, 15) };
    row.getCell(4).value = node.parentNodeId ?? "";
    node.months.forEach((amount, m) => {
      const cell = row.getCell(FIRST_MONTH_COLUMN + m);
      cell.value = amountCellValue(amount);
      cell.numFmt = AMOUNT_FORMAT;
      if (node.editable && node.kind === "person") {
        cell.protection = { locked: false };
        cell.dataValidation = {
          type: "decimal",
          operator: "greaterThanOrEqual",
          formulae: [0],
          allowBlank: false,
          showErrorMessage: true,
          errorTitle: "Quota",
          error: "A quota is an amount of 0 or more.",
        };
      }
    });
    const annual = row.getCell(ANNUAL_COLUMN);
    annual.value = {
      formula: `SUM(${first}${rowNumber}:${last}${rowNumber})`,
      result: amountCellValue(sumAmounts(node.months)),
    };
    annual.numFmt = AMOUNT_FORMAT;
    if (node.kind !== "person") row.font = { bold: true };
  });
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.getRow(META_SCENARIO_ROW).values = ["scenarioId", input.scenarioId];
  meta.getRow(META_REVISION_ROW).values = ["revision", input.revision];
  meta.getRow(META_CURRENCY_ROW).values = ["currency", input.currency];
  meta.getRow(META_CURRENCY_ROW + 1).values = ["scenario", input.scenarioName];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import { compareAmounts, roundTo } from "@attain/engine";
import { META_REVISION_ROW, META_SCENARIO_ROW, META_SHEET, QUOTA_SHEET } from "./quota-sheet-layout";
import type { QuotaSheetRead, SheetAmount, SheetProblem } from "./read-quota-sheet";

/** What the sheet is compared with: the scenario's current grid as the uploader sees it. */
export type SheetGrid = {
  scenarioId: string;
  revision: number;
  months: string[];
  rows: {
    nodeId: string;
    name: string;
    kind: "company" | "region" | "team" | "person";
    months: string[];
    editable: boolean;
  }[];
};

export type MonthChange = { nodeId: string; month: string; amount: string };

export type QuotaSheetPreview = {
  /** The revision the sheet was exported at: PATCH grid with it, so newer work is never overwritten (409). */
  baseRevision: number | null;
  currentRevision: number;
  changes: MonthChange[];
  diff: { nodeId: string; name: string; month: string; before: string; after: string }[];
  errors: SheetProblem[];
};

/** Month amounts are stored with 2 decimals (the allocation's month places); more is refused, not rounded silently. */
const MONTH_PLACES = 2;
const plainDecimal = /^\d+(\.\d+)?$/;

/**
 * Compares an uploaded quota sheet with the current grid: every month cell of a person row that differs becomes a
 * change, and everything wrong is reported by sheet, row and column (a text or a negative in an amount cell, a
 * node id the scenario does not have, a row the uploader may not edit, another scenario's sheet, a sheet exported at
 * an older revision). Pure: nothing is written; the client applies `changes` with PATCH grid.
 */
export function diffQuotaSheet(sheet: QuotaSheetRead, grid: SheetGrid): QuotaSheetPreview {
  const preview: QuotaSheetPreview = {
    baseRevision: sheet.revision,
    currentRevision: grid.revision,
    changes: [],
    diff: [],
    errors: [...sheet.problems],
  };
  if (sheet.problems.length > 0) return preview;
  if (sheet.scenarioId !== grid.scenarioId) {
    // Another scenario's rows would name the same people: comparing them would propose nonsense, so stop here.
    preview.errors.push({
      sheet: META_SHEET,
      row: META_SCENARIO_ROW,
      field: "scenarioId",
      message:
        sheet.scenarioId === null
          ? "The workbook does not say which scenario it was exported from (no hidden attain sheet): export it again."
          : `This sheet belongs to scenario ${sheet.scenarioId}, not ${grid.scenarioId}.`,
    });
    return preview;
  }
  if (sheet.revision === null || sheet.revision !== grid.revision)
    preview.errors.push({
      sheet: META_SHEET,
      row: META_REVISION_ROW,
      field: "revision",
      message:
        sheet.revision === null
          ? "The workbook has no revision: export it again."
          : `The sheet was exported at revision ${sheet.revision}; the scenario is now at revision ${grid.revision}. Someone changed it since: export it again and redo your edits, or they would be overwritten.`,
    });

  const nodes = new Map(grid.rows.map((row) => [row.nodeId, row]));
  const monthIndex = new Map(grid.months.map((month, index) => [month, index]));
  const seen = new Map<string, number>();
  const problem = (row: number, field: string, message: string) =>
    preview.errors.push({ sheet: QUOTA_SHEET, row, field, message });

  for (const month of sheet.months)
    if (!monthIndex.has(month)) problem(1, month, `${month} is not a month of this scenario's fiscal year.`);

  for (const row of sheet.rows) {
    if (row.nodeId === "") {
      problem(row.row, "Node id", "The row has amounts but no node id.");
      continue;
    }
    const node = nodes.get(row.nodeId);
    if (!node) {
      problem(row.row, "Node id", `"${row.nodeId}" is not a node of this scenario that you can see.`);
      continue;
    }
    const earlier = seen.get(row.nodeId);
    if (earlier !== undefined) {
      problem(row.row, "Node id", `"${row.nodeId}" is already on row ${earlier}.`);
      continue;
    }
    seen.set(row.nodeId, row.row);
    for (const [month, cell] of Object.entries(row.cells)) {
      const index = monthIndex.get(month);
      if (index === undefined) continue;
      const at = `column ${cell.column} (${month})`;
      const read = amountOf(cell.amount);
      if ("message" in read) {
        problem(row.row, month, `${at}: ${read.message}`);
        continue;
      }
      const before = node.months[index] ?? "0";
      if (compareAmounts(read.amount, before) === 0) continue;
      if (node.kind !== "person") {
        problem(
          row.row,
          month,
          `${at}: ${node.kind} rows follow their people; change the months of the people below.`,
        );
        continue;
      }
      if (!node.editable) {
        problem(row.row, month, `${at}: you may not edit ${node.name}'s quota in this scenario.`);
        continue;
      }
      preview.changes.push({ nodeId: node.nodeId, month, amount: read.amount });
      preview.diff.push({ nodeId: node.nodeId, name: node.name, month, before, after: read.amount });
    }
  }
  return preview;
}

function amountOf(cell: SheetAmount): { amount: string } | { message: string } {
  if (cell.kind === "empty") return { message: "empty; enter 0 for no quota." };
  if (cell.kind === "uncomputed")
    return { message: "a formula without a computed value; open and save the file in a spreadsheet app." };
  const text = cell.kind === "number" ? cell.value : cell.text.trim();
  if (text.startsWith("-") && plainDecimal.test(text.slice(1)))
    return { message: `${text} is negative; a quota is 0 or more.` };
  if (!plainDecimal.test(text)) return { message: `"${text}" is not an amount.` };
  const [, fraction = ""] = text.split(".");
  if (fraction.replace(/0+$/, "").length > MONTH_PLACES)
    return { message: `${text} has more than ${MONTH_PLACES} decimals; round it to the cent.` };
  return { amount: roundTo(text, MONTH_PLACES, "half_up") };
}

import ExcelJS from "exceljs";
import type { KpiUnit } from "@attain/engine";
import { neutraliseCell } from "../../compensation/exports/write-csv";
import type { KpiValueDto } from "../../kpis/types";
import type { DashboardData } from "../types";
import {
  type DashboardExportOptions,
  definitionOf,
  describeExportContext,
  kpiNameOf,
  widgetTitle,
} from "./describe-export";
import { type ExportLabel, exportLabel, unitLabel } from "./export-labels";
import { formatNoValue } from "./format-export-value";
import { pinZipTimestamps } from "./pin-zip-timestamps";
import { uniqueSheetName } from "./unique-sheet-name";

type Cell = string | number | null;

/** Excel number formats per KPI unit (percent and ratio values are fractions). */
export function unitNumberFormat(unit: KpiUnit, currency: string, value: string): string {
  switch (unit) {
    case "currency":
      return `#,##0.00 "${currency}"`;
    case "percent":
      return "0.00%";
    case "ratio":
      return "0.0000";
    case "days":
    case "score":
      return "0.0";
    case "count":
      return value.includes(".") ? "#,##0.00" : "#,##0";
  }
}

/**
 * The dashboard's data as a workbook: a summary (one row per KPI: value, target, attainment, previous, change as
 * number cells formatted per unit, and the reason when there is no value), a sheet per breakdown, table and funnel
 * widget, the monthly trends, and the definitions. Text cells are neutralised against formula injection; numbers come
 * from the exact decimal strings. The workbook's dates and the zip's entry times are `generatedAt`, so the same data
 * and instant give the same bytes.
 */
export async function renderDashboardXlsx(
  data: DashboardData,
  options: DashboardExportOptions,
): Promise<Buffer> {
  const { locale } = options;
  const label = (key: ExportLabel) => exportLabel(locale, key);
  const currency = data.context.currency;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Attain";
  workbook.lastModifiedBy = "Attain";
  workbook.created = options.generatedAt;
  workbook.modified = options.generatedAt;
  workbook.title = neutraliseCell(options.snapshotName ?? data.dashboard.name);
  const usedNames = new Set<string>();

  const addSheet = (name: string) => {
    const sheet = workbook.addWorksheet(uniqueSheetName(name, usedNames));
    return sheet;
  };
  const text = (value: string) => neutraliseCell(value);
  const numberCell = (
    sheet: ExcelJS.Worksheet,
    row: number,
    col: number,
    value: string | null,
    unit: KpiUnit,
  ) => {
    if (value === null) return;
    const cell = sheet.getCell(row, col);
    cell.value = Number(value);
    cell.numFmt = unitNumberFormat(unit, currency, value);
  };
  const addRow = (sheet: ExcelJS.Worksheet, cells: Cell[]) =>
    sheet.addRow(cells.map((cell) => (typeof cell === "string" ? text(cell) : cell)));
  const header = (sheet: ExcelJS.Worksheet, cells: string[]) => {
    const row = addRow(sheet, cells);
    row.font = { bold: true };
    return row;
  };
  const unitOf = (key: string): KpiUnit => definitionOf(data, key)?.unit ?? "count";

  // Summary
  const summary = addSheet(label("summary"));
  summary.columns = [30, 36, 16, 16, 12, 14, 16, 16, 60].map((width) => ({ width }));
  addRow(summary, [options.snapshotName ?? data.dashboard.name]).font = { bold: true, size: 14 };
  for (const line of describeExportContext(data, options)) addRow(summary, [line]);
  addRow(summary, []);
  header(summary, [
    label("key"),
    label("name"),
    label("value"),
    label("target"),
    label("attainment"),
    label("status"),
    label("previous"),
    label("change"),
    label("reason"),
  ]);
  for (const value of uniqueValues(data)) {
    const unit = unitOf(value.key);
    const row = addRow(summary, [
      value.key,
      kpiNameOf(data, locale, value.key),
      null,
      null,
      null,
      value.status ? label(`status_${value.status}`) : null,
      null,
      null,
      value.value === null ? formatNoValue(value.reason, locale) : null,
    ]);
    numberCell(summary, row.number, 3, value.value, unit);
    numberCell(summary, row.number, 4, value.target, unit);
    numberCell(summary, row.number, 5, value.attainment, "percent");
    numberCell(summary, row.number, 7, value.previous?.value ?? null, unit);
    numberCell(summary, row.number, 8, value.change, unit);
  }

  // One sheet per breakdown, table and funnel widget
  data.dashboard.widgets.forEach((widget, index) => {
    const widgetData = data.widgets[index];
    if (!widgetData) return;
    const title = widgetTitle(data, locale, widget);
    if (widgetData.funnel) {
      const sheet = addSheet(title);
      sheet.columns = [36, 12, 14, 16].map((width) => ({ width }));
      header(sheet, [label("step"), label("count"), label("conversion"), label("medianDays")]);
      for (const step of widgetData.funnel.steps) {
        const row = addRow(sheet, [step.label, step.count, null, null]);
        sheet.getCell(row.number, 2).numFmt = "#,##0";
        numberCell(sheet, row.number, 3, step.conversion, "percent");
        numberCell(sheet, row.number, 4, step.medianDays, "days");
      }
      return;
    }
    const breakdowns = widgetData.breakdowns ?? (widgetData.breakdown ? [widgetData.breakdown] : []);
    const first = breakdowns[0];
    if (!first) return;
    const sheet = addSheet(title);
    if (widget.type === "table") {
      sheet.columns = [32, ...breakdowns.map(() => 18)].map((width) => ({ width }));
      header(sheet, [label("name"), ...breakdowns.map((b) => kpiNameOf(data, locale, b.key))]);
      const lookups = breakdowns.map((b) => new Map(b.rows.map((r) => [r.id, r])));
      for (const source of first.rows) {
        const row = addRow(sheet, [source.label]);
        breakdowns.forEach((b, k) => {
          const cell = lookups[k]!.get(source.id);
          if (cell?.value != null) numberCell(sheet, row.number, k + 2, cell.value, unitOf(b.key));
          else if (cell) sheet.getCell(row.number, k + 2).value = text(formatNoValue(cell.reason, locale));
        });
      }
      const total = addRow(sheet, [label("total")]);
      total.font = { bold: true };
      breakdowns.forEach((b, k) => {
        numberCell(sheet, total.number, k + 2, b.total.value, unitOf(b.key));
      });
      return;
    }
    const unit = unitOf(first.key);
    sheet.columns = [32, 18, 18, 60].map((width) => ({ width }));
    header(sheet, [label("name"), label("value"), label("target"), label("reason")]);
    for (const source of first.rows) {
      const row = addRow(sheet, [
        source.label,
        null,
        null,
        source.value === null ? formatNoValue(source.reason, locale) : null,
      ]);
      numberCell(sheet, row.number, 2, source.value, unit);
      numberCell(sheet, row.number, 3, source.target, unit);
    }
    const total = addRow(sheet, [
      label("total"),
      null,
      null,
      first.total.value === null ? formatNoValue(first.total.reason, locale) : null,
    ]);
    total.font = { bold: true };
    numberCell(sheet, total.number, 2, first.total.value, unit);
  });

  // Trends: one column per KPI with a monthly series
  const trended = uniqueValues(data).filter((value) => value.trend.length > 0);
  if (trended.length > 0) {
    const sheet = addSheet(label("trend"));
    sheet.columns = [12, ...trended.map(() => 18)].map((width) => ({ width }));
    header(sheet, [label("month"), ...trended.map((value) => kpiNameOf(data, locale, value.key))]);
    const months = [...new Set(trended.flatMap((value) => value.trend.map((point) => point.month)))].sort();
    for (const month of months) {
      const row = addRow(sheet, [month]);
      trended.forEach((value, k) => {
        const point = value.trend.find((p) => p.month === month);
        numberCell(sheet, row.number, k + 2, point?.value ?? null, unitOf(value.key));
      });
    }
  }

  // The rows behind each tile's figure (live exports only: a snapshot keeps the figures, not the rows)
  for (const page of options.drillRows ?? []) {
    const sheet = addSheet(`${kpiNameOf(data, locale, page.key)} – ${label("rows")}`);
    sheet.columns = page.columns.map((column) => ({ width: column.type === "text" ? 32 : 16 }));
    header(
      sheet,
      page.columns.map((column) => column.label),
    );
    for (const source of page.rows) {
      const row = addRow(sheet, []);
      page.columns.forEach((column, k) => {
        const value = source[column.key] ?? null;
        const cell = sheet.getCell(row.number, k + 1);
        if (value === null) return;
        if (
          (column.type === "currency" || column.type === "number") &&
          /^-?\d+(\.\d+)?$/.test(String(value))
        ) {
          cell.value = Number(value);
          cell.numFmt = column.type === "currency" ? `#,##0.00 "${currency}"` : "#,##0.####";
        } else {
          cell.value = text(String(value));
        }
      });
    }
    const total = addRow(sheet, [`${label("total")} (${page.measure})`, null]);
    total.font = { bold: true };
    sheet.getCell(total.number, 2).value = Number(page.measureTotal);
    addRow(sheet, [`${page.rows.length} / ${page.totalRows}`]);
  }

  // Definitions
  const definitions = addSheet(label("definitions"));
  definitions.columns = [30, 36, 60, 50, 12, 24].map((width) => ({ width }));
  header(definitions, [
    label("key"),
    label("name"),
    label("description"),
    label("formula"),
    label("unit"),
    label("owner"),
  ]);
  for (const definition of data.definitions) {
    addRow(definitions, [
      definition.key,
      kpiNameOf(data, locale, definition.key),
      definition.description,
      definition.formula,
      unitLabel(locale, definition.unit),
      definition.owner,
    ]);
  }

  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return pinZipTimestamps(file, options.generatedAt);
}

/** Every KPI value of the dashboard once, in the order the widgets show them. */
function uniqueValues(data: DashboardData): KpiValueDto[] {
  const seen = new Map<string, KpiValueDto>();
  for (const widget of data.widgets) for (const value of widget.values ?? []) seen.set(value.key, value);
  return [...seen.values()];
}

import type { DashboardWidget } from "@attain/db";
import type { KpiUnit } from "@attain/engine";
import PDFDocument from "pdfkit";
import type { KpiBreakdownResponse, KpiValueDto } from "../../kpis/types";
import type { DashboardData, DashboardWidgetData } from "../types";
import {
  type DashboardExportOptions,
  definitionOf,
  describeExportContext,
  kpiNameOf,
  widgetTitle,
} from "./describe-export";
import { drawBarRows, drawFunnel, drawLineChart } from "./draw-pdf-charts";
import { drawPdfTile } from "./draw-pdf-tile";
import { type ExportLabel, exportLabel } from "./export-labels";
import { formatExportValue, formatNoValue } from "./format-export-value";
import { pdfText } from "./pdf-text";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 36;
const GAP = 10;
const ROW = 14;
const TILE_HEIGHT = 84;
const TILES_PER_ROW = 4;
const MAX_BAR_ROWS = 20;
const INK = "#222222";
const MUTED = "#666666";

/**
 * The dashboard as an A4 landscape PDF: title, period, scope, filters and when; then the widgets in grid order —
 * tiles (value, target, attainment, change and status, or "—" with the reason), trend charts drawn as vector lines,
 * bar and leaderboard rows, tables, funnels — paginated with a page footer. Deterministic: the creation date is
 * `generatedAt` and pdfkit derives the file id from the document info, so the same data and instant give the same
 * bytes.
 */
export function renderDashboardPdf(data: DashboardData, options: DashboardExportOptions): Promise<Buffer> {
  const { locale } = options;
  const label = (key: ExportLabel) => exportLabel(locale, key);
  const title = options.snapshotName ?? data.dashboard.name;
  const doc: Doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    compress: true,
    bufferPages: true,
    info: {
      Title: pdfText(title),
      Author: "Attain",
      Creator: "Attain",
      Producer: "Attain",
      CreationDate: options.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 16;
  let y = MARGIN;
  const ensure = (height: number) => {
    if (y + height > bottom()) {
      doc.addPage();
      y = MARGIN;
    }
  };
  const currency = data.context.currency;
  const unitOf = (key: string): KpiUnit => definitionOf(data, key)?.unit ?? "count";
  const fmt = (value: string | null, unit: KpiUnit, signed = false) =>
    formatExportValue(value, unit, { locale, currency, signed });

  doc.font("Helvetica-Bold").fontSize(18).fillColor(INK).text(pdfText(title), MARGIN, y, { width });
  y = doc.y + 4;
  doc.font("Helvetica").fontSize(9).fillColor(MUTED);
  for (const line of describeExportContext(data, options)) {
    doc.text(pdfText(line), MARGIN, y, { width });
    y = doc.y + 1;
  }
  y += GAP;

  /** A widget's heading, kept on the same page as the first `body` points of what follows it. */
  const heading = (text: string, body: number) => {
    ensure(ROW * 1.5 + body);
    doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(pdfText(text), MARGIN, y, { width });
    y = doc.y + 4;
  };

  const drawTile = (
    x: number,
    tileWidth: number,
    widget: DashboardWidget,
    value: KpiValueDto | undefined,
  ) => {
    const key = widget.kpis[0] ?? "";
    const unit = unitOf(key);
    const figure = value && value.value !== null ? fmt(value.value, unit) : null;
    drawPdfTile(
      doc,
      { x, y, w: tileWidth, h: TILE_HEIGHT },
      {
        name: widget.title ?? kpiNameOf(data, locale, key),
        figure,
        noValue: value ? formatNoValue(value.reason, locale) : label("notShown"),
        lines: value
          ? [
              value.target === null ? null : `${label("target")}: ${fmt(value.target, unit)}`,
              value.attainment === null
                ? null
                : `${label("attainment")}: ${fmt(value.attainment, "percent")}`,
              `${label("change")}: ${value.change === null ? "—" : fmt(value.change, unit, true)}${
                value.status ? ` · ${label(`status_${value.status}`)}` : ""
              }`,
            ].filter((line): line is string => line !== null)
          : [],
      },
    );
  };

  const drawTable = (breakdowns: KpiBreakdownResponse[]) => {
    const first = breakdowns[0];
    if (!first) return;
    const nameWidth = Math.min(220, width * 0.28);
    const columnWidth = (width - nameWidth) / Math.max(1, breakdowns.length);
    const lookups = breakdowns.map((b) => new Map(b.rows.map((r) => [r.id, r])));
    const headerRow = () => {
      doc.font("Helvetica-Bold").fontSize(7.5).fillColor(MUTED);
      doc.text(pdfText(label("name")), MARGIN, y, { width: nameWidth, lineBreak: false });
      breakdowns.forEach((b, k) => {
        doc.text(pdfText(kpiNameOf(data, locale, b.key)), MARGIN + nameWidth + k * columnWidth, y, {
          width: columnWidth - 4,
          align: "right",
          height: 20,
          ellipsis: true,
        });
      });
      y += ROW * 1.6;
    };
    headerRow();
    const line = (name: string, cells: (string | null)[], bold: boolean) => {
      if (y + ROW > bottom()) {
        doc.addPage();
        y = MARGIN;
        headerRow();
      }
      doc
        .font(bold ? "Helvetica-Bold" : "Helvetica")
        .fontSize(8)
        .fillColor(INK);
      doc.text(pdfText(name), MARGIN, y, { width: nameWidth, ellipsis: true, lineBreak: false });
      cells.forEach((cell, k) => {
        doc.text(pdfText(cell ?? "—"), MARGIN + nameWidth + k * columnWidth, y, {
          width: columnWidth - 4,
          align: "right",
          lineBreak: false,
        });
      });
      y += ROW;
    };
    for (const row of first.rows) {
      line(
        row.label,
        breakdowns.map((b, k) => {
          const cell = lookups[k]!.get(row.id);
          return cell ? fmt(cell.value, unitOf(b.key)) : null;
        }),
        false,
      );
    }
    line(
      label("total"),
      breakdowns.map((b) => fmt(b.total.value, unitOf(b.key))),
      true,
    );
  };

  const drawWidget = (widget: DashboardWidget, widgetData: DashboardWidgetData) => {
    const funnelSteps = widgetData.funnel?.steps.length ?? 0;
    const firstBlock =
      widget.type === "trend"
        ? 150
        : widget.type === "funnel"
          ? Math.max(1, funnelSteps) * 18
          : widget.type === "qualitative"
            ? Math.max(1, widgetData.values?.length ?? 0) * ROW
            : ROW * 3;
    heading(widgetTitle(data, locale, widget), firstBlock);
    if (widget.type === "trend") {
      const value = widgetData.values?.[0];
      const unit = unitOf(widget.kpis[0] ?? "");
      const points = (value?.trend ?? []).map((p) => ({
        label: p.month,
        value: p.value,
        text: fmt(p.value, unit),
      }));
      const numbers = points.flatMap((p) => (p.value === null ? [] : [p.value]));
      const sorted = [...numbers].sort((a, b) => Number(a) - Number(b));
      const chartHeight = 150;
      ensure(chartHeight);
      drawLineChart(doc, { x: MARGIN, y, w: width, h: chartHeight }, points, {
        minText: fmt(sorted[0] && Number(sorted[0]) < 0 ? sorted[0] : "0", unit),
        maxText: fmt(sorted.at(-1) && Number(sorted.at(-1)) > 0 ? sorted.at(-1)! : "0", unit),
      });
      y += chartHeight + GAP;
      if (value && value.value !== null) {
        doc.font("Helvetica").fontSize(8).fillColor(MUTED);
        doc.text(pdfText(`${label("total")}: ${fmt(value.value, unit)}`), MARGIN, y - GAP, { width });
        y += ROW;
      }
      return;
    }
    if (widget.type === "bar" || widget.type === "leaderboard") {
      const breakdown = widgetData.breakdown;
      if (!breakdown || breakdown.rows.length === 0) return noRows();
      const unit = unitOf(breakdown.key);
      const rows = breakdown.rows.slice(0, MAX_BAR_ROWS).map((row, i) => ({
        label: widget.type === "leaderboard" ? `${i + 1}. ${row.label}` : row.label,
        value: row.value,
        text: row.value === null ? "—" : fmt(row.value, unit),
      }));
      for (let start = 0; start < rows.length; ) {
        ensure(ROW * 2);
        const fit = Math.max(1, Math.floor((bottom() - y) / ROW));
        const slice = rows.slice(start, start + fit);
        drawBarRows(doc, { x: MARGIN, y, w: width, h: slice.length * ROW }, slice, ROW);
        y += slice.length * ROW;
        start += slice.length;
      }
      doc.font("Helvetica-Bold").fontSize(8).fillColor(INK);
      doc.text(pdfText(`${label("total")}: ${fmt(breakdown.total.value, unit)}`), MARGIN, y + 2, { width });
      y = doc.y + GAP;
      return;
    }
    if (widget.type === "table") {
      drawTable(widgetData.breakdowns ?? (widgetData.breakdown ? [widgetData.breakdown] : []));
      y += GAP;
      return;
    }
    if (widget.type === "funnel") {
      const steps = widgetData.funnel?.steps ?? [];
      if (steps.length === 0) return noRows();
      const funnelRow = 18;
      ensure(steps.length * funnelRow);
      drawFunnel(
        doc,
        { x: MARGIN, y, w: width, h: steps.length * funnelRow },
        steps.map((step) => ({
          label: step.label,
          count: step.count,
          text: [
            fmt(String(step.count), "count"),
            step.conversion === null ? "" : `${label("conversion")} ${fmt(step.conversion, "percent")}`,
            step.medianDays === null ? "" : `${label("medianDays")} ${fmt(step.medianDays, "days")}`,
          ]
            .filter(Boolean)
            .join(" · "),
        })),
        funnelRow,
      );
      y += steps.length * funnelRow + GAP;
      return;
    }
    // Qualitative (and any KPI list): one row per KPI with its figure and, for shares, a bar of 0–100%.
    const values = widgetData.values ?? [];
    if (values.length === 0) return noRows();
    const rows = values.map((value) => ({
      label: kpiNameOf(data, locale, value.key),
      value: unitOf(value.key) === "percent" ? value.value : null,
      text: value.value === null ? formatNoValue(value.reason, locale) : fmt(value.value, unitOf(value.key)),
    }));
    ensure(rows.length * ROW);
    drawBarRows(doc, { x: MARGIN, y, w: width, h: rows.length * ROW }, rows, ROW, 1);
    y += rows.length * ROW + GAP;
  };
  const noRows = () => {
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(label("noRows")), MARGIN, y, { width });
    y = doc.y + GAP;
  };

  const order = data.dashboard.widgets
    .map((widget, index) => ({ widget, data: data.widgets[index] }))
    .filter(
      (entry): entry is { widget: DashboardWidget; data: DashboardWidgetData } => entry.data !== undefined,
    )
    .sort((a, b) => a.widget.y - b.widget.y || a.widget.x - b.widget.x);
  const tileWidth = (width - (TILES_PER_ROW - 1) * GAP) / TILES_PER_ROW;
  let column = 0;
  const endTileRow = () => {
    if (column > 0) y += TILE_HEIGHT + GAP;
    column = 0;
  };
  for (const entry of order) {
    if (entry.widget.type === "tile") {
      if (column === 0) ensure(TILE_HEIGHT);
      const value = entry.data.values?.[0];
      drawTile(MARGIN + column * (tileWidth + GAP), tileWidth, entry.widget, value);
      column += 1;
      if (column === TILES_PER_ROW) endTileRow();
      continue;
    }
    endTileRow();
    drawWidget(entry.widget, entry.data);
  }
  endTileRow();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin: without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(7).fillColor(MUTED);
    doc.text(
      pdfText(`${title} · ${label("page")} ${i + 1} ${label("of")} ${range.count}`),
      MARGIN,
      doc.page.height - MARGIN - 8,
      { width, align: "right", lineBreak: false },
    );
  }
  doc.end();
  return done;
}

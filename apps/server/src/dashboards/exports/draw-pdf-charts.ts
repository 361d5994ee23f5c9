import type PDFDocument from "pdfkit";
import { pdfText } from "./pdf-text";

type Doc = InstanceType<typeof PDFDocument>;
export type Box = { x: number; y: number; w: number; h: number };

const AXIS = "#888888";
const INK = "#222222";
const BAR = "#3b6fd6";
const NEGATIVE = "#c0392b";

/** Drawing coordinates only: a decimal string as a float is fine for where a point goes, never for the figure. */
const position = (value: string | null) => (value === null ? null : Number(value));

/**
 * A monthly line chart as vectors: axes, the zero line when the range crosses it, min and max labels, month labels,
 * and the series as a polyline broken where a month has no value.
 */
export function drawLineChart(
  doc: Doc,
  box: Box,
  points: { label: string; value: string | null; text: string }[],
  extremes: { minText: string; maxText: string },
) {
  const plot = { x: box.x + 60, y: box.y + 6, w: box.w - 70, h: box.h - 24 };
  const numbers = points.map((p) => position(p.value)).filter((n): n is number => n !== null);
  doc.save().lineWidth(0.5).strokeColor(AXIS);
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.h)
    .lineTo(plot.x + plot.w, plot.y + plot.h)
    .stroke();
  doc.restore();
  if (numbers.length === 0 || points.length === 0) return;
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  const span = max - min || 1;
  const yOf = (n: number) => plot.y + plot.h - ((n - min) / span) * plot.h;
  const step = points.length > 1 ? plot.w / (points.length - 1) : 0;
  const xOf = (i: number) => (points.length > 1 ? plot.x + i * step : plot.x + plot.w / 2);

  doc.font("Helvetica").fontSize(7).fillColor(AXIS);
  doc.text(pdfText(extremes.maxText), box.x, yOf(max) - 3, { width: 56, align: "right", lineBreak: false });
  doc.text(pdfText(extremes.minText), box.x, yOf(min) - 3, { width: 56, align: "right", lineBreak: false });
  if (min < 0) {
    doc
      .save()
      .lineWidth(0.3)
      .strokeColor(AXIS)
      .dash(2, { space: 2 })
      .moveTo(plot.x, yOf(0))
      .lineTo(plot.x + plot.w, yOf(0))
      .stroke()
      .undash()
      .restore();
  }
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  points.forEach((point, i) => {
    if (i % labelEvery !== 0 && i !== points.length - 1) return;
    doc.text(pdfText(point.label), xOf(i) - 20, plot.y + plot.h + 4, {
      width: 40,
      align: "center",
      lineBreak: false,
    });
  });

  doc.save().lineWidth(1.5).strokeColor(BAR);
  let drawing = false;
  points.forEach((point, i) => {
    const n = position(point.value);
    if (n === null) {
      if (drawing) doc.stroke();
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(i), yOf(n));
    else doc.moveTo(xOf(i), yOf(n));
    drawing = true;
  });
  if (drawing) doc.stroke();
  doc.restore();
  doc.save().fillColor(BAR);
  points.forEach((point, i) => {
    const n = position(point.value);
    if (n !== null) doc.circle(xOf(i), yOf(n), 1.8).fill();
  });
  doc.restore().fillColor(INK);
}

/** Horizontal bars, one row per item: its label, a bar as long as its share of the largest magnitude, its figure. */
export function drawBarRows(
  doc: Doc,
  box: Box,
  rows: { label: string; value: string | null; text: string }[],
  rowHeight: number,
  /** The magnitude of a full bar; default the largest row's. */
  scaleMax?: number,
) {
  const labelWidth = Math.min(200, box.w * 0.3);
  const textWidth = 110;
  const barX = box.x + labelWidth + 6;
  const barW = box.w - labelWidth - textWidth - 12;
  const magnitudes = rows.map((r) => Math.abs(position(r.value) ?? 0));
  const max = scaleMax ?? (Math.max(0, ...magnitudes) || 1);
  rows.forEach((row, i) => {
    const y = box.y + i * rowHeight;
    doc.font("Helvetica").fontSize(8).fillColor(INK);
    doc.text(pdfText(row.label), box.x, y + 2, {
      width: labelWidth,
      ellipsis: true,
      lineBreak: false,
      height: rowHeight,
    });
    const n = position(row.value);
    if (n !== null && n !== 0) {
      doc
        .save()
        .fillColor(n < 0 ? NEGATIVE : BAR)
        .rect(barX, y + 2, Math.max(0.5, Math.min(1, Math.abs(n) / max) * barW), rowHeight - 4)
        .fill()
        .restore();
    }
    doc.fillColor(INK).text(pdfText(row.text), barX + barW + 6, y + 2, {
      width: textWidth,
      align: "right",
      lineBreak: false,
    });
  });
}

/** A funnel as centred bars narrowing with the counts, each step's label on the left and its figures on the right. */
export function drawFunnel(
  doc: Doc,
  box: Box,
  steps: { label: string; count: number; text: string }[],
  rowHeight: number,
) {
  const labelWidth = 150;
  const textWidth = 200;
  const barArea = { x: box.x + labelWidth + 6, w: box.w - labelWidth - textWidth - 12 };
  const first = Math.max(1, ...steps.map((s) => s.count));
  steps.forEach((step, i) => {
    const y = box.y + i * rowHeight;
    const width = Math.max(1, (step.count / first) * barArea.w);
    doc
      .save()
      .fillColor(BAR)
      .fillOpacity(1 - i * 0.08)
      .rect(barArea.x + (barArea.w - width) / 2, y + 2, width, rowHeight - 4)
      .fill()
      .restore();
    doc.font("Helvetica").fontSize(8).fillColor(INK);
    doc.text(pdfText(step.label), box.x, y + 3, { width: labelWidth, ellipsis: true, lineBreak: false });
    doc.text(pdfText(step.text), barArea.x + barArea.w + 6, y + 3, { width: textWidth, lineBreak: false });
  });
}

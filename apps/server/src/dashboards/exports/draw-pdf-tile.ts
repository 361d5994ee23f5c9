import type PDFDocument from "pdfkit";
import type { Box } from "./draw-pdf-charts";
import { pdfText } from "./pdf-text";

type Doc = InstanceType<typeof PDFDocument>;

const INK = "#222222";
const MUTED = "#666666";

/** What a tile shows, already formatted: its name, its figure (or "—" and why), and the lines under the figure. */
export type PdfTile = { name: string; figure: string | null; noValue: string; lines: string[] };

/**
 * A KPI tile: a framed card with the name (two lines at most), the figure large, then target, attainment and change
 * lines; without a figure, "—" and the reason in small print.
 */
export function drawPdfTile(doc: Doc, box: Box, tile: PdfTile) {
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor("#cccccc")
    .roundedRect(box.x, box.y, box.w, box.h, 4)
    .stroke()
    .restore();
  const x = box.x + 8;
  const width = box.w - 16;
  doc.font("Helvetica-Bold").fontSize(8.5).fillColor(MUTED);
  doc.text(pdfText(tile.name), x, box.y + 7, { width, height: 22, ellipsis: true });
  if (tile.figure === null) {
    doc
      .font("Helvetica-Bold")
      .fontSize(16)
      .fillColor(INK)
      .text("—", x, box.y + 30, { width });
    doc.font("Helvetica").fontSize(7).fillColor(MUTED);
    doc.text(pdfText(tile.noValue), x, box.y + 50, { width, height: box.h - 54, ellipsis: true });
    return;
  }
  doc.font("Helvetica-Bold").fontSize(16).fillColor(INK);
  doc.text(pdfText(tile.figure), x, box.y + 28, { width, lineBreak: false });
  doc.font("Helvetica").fontSize(7.5).fillColor(MUTED);
  tile.lines.forEach((line, i) => {
    doc.text(pdfText(line), x, box.y + 48 + i * 10, { width, lineBreak: false, ellipsis: true });
  });
}

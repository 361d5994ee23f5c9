import PDFDocument from "pdfkit";
import type { Statement } from "./get-statement";

const MARGIN = 50;
const AMOUNT_X = 430;
const AMOUNT_WIDTH = 115;

/** The standard PDF fonts only cover Windows-1252: arrows and other symbols become ASCII. */
const printable = (text: string) =>
  text
    .replaceAll("→", "->")
    .replaceAll("≥", ">=")
    .replaceAll("≤", "<=")
    .replaceAll("−", "-")
    .replace(/[^\x20-\x7e\u00a0-\u00ff€×–—‘’“”…]/g, "?");

/**
 * The statement as a PDF: header, lines with a "why this number" summary of each trace, adjustments, year to date
 * and totals. Deterministic: the creation date is the period's end and pdfkit derives the file id from it, so the same
 * statement always gives the same bytes.
 */
export function renderStatementPdf(statement: Statement): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: true,
    info: {
      Title: `Commission statement ${statement.period.key} - ${statement.payee.name}`,
      Author: "Attain",
      Creator: "Attain",
      Producer: "Attain",
      CreationDate: new Date(`${statement.period.end}T00:00:00.000Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const money = (amount: string) => `${amount} ${statement.currency}`;
  const row = (label: string, amount: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    doc.text(printable(label), MARGIN, y, { width: AMOUNT_X - MARGIN - 10 });
    const after = doc.y;
    doc.text(money(amount), AMOUNT_X, y, { width: AMOUNT_WIDTH, align: "right" });
    doc.y = Math.max(after, doc.y);
    doc.x = MARGIN;
  };
  const heading = (text: string) => {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(printable(text), MARGIN).moveDown(0.3);
  };

  doc.font("Helvetica-Bold").fontSize(16).text("Commission statement", MARGIN);
  doc.font("Helvetica").fontSize(10).moveDown(0.3);
  doc.text(printable(`${statement.payee.name} (${statement.payee.externalId}), ${statement.payee.jobRole}`));
  doc.text(printable(`Plan: ${statement.plan.name} (${statement.plan.key} v${statement.plan.version})`));
  doc.text(
    `Period: ${statement.period.key} (${statement.period.start} to ${statement.period.end}), ${statement.status}`,
  );
  doc.text(`Currency: ${statement.currency}`);

  heading("Lines");
  if (statement.lines.length === 0) doc.font("Helvetica").fontSize(10).text("No lines this period.");
  for (const line of statement.lines) {
    const deal = line.transactionId ? ` - transaction ${line.transactionId}` : "";
    row(`${line.lineNo}. ${line.component} (${line.kind})${deal}`, line.amount, true);
    doc.font("Helvetica").fontSize(8).fillColor("#444444");
    for (const step of line.trace) {
      doc.text(printable(`Why: ${step.rule}: ${step.detail}`), MARGIN + 12, doc.y, {
        width: AMOUNT_X - MARGIN - 20,
      });
    }
    doc.fillColor("#000000").moveDown(0.2);
  }

  heading("Adjustments");
  if (statement.adjustments.length === 0) doc.font("Helvetica").fontSize(10).text("None.");
  for (const adjustment of statement.adjustments) {
    const source = adjustment.sourcePeriodKey ? ` (from ${adjustment.sourcePeriodKey})` : "";
    row(`${adjustment.reason}${source} [${adjustment.kind}]`, adjustment.amount);
  }

  heading("Year to date");
  for (const period of statement.yearToDate.byPeriod) {
    row(`${period.periodKey} (${period.status}): earned ${money(period.earned)}, payable`, period.payable);
  }
  row(
    `Fiscal year ${statement.yearToDate.fiscalYear}: earned ${money(statement.yearToDate.earned)}, payable`,
    statement.yearToDate.payable,
    true,
  );

  heading("Totals");
  row("Earned", statement.totals.earned);
  for (const [key, label] of [
    ["drawAdvance", "Draw advance"],
    ["drawRecovered", "Draw recovered"],
    ["heldBack", "Held back"],
    ["released", "Released"],
    ["onHold", "On hold"],
  ] as const) {
    const value = statement.totals[key];
    if (value !== undefined) row(label, value);
  }
  row("Result payable (sum of lines)", statement.totals.resultPayable);
  row("Adjustments", statement.totals.adjustments);
  row("Payable", statement.totals.payable, true);

  doc.end();
  return done;
}

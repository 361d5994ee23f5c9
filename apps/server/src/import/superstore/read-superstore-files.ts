import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

/** A problem in one of the Superstore files, by row (the header is row 1) and column, as a spreadsheet shows it. */
export type SuperstoreProblem = { file: string; row: number; column: string; message: string };

export class SuperstoreImportError extends Error {
  constructor(readonly problems: SuperstoreProblem[]) {
    super(
      `The Superstore files have ${problems.length} problem(s); nothing was imported. First: ${problems
        .slice(0, 5)
        .map((p) => `${p.file} row ${p.row} ${p.column}: ${p.message}`)
        .join("; ")}`,
    );
    this.name = "SuperstoreImportError";
  }
}

export const ORDERS_FILE = "superstore_orders.csv";
export const PEOPLE_FILE = "superstore_people.csv";

const countries: Record<string, string> = { "United States": "US", Canada: "CA" };

/** dd/mm/yy (this file's dates: `03/01/19` = 2019-01-03; every year is 2019–2022) → YYYY-MM-DD, or null. */
export function superstoreDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(text);
  if (!match) return null;
  const iso = `20${match[3]}-${match[2]}-${match[1]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "Expected a decimal number");
const text = z.string().trim().min(1, "Required");

const OrderRow = z.object({
  "Row ID": z.string().regex(/^\d+$/, "Expected a whole number"),
  "Order ID": text,
  "Order Date": z.string().transform((value, ctx) => {
    const date = superstoreDate(value);
    if (date === null)
      ctx.addIssue({ code: "custom", message: `Expected a date as DD/MM/YY, got "${value}"` });
    return date ?? "";
  }),
  "Customer ID": text,
  "Customer Name": text,
  Segment: text,
  "Country/Region": z.string().refine((value) => value in countries, "Expected United States or Canada"),
  City: text,
  "State/Province": text,
  "Postal Code": z.string().trim(),
  Region: text,
  Sales: decimal,
  Quantity: z.string().regex(/^\d+$/, "Expected a whole number"),
  Profit: decimal,
});

export type SuperstoreLine = {
  row: number;
  rowId: string;
  orderId: string;
  orderDate: string;
  customerId: string;
  customerName: string;
  segment: string;
  countryCode: string;
  city: string;
  state: string;
  postalCode: string;
  region: string;
  sales: string;
  quantity: string;
  profit: string;
};

export type SuperstoreFiles = { lines: SuperstoreLine[]; managers: { name: string; region: string }[] };

function readCsv(dataDir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir, file)), { bom: true, columns: true, skip_empty_lines: true });
}

/**
 * Reads and checks both files; every problem is collected (by file, row and column) and thrown together, so nothing
 * is written from a file with a bad row. Row IDs must be unique; each line's Region must have a regional manager.
 */
export function readSuperstoreFiles(dataDir: string): SuperstoreFiles {
  const problems: SuperstoreProblem[] = [];
  const managers: { name: string; region: string }[] = [];
  readCsv(dataDir, PEOPLE_FILE).forEach((record, i) => {
    const name = record["Regional Manager"]?.trim() ?? "";
    const region = record.Region?.trim() ?? "";
    if (name === "")
      problems.push({ file: PEOPLE_FILE, row: i + 2, column: "Regional Manager", message: "Required" });
    if (region === "")
      problems.push({ file: PEOPLE_FILE, row: i + 2, column: "Region", message: "Required" });
    if (managers.some((m) => m.region === region))
      problems.push({
        file: PEOPLE_FILE,
        row: i + 2,
        column: "Region",
        message: `${region} has two managers`,
      });
    managers.push({ name, region });
  });
  const regions = new Set(managers.map((m) => m.region));
  const seen = new Map<string, number>();
  const lines: SuperstoreLine[] = [];
  readCsv(dataDir, ORDERS_FILE).forEach((record, i) => {
    const row = i + 2;
    const rowId = record["Row ID"] ?? "";
    const earlier = seen.get(rowId);
    if (earlier !== undefined)
      problems.push({ file: ORDERS_FILE, row, column: "Row ID", message: `Also on row ${earlier}` });
    else seen.set(rowId, row);
    const parsed = OrderRow.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file: ORDERS_FILE,
          row,
          column: String(issue.path[0] ?? ""),
          message: issue.message,
        });
      return;
    }
    const r = parsed.data;
    if (!regions.has(r.Region))
      problems.push({
        file: ORDERS_FILE,
        row,
        column: "Region",
        message: `${r.Region} has no regional manager`,
      });
    lines.push({
      row,
      rowId: r["Row ID"],
      orderId: r["Order ID"],
      orderDate: r["Order Date"],
      customerId: r["Customer ID"],
      customerName: r["Customer Name"],
      segment: r.Segment,
      countryCode: countries[r["Country/Region"]]!,
      city: r.City,
      state: r["State/Province"],
      postalCode: r["Postal Code"],
      region: r.Region,
      sales: r.Sales,
      quantity: r.Quantity,
      profit: r.Profit,
    });
  });
  if (problems.length > 0) throw new SuperstoreImportError(problems);
  return { lines, managers };
}

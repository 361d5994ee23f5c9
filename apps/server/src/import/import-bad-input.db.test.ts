import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../test-support/open-test-database";
import { runImport } from "./run-import";
import { countRows, createWorkspace, writeTempFile } from "./test-support";
import type { ImportEntity, ImportOptions } from "./types";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const importText = (
  ws: string,
  entity: ImportEntity,
  name: string,
  content: string | Buffer,
  options: ImportOptions = {},
) =>
  runImport(database, {
    workspaceId: ws,
    entity,
    source: writeTempFile(name, content),
    fileName: name,
    options,
  });

const products = "sku,name,price\nA1,Alpha,10.50\nB2,Beta,20\n";

/** Every table an import can touch, counted and checksummed for one workspace. */
async function snapshot(ws: string): Promise<string> {
  const tables = [
    "accounts",
    "products",
    "people",
    "reporting_lines",
    "opportunities",
    "order_lines",
    "leads",
    "booking_targets",
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = await database.sql.query<{ n: string; digest: string | null }>(
      `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t where workspace_id = $1`,
      [ws],
    );
    parts.push(`${table}:${row?.n}:${row?.digest}`);
  }
  return parts.join("\n");
}

describe("bad input", () => {
  it("reports an unterminated quote as a malformed CSV and writes nothing", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(ws, "products", "p.csv", 'sku,name,price\nA1,Alpha,10\nB2,"Beta,20\n');
    expect(report.status).toBe("rejected");
    expect(report.errors[0]?.message).toMatch(/Malformed CSV.*Quote Not Closed/);
    expect(await countRows(database, "products", ws)).toBe(0);
  });

  it('names the row and column of "abc" in an amount column', async () => {
    const ws = await createWorkspace(database);
    const report = await importText(ws, "products", "p.csv", "sku,name,price\nA1,Alpha,10\nB2,Beta,abc\n");
    expect(report).toMatchObject({ status: "rejected", rejected: 1, inserted: 0 });
    expect(report.errors).toEqual([{ row: 3, column: "price", message: '"abc" is not a number' }]);
    expect(await countRows(database, "products", ws)).toBe(0);
  });

  it("refuses a file without a required column, naming it", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(ws, "order-lines", "o.csv", "line id,order date\nL1,2026-01-05\n");
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: "amount",
        message: expect.stringContaining('Missing required column "amount"'),
      }),
    ]);
  });

  it("ignores unknown columns with a warning", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(ws, "products", "p.csv", "sku,name,colour,price\nA1,Alpha,red,10\n");
    expect(report).toMatchObject({
      status: "committed",
      inserted: 1,
      warnings: ['Unknown column(s) ignored: "colour".'],
    });
  });

  it("rejects duplicate ids naming both rows, and writes nothing", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(
      ws,
      "products",
      "p.csv",
      "sku,name,price\nA1,Alpha,10\nB2,Beta,20\nA1,Again,30\n",
    );
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      { row: 2, column: "sku", message: 'duplicate external_id "A1": also on row 4' },
      { row: 4, column: "sku", message: 'duplicate external_id "A1": also on row 2' },
    ]);
    expect(await countRows(database, "products", ws)).toBe(0);
  });

  it("refuses a .csv that is a ZIP/XLSX and an .xlsx that is text", async () => {
    const ws = await createWorkspace(database);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    const asCsv = await importText(ws, "products", "p.csv", zip);
    expect(asCsv).toMatchObject({ status: "rejected", format: null });
    expect(asCsv.errors[0]?.message).toMatch(/named \.csv but is a ZIP archive/);
    const asXlsx = await importText(ws, "products", "p.xlsx", products);
    expect(asXlsx.errors[0]?.message).toMatch(/named \.xlsx but contains text/);
    const garbage = await importText(ws, "products", "p.csv", Buffer.from([0, 1, 2, 3, 200, 0, 7]));
    expect(garbage.errors[0]?.message).toMatch(/not a text \(CSV\) file/);
  });

  it("refuses an empty file and a file of blank lines", async () => {
    const ws = await createWorkspace(database);
    expect((await importText(ws, "products", "p.csv", "")).errors[0]?.message).toBe("The file is empty.");
    expect((await importText(ws, "products", "p.csv", "\n\n")).errors[0]?.message).toBe("The file is empty.");
  });

  it("refuses a first row that is data rather than a header", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(ws, "products", "p.csv", "A1,Alpha,10\nB2,Beta,20\n");
    expect(report.errors[0]?.message).toMatch(/not a header for products/);
  });

  it("asks for the date format when 03/04/2019 could be either; accepts it once given", async () => {
    const ws = await createWorkspace(database);
    const file = "line id,order date,amount\nL1,03/04/2019,10\nL2,25/04/2019,5\n";
    const ambiguous = await importText(ws, "order-lines", "o.csv", file);
    expect(ambiguous.status).toBe("rejected");
    expect(ambiguous.errors).toEqual([
      { row: 2, column: "order date", message: expect.stringContaining("ambiguous") },
    ]);
    expect(ambiguous.errors[0]?.message).toContain("--date-format");
    const given = await importText(ws, "order-lines", "o.csv", file, { dateFormat: "DD/MM/YYYY" });
    expect(given).toMatchObject({ status: "committed", inserted: 2 });
    const dates = await database.sql.query<{ booking_date: string }>(
      "select booking_date from order_lines where workspace_id = $1 order by external_id",
      [ws],
    );
    expect(dates.map((row) => row.booking_date)).toEqual(["2019-04-03", "2019-04-25"]);
  });

  it("valid_rows commits the 2 good rows of 3 and reports the bad one", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(
      ws,
      "products",
      "p.csv",
      "sku,name,price\nA1,Alpha,10\nB2,Beta,abc\nC3,Gamma,3\n",
      {
        mode: "valid_rows",
      },
    );
    expect(report).toMatchObject({ status: "partially_committed", inserted: 2, rejected: 1, errorCount: 1 });
    expect(await countRows(database, "products", ws)).toBe(2);
    const [run] = await database.sql.query<{ status: string; rows_inserted: number; rows_rejected: number }>(
      "select status, rows_inserted, rows_rejected from import_runs where id = $1",
      [report.runId],
    );
    expect(run).toEqual({ status: "partially_committed", rows_inserted: 2, rows_rejected: 1 });
  });

  it("leaves the database byte-for-byte unchanged after a rejected import", async () => {
    const ws = await createWorkspace(database);
    await importText(ws, "products", "p.csv", products);
    await importText(ws, "order-lines", "o.csv", "line id,order date,amount,product\nL1,2026-01-05,100,A1\n");
    const before = await snapshot(ws);
    // Row 2 would update L1 and row 3 insert L2, but row 4 is invalid: all or nothing.
    const report = await importText(
      ws,
      "order-lines",
      "o.csv",
      "line id,order date,amount,product\nL1,2026-01-05,999,A1\nL2,2026-01-06,5,B2\nL3,2026-01-07,1,Nope\n",
    );
    expect(report).toMatchObject({ status: "rejected", inserted: 0, updated: 0 });
    expect(report.errors).toEqual([
      { row: 4, column: "product", message: 'product "Nope" not found (by external id or name)' },
    ]);
    expect(await snapshot(ws)).toBe(before);
    expect(await countRows(database, "import_runs", ws, "status = 'rejected'")).toBe(1);
  });

  it("reads ; delimiters, BOM, CRLF, quoted line breaks and decimal commas (1 234,56 + 0,5 = 1 235,06)", async () => {
    const ws = await createWorkspace(database);
    const file = '\uFEFFRéférence;Nom;Prix\r\nA1;"Alpha; the\r\nfirst";1 234,56\r\nB2;Beta;0,5\r\n';
    const report = await importText(ws, "products", "p.csv", file);
    expect(report).toMatchObject({ status: "committed", inserted: 2 });
    const [sum] = await database.sql.query<{ total: string; name: string }>(
      "select sum(list_price)::text as total, min(name) as name from products where workspace_id = $1",
      [ws],
    );
    expect(sum).toEqual({ total: "1235.06", name: "Alpha; the\r\nfirst" });
  });

  it("links a return to the line it reverses in the same file, and rejects one pointing at nothing", async () => {
    const ws = await createWorkspace(database);
    const file =
      "line id,kind,original line id,order date,amount\nR1,return,L1,2026-02-01,-40\nL1,booking,,2026-01-05,100\nR2,cancellation,L9,2026-02-02,-1\n";
    const report = await importText(ws, "order-lines", "o.csv", file, { mode: "valid_rows" });
    expect(report).toMatchObject({ inserted: 2, rejected: 1 });
    expect(report.errors).toEqual([
      {
        row: 4,
        column: "original line id",
        message: 'original line "L9" not found (in the file or the workspace)',
      },
    ]);
    const [line] = await database.sql.query<{ original: string }>(
      "select o.external_id as original from order_lines r join order_lines o on o.id = r.original_line_id where r.workspace_id = $1 and r.external_id = 'R1'",
      [ws],
    );
    expect(line?.original).toBe("L1");
  });

  it("imports an XLSX workbook built with exceljs, from the named sheet", async () => {
    const ws = await createWorkspace(database);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("Lines");
    sheet.addRow(["Line ID", "Booking Date", "Amount", "Currency"]);
    sheet.addRow(["X1", new Date(Date.UTC(2026, 0, 31)), 1234.5, "GBP"]);
    sheet.addRow(["X2", "2026-02-01", "0.1", "EUR"]);
    const path = join(writeTempFile("placeholder", ""), "..", "lines.xlsx");
    await workbook.xlsx.writeFile(path);
    const report = await runImport(database, {
      workspaceId: ws,
      entity: "order-lines",
      source: path,
      fileName: "lines.xlsx",
      options: { sheet: "Lines" },
    });
    expect(report).toMatchObject({ status: "committed", format: "xlsx", inserted: 2 });
    const rows = await database.sql.query<{
      external_id: string;
      booking_date: string;
      amount: string;
      currency: string;
    }>(
      "select external_id, booking_date, amount, currency from order_lines where workspace_id = $1 order by external_id",
      [ws],
    );
    expect(rows).toEqual([
      { external_id: "X1", booking_date: "2026-01-31", amount: "1234.5", currency: "GBP" },
      { external_id: "X2", booking_date: "2026-02-01", amount: "0.1", currency: "EUR" },
    ]);
    const missing = await runImport(database, {
      workspaceId: ws,
      entity: "order-lines",
      source: path,
      fileName: "lines.xlsx",
      options: { sheet: "Nope" },
    });
    expect(missing.errors[0]?.message).toBe('The workbook has no sheet "Nope" (sheets: "Notes", "Lines").');
  });
});

describe("bad input: opportunities", () => {
  it("rejects a negative amount naming the row and column, and writes nothing", async () => {
    const ws = await createWorkspace(database);
    const before = await snapshot(ws);
    const report = await importText(
      ws,
      "opportunities",
      "deals.csv",
      "deal id,stage,close value,close date\nD1,Prospecting,1000,2026-04-30\nD2,Engaging,-250.50,2026-05-31\n",
    );
    expect(report).toMatchObject({ status: "rejected", rejected: 1, inserted: 0 });
    expect(report.errors).toEqual([
      { row: 3, column: "close value", message: "amount cannot be negative (-250.50)" },
    ]);
    expect(await snapshot(ws)).toBe(before);
  });

  it("accepts next step, its due date and the contact count; keeps stages as written (flagged later, never dropped)", async () => {
    const ws = await createWorkspace(database);
    const report = await importText(
      ws,
      "opportunities",
      "deals.csv",
      "deal id,stage,amount,next step,next step date,contacts\nD1,Whatever Stage,10,Send quote,2026-04-02,1\nD2,Won,5,,,\n",
    );
    expect(report).toMatchObject({ status: "committed", inserted: 2 });
    const rows = await database.sql.query<{
      external_id: string;
      stage: string;
      status: string;
      next_step: string | null;
      next_step_due: string | null;
      contact_count: number | null;
    }>(
      "select external_id, stage, status, next_step, next_step_due::text as next_step_due, contact_count from opportunities where workspace_id = $1 order by external_id",
      [ws],
    );
    expect(rows).toEqual([
      {
        external_id: "D1",
        stage: "Whatever Stage",
        status: "open",
        next_step: "Send quote",
        next_step_due: "2026-04-02",
        contact_count: 1,
      },
      {
        external_id: "D2",
        stage: "Won",
        status: "won",
        next_step: null,
        next_step_due: null,
        contact_count: null,
      },
    ]);
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { diffQuotaSheet, type SheetGrid } from "./diff-quota-sheet";
import { readQuotaSheet } from "./read-quota-sheet";
import { type QuotaSheetInput, writeQuotaSheet } from "./write-quota-sheet";

const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const flat = (amount: string) => months.map(() => amount);

// Company 240,000.00 = team 240,000.00 = Ana 120,000.00 + Ben 120,000.00, 10,000.00 a month each.
const input: QuotaSheetInput = {
  scenarioId: "11111111-1111-4111-8111-111111111111",
  scenarioName: "FY2027",
  revision: 4,
  currency: "EUR",
  months,
  rows: [
    {
      nodeId: "company",
      parentNodeId: null,
      kind: "company",
      name: "Acme",
      depth: 0,
      months: flat("20000.00"),
      editable: false,
    },
    {
      nodeId: "team:t",
      parentNodeId: "company",
      kind: "team",
      name: "Team",
      depth: 1,
      months: flat("20000.00"),
      editable: false,
    },
    {
      nodeId: "person:ana",
      parentNodeId: "team:t",
      kind: "person",
      name: "Ana",
      depth: 2,
      months: flat("10000.00"),
      editable: true,
    },
    {
      nodeId: "person:ben",
      parentNodeId: "team:t",
      kind: "person",
      name: "Ben",
      depth: 2,
      months: flat("10000.00"),
      editable: false,
    },
  ],
};
const grid: SheetGrid = {
  scenarioId: input.scenarioId,
  revision: input.revision,
  months,
  rows: input.rows.map(({ nodeId, name, kind, months: m, editable }) => ({
    nodeId,
    name,
    kind,
    months: m,
    editable,
  })),
};

async function edit(file: Buffer, change: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  change(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const quotas = (book: ExcelJS.Workbook) => book.getWorksheet("Quotas")!;

describe("the quota sheet", () => {
  it("has one row per node, 12 months, the annual as SUM(E:P), protection with only Ana's months unlocked", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeQuotaSheet(input)) as unknown as ArrayBuffer);
    const sheet = quotas(book);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Node id",
      "Kind",
      "Name",
      "Parent",
      ...months,
      "Annual",
    ]);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getCell("A4").value).toBe("person:ana");
    expect(sheet.getCell("D4").value).toBe("team:t");
    expect(sheet.getCell("E4").value).toBe(10000);
    expect(sheet.getCell("Q4").value).toEqual({ formula: "SUM(E4:P4)", result: 120000 });
    expect(sheet.getCell("Q2").value).toEqual({ formula: "SUM(E2:P2)", result: 240000 });
    expect(sheet.getCell("E4").protection?.locked).toBe(false);
    expect(sheet.getCell("E5").protection?.locked ?? true).toBe(true); // Ben: not the downloader's
    expect(sheet.getCell("E3").protection?.locked ?? true).toBe(true); // team row
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const meta = book.getWorksheet("attain")!;
    expect(meta.state).toBe("veryHidden");
    expect([meta.getCell("B1").value, meta.getCell("B2").value]).toEqual([input.scenarioId, 4]);
  });

  it("round trip: unchanged file → no change; Ana's 2027-03 edited to 12,500.50 → exactly that change", async () => {
    const file = await writeQuotaSheet(input);
    const untouched = diffQuotaSheet(await readQuotaSheet(file), grid);
    expect(untouched).toEqual({ baseRevision: 4, currentRevision: 4, changes: [], diff: [], errors: [] });

    const edited = await edit(file, (book) => {
      quotas(book).getCell("G4").value = 12500.5;
    });
    expect(diffQuotaSheet(await readQuotaSheet(edited), grid)).toEqual({
      baseRevision: 4,
      currentRevision: 4,
      changes: [{ nodeId: "person:ana", month: "2027-03", amount: "12500.50" }],
      diff: [{ nodeId: "person:ana", name: "Ana", month: "2027-03", before: "10000.00", after: "12500.50" }],
      errors: [],
    });
  });

  it("a text, a negative, too many decimals, an empty cell, an unknown node, Ben's row and a team row: each named by row and column", async () => {
    const file = await edit(await writeQuotaSheet(input), (book) => {
      const sheet = quotas(book);
      sheet.getCell("E4").value = "lots";
      sheet.getCell("F4").value = -5;
      sheet.getCell("H4").value = 1000.123;
      sheet.getCell("I4").value = null;
      sheet.getCell("A5").value = "person:nobody";
      sheet.getCell("E3").value = 1;
      sheet.addRow(["person:ben", "person", "Ben", "team:t", ...flat("10000").map(Number)]);
      sheet.getCell("F6").value = 9000;
    });
    const preview = diffQuotaSheet(await readQuotaSheet(file), grid);
    expect(preview.changes).toEqual([]);
    expect(preview.errors).toEqual([
      {
        sheet: "Quotas",
        row: 3,
        field: "2027-01",
        message: "column E (2027-01): team rows follow their people; change the months of the people below.",
      },
      { sheet: "Quotas", row: 4, field: "2027-01", message: 'column E (2027-01): "lots" is not an amount.' },
      {
        sheet: "Quotas",
        row: 4,
        field: "2027-02",
        message: "column F (2027-02): -5 is negative; a quota is 0 or more.",
      },
      {
        sheet: "Quotas",
        row: 4,
        field: "2027-04",
        message: "column H (2027-04): 1000.123 has more than 2 decimals; round it to the cent.",
      },
      {
        sheet: "Quotas",
        row: 4,
        field: "2027-05",
        message: "column I (2027-05): empty; enter 0 for no quota.",
      },
      {
        sheet: "Quotas",
        row: 5,
        field: "Node id",
        message: '"person:nobody" is not a node of this scenario that you can see.',
      },
      {
        sheet: "Quotas",
        row: 6,
        field: "2027-02",
        message: "column F (2027-02): you may not edit Ben's quota in this scenario.",
      },
    ]);
  });

  it("another scenario's sheet is refused as a whole; a sheet of revision 4 against revision 6 is reported stale", async () => {
    const file = await writeQuotaSheet(input);
    const other = diffQuotaSheet(await readQuotaSheet(file), {
      ...grid,
      scenarioId: "22222222-2222-4222-8222-222222222222",
    });
    expect(other.errors).toEqual([
      {
        sheet: "attain",
        row: 1,
        field: "scenarioId",
        message: `This sheet belongs to scenario ${input.scenarioId}, not 22222222-2222-4222-8222-222222222222.`,
      },
    ]);
    const stale = diffQuotaSheet(await readQuotaSheet(file), { ...grid, revision: 6 });
    expect(stale).toMatchObject({ baseRevision: 4, currentRevision: 6, changes: [] });
    expect(stale.errors.map((e) => [e.sheet, e.row, e.field])).toEqual([["attain", 2, "revision"]]);
  });

  it("a text file or a workbook without the Quotas sheet is reported on row 0", async () => {
    expect((await readQuotaSheet(Buffer.from("node,2027-01\n"))).problems).toEqual([
      { sheet: "", row: 0, field: "file", message: "The file is not an XLSX workbook." },
    ]);
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1");
    const other = await readQuotaSheet(Buffer.from(await book.xlsx.writeBuffer()));
    expect(other.problems).toEqual([
      { sheet: "Quotas", row: 0, field: "file", message: 'The workbook has no sheet "Quotas".' },
    ]);
  });

  it("refuses to write an amount a spreadsheet cell cannot hold exactly (16 significant digits)", async () => {
    const months16 = flat("0").map((amount, i) => (i === 0 ? "1234567890123.456" : amount));
    const big = { ...input, rows: [{ ...input.rows[2]!, months: months16 }] };
    await expect(writeQuotaSheet(big)).rejects.toThrow(/more than 15 significant digits/);
  });
});

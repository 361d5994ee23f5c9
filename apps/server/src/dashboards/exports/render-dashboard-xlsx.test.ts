import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleDashboardData } from "../test-support/sample-dashboard-data";
import { renderDashboardXlsx } from "./render-dashboard-xlsx";

const at = new Date("2026-03-15T09:30:00.000Z");

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);

describe("renderDashboardXlsx", () => {
  it("summary: one row per KPI with exact numbers formatted per unit and the reason when there is none", async () => {
    const workbook = await read(
      await renderDashboardXlsx(sampleDashboardData(), { locale: "en", generatedAt: at }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Bookings vs target by person",
      "Sales funnel",
      "Trend",
      "Definitions",
    ]);
    const summary = workbook.getWorksheet("Summary")!;
    expect(rowValues(summary, 1)).toEqual(["Executive"]);
    expect(rowValues(summary, 8)).toEqual([
      "Key",
      "Name",
      "Value",
      "Target",
      "Attainment",
      "Status",
      "Previous",
      "Change",
      "Reason",
    ]);
    expect(rowValues(summary, 9)).toEqual([
      "bookings",
      "Bookings vs target",
      12345.67,
      15000,
      0.823,
      "at risk",
      10000,
      2345.67,
    ]);
    expect(summary.getCell("C9").numFmt).toBe('#,##0.00 "EUR"');
    expect(summary.getCell("E9").numFmt).toBe("0.00%");
    expect(rowValues(summary, 10)).toEqual([
      "win_rate",
      "Win rate",
      0.2514,
      undefined,
      undefined,
      undefined,
      undefined,
      -0.01,
    ]);
    expect(summary.getCell("C10").numFmt).toBe("0.00%");
    expect(rowValues(summary, 11)).toEqual([
      "cac",
      "Customer acquisition cost",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "— (division by zero: no new customers in the period)",
    ]);
    expect(workbook.created?.toISOString()).toBe(at.toISOString());
  });

  it("breakdown, funnel, trend and definitions sheets; text that looks like a formula is neutralised", async () => {
    const workbook = await read(
      await renderDashboardXlsx(sampleDashboardData(), { locale: "en", generatedAt: at }),
    );
    const leaders = workbook.getWorksheet("Bookings vs target by person")!;
    expect(rowValues(leaders, 2)).toEqual(['\'=HYPERLINK("http://x")', 9000.5]);
    expect(leaders.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(rowValues(leaders, 3)).toEqual(["Zoé Martin", 3345.17, 5000]);
    expect(rowValues(leaders, 4)).toEqual(["Total", 12345.67]);
    const funnel = workbook.getWorksheet("Sales funnel")!;
    expect(rowValues(funnel, 2)).toEqual(["Visitors", 1200]);
    expect(rowValues(funnel, 3)).toEqual(["Deals won", 12, 0.01, 41.5]);
    const trend = workbook.getWorksheet("Trend")!;
    expect([2, 3, 4].map((row) => rowValues(trend, row))).toEqual([
      ["2026-01", 4000],
      ["2026-02", -345.33],
      ["2026-03", 8691],
    ]);
    const definitions = workbook.getWorksheet("Definitions")!;
    expect(rowValues(definitions, 3)).toEqual([
      "win_rate",
      "Win rate",
      "Win rate of the period.",
      "deals_won / (deals_won + deals_lost)",
      "percent",
      "Sales operations",
    ]);
    // No text cell anywhere starts with = + - @ (negative numbers are number cells).
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });

  it("a live export adds the rows behind each tile, numbers as numbers and text neutralised", async () => {
    const data = sampleDashboardData();
    const workbook = await read(
      await renderDashboardXlsx(data, {
        locale: "en",
        generatedAt: at,
        drillRows: [
          {
            ...data.context,
            key: "bookings",
            measure: "net_bookings",
            entity: "order_lines",
            columns: [
              { key: "order", label: "Order", type: "text" },
              { key: "day", label: "Booked on", type: "date" },
              { key: "amount", label: "Amount", type: "currency" },
            ],
            rows: [
              { order: "@SUM(A1)", day: "2026-01-10", amount: "12645.67" },
              { order: "-cancel", day: "2026-02-25", amount: "-300.00" },
            ],
            page: 1,
            pageSize: 1000,
            totalRows: 2,
            measureTotal: "12345.67",
          },
        ],
      }),
    );
    const rows = workbook.getWorksheet("Bookings vs target – rows")!;
    expect([1, 2, 3, 4, 5].map((row) => rowValues(rows, row))).toEqual([
      ["Order", "Booked on", "Amount"],
      ["'@SUM(A1)", "2026-01-10", 12645.67],
      ["'-cancel", "2026-02-25", -300],
      ["Total (net_bookings)", 12345.67],
      ["2 / 2"],
    ]);
    expect(rows.getCell("C2").numFmt).toBe('#,##0.00 "EUR"');
  });

  it("French labels and KPI names", async () => {
    const workbook = await read(
      await renderDashboardXlsx(sampleDashboardData(), { locale: "fr", generatedAt: at }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Synthèse",
      "Prises de commandes vs objectif",
      "Entonnoir des ventes",
      "Tendance",
      "Définitions",
    ]);
    expect(rowValues(workbook.getWorksheet("Synthèse")!, 9).slice(0, 2)).toEqual([
      "bookings",
      "Prises de commandes vs objectif",
    ]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("the same data and instant give the same bytes whatever the clock says when rendering", async () => {
    // exceljs stamps zip entries with the clock's time; moving the clock shows the pinning works.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-01T10:00:00Z"));
    const one = await renderDashboardXlsx(sampleDashboardData(), { locale: "en", generatedAt: at });
    vi.setSystemTime(new Date("2027-08-09T17:45:13Z"));
    const two = await renderDashboardXlsx(sampleDashboardData(), { locale: "en", generatedAt: at });
    expect(two.equals(one)).toBe(true);
  });
});

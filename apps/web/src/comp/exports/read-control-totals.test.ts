import { describe, expect, it } from "vitest";
import { parseCsv, readControlTotals } from "./read-control-totals";

const generic = [
  "employee_id,employee_name,period,pay_code,amount,currency",
  'E1,"Durand, Ana",2026-Q3,commission,1200.50,EUR',
  "E2,Bob,2026-Q3,bonus,300.00,EUR",
  "CONTROL_TOTAL,2 rows,2026-Q3,,1500.50,EUR",
  "",
].join("\r\n");

describe("parseCsv", () => {
  it('keeps the comma inside "Durand, Ana" and doubled quotes', () => {
    expect(parseCsv(generic)[1]?.[1]).toBe("Durand, Ana");
    expect(parseCsv('a,"say ""hi"""\n')).toEqual([["a", 'say "hi"']]);
  });
});

describe("readControlTotals", () => {
  it("generic: 1200.50 + 300.00 → control row EUR 1500.50 over 2 rows", () =>
    expect(readControlTotals(generic, "generic")).toEqual([
      { currency: "EUR", total: "1500.50", rowCount: 2 },
    ]));
  it("adp: ATN,batch,TOTAL,3 rows,,900.00,GBP", () =>
    expect(readControlTotals("Co Code\nATN,2026Q3,TOTAL,3 rows,,900.00,GBP\n", "adp")).toEqual([
      { currency: "GBP", total: "900.00", rowCount: 3 },
    ]));
  it("sage: one row per currency (EUR and USD)", () =>
    expect(
      readControlTotals(
        "h\nTOTAL,1 rows,,Control total,10.00,EUR,2026-Q3\nTOTAL,2 rows,,Control total,20.00,USD,2026-Q3\n",
        "sage",
      ),
    ).toEqual([
      { currency: "EUR", total: "10.00", rowCount: 1 },
      { currency: "USD", total: "20.00", rowCount: 2 },
    ]));
  it("accrual: the expense column of CONTROL_TOTAL", () =>
    expect(
      readControlTotals("h\nCONTROL_TOTAL,,2026-Q3,4 rows,EUR,100.00,5.00,105.00,40.00\n", "accrual"),
    ).toEqual([{ currency: "EUR", total: "105.00", rowCount: 4 }]));
});

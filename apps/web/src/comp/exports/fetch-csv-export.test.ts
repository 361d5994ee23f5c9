import { describe, expect, it } from "vitest";
import { fileNameOf } from "./fetch-csv-export";

describe("fileNameOf", () => {
  it('attachment; filename="payroll-2026-Q4-adp.csv" → payroll-2026-Q4-adp.csv', () =>
    expect(fileNameOf('attachment; filename="payroll-2026-Q4-adp.csv"', "x.csv")).toBe(
      "payroll-2026-Q4-adp.csv",
    ));
  it("RFC 5987 form: filename*=UTF-8''accrual%202026.csv → accrual 2026.csv", () =>
    expect(fileNameOf("attachment; filename*=UTF-8''accrual%202026.csv", "x.csv")).toBe("accrual 2026.csv"));
  it("no header → the fallback", () => expect(fileNameOf(null, "payroll.csv")).toBe("payroll.csv"));
});

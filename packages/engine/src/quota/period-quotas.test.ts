import { describe, expect, it } from "vitest";
import { periodQuotas } from "./period-quotas";
import type { QuotaInput } from "./types";

const calendarYear = { startMonth: 1, naming: "start" as const };
const base = (over: Partial<QuotaInput>): QuotaInput => ({
  fiscalYear: 2019,
  calendar: calendarYear,
  quota: { annual: "100000" },
  seasonality: null,
  hireDate: null,
  leaveDate: null,
  proration: "months",
  ramp: null,
  periodKind: "quarter",
  ...over,
});
const quickbase = (hireDate: string) =>
  base({ hireDate, seasonality: { by: "quarter", weights: ["0.2", "0.2", "0.2", "0.4"] } });
const sum = (quotas: Record<string, string>) =>
  Object.values(quotas)
    .reduce((t, v) => t + BigInt(v.replace(".", "")), 0n)
    .toString();

describe("Quickbase community (worked-examples 9.1): annual 100,000, weights 20/20/20/40, prorated by months", () => {
  it("start 2019-03-01: Q1 100,000 × 20 % ÷ 3 × 1 month = 6,666.67; Q2 20,000; Q3 20,000; Q4 40,000; total 86,666.67", () => {
    const r = periodQuotas(quickbase("2019-03-01"));
    expect(r.quotas).toEqual({
      "2019-Q1": "6666.67",
      "2019-Q2": "20000.00",
      "2019-Q3": "20000.00",
      "2019-Q4": "40000.00",
    });
    expect(sum(r.quotas)).toBe("8666667");
    expect(r.trace[0]).toEqual({
      period: "2019-Q1",
      detail:
        "2019-01 100000 × 0.2 ÷ 3 × active 0 (not active) = 0; 2019-02 100000 × 0.2 ÷ 3 × active 0 (not active) = 0; " +
        "2019-03 100000 × 0.2 ÷ 3 × active 1 = 6666.666667…; full 20000 → 20000.00; held 0.333333… of it → 6666.67 (half_up, 2 places)",
    });
  });

  it("start 2019-10-01 gets Q4 = 40,000 (3/3 months), not the published formula's Min(3, 12 − 10)/3 = 2/3 off-by-one", () => {
    // October, November and December are three months; the forum formula's 12 − Month(start) counts two.
    expect(periodQuotas(quickbase("2019-10-01")).quotas).toEqual({
      "2019-Q1": "0.00",
      "2019-Q2": "0.00",
      "2019-Q3": "0.00",
      "2019-Q4": "40000.00",
    });
  });
});

describe("ramp — Prowi glossary (worked-examples 10): full monthly quota 50,000, ramp 0/25/50/75/100 %", () => {
  it("hired 2025-01-01: Jan 0, Feb 12,500, Mar 25,000, Apr 37,500, May 50,000 and 50,000 after", () => {
    const r = periodQuotas(
      base({
        fiscalYear: 2025,
        quota: { annual: "600000" },
        hireDate: "2025-01-01",
        ramp: ["0", "0.25", "0.5", "0.75", "1"],
        periodKind: "month",
      }),
    );
    expect(Object.values(r.quotas).slice(0, 6)).toEqual([
      "0.00",
      "12500.00",
      "25000.00",
      "37500.00",
      "50000.00",
      "50000.00",
    ]);
    expect(r.trace[1]?.detail).toBe(
      "2025-02 600000 ÷ 12 × active 1 × ramp 0.25 = 12500; full 50000 → 50000.00; held 0.25 of it → 12500.00 (half_up, 2 places)",
    );
    // 0 + 12,500 + 25,000 + 37,500 + 8 × 50,000 = 475,000
    expect(sum(r.quotas)).toBe("47500000");
  });
});

describe("proration by days", () => {
  it("leaves 2025-03-10: March = 10,000 × 10/31 = 3,225.81; April on 0", () => {
    const r = periodQuotas(
      base({
        fiscalYear: 2025,
        quota: { annual: "120000" },
        leaveDate: "2025-03-10",
        proration: "days",
        periodKind: "month",
      }),
    );
    expect([r.quotas["2025-02"], r.quotas["2025-03"], r.quotas["2025-04"]]).toEqual([
      "10000.00",
      "3225.81",
      "0.00",
    ]);
    expect(sum(r.quotas)).toBe("2322581");
  });

  it("hired 2024-02-15 (leap year): Q1 = 10,000 × 15/29 + 10,000 = 15,172.41 (half_up)", () => {
    const r = periodQuotas(
      base({ fiscalYear: 2024, quota: { annual: "120000" }, hireDate: "2024-02-15", proration: "days" }),
    );
    expect(r.quotas["2024-Q1"]).toBe("15172.41");
  });

  it("by months, a hire on 2025-03-31 counts March in full; with proration none, dates do not matter", () => {
    const months = periodQuotas(
      base({ fiscalYear: 2025, quota: { annual: "120000" }, hireDate: "2025-03-31" }),
    );
    expect(months.quotas["2025-Q1"]).toBe("10000.00");
    const none = periodQuotas(
      base({ fiscalYear: 2025, quota: { annual: "120000" }, hireDate: "2025-03-31", proration: "none" }),
    );
    expect(none.quotas["2025-Q1"]).toBe("30000.00");
  });
});

describe("rounding remainder and period kinds", () => {
  it("100,000 ÷ 12 = 8,333.33 a month for Jan–Nov; December takes the remainder: 100,000 − 91,666.63 = 8,333.37", () => {
    const r = periodQuotas(base({ periodKind: "month" }));
    expect(Object.values(r.quotas)).toEqual([...Array(11).fill("8333.33"), "8333.37"]);
    expect(r.trace[11]?.detail).toBe(
      "2019-12 100000 ÷ 12 × active 1 = 8333.333333…; full 8333.333333… → 8333.33 + 0.04 rounding remainder = 8333.37 " +
        "(the year 100000 → 100000.00; the last period takes the remainder) (half_up, 2 places)",
    );
  });

  it("fiscal year from April, named by its end: FY2026 quarters 2026-Q1..Q4 and year key 2026", () => {
    const calendar = { startMonth: 4, naming: "end" as const };
    const q = periodQuotas(base({ fiscalYear: 2026, calendar }));
    expect(Object.keys(q.quotas)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    const m = periodQuotas(base({ fiscalYear: 2026, calendar, periodKind: "month" }));
    expect([Object.keys(m.quotas)[0], Object.keys(m.quotas)[11]]).toEqual(["2025-04", "2026-03"]);
    // Hired 2025-10-01 = month 7 of FY2026: 6 of 12 months → 50,000.00.
    const y = periodQuotas(base({ fiscalYear: 2026, calendar, periodKind: "year", hireDate: "2025-10-01" }));
    expect(y.quotas).toEqual({ "2026": "50000.00" });
  });

  it("per-period quotas: Q1 30,000 spread over 3 months, hired 2025-02-01 → Q1 20,000; JPY 0 places half_even", () => {
    const r = periodQuotas(
      base({
        fiscalYear: 2025,
        quota: { perPeriod: { "2025-Q1": "30000", "2025-Q2": "45000" } },
        hireDate: "2025-02-01",
      }),
    );
    expect(r.quotas).toEqual({
      "2025-Q1": "20000.00",
      "2025-Q2": "45000.00",
      "2025-Q3": "0.00",
      "2025-Q4": "0.00",
    });
    const jpy = periodQuotas(
      base({
        fiscalYear: 2025,
        quota: { annual: "1000" },
        periodKind: "month",
        rounding: { places: 0, mode: "half_even" },
      }),
    );
    // 1000 ÷ 12 = 83.33… → 83 × 11 = 913; December 1000 − 913 = 87.
    expect(Object.values(jpy.quotas)).toEqual([...Array(11).fill("83"), "87"]);
  });

  it("monthly weights summing to 1 work; weights summing to 0.99 or the wrong count are errors", () => {
    const weights = ["0.05", "0.05", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.05", "0.05", "0.1"];
    const r = periodQuotas(base({ seasonality: { by: "month", weights } }));
    expect(r.quotas).toEqual({
      "2019-Q1": "20000.00",
      "2019-Q2": "30000.00",
      "2019-Q3": "30000.00",
      "2019-Q4": "20000.00",
    });
    const short = ["0.2", "0.2", "0.2", "0.39"];
    expect(() => periodQuotas(base({ seasonality: { by: "quarter", weights: short } }))).toThrow(
      /sum to 1, got 0.99/,
    );
    expect(() => periodQuotas(base({ seasonality: { by: "month", weights: short } }))).toThrow(
      /need 12 values/,
    );
  });

  it("a negative remainder larger than the last period is absorbed backwards: 0.04 by quarter weights 0.59/0/0.40/0.01", () => {
    // Months: 0.00786…, 0.00786…, 0.00786… → 0.01 each; Jul–Sep 0.00533… → 0.01; Oct–Dec 0.000133… → 0.00.
    // Sum 0.06 against the year's 0.04: −0.02 comes off September, then August.
    const r = periodQuotas(
      base({
        quota: { annual: "0.04" },
        seasonality: { by: "quarter", weights: ["0.59", "0", "0.40", "0.01"] },
        periodKind: "month",
      }),
    );
    expect(Object.values(r.quotas)).toEqual([
      "0.01",
      "0.01",
      "0.01",
      "0.00",
      "0.00",
      "0.00",
      "0.01",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
    ]);
  });

  it("rejects a leave before the hire, a period outside the year and seasonality on per-period quotas", () => {
    expect(() => periodQuotas(base({ hireDate: "2019-05-01", leaveDate: "2019-04-30" }))).toThrow(
      /before the hire/,
    );
    expect(() => periodQuotas(base({ quota: { perPeriod: { "2020-Q1": "1" } } }))).toThrow(
      /not a quarter of fiscal year 2019/,
    );
    const seasonality = { by: "quarter" as const, weights: ["0.25", "0.25", "0.25", "0.25"] };
    expect(() => periodQuotas(base({ quota: { perPeriod: {} }, seasonality }))).toThrow(/annual quota/);
  });

  it("rejects a ramp share outside 0–1, naming its index; 0 and 1 themselves are shares", () => {
    const ramp = (shares: string[]) => () => periodQuotas(base({ hireDate: "2019-01-01", ramp: shares }));
    expect(ramp(["0.5", "1.5"])).toThrow("ramp[1] (tenure month 2) is 1.5");
    expect(ramp(["-0.1", "1"])).toThrow("ramp[0] (tenure month 1) is -0.1");
    expect(ramp(["0", "1"])).not.toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { monthsInRange } from "../../calendar/dates";
import { codesOf, issuesOf } from "../test-issues";
import { monthFactors } from "./month-factors";
import { proratedQuotas } from "./prorated-quotas";
import { rampedMonthlyQuotas } from "./ramped-monthly-quotas";

const ramp = { kind: "share" as const, values: ["0", "0.25", "0.5", "0.75", "1"] };
const year2025 = monthsInRange("2025-01", "2025-12");

describe("rampedMonthlyQuotas (worked-examples §10)", () => {
  it("Prowi: full 50,000, ramp 0/25/50/75/100 % → 0, 12,500, 25,000, 37,500, 50,000, then 50,000", () => {
    expect(rampedMonthlyQuotas("50000", ramp, 6)).toEqual([
      "0.00",
      "12500.00",
      "25000.00",
      "37500.00",
      "50000.00",
      "50000.00",
    ]);
  });

  it("Sales Cookie: fixed amounts 10,000 / 20,000 / 30,000, thereafter 45,000 (the last value applies)", () => {
    const amounts = { kind: "amount" as const, values: ["10000", "20000", "30000", "45000"] };
    expect(rampedMonthlyQuotas("45000", amounts, 6, 0)).toEqual([
      "10000",
      "20000",
      "30000",
      "45000",
      "45000",
      "45000",
    ]);
  });

  it("a share over 100 % (1.5 typed for 15 %) → ramp_over_100; an amount over the full quota too; no values → ramp_empty", () => {
    const issues = issuesOf(() => rampedMonthlyQuotas("50000", { kind: "share", values: ["0.5", "1.5"] }, 3));
    expect(issues).toEqual([
      {
        code: "ramp_over_100",
        message: "Ramp month 2 is 1.5, over 100 % (shares are 0–1: 0.25 for 25 %)",
        field: "schedule.values[1]",
      },
    ]);
    expect(codesOf(() => rampedMonthlyQuotas("40000", { kind: "amount", values: ["45000"] }, 1))).toEqual([
      "ramp_over_100",
    ]);
    expect(codesOf(() => rampedMonthlyQuotas("1", { kind: "share", values: [] }, 1))).toEqual(["ramp_empty"]);
  });
});

describe("monthFactors", () => {
  it("hired 2025-08-15, by days, ramp 0/25/50/75/100: Aug 17/31 = 0.548387 × ramp 0 (tenure month 1) = 0; Sep 1 × 0.25; Oct 0.5; Nov 0.75; Dec 1; Σ 2.5", () => {
    const factors = monthFactors(
      { id: "dee", hireDate: "2025-08-15", leaveDate: null },
      year2025,
      "days",
      ramp,
    );
    expect(factors[6]).toEqual({ month: "2025-07", availability: "0", ramp: "0", factor: "0" });
    expect(factors[7]).toEqual({ month: "2025-08", availability: "0.548387", ramp: "0", factor: "0" });
    expect(factors.slice(8).map((f) => f.factor)).toEqual(["0.25", "0.5", "0.75", "1"]);
  });

  it("by months, a leaver on 2025-03-10 is available all of March, none of April; no hire date is fully ramped", () => {
    const factors = monthFactors(
      { id: "eve", hireDate: null, leaveDate: "2025-03-10" },
      year2025,
      "months",
      ramp,
    );
    expect(factors.slice(1, 4).map((f) => f.factor)).toEqual(["1", "1", "0"]);
  });

  it("rejects a ramp over 100 %, a leave before the hire and a bad month, all at once", () => {
    const issues = issuesOf(() =>
      monthFactors({ id: "x", hireDate: "2025-05-01", leaveDate: "2025-04-01" }, ["2025-13"], "days", {
        kind: "share",
        values: ["1.25"],
      }),
    );
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ["invalid", "person.leaveDate"],
      ["ramp_over_100", "ramp.values[0]"],
      ["bad_month", "months[0]"],
    ]);
  });
});

describe("proratedQuotas — through periodQuotas (worked-examples §9.1, Quickbase)", () => {
  const input = {
    person: { id: "p", hireDate: "2019-03-01", leaveDate: null },
    fiscalYear: 2019,
    calendar: { startMonth: 1, naming: "start" as const },
    annual: "100000",
    seasonality: { by: "quarter" as const, weights: ["0.2", "0.2", "0.2", "0.4"] },
    proration: "months" as const,
    ramp: null,
    periodKind: "quarter" as const,
  };

  it("annual 100,000, quarters 20/20/20/40 %, start 2019-03-01 by months, to the dollar: Q1 100,000 × 20 % ÷ 3 × 1 = 6,667; Q2 20,000; Q3 20,000; Q4 40,000; total 86,667", () => {
    const { quotas } = proratedQuotas({ ...input, rounding: { places: 0, mode: "half_up" } });
    expect(quotas).toEqual({ "2019-Q1": "6667", "2019-Q2": "20000", "2019-Q3": "20000", "2019-Q4": "40000" });
    expect(Object.values(quotas).reduce((sum, q) => sum + Number(q), 0)).toBe(86667);
  });

  it("to the cent: Q1 6,666.67, total 86,666.67", () => {
    expect(proratedQuotas(input).quotas["2019-Q1"]).toBe("6666.67");
  });

  it("a ramp over 100 % is a PlanningIssue before any proration", () => {
    expect(codesOf(() => proratedQuotas({ ...input, ramp: { kind: "share", values: ["2"] } }))).toEqual([
      "ramp_over_100",
    ]);
  });
});

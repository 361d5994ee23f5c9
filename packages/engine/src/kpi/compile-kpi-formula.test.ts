import { describe, expect, it } from "vitest";
import { compileKpiFormula } from "./compile-kpi-formula";

const known = ["deals_won", "deals_lost", "calls", "customer_facing_months", "deals_reached_stage.propose"];

describe("compileKpiFormula: a custom KPI's formula is checked before it is saved", () => {
  it("deals_won / (deals_won + deals_lost) reads deals_won then deals_lost, once each", () => {
    expect(compileKpiFormula("deals_won / (deals_won + deals_lost)", known)).toEqual({
      ok: true,
      measures: ["deals_won", "deals_lost"],
    });
  });

  it("functions and family members are allowed: IF(calls > 0, ROUND(calls / customer_facing_months, 1), 0)", () => {
    expect(compileKpiFormula("IF(calls > 0, ROUND(calls / customer_facing_months, 1), 0)", known)).toEqual({
      ok: true,
      measures: ["calls", "customer_facing_months"],
    });
    expect(compileKpiFormula("MAX(deals_reached_stage.propose, 1)", known)).toEqual({
      ok: true,
      measures: ["deals_reached_stage.propose"],
    });
  });

  it("an unknown name is an error at its offsets", () => {
    expect(compileKpiFormula("deals_won / deals_closed", known)).toEqual({
      ok: false,
      errors: [{ message: "Unknown name: deals_closed", start: 12, end: 24 }],
    });
  });

  it("a result that is not a number is an error over the whole formula", () => {
    expect(compileKpiFormula("deals_won > 3", known)).toEqual({
      ok: false,
      errors: [
        { message: "A KPI formula must give a number; this one gives TRUE or FALSE", start: 0, end: 13 },
      ],
    });
    expect(compileKpiFormula('"x" & deals_won', known)).toMatchObject({ ok: false });
  });

  it("a constant division by zero is an error at the divisor", () => {
    const check = compileKpiFormula("calls / (2 - 2)", known);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors[0]).toMatchObject({ start: 9, end: 14 });
  });

  it("a syntax error and a formula without any measure are errors", () => {
    expect(compileKpiFormula("calls / ", known)).toMatchObject({ ok: false });
    expect(compileKpiFormula("42", known)).toEqual({
      ok: false,
      errors: [{ message: "A KPI formula must read at least one measure", start: 0, end: 2 }],
    });
  });

  it("names from Object.prototype are unknown names, not a way out", () => {
    expect(compileKpiFormula("constructor + calls", known)).toMatchObject({ ok: false });
    expect(compileKpiFormula("__proto__", known)).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from "vitest";
import { compileFormula } from "./compile-formula";
import { explainFormula } from "./explain-formula";
import { formatFormulaValue } from "./format-formula-value";
import { testEnvironment, testValues } from "./test-environment";

describe("explainFormula", () => {
  it("lists each name used with its value: credit 125000.00 → 125000, segment as is, isNewLogo TRUE", () => {
    const ok = compileFormula(
      'IF(AND(isNewLogo, segment = "Enterprise"), credit * 10%, credit * 5%)',
      testEnvironment,
    );
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(explainFormula(ok.formula, testValues)).toEqual({
      credit: "125000",
      isNewLogo: "TRUE",
      segment: "Enterprise",
    });
  });
  it("a formula with no names explains nothing", () => {
    const ok = compileFormula("1 + 2", testEnvironment);
    if (!ok.ok) throw new Error("1 + 2 should compile");
    expect(explainFormula(ok.formula, {})).toEqual({});
  });
  it("a missing value throws, naming it", () => {
    const ok = compileFormula("quota * 2", testEnvironment);
    if (!ok.ok) throw new Error("quota * 2 should compile");
    expect(() => explainFormula(ok.formula, {})).toThrow('No value for "quota" in formula "quota * 2"');
  });
  it("formatFormulaValue: FALSE; -0.50 → -0.5; -0.00 → 0; text as is", () => {
    expect(formatFormulaValue({ type: "boolean", value: false })).toBe("FALSE");
    expect(formatFormulaValue({ type: "number", value: "-0.50" })).toBe("-0.5");
    expect(formatFormulaValue({ type: "number", value: "-0.00" })).toBe("0");
    expect(formatFormulaValue({ type: "text", value: "SMB" })).toBe("SMB");
  });
});

import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { compileFormula } from "./compile-formula";
import { evaluateFormula } from "./evaluate-formula";
import { run, testEnvironment, testValues } from "./test-environment";

describe("arithmetic and Excel precedence", () => {
  it("2+3*4^2 = 2 + 3·16 = 50", () => expect(run("2+3*4^2")).toBe("50"));
  it("-2^2 = (-2)^2 = 4 (unary minus binds tighter than ^); 0-2^2 = -4", () => {
    expect(run("-2^2")).toBe("4");
    expect(run("0-2^2")).toBe("-4");
  });
  it("10%*200 = 0.10·200 = 20; 5% = 0.05; 150%% = 0.015", () => {
    expect(run("10%*200")).toBe("20");
    expect(run("5%")).toBe("0.05");
    expect(run("150%%")).toBe("0.015");
  });
  it("1/3 = 0.33333333333333333333 (20 places); 2/3 rounds half-even to …67", () => {
    expect(run("1/3")).toBe("0.33333333333333333333");
    expect(run("2/3")).toBe("0.66666666666666666667");
  });
  it("1/3*3 = 0.99999999999999999999: division rounds once, then × is exact", () => {
    expect(run("1/3*3")).toBe("0.99999999999999999999");
  });
  it("0.1+0.2 = 0.3 exactly; 1250.00-0.01 = 1249.99; 6/3 = 2 (no trailing zeros)", () => {
    expect(run("0.1+0.2")).toBe("0.3");
    expect(run("1250.00-0.01")).toBe("1249.99");
    expect(run("6/3")).toBe("2");
  });
  it("left-associative like Excel: 2^3^2 = 8^2 = 64; 8-3-2 = 3; 16/4/2 = 2", () => {
    expect(run("2^3^2")).toBe("64");
    expect(run("8-3-2")).toBe("3");
    expect(run("16/4/2")).toBe("2");
  });
  it("2^0 = 1; 1.5^2 = 2.25; (-3)^3 = -27", () => {
    expect(run("2^0")).toBe("1");
    expect(run("1.5^2")).toBe("2.25");
    expect(run("(-3)^3")).toBe("-27");
  });
  it("leading = is ignored: =1+1 = 2; spaces and newlines are fine", () => {
    expect(run("=1+1")).toBe("2");
    expect(run(" = 1 +\n\t1 ")).toBe("2");
  });
  it("names with dots: bookings.ytd / quota = 480000 / 100000 = 4.8", () => {
    expect(run("bookings.ytd / quota")).toBe("4.8");
  });
  it("credit·(attainment - 1)·10% = 125000·0.25·0.1 = 3125", () => {
    expect(run("credit * (attainment - 1) * 10%")).toBe("3125");
  });
});

describe("functions", () => {
  it("IF(attainment >= 1, credit*8%, 0) = 125000·0.08 = 10000; false branch 0", () => {
    expect(run("IF(attainment >= 1, credit*8%, 0)")).toBe("10000");
    expect(run("IF(attainment >= 2, credit*8%, 0)")).toBe("0");
  });
  it("IF evaluates only the picked branch: IF(quota = 0, 0, credit/quota) with quota 0 = 0", () => {
    expect(
      run("IF(quota = 0, 0, credit/quota)", { ...testValues, quota: { type: "number", value: "0" } }),
    ).toBe("0");
  });
  it("AND/OR/NOT: AND(TRUE, isNewLogo) = TRUE, OR(false, 1 > 2) = FALSE, NOT(isNewLogo) = FALSE", () => {
    expect(run("AND(TRUE, isNewLogo)")).toBe(true);
    expect(run("OR(false, 1 > 2)")).toBe(false);
    expect(run("not(isNewLogo)")).toBe(false);
    expect(run("AND(TRUE, TRUE, FALSE)")).toBe(false);
  });
  it("MIN(3, -1.5, 2) = -1.5; MAX(3, -1.5, 2) = 3; ABS(-2.50) = 2.5", () => {
    expect(run("MIN(3, -1.5, 2)")).toBe("-1.5");
    expect(run("MAX(3, -1.5, 2)")).toBe("3");
    expect(run("ABS(-2.50)")).toBe("2.5");
  });
  it("ROUND half away from zero: 2.5 → 3, -2.5 → -3, 2.345 at 2 → 2.35, 1250 at -2 → 1300", () => {
    expect(run("ROUND(2.5, 0)")).toBe("3");
    expect(run("ROUND(-2.5, 0)")).toBe("-3");
    expect(run("ROUND(2.345, 2)")).toBe("2.35");
    expect(run("ROUND(1250, -2)")).toBe("1300");
  });
  it("ROUNDUP away from zero: 2.301 → 2.31, -2.301 → -2.31; ROUNDDOWN toward zero: 2.309 → 2.30, -2.309 → -2.30", () => {
    expect(run("ROUNDUP(2.301, 2)")).toBe("2.31");
    expect(run("ROUNDUP(-2.301, 2)")).toBe("-2.31");
    expect(run("ROUNDDOWN(2.309, 2)")).toBe("2.3");
    expect(run("ROUNDDOWN(-2.309, 2)")).toBe("-2.3");
  });
  it("CLAMP(attainment, 0.5, 1.2) = 1.2; CLAMP(0.3, 0.5, 1.2) = 0.5; CLAMP(1, 0.5, 1.2) = 1", () => {
    expect(run("CLAMP(attainment, 0.5, 1.2)")).toBe("1.2");
    expect(run("CLAMP(0.3, 0.5, 1.2)")).toBe("0.5");
    expect(run("CLAMP(1, 0.5, 1.2)")).toBe("1");
  });
  it('host functions: credit * RATE("products", product) = 125000·0.08 = 10000; TIER = 1.5 at 1.25', () => {
    expect(run('credit * RATE("products", product)')).toBe("10000");
    expect(run('rate("products", "Support") * 100')).toBe("3");
    expect(run('TIER("accelerator", attainment)')).toBe("1.5");
  });
  it("function names are case-insensitive: Max(1, 2) = 2; round(1.25, 1) = 1.3", () => {
    expect(run("Max(1, 2)")).toBe("2");
    expect(run("round(1.25, 1)")).toBe("1.3");
  });
});

describe("text and comparisons", () => {
  it('segment & " / " & 12.50 = "Enterprise / 12.5"; "say ""hi""" unescapes', () => {
    expect(run('segment & " / " & 12.50')).toBe("Enterprise / 12.5");
    expect(run('"say ""hi"""')).toBe('say "hi"');
  });
  it('segment = "Enterprise" is TRUE, case-sensitive: segment = "enterprise" is FALSE', () => {
    expect(run('segment = "Enterprise"')).toBe(true);
    expect(run('segment = "enterprise"')).toBe(false);
    expect(run('segment <> "SMB"')).toBe(true);
  });
  it("1.50 = 1.5 numerically; 2 < 10; 10 <= 10; 3 > 3 is FALSE; 3 >= 3; TRUE = isNewLogo", () => {
    expect(run("1.50 = 1.5")).toBe(true);
    expect(run("2 < 10")).toBe(true);
    expect(run("10 <= 10")).toBe(true);
    expect(run("3 > 3")).toBe(false);
    expect(run("3 >= 3")).toBe(true);
    expect(run("TRUE = isNewLogo")).toBe(true);
  });
  it('comparison binds loosest: 1+1 = 2 is TRUE; "a" & 1 = "a1" is TRUE', () => {
    expect(run("1+1 = 2")).toBe(true);
    expect(run('"a" & 1 = "a1"')).toBe(true);
  });
});

describe("run-time errors", () => {
  const evaluate = (source: string, values = testValues) => {
    const compiled = compileFormula(source, testEnvironment);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    return () => evaluateFormula(compiled.formula, values, testEnvironment);
  };
  const zeroQuota = { ...testValues, quota: { type: "number" as const, value: "0" } };

  it("credit / (quota - 100000) throws EngineInputError naming the formula and the divisor", () => {
    expect(evaluate("credit / (quota - 100000)")).toThrow(EngineInputError);
    expect(evaluate("credit / (quota - 100000)")).toThrow(
      'Division by zero in formula "credit / (quota - 100000)": the divisor "quota - 100000" is 0',
    );
  });
  it("a non-constant exponent out of 0..100 throws at run time: 2^(attainment*4) = 2^5 works, 2^attainment fails", () => {
    expect(evaluate("2^(attainment*4)")()).toEqual({ type: "number", value: "32" });
    expect(evaluate("2^attainment")).toThrow(
      "The exponent of ^ must be a whole number from 0 to 100, got 1.25",
    );
  });
  it("results over 1e30 throw: credit^6 = 1.25e5^6 ≈ 3.8e30", () => {
    expect(evaluate("credit^6")).toThrow(
      'Number over 1e30 in magnitude in formula "credit^6": at "credit^6"',
    );
    expect(evaluate("credit^5")()).toEqual({ type: "number", value: "30517578125000000000000000" });
  });
  it("a missing or mistyped value throws: no quota; quota given as text", () => {
    const { quota: _, ...noQuota } = testValues;
    expect(evaluate("quota + 1", noQuota)).toThrow('No value for "quota"');
    expect(evaluate("quota + 1", { ...testValues, quota: { type: "text", value: "1" } })).toThrow(
      '"quota" should be number but is text',
    );
    expect(evaluate("quota + 1", { ...testValues, quota: { type: "number", value: "1e5" } })).toThrow(
      "Not a plain decimal number",
    );
  });
  it("CLAMP with lo > hi at run time throws; IF's unpicked zero divisor does not", () => {
    expect(evaluate("CLAMP(1, quota, 0)")).toThrow("CLAMP's lower bound 100000 is above its upper bound 0");
    expect(evaluate("IF(quota > 0, credit / quota, 0)", zeroQuota)()).toEqual({ type: "number", value: "0" });
  });
  it("a host function returning the wrong type throws", () => {
    const env = {
      names: {},
      functions: {
        BAD: { params: [], returns: "number" as const, call: () => ({ type: "text" as const, value: "x" }) },
      },
    };
    const compiled = compileFormula("BAD() + 1", env);
    expect(compiled.ok).toBe(true);
    if (compiled.ok)
      expect(() => evaluateFormula(compiled.formula, {}, env)).toThrow("the result of BAD should be number");
  });
});

import { describe, expect, it } from "vitest";
import { compileFormula } from "./compile-formula";
import { errorsOf, testEnvironment } from "./test-environment";

const compiled = (source: string) => {
  const result = compileFormula(source, testEnvironment);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.formula;
};

describe("compileFormula: what a formula is", () => {
  it("types: credit*8% is number, attainment >= 1 boolean, segment & 1 text", () => {
    expect(compiled("credit*8%").type).toBe("number");
    expect(compiled("attainment >= 1").type).toBe("boolean");
    expect(compiled("segment & 1").type).toBe("text");
    expect(compiled('IF(isNewLogo, "new", segment)').type).toBe("text");
  });
  it("references are sorted and unique; functions upper-case, sorted, unique", () => {
    const formula = compiled(
      'MAX(quota, credit) * rate("products", product) + min(credit, quota, bookings.ytd)',
    );
    expect(formula.references).toEqual(["bookings.ytd", "credit", "product", "quota"]);
    expect(formula.functions).toEqual(["MAX", "MIN", "RATE"]);
    expect(formula.source).toBe(
      'MAX(quota, credit) * rate("products", product) + min(credit, quota, bookings.ytd)',
    );
  });
  it("the tree keeps source offsets: in 1 + credit, credit spans 4..10", () => {
    expect(compiled("1 + credit").ast).toEqual({
      kind: "binary",
      operator: "+",
      left: { kind: "number", value: "1", start: 0, end: 1 },
      right: { kind: "name", name: "credit", start: 4, end: 10 },
      start: 0,
      end: 10,
    });
  });
});

describe("compileFormula: type errors with positions", () => {
  it('credit + "x": "+" needs numbers at 9..12', () => {
    expect(errorsOf('credit + "x"')).toEqual([
      { message: '"+" needs numbers, but this is text', start: 9, end: 12 },
    ]);
  });
  it("IF(credit, 1, 2): condition must be TRUE/FALSE at 3..9", () => {
    expect(errorsOf("IF(credit, 1, 2)")).toEqual([
      { message: "The condition of IF must be TRUE/FALSE, but this is a number", start: 3, end: 9 },
    ]);
  });
  it('IF(isNewLogo, 1, "a"): both branches must have one type, error on the second at 17..20', () => {
    expect(errorsOf('IF(isNewLogo, 1, "a")')).toEqual([
      {
        message: "Both results of IF must have the same type, but they are a number and text",
        start: 17,
        end: 20,
      },
    ]);
  });
  it("IF(TRUE, 1) has the wrong argument count, over the whole call 0..11", () => {
    expect(errorsOf("IF(TRUE, 1)")).toEqual([
      {
        message: "IF takes 3 arguments (condition, value if true, value if false), got 2",
        start: 0,
        end: 11,
      },
    ]);
  });
  it('segment = 1 cannot compare text with a number; segment < "b" compares numbers only', () => {
    expect(errorsOf("segment = 1")).toEqual([
      { message: "Cannot compare text with a number", start: 0, end: 11 },
    ]);
    expect(errorsOf('segment < "b"')).toEqual([
      { message: '"<" compares numbers only, but this is text', start: 0, end: 7 },
    ]);
  });
  it("AND(1, TRUE), NOT(segment), ROUND(1), MIN(): argument types and counts", () => {
    expect(errorsOf("AND(1, TRUE)")).toEqual([
      { message: "Argument 1 of AND must be TRUE/FALSE, but this is a number", start: 4, end: 5 },
    ]);
    expect(errorsOf("NOT(segment)")).toEqual([
      { message: "Argument 1 of NOT must be TRUE/FALSE, but this is text", start: 4, end: 11 },
    ]);
    expect(errorsOf("ROUND(1)")).toEqual([{ message: "ROUND takes 2 arguments, got 1", start: 0, end: 8 }]);
    expect(errorsOf("MIN()")).toEqual([
      { message: "MIN takes at least 1 argument, got 0", start: 0, end: 5 },
    ]);
  });
  it('host argument types: RATE(1, product) wants text at 5..6; isNewLogo & "x" cannot join a boolean', () => {
    expect(errorsOf("RATE(1, product)")).toEqual([
      { message: "Argument 1 of RATE must be text, but this is a number", start: 5, end: 6 },
    ]);
    expect(errorsOf('isNewLogo & "x"')).toEqual([
      { message: '"&" joins text or numbers, but this is TRUE/FALSE', start: 0, end: 9 },
    ]);
  });
  it('-segment and "a"% need numbers', () => {
    expect(errorsOf("-segment")).toEqual([
      { message: '"-" needs a number, but this is text', start: 1, end: 8 },
    ]);
    expect(errorsOf('"a"%')).toEqual([{ message: '"%" needs a number, but this is text', start: 0, end: 3 }]);
  });
});

describe("compileFormula: unknown names and functions", () => {
  it("credit * bonus_rate + Quota: every unknown name at its position (names are case-sensitive)", () => {
    expect(errorsOf("credit * bonus_rate + Quota")).toEqual([
      { message: "Unknown name: bonus_rate", start: 9, end: 19 },
      { message: "Unknown name: Quota", start: 22, end: 27 },
    ]);
  });
  it("SUMX(credit) is an unknown function at 0..4", () => {
    expect(errorsOf("SUMX(credit)")).toEqual([{ message: "Unknown function: SUMX", start: 0, end: 4 }]);
  });
});

describe("compileFormula: constant faults", () => {
  it("x / 0 and credit / (2-2) are division by zero at the divisor", () => {
    expect(errorsOf("credit / 0")).toEqual([{ message: "Division by zero", start: 9, end: 10 }]);
    expect(errorsOf("credit / (2-2)")).toEqual([{ message: "Division by zero", start: 10, end: 13 }]);
    expect(errorsOf("credit / (0 * quota)")).toEqual([]);
  });
  it("exponents must be whole 0..100 when constant: credit^0.5, credit^-1, 2^101", () => {
    const message = (got: string) => `The exponent of ^ must be a whole number from 0 to 100, got ${got}`;
    expect(errorsOf("credit^0.5")).toEqual([{ message: message("0.5"), start: 7, end: 10 }]);
    expect(errorsOf("credit^-1")).toEqual([{ message: message("-1"), start: 7, end: 9 }]);
    expect(errorsOf("2^101")).toEqual([{ message: message("101"), start: 2, end: 5 }]);
  });
  it("a constant over 1e30: 10^31 overflows; 10^30 = 1e30 is allowed", () => {
    expect(errorsOf("10^31")).toEqual([{ message: "Number over 1e30 in magnitude", start: 0, end: 5 }]);
    expect(errorsOf("10^30")).toEqual([]);
  });
  it("constant arguments are checked beside non-constant ones: ROUND(credit, 1.5), CLAMP(credit, 2, 1)", () => {
    expect(errorsOf("ROUND(credit, 1.5)")).toEqual([
      { message: "Decimal places must be a whole number from -30 to 100, got 1.5", start: 14, end: 17 },
    ]);
    expect(errorsOf("CLAMP(credit, 2, 1)")).toEqual([
      { message: "CLAMP's lower bound 2 is above its upper bound 1", start: 14, end: 15 },
    ]);
    expect(errorsOf("CLAMP(1, 2, 1)")).toEqual([
      { message: "CLAMP's lower bound 2 is above its upper bound 1", start: 9, end: 10 },
    ]);
    expect(errorsOf("CLAMP(credit, quota, 1)")).toEqual([]);
  });
});

describe("compileFormula: syntax", () => {
  it("empty, dangling operator, missing parenthesis, stray token", () => {
    expect(errorsOf("")).toEqual([{ message: "The formula is empty", start: 0, end: 0 }]);
    expect(errorsOf("=")).toEqual([{ message: "The formula is empty", start: 0, end: 1 }]);
    expect(errorsOf("1 +")).toEqual([{ message: "Unexpected end of formula", start: 3, end: 3 }]);
    expect(errorsOf("MAX(1, 2")).toEqual([
      { message: "Missing closing parenthesis after the arguments of MAX", start: 3, end: 4 },
    ]);
    expect(errorsOf("1 2")).toEqual([{ message: 'Unexpected "2"', start: 2, end: 3 }]);
    expect(errorsOf("(1))")).toEqual([{ message: 'Unexpected ")"', start: 3, end: 4 }]);
  });
  it("numbers: .5 and 1. are rejected; unterminated text", () => {
    expect(errorsOf(".5")).toEqual([
      { message: 'Unexpected character "." (write numbers as 0.5, not .5)', start: 0, end: 1 },
    ]);
    expect(errorsOf("1. + 2")).toEqual([
      { message: "A decimal point must be followed by digits (write 1.0 or 1)", start: 1, end: 2 },
    ]);
    expect(errorsOf('"abc')).toEqual([
      { message: "Text is missing its closing double quote", start: 0, end: 4 },
    ]);
  });
  it("unexpected characters at their position: ', `, {, é, 😀", () => {
    expect(errorsOf("1 + 'a'")).toEqual([
      { message: `Unexpected character "'" (text goes in double quotes)`, start: 4, end: 5 },
    ]);
    expect(errorsOf("`1`")).toEqual([{ message: 'Unexpected character "`"', start: 0, end: 1 }]);
    expect(errorsOf("{1}")).toEqual([{ message: 'Unexpected character "{"', start: 0, end: 1 }]);
    expect(errorsOf("1 + é")).toEqual([{ message: 'Unexpected character "é"', start: 4, end: 5 }]);
    expect(errorsOf("1 + 😀")).toEqual([{ message: 'Unexpected character "😀"', start: 4, end: 6 }]);
  });
});

describe("compileFormula: limits", () => {
  it("10,000 characters compile; 10,001 do not", () => {
    const ok = `1${"+1".repeat(499)}${" ".repeat(10_000 - 999)}`;
    expect(ok.length).toBe(10_000);
    expect(errorsOf(ok)).toEqual([]);
    expect(errorsOf(`${ok} `)).toEqual([
      { message: "Formula is 10001 characters long; at most 10000 are allowed", start: 10_000, end: 10_001 },
    ]);
  });
  it("64 nested parentheses compile; 65 are too deep, reported at the 65th", () => {
    expect(errorsOf(`${"(".repeat(64)}1${")".repeat(64)}`)).toEqual([]);
    expect(errorsOf(`${"(".repeat(65)}1${")".repeat(65)}`)).toEqual([
      { message: "Nesting is deeper than 64 levels (parentheses, calls, minus signs)", start: 64, end: 65 },
    ]);
  });
  it("calls and minus signs count as nesting: 65 ABS( and 65 minus signs are too deep", () => {
    expect(errorsOf(`${"ABS(".repeat(65)}1${")".repeat(65)}`)[0]?.message).toBe(
      "Nesting is deeper than 64 levels (parentheses, calls, minus signs)",
    );
    expect(errorsOf(`${"-".repeat(64)}1`)).toEqual([]);
    expect(errorsOf(`${"-".repeat(65)}1`)[0]).toEqual({
      message: "Nesting is deeper than 64 levels (parentheses, calls, minus signs)",
      start: 64,
      end: 65,
    });
  });
  it("30-digit literals compile (15 + 15 with a point); 31 digits do not", () => {
    expect(errorsOf("1".repeat(30))).toEqual([]);
    expect(errorsOf(`${"1".repeat(15)}.${"1".repeat(15)}`)).toEqual([]);
    expect(errorsOf(`2 * ${"1".repeat(31)}`)).toEqual([
      { message: "Number has 31 digits; at most 30 are allowed", start: 4, end: 35 },
    ]);
  });
  it("1,000 tree nodes compile (a minus, 500 ones, 499 pluses); 1,001 do not (one more + and 1)", () => {
    expect(errorsOf(`-1${"+1".repeat(499)}`)).toEqual([]);
    expect(errorsOf(`-1${"+1".repeat(500)}`)[0]?.message).toBe(
      "Formula has more than 1000 parts (numbers, names, operators, calls)",
    );
  });
});

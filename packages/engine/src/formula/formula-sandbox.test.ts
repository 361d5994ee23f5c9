import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { compileFormula } from "./compile-formula";
import { evaluateFormula } from "./evaluate-formula";
import type { FormulaEnvironment } from "./types";

// The language has no property access, no eval and no host objects: names and functions are looked up with
// Object.hasOwn on plain records, so nothing a formula writes can reach JavaScript.
const env: FormulaEnvironment = { names: { credit: "number" }, functions: {} };
const rejected = (source: string) => {
  const result = compileFormula(source, env);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe("formula sandbox: everything below is rejected at compile time", () => {
  it.each(["constructor", "__proto__", "this", "prototype", "toString", "valueOf", "hasOwnProperty"])(
    "%s is an unknown name, though Object.prototype has some of them",
    (name) => {
      expect(rejected(name)).toEqual([{ message: `Unknown name: ${name}`, start: 0, end: name.length }]);
      expect(rejected(`credit + ${name}`)).toEqual([
        { message: `Unknown name: ${name}`, start: 9, end: 9 + name.length },
      ]);
    },
  );
  it("toString() and constructor(1) are unknown functions", () => {
    expect(rejected("toString()")).toEqual([{ message: "Unknown function: TOSTRING", start: 0, end: 8 }]);
    expect(rejected("constructor(1)")).toEqual([
      { message: "Unknown function: CONSTRUCTOR", start: 0, end: 11 },
    ]);
  });
  it('[]["fil"+"ter"]["constr"+"uctor"]("return process")() fails on its first "["', () => {
    expect(rejected('[]["fil"+"ter"]["constr"+"uctor"]("return process")()')).toEqual([
      { message: 'Unexpected character "[" (there are no lists or indexing)', start: 0, end: 1 },
    ]);
  });
  it("x.constructor and credit.constructor are single unknown names, not property access", () => {
    expect(rejected("x.constructor")).toEqual([
      { message: "Unknown name: x.constructor", start: 0, end: 13 },
    ]);
    expect(rejected("credit.constructor")).toEqual([
      { message: "Unknown name: credit.constructor", start: 0, end: 18 },
    ]);
  });
  it("process.exit(1) is an unknown function", () => {
    expect(rejected("process.exit(1)")).toEqual([
      { message: "Unknown function: PROCESS.EXIT", start: 0, end: 12 },
    ]);
  });
  it("a; b is an unexpected character at 1", () => {
    expect(rejected("a; b")).toEqual([
      { message: 'Unexpected character ";" (separate arguments with a comma)', start: 1, end: 2 },
    ]);
  });
  it("backticks, single quotes, braces and => are unexpected characters", () => {
    expect(rejected("`1 + process`")[0]?.message).toBe('Unexpected character "`"');
    expect(rejected("'a'")[0]?.message).toBe(`Unexpected character "'" (text goes in double quotes)`);
    expect(rejected("{}")[0]?.message).toBe('Unexpected character "{"');
    expect(rejected("x => 1")[0]).toEqual({ message: 'Unexpected ">"', start: 3, end: 4 });
  });
  it("a 10,000-deep ((((1)))) is an error, not a stack overflow (by length, and by depth under the length)", () => {
    expect(rejected(`${"(".repeat(10_000)}1${")".repeat(10_000)}`)[0]?.message).toBe(
      "Formula is 20001 characters long; at most 10000 are allowed",
    );
    expect(rejected(`${"(".repeat(4_999)}1${")".repeat(4_999)}`)).toEqual([
      { message: "Nesting is deeper than 64 levels (parentheses, calls, minus signs)", start: 64, end: 65 },
    ]);
    expect(rejected(`${"-".repeat(9_999)}1`)[0]?.start).toBe(64);
    expect(rejected(`${"MAX(".repeat(2_000)}1`)[0]?.start).toBe(64 * 4 + 3);
  });
  it("a 500-digit literal is rejected", () => {
    expect(rejected("9".repeat(500))).toEqual([
      { message: "Number has 500 digits; at most 30 are allowed", start: 0, end: 500 },
    ]);
  });
  it("a 20,000-character source is rejected before it is read", () => {
    expect(rejected(`1${"+1".repeat(9_999)}0`)).toEqual([
      { message: "Formula is 20000 characters long; at most 10000 are allowed", start: 10_000, end: 20_000 },
    ]);
  });
  it("names and functions inherited through a prototype are not found", () => {
    const inherited: FormulaEnvironment = {
      names: Object.create({ secret: "number" }),
      functions: Object.create({
        SECRET: { params: [], returns: "number", call: () => ({ type: "number", value: "1" }) },
      }),
    };
    expect(compileFormula("secret", inherited)).toEqual({
      ok: false,
      errors: [{ message: "Unknown name: secret", start: 0, end: 6 }],
    });
    expect(compileFormula("SECRET()", inherited)).toEqual({
      ok: false,
      errors: [{ message: "Unknown function: SECRET", start: 0, end: 6 }],
    });
  });
  it("values inherited through a prototype are not read at run time", () => {
    const compiled = compileFormula("credit + 1", env);
    if (!compiled.ok) throw new Error("credit + 1 should compile");
    const values = Object.create({ credit: { type: "number", value: "5" } });
    expect(() => evaluateFormula(compiled.formula, values, env)).toThrow(EngineInputError);
    expect(() => evaluateFormula(compiled.formula, values, env)).toThrow('No value for "credit"');
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { Dec, type Dec as DecType } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { arbDecimal } from "../test-support/arbitraries";
import { compileFormula } from "./compile-formula";
import { evaluateFormula } from "./evaluate-formula";
import { testEnvironment, testValues } from "./test-environment";
import type { FormulaEnvironment, FormulaValue } from "./types";

// Pieces that make random text look like formulas, so the fuzzing reaches the parser and checker, not only the
// tokenizer's first character.
const PIECES = [
  "(",
  ")",
  ",",
  " ",
  "1",
  "0",
  "2.5",
  "-",
  "+",
  "*",
  "/",
  "^",
  "%",
  "&",
  "=",
  "<",
  ">",
  "<>",
  '"a"',
  '"',
  "TRUE",
  "credit",
  "quota",
  "segment",
  "isNewLogo",
  "IF(",
  "MAX(",
  "ROUND(",
  "CLAMP(",
  "RATE(",
  "NOT(",
  ".",
  "[",
  ";",
  "constructor",
  "__proto__",
  "x.y",
  "99999999999999999999",
];

const throwsOnlyEngineErrors = (source: string) => {
  const result = compileFormula(source, testEnvironment);
  expect(result.ok === true || result.errors.length > 0).toBe(true);
  if (!result.ok) {
    for (const e of result.errors)
      expect(0 <= e.start && e.start <= e.end && e.end <= source.length).toBe(true);
    return;
  }
  try {
    evaluateFormula(result.formula, testValues, testEnvironment);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
  }
};

describe("compileFormula never throws", () => {
  it("on random strings: it returns ok or errors inside the source", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), throwsOnlyEngineErrors), {
      numRuns: 500,
    });
  });
  it("on random formula-like strings; what compiles evaluates or throws EngineInputError only", () => {
    const formulaLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(fc.property(formulaLike, throwsOnlyEngineErrors), { numRuns: 2000 });
  });
});

// Arithmetic trees over literals and three names, and a reference evaluation with Dec written directly.
type Tree =
  | { kind: "literal"; text: string }
  | { kind: "name"; name: "a" | "b" | "c" }
  | { kind: "negate"; operand: Tree }
  | { kind: "percent"; operand: Tree }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: Tree; right: Tree };

const arbTree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    arbDecimal(4).map((text): Tree => ({ kind: "literal", text: text.replace("-", "") })),
    fc.constantFrom("a", "b", "c").map((name): Tree => ({ kind: "name", name })),
    fc.record({ kind: fc.constantFrom("negate", "percent"), operand: tie("tree") }) as fc.Arbitrary<Tree>,
    fc.record({
      kind: fc.constant("op"),
      op: fc.constantFrom("+", "-", "*", "/"),
      left: tie("tree"),
      right: tie("tree"),
    }) as fc.Arbitrary<Tree>,
  ),
})).tree;

const render = (t: Tree): string => {
  switch (t.kind) {
    case "literal":
      return t.text;
    case "name":
      return t.name;
    case "negate":
      return `-(${render(t.operand)})`;
    case "percent":
      return `(${render(t.operand)})%`;
    case "op":
      return `(${render(t.left)} ${t.op} ${render(t.right)})`;
  }
};

const LIMIT = new Dec("1e30");
const bounded = (d: DecType | null): DecType | null => (d === null || d.abs().greaterThan(LIMIT) ? null : d);

// null = the formula must fail: a zero divisor or a number over 1e30 somewhere.
const reference = (t: Tree, values: Record<string, string>): DecType | null => {
  switch (t.kind) {
    case "literal":
      return bounded(new Dec(t.text));
    case "name":
      return bounded(new Dec(values[t.name] ?? "0"));
    case "negate":
      return bounded(reference(t.operand, values)?.negated() ?? null);
    case "percent":
      return bounded(reference(t.operand, values)?.times("0.01") ?? null);
    case "op": {
      const x = reference(t.left, values);
      const y = reference(t.right, values);
      if (x === null || y === null) return null;
      if (t.op === "+") return bounded(x.plus(y));
      if (t.op === "-") return bounded(x.minus(y));
      if (t.op === "*") return bounded(x.times(y));
      return y.isZero() ? null : bounded(new Dec(divideDec(x, y, 20, "half_even")));
    }
  }
};

describe("evaluateFormula agrees with Dec", () => {
  const env: FormulaEnvironment = { names: { a: "number", b: "number", c: "number" }, functions: {} };
  it("random well-typed + - * / -x x% trees give the same exact value, or both fail", () => {
    const arbValues = fc.record({ a: arbDecimal(6), b: arbDecimal(2), c: fc.constantFrom("0", "1", "-0.5") });
    fc.assert(
      fc.property(arbTree, arbValues, (tree, raw) => {
        const source = render(tree);
        const expected = reference(tree, raw);
        const values: Record<string, FormulaValue> = Object.fromEntries(
          Object.entries(raw).map(([k, v]) => [k, { type: "number", value: v }]),
        );
        const compiled = compileFormula(source, env);
        if (!compiled.ok) {
          // Only a fault of a constant part (x / (2-2), an overflowing constant) may stop it compiling.
          expect(expected).toBeNull();
          return;
        }
        const run = () => evaluateFormula(compiled.formula, values, env);
        if (expected === null) expect(run).toThrow(EngineInputError);
        else expect(run()).toEqual({ type: "number", value: expected.isZero() ? "0" : expected.toFixed() });
      }),
      { numRuns: 1000 },
    );
  });
});

import Decimal from "decimal.js";
import { Dec } from "../money/decimal";
import { FormulaFault } from "./formula-fault";
import { booleanOf, decText, numberOf, numberValue, type Value } from "./formula-value";
import { FORMULA_LIMITS } from "./limits";
import type { FormulaType } from "./types";

/**
 * A built-in function: fixed parameter types, or `variadic` (one or more arguments of that type). IF is typed by
 * the checker itself (its result is its branches' type) and evaluated lazily by the evaluator; `apply` is its
 * eager form, used only when folding constants.
 *
 * `validate` checks the arguments that are constant (null = not constant) at compile time, so a bad constant is
 * an error before the plan is saved even when other arguments depend on names: ROUND(credit, 1.5).
 */
export type Builtin = {
  params: FormulaType[];
  variadic: FormulaType | null;
  returns: FormulaType | "branch";
  apply: (args: Value[]) => Value;
  validate?: (constants: (Value | null)[]) => void;
};

const fixed = (
  params: FormulaType[],
  returns: FormulaType,
  apply: Builtin["apply"],
  validate?: Builtin["validate"],
): Builtin => ({ params, variadic: null, returns, apply, ...(validate === undefined ? {} : { validate }) });
const variadic = (type: FormulaType, returns: FormulaType, apply: Builtin["apply"]): Builtin => ({
  params: [],
  variadic: type,
  returns,
  apply,
});

// Excel's ROUND ties away from zero; ROUNDUP is away from zero, ROUNDDOWN toward zero (truncation).
const roundWith = (mode: Decimal.Rounding) => (args: Value[]) => {
  const x = numberOf(arg(args, 0));
  const n = roundPlaces(arg(args, 1));
  if (n >= 0) return numberValue(x.toDecimalPlaces(n, mode));
  // Negative places round to tens, hundreds…: ROUND(1250, -2) = 1300. Scaling by a power of ten is exact.
  const scale = new Dec(`1e${-n}`);
  return numberValue(x.dividedBy(scale).toDecimalPlaces(0, mode).times(scale));
};

function roundPlaces(value: Value): number {
  const places = numberOf(value);
  const { minRoundPlaces: min, maxRoundPlaces: max } = FORMULA_LIMITS;
  if (!places.isInteger() || places.lessThan(min) || places.greaterThan(max)) {
    throw new FormulaFault(
      `Decimal places must be a whole number from ${min} to ${max}, got ${decText(places)}`,
      1,
    );
  }
  return places.toNumber();
}

const validatePlaces = ([, places]: (Value | null)[]) => {
  if (places != null) roundPlaces(places);
};

const validateBounds = ([, lo, hi]: (Value | null)[]) => {
  if (lo != null && hi != null) checkBounds(numberOf(lo), numberOf(hi));
};

const BUILTINS = new Map<string, Builtin>([
  ["IF", { params: ["boolean"], variadic: null, returns: "branch", apply: (args) => pickBranch(args) }],
  ["AND", variadic("boolean", "boolean", (args) => bool(args.every((a) => booleanOf(a))))],
  ["OR", variadic("boolean", "boolean", (args) => bool(args.some((a) => booleanOf(a))))],
  ["NOT", fixed(["boolean"], "boolean", (args) => bool(!booleanOf(arg(args, 0))))],
  ["MIN", variadic("number", "number", (args) => numberValue(Dec.min(...args.map(numberOf))))],
  ["MAX", variadic("number", "number", (args) => numberValue(Dec.max(...args.map(numberOf))))],
  ["ABS", fixed(["number"], "number", (args) => numberValue(numberOf(arg(args, 0)).abs()))],
  ["ROUND", fixed(["number", "number"], "number", roundWith(Decimal.ROUND_HALF_UP), validatePlaces)],
  ["ROUNDUP", fixed(["number", "number"], "number", roundWith(Decimal.ROUND_UP), validatePlaces)],
  ["ROUNDDOWN", fixed(["number", "number"], "number", roundWith(Decimal.ROUND_DOWN), validatePlaces)],
  ["CLAMP", fixed(["number", "number", "number"], "number", clamp, validateBounds)],
]);

/** The built-in function called `name` (upper-case), if there is one. Built-ins cannot be replaced by the host. */
export function builtinFunction(name: string): Builtin | undefined {
  return BUILTINS.get(name);
}

function clamp(args: Value[]): Value {
  const x = numberOf(arg(args, 0));
  const lo = numberOf(arg(args, 1));
  const hi = numberOf(arg(args, 2));
  checkBounds(lo, hi);
  return numberValue(Dec.max(lo, Dec.min(x, hi)));
}

function checkBounds(lo: Dec, hi: Dec): void {
  if (lo.greaterThan(hi)) {
    throw new FormulaFault(`CLAMP's lower bound ${decText(lo)} is above its upper bound ${decText(hi)}`, 1);
  }
}

function pickBranch(args: Value[]): Value {
  return booleanOf(arg(args, 0)) ? arg(args, 1) : arg(args, 2);
}

function bool(value: boolean): Value {
  return { type: "boolean", value };
}

function arg(args: Value[], index: number): Value {
  const value = args[index];
  if (value === undefined) throw new FormulaFault(`Missing argument ${index + 1}`, null);
  return value;
}

import { Dec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { FormulaFault } from "./formula-fault";
import { booleanOf, decText, numberOf, numberValue, textOf, type Value } from "./formula-value";
import { FORMULA_LIMITS } from "./limits";
import type { BinaryOperator } from "./types";

const HUNDREDTH = new Dec("0.01");

/** -x and x% (x / 100, exact). */
export function applyUnary(kind: "negate" | "percent", operand: Value): Value {
  const x = numberOf(operand);
  return numberValue(kind === "negate" ? x.negated() : x.times(HUNDREDTH));
}

/**
 * One binary operator on values the checker has already typed. + - * are exact; / is rounded to 20 fraction digits
 * half-even; ^ takes integer exponents 0..100 only, so it is exact too.
 */
export function applyBinary(operator: BinaryOperator, left: Value, right: Value): Value {
  switch (operator) {
    case "+":
      return numberValue(numberOf(left).plus(numberOf(right)));
    case "-":
      return numberValue(numberOf(left).minus(numberOf(right)));
    case "*":
      return numberValue(numberOf(left).times(numberOf(right)));
    case "/":
      return divide(numberOf(left), numberOf(right));
    case "^":
      return power(numberOf(left), numberOf(right));
    case "&":
      return { type: "text", value: concatText(left) + concatText(right) };
    case "=":
      return { type: "boolean", value: equalValues(left, right) };
    case "<>":
      return { type: "boolean", value: !equalValues(left, right) };
    default:
      return { type: "boolean", value: compareNumbers(operator, numberOf(left).comparedTo(numberOf(right))) };
  }
}

function divide(dividend: Dec, divisor: Dec): Value {
  if (divisor.isZero()) throw new FormulaFault("Division by zero", 1, (d) => `the divisor "${d}" is 0`);
  return numberValue(new Dec(divideDec(dividend, divisor, FORMULA_LIMITS.divisionPlaces, "half_even")));
}

function power(base: Dec, exponent: Dec): Value {
  if (!exponent.isInteger() || exponent.isNegative() || exponent.greaterThan(FORMULA_LIMITS.maxExponent)) {
    throw new FormulaFault(
      `The exponent of ^ must be a whole number from 0 to ${FORMULA_LIMITS.maxExponent}, got ${decText(exponent)}`,
      1,
    );
  }
  const n = exponent.toNumber();
  // Check the cost before paying it: the result has exactly dp(base)·n fraction digits.
  if (base.decimalPlaces() * n > FORMULA_LIMITS.maxFractionDigits) {
    throw new FormulaFault(`Number with more than ${FORMULA_LIMITS.maxFractionDigits} decimal places`, null);
  }
  // 2^100 already passes 1e30, so any base of magnitude ≥ 2 with n ≥ 100 would overflow; decimal.js raises
  // integer powers by repeated squaring, exactly at our precision.
  return numberValue(base.pow(n));
}

function concatText(value: Value): string {
  if (value.type === "number") return decText(value.value);
  return textOf(value);
}

function equalValues(left: Value, right: Value): boolean {
  if (left.type === "number") return numberOf(right).equals(left.value);
  if (left.type === "boolean") return booleanOf(right) === left.value;
  return textOf(right) === left.value;
}

function compareNumbers(operator: "<" | "<=" | ">" | ">=", order: number): boolean {
  if (operator === "<") return order < 0;
  if (operator === "<=") return order <= 0;
  if (operator === ">") return order > 0;
  return order >= 0;
}

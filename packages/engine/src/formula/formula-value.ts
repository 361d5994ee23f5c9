import { EngineInputError } from "../errors";
import { Dec, toDec } from "../money/decimal";
import { FormulaFault } from "./formula-fault";
import { FORMULA_LIMITS } from "./limits";
import type { FormulaType, FormulaValue } from "./types";

/** Internal: a value during evaluation. Numbers stay Dec between nodes so nothing is re-parsed or rounded. */
export type Value =
  | { type: "number"; value: Dec }
  | { type: "boolean"; value: boolean }
  | { type: "text"; value: string };

const MAX_MAGNITUDE = new Dec(FORMULA_LIMITS.maxMagnitude);

/** Every number a node produces passes here: bounded magnitude and fraction digits, or a fault at the node. */
export function numberValue(value: Dec): Value {
  if (value.abs().greaterThan(MAX_MAGNITUDE)) {
    throw new FormulaFault(`Number over ${FORMULA_LIMITS.maxMagnitude} in magnitude`, null);
  }
  if (value.decimalPlaces() > FORMULA_LIMITS.maxFractionDigits) {
    throw new FormulaFault(`Number with more than ${FORMULA_LIMITS.maxFractionDigits} decimal places`, null);
  }
  return { type: "number", value };
}

export function numberOf(value: Value): Dec {
  if (value.type !== "number")
    throw new EngineInputError(`Expected a number, got ${value.type}`, value.value);
  return value.value;
}

export function booleanOf(value: Value): boolean {
  if (value.type !== "boolean")
    throw new EngineInputError(`Expected a boolean, got ${value.type}`, value.value);
  return value.value;
}

export function textOf(value: Value): string {
  if (value.type !== "text") throw new EngineInputError(`Expected text, got ${value.type}`, value.value);
  return value.value;
}

/** Canonical plain decimal: no exponent, no trailing zeros, never "-0". */
export function decText(value: Dec): string {
  return value.isZero() ? "0" : value.toFixed();
}

export function toFormulaValue(value: Value): FormulaValue {
  return value.type === "number" ? { type: "number", value: decText(value.value) } : value;
}

/** A value from outside (an input or a host function's result), checked against the type it was declared with. */
export function fromFormulaValue(
  value: FormulaValue | undefined,
  expected: FormulaType,
  what: string,
): Value {
  if (value === undefined || value === null || typeof value !== "object") {
    throw new EngineInputError(`No value for ${what}`, value);
  }
  if (value.type !== expected) {
    throw new EngineInputError(`${what} should be ${expected} but is ${String(value.type)}`, value);
  }
  if (value.type === "number") return numberValue(toDec(value.value));
  if (value.type === "boolean" && typeof value.value === "boolean") return value;
  if (value.type === "text" && typeof value.value === "string") return value;
  throw new EngineInputError(`${what} has an invalid ${expected} value`, value);
}

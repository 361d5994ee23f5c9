import { toDec } from "../../money/decimal";
import type { PlanningIssue } from "../types";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export type DecimalBounds = {
  /** Inclusive lower bound; default "0" (below it: "negative_amount" when it is 0, else `code`). */
  min?: string;
  /** Upper bound, inclusive unless `maxExclusive`. */
  max?: string;
  maxExclusive?: boolean;
  /** Issue code for a value out of range; default "bad_factor". */
  code?: PlanningIssue["code"];
};

/**
 * The issue with one decimal input, or null: not a plain decimal string ("not_a_decimal"), below zero
 * ("negative_amount") or outside [min, max] (`code`). `what` names the input in the message.
 */
export function checkBoundedDecimal(
  text: unknown,
  what: string,
  field: string,
  bounds: DecimalBounds = {},
): PlanningIssue | null {
  if (typeof text !== "string" || !PLAIN_DECIMAL.test(text)) {
    return {
      code: "not_a_decimal",
      message: `${what} must be a plain decimal number such as "0.25", got ${JSON.stringify(text)}`,
      field,
    };
  }
  const value = toDec(text);
  const min = bounds.min ?? "0";
  if (value.lessThan(toDec(min))) {
    const code = min === "0" ? "negative_amount" : (bounds.code ?? "bad_factor");
    return { code, message: `${what} must be at least ${min}, got ${text}`, field };
  }
  if (bounds.max !== undefined) {
    const max = toDec(bounds.max);
    const over = bounds.maxExclusive ? value.greaterThanOrEqualTo(max) : value.greaterThan(max);
    if (over) {
      const limit = bounds.maxExclusive ? `below ${bounds.max}` : `at most ${bounds.max}`;
      return { code: bounds.code ?? "bad_factor", message: `${what} must be ${limit}, got ${text}`, field };
    }
  }
  return null;
}

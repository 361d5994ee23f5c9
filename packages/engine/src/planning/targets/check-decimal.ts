import type { PlanningIssue } from "../types";
import { isNegativeText, isPlainDecimal } from "./scaled-units";

/**
 * The issue with one decimal input, or null: not a plain decimal ("not_a_decimal"), or below zero when it may not
 * be ("negative_amount"). `what` names it in the message ("the target", "history of person:7").
 */
export function checkDecimal(
  text: unknown,
  what: string,
  field: string,
  nodeId?: string,
  allowNegative = false,
): PlanningIssue | null {
  if (isPlainDecimal(text) && (allowNegative || !isNegativeText(text))) return null;
  const where = nodeId === undefined ? { field } : { nodeId, field };
  if (!isPlainDecimal(text)) {
    return {
      code: "not_a_decimal",
      message: `${what} must be a plain decimal number such as "1250.00", got ${JSON.stringify(text)}`,
      ...where,
    };
  }
  if (!allowNegative && isNegativeText(text))
    return { code: "negative_amount", message: `${what} cannot be negative, got ${text}`, ...where };
  return null;
}

/** True for a plain decimal ≥ 0: the cheap test hot loops run before building any message. */
export function isAmount(text: unknown): boolean {
  return isPlainDecimal(text) && !isNegativeText(text);
}

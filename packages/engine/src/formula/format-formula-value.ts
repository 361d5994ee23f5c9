import { toDec } from "../money/decimal";
import { decText } from "./formula-value";
import type { FormulaValue } from "./types";

/** How a value reads in a trace: numbers as canonical plain decimals ("1250.00" → "1250"), TRUE/FALSE, text as is. */
export function formatFormulaValue(value: FormulaValue): string {
  if (value.type === "number") return decText(toDec(value.value));
  if (value.type === "boolean") return value.value ? "TRUE" : "FALSE";
  return value.value;
}

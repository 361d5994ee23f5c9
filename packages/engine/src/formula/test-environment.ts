import { toDec } from "../money/decimal";
import { compileFormula } from "./compile-formula";
import { evaluateFormula } from "./evaluate-formula";
import type { FormulaEnvironment, FormulaValue } from "./types";

/** Test helper: an environment like a plan's, with RATE and TIER host functions over fixed tables. */
const RATES: Record<string, Record<string, string>> = { products: { Cloud: "0.08", Support: "0.03" } };

export const testEnvironment: FormulaEnvironment = {
  names: {
    credit: "number",
    quota: "number",
    attainment: "number",
    "bookings.ytd": "number",
    segment: "text",
    product: "text",
    isNewLogo: "boolean",
  },
  functions: {
    RATE: {
      params: ["text", "text"],
      returns: "number",
      call: ([table, key]) => ({
        type: "number",
        value: RATES[String(table?.value)]?.[String(key?.value)] ?? "0",
      }),
    },
    TIER: {
      params: ["text", "number"],
      returns: "number",
      // attainment bands: < 1 → 0.5, ≥ 1 → 1.5
      call: ([, value]) => ({ type: "number", value: toDec(String(value?.value)).gte(1) ? "1.5" : "0.5" }),
    },
  },
};

export const testValues: Record<string, FormulaValue> = {
  credit: { type: "number", value: "125000.00" },
  quota: { type: "number", value: "100000" },
  attainment: { type: "number", value: "1.25" },
  "bookings.ytd": { type: "number", value: "480000" },
  segment: { type: "text", value: "Enterprise" },
  product: { type: "text", value: "Cloud" },
  isNewLogo: { type: "boolean", value: true },
};

/** Compiles and evaluates `source`, failing loudly on compile errors; returns the value's plain form. */
export function run(source: string, values: Record<string, FormulaValue> = testValues): string | boolean {
  const compiled = compileFormula(source, testEnvironment);
  if (!compiled.ok) throw new Error(`${source}: ${JSON.stringify(compiled.errors)}`);
  return evaluateFormula(compiled.formula, values, testEnvironment).value;
}

/** The compile errors of `source` (empty when it compiles). */
export function errorsOf(source: string): { message: string; start: number; end: number }[] {
  const compiled = compileFormula(source, testEnvironment);
  return compiled.ok ? [] : compiled.errors;
}

import { divideAmount, multiplyAmount, parseDecimal } from "@attain/engine";

/** `value` rounded to a whole number of `unit` in the named direction: ("53087654.32", "1000", half up) → "53088000". */
export function roundToUnit(value: string, unit: string, mode: "half_up" | "down"): string {
  const units = divideAmount(value, unit, 0, mode);
  return parseDecimal(multiplyAmount(units, unit));
}

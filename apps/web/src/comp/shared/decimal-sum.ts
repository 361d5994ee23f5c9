import { subtractDecimalStrings } from "../../format/decimal-string";

/** Exact sum of decimal strings (no float): ["10.50", "-0.25", "3"] → "13.25". Empty → "0". */
export function sumDecimalStrings(amounts: readonly string[]): string {
  return amounts.reduce(
    (total, amount) => subtractDecimalStrings(total, subtractDecimalStrings("0", amount)),
    "0",
  );
}

/** Exact a + b: "1000.00" + "-125.50" = "874.50". */
export function addDecimalStrings(a: string, b: string): string {
  return subtractDecimalStrings(a, subtractDecimalStrings("0", b));
}

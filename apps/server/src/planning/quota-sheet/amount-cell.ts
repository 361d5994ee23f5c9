import { compareAmounts } from "@attain/engine";
import { MAX_SIGNIFICANT_DIGITS } from "./quota-sheet-layout";

/**
 * A decimal amount as the number an XLSX cell holds. The cell's XML keeps the number's shortest decimal text, which
 * is the amount itself for up to 15 significant digits; anything the double could not hold exactly is refused.
 */
export function amountCellValue(amount: string): number {
  const digits = amount.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  // Number() is safe here only because of the check around it: the value round-trips to the same decimal.
  const value = Number(amount);
  if (digits.length > MAX_SIGNIFICANT_DIGITS || compareAmounts(decimalOfCell(value), amount) !== 0)
    throw new Error(
      `${amount} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits for a spreadsheet cell`,
    );
  return value;
}

/**
 * The decimal a numeric cell shows: JavaScript's shortest round-trip form of the double, which for a value typed or
 * written with ≤ 15 significant digits is exactly that value ("1e21"-style exponents are expanded).
 */
export function decimalOfCell(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

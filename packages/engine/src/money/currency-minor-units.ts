import { EngineInputError } from "../errors";

// ISO 4217 exceptions to the usual two minor digits (list of 2024). Funds codes with 4 digits included for completeness.
const ZERO_DIGITS = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "ISK",
  "JPY",
  "KMF",
  "KRW",
  "PYG",
  "RWF",
  "UGX",
  "UYI",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DIGITS = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);
const FOUR_DIGITS = new Set(["CLF", "UYW"]);

/** How many fraction digits an amount in `code` (ISO 4217, e.g. "EUR") has: 0 for JPY, 3 for KWD, 2 for most. */
export function currencyMinorUnits(code: string): number {
  if (typeof code !== "string" || !/^[A-Z]{3}$/.test(code)) {
    throw new EngineInputError(`Not an ISO 4217 currency code: ${JSON.stringify(code)}`, code);
  }
  if (ZERO_DIGITS.has(code)) return 0;
  if (THREE_DIGITS.has(code)) return 3;
  if (FOUR_DIGITS.has(code)) return 4;
  return 2;
}

import { EngineInputError } from "../errors";
import { toDec } from "./decimal";
import { multiplyAmount } from "./multiply-amount";
import { type RoundingMode, roundAmount } from "./round-amount";

/**
 * `amount × rate`, rounded once to `toCurrency`'s minor unit. `rate` is units of the target currency per unit of
 * the source (EUR→USD 1.0850 means 1 EUR = 1.0850 USD) and must be positive. Convert each line, then sum exactly
 * (decision 002), so a total always equals the lines behind it.
 */
export function convertAmount(amount: string, rate: string, toCurrency: string, mode: RoundingMode): string {
  const r = toDec(rate);
  if (r.isZero() || r.isNegative()) {
    throw new EngineInputError(`An exchange rate must be positive, got ${rate}`, rate);
  }
  return roundAmount(multiplyAmount(amount, rate), toCurrency, mode);
}

import Decimal from "decimal.js";
import { EngineInputError } from "../errors";
import { currencyMinorUnits } from "./currency-minor-units";
import { type Dec, formatDec, toDec } from "./decimal";

/**
 * Every rounding in Attain names its direction.
 * half_up: ties away from zero (PostgreSQL `round`); half_even: ties to the even digit (banker's);
 * half_down: ties toward zero; up: away from zero; down: toward zero (truncate); ceiling: toward +∞; floor: toward −∞.
 */
export type RoundingMode = "half_up" | "half_even" | "half_down" | "up" | "down" | "ceiling" | "floor";

export const roundingModes: readonly RoundingMode[] = [
  "half_up",
  "half_even",
  "half_down",
  "up",
  "down",
  "ceiling",
  "floor",
];

const DECIMAL_JS_MODE = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
} satisfies Record<RoundingMode, Decimal.Rounding>;

export function checkPlaces(places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > 100) {
    throw new EngineInputError(`Decimal places must be an integer from 0 to 100, got ${places}`, places);
  }
}

function checkMode(mode: RoundingMode): void {
  if (!Object.hasOwn(DECIMAL_JS_MODE, mode)) {
    throw new EngineInputError(`Unknown rounding mode: ${JSON.stringify(mode)}`, mode);
  }
}

/** Internal: rounds an exact Dec to `places` digits and writes exactly that many. */
export function roundDec(value: Dec, places: number, mode: RoundingMode): string {
  checkPlaces(places);
  checkMode(mode);
  return formatDec(value.toDecimalPlaces(places, DECIMAL_JS_MODE[mode]), places);
}

/** Rounds `value` to `places` fraction digits in the named direction: roundTo("2.345", 2, "half_even") → "2.34". */
export function roundTo(value: string, places: number, mode: RoundingMode): string {
  return roundDec(toDec(value), places, mode);
}

/** Rounds to the currency's minor unit and writes exactly that many digits: ("1234.5", "JPY", "half_up") → "1235". */
export function roundAmount(value: string, currency: string, mode: RoundingMode): string {
  return roundDec(toDec(value), currencyMinorUnits(currency), mode);
}

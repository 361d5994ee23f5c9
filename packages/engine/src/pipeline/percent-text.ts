import { Dec, toDec } from "../money/decimal";

/** A share 0–1 written as a percentage for messages, at most one decimal: "0.2" → "20%", "0.4567" → "45.7%". */
export function percentText(share: string): string {
  const percent = toDec(share).times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP);
  return `${percent.toFixed()}%`;
}

import { divideAmount } from "../money/divide-amount";

/** part ÷ whole as a decimal string to 4 places (half up), null when whole is 0. */
export function ratioText(part: number, whole: number): string | null {
  return whole === 0 ? null : divideAmount(String(part), String(whole), 4, "half_up");
}

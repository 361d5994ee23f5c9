import { formatDec, scaleOf, toDec } from "./decimal";

/** `-value` with the same scale; zero stays "0.00", never "-0.00". */
export function negateAmount(value: string): string {
  return formatDec(toDec(value).negated(), scaleOf(value));
}

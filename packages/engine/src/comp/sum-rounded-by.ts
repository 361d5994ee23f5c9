import { type Dec, formatDec } from "../money/decimal";
import type { ResultLine } from "./calculation";
import { ZERO } from "./parse-tier-table";
import { minorUnitsText, type RoundedLines } from "./round-lines";

/**
 * Sums rounded amounts by key, with the scale PostgreSQL numeric gives a sum (the largest of the amounts as
 * written, the policy's places for the zero every `always` key starts from): the same strings as `sumAmounts` of
 * the line amounts, without reading them back. `always` keys appear even when nothing was earned.
 */
export function sumRoundedBy(
  rounded: RoundedLines,
  keyOf: (line: ResultLine) => string | null,
  always: string[],
): Record<string, string> {
  return rounded.units
    ? sumUnitsBy(rounded, rounded.units, keyOf, always)
    : sumDecsBy(rounded, keyOf, always);
}

// "line" mode: every amount has `places` digits, so the sums are exact in minor units.
function sumUnitsBy(
  rounded: RoundedLines,
  units: bigint[],
  keyOf: (line: ResultLine) => string | null,
  always: string[],
): Record<string, string> {
  // The result object itself remembers each key's first amount (the sum while it is the only line); `totals` holds
  // the sums of keys with more than one line or a zero to start from.
  const out: Record<string, string> = {};
  const totals = new Map<string, bigint>();
  for (const key of always) {
    setEntry(out, key, "");
    totals.set(key, 0n);
  }
  const { lines } = rounded;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ResultLine;
    const key = keyOf(line);
    if (key === null) continue;
    const total = totals.get(key);
    if (total !== undefined) totals.set(key, total + (units[i] as bigint));
    else if (Object.hasOwn(out, key))
      totals.set(key, minorUnitsOf(out[key] as string) + (units[i] as bigint));
    else setEntry(out, key, line.amount);
  }
  for (const [key, total] of totals) setEntry(out, key, minorUnitsText(total, rounded.places));
  return out;
}

// Other modes: amounts are written with the digits their values have.
function sumDecsBy(
  rounded: RoundedLines,
  keyOf: (line: ResultLine) => string | null,
  always: string[],
): Record<string, string> {
  const amounts = rounded.amounts ?? [];
  const sums = new Map<string, { total: Dec; scale: number }>();
  for (const key of always) sums.set(key, { total: ZERO, scale: rounded.places });
  rounded.lines.forEach((line, i) => {
    const key = keyOf(line);
    if (key === null) return;
    const amount = amounts[i] as Dec;
    const scale = amount.decimalPlaces();
    const sum = sums.get(key);
    if (sum) {
      sum.total = sum.total.plus(amount);
      if (scale > sum.scale) sum.scale = scale;
    } else sums.set(key, { total: amount, scale });
  });
  return Object.fromEntries([...sums].map(([key, { total, scale }]) => [key, formatDec(total, scale)]));
}

// An own property even for "__proto__" (as Object.fromEntries would make it).
function setEntry(out: Record<string, string>, key: string, value: string): void {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

// An amount written with the policy's places, in minor units ("-12.50" → -1250n).
function minorUnitsOf(amount: string): bigint {
  return BigInt(amount.replace(".", ""));
}

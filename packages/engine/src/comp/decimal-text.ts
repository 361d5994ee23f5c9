import type { RoundingMode } from "../money/round-amount";

// Exact operations on plain decimal text ("-12.50"), for the hot paths that would otherwise parse a Dec only to
// write it again. Each gives the same string as the Dec route (decimal-text.test.ts checks them against it).

type Parts = { negative: boolean; whole: string; fraction: string };

function partsOf(text: string): Parts {
  const negative = text.charCodeAt(0) === 45; // "-"
  const dot = text.indexOf(".");
  const start = negative ? 1 : 0;
  let whole = dot === -1 ? text.slice(start) : text.slice(start, dot);
  let lead = 0;
  while (lead < whole.length - 1 && whole.charCodeAt(lead) === 48) lead++;
  if (lead > 0) whole = whole.slice(lead);
  return { negative, whole, fraction: dot === -1 ? "" : text.slice(dot + 1) };
}

/** `toDec(text).toFixed()` of a plain decimal: no leading or trailing zeros, "-0.00" → "0". */
export function canonicalDecimal(text: string): string {
  const { negative, whole, fraction } = partsOf(text);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const digits = end === 0 ? whole : `${whole}.${fraction.slice(0, end)}`;
  if (negative && !(whole === "0" && end === 0)) return `-${digits}`;
  return digits;
}

/**
 * `formatDec(toDec(text).toDecimalPlaces(places, mode), places)` of a plain decimal: rounded in the named direction
 * and written with exactly `places` digits, never "-0.00". `places` and `mode` must already be checked.
 */
export function roundDecimalText(text: string, places: number, mode: RoundingMode): string {
  const { negative, whole, fraction } = partsOf(text);
  const kept = fraction.length >= places ? fraction.slice(0, places) : fraction.padEnd(places, "0");
  let away = false;
  if (fraction.length > places) {
    const first = fraction.charCodeAt(places) - 48;
    let tail = false;
    for (let i = places + 1; i < fraction.length && !tail; i++) tail = fraction.charCodeAt(i) !== 48;
    const rest = first !== 0 || tail;
    const half = first > 5 || (first === 5 && tail) ? 1 : first === 5 ? 0 : -1;
    const last = (places > 0 ? kept.charCodeAt(places - 1) : whole.charCodeAt(whole.length - 1)) - 48;
    away = awayFromZero(mode, negative, rest, half, last % 2 === 1);
  }
  let digits = `${whole}${kept}`;
  if (away) digits = (BigInt(digits) + 1n).toString().padStart(places + 1, "0");
  const cut = digits.length - places;
  const out = places === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative && /[1-9]/.test(digits) ? `-${out}` : out;
}

// Whether the magnitude moves up one unit: `rest` = anything dropped, `half` = dropped part vs half a unit.
function awayFromZero(
  mode: RoundingMode,
  negative: boolean,
  rest: boolean,
  half: number,
  odd: boolean,
): boolean {
  switch (mode) {
    case "up":
      return rest;
    case "down":
      return false;
    case "ceiling":
      return rest && !negative;
    case "floor":
      return rest && negative;
    case "half_up":
      return half >= 0 && rest;
    case "half_down":
      return half > 0;
    case "half_even":
      return half > 0 || (half === 0 && odd);
  }
}

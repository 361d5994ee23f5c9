// The wizard shows shares and factors as percentages ("110", "8.5") and the API keeps them as fractions ("1.1",
// "0.085"). Both directions move the decimal point in the string, so no float ever rounds a weight.

function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? value.slice(1) : value).split(".");
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, "0");
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  const text = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "1.1" → "110", "0.083333" → "8.3333", "0" → "0". */
export function fractionToPercent(fraction: string): string {
  return shiftDecimal(fraction, 2);
}

/** "110" → "1.1", "8.5" → "0.085", "100" → "1". */
export function percentToFraction(percent: string): string {
  return shiftDecimal(percent, -2);
}

/**
 * Moves a decimal string's point by `places` (positive: right) without arithmetic, so a percentage typed by a person
 * becomes the exact fraction the API stores: shiftDecimal("25.5", -2) = "0.255". Accepts a comma as the decimal
 * mark (French). Returns null for anything that is not a plain decimal.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const match = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign = "", whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fracPart = digits.slice(point).replace(/0+$/, "");
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return sign && /[1-9]/.test(body) ? `-${body}` : body;
}

/** "25.5" % → "0.255". */
export const percentToFraction = (text: string) => shiftDecimal(text, -2);
/** "0.255" → "25.5" (%). */
export const fractionToPercent = (text: string) => shiftDecimal(text, 2);

/** A decimal amount as the API sends it, e.g. "-1234.56". */
export type DecimalString = `${number}`;

const decimalPattern = /^-?\d+(\.\d+)?$/;

export function isDecimalString(value: string): value is DecimalString {
  return decimalPattern.test(value);
}

/**
 * Exact comparison of two decimal strings (no floating point): scales both to the same number of
 * fraction digits and compares them as BigInt.
 */
export function compareDecimalStrings(a: string, b: string): number {
  const [aInt = "0", aFrac = ""] = a.split(".");
  const [bInt = "0", bFrac = ""] = b.split(".");
  const scale = Math.max(aFrac.length, bFrac.length);
  // "-0.50" becomes BigInt("-050") = -50n: the sign travels with the integer part.
  const left = BigInt(aInt + aFrac.padEnd(scale, "0"));
  const right = BigInt(bInt + bFrac.padEnd(scale, "0"));
  return left === right ? 0 : left < right ? -1 : 1;
}

function toScaled(value: string, scale: number): bigint {
  const [int = "0", frac = ""] = value.split(".");
  return BigInt(int + frac.padEnd(scale, "0"));
}

function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? "-" : ""}${int}${scale > 0 ? `.${frac}` : ""}`;
}

/** Exact a − b on decimal strings, keeping the larger number of fraction digits: "1000.00" − "1234.56" = "-234.56". */
export function subtractDecimalStrings(a: string, b: string): string {
  const scale = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  return fromScaled(toScaled(a, scale) - toScaled(b, scale), scale);
}

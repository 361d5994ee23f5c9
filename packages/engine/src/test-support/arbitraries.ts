import fc from "fast-check";

/** Writes unscaled·10^-scale in plain notation: (-1234n, 2) → "-12.34". Test helper, independent of decimal.js. */
export function decimalString(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

export type ScaledDecimal = { unscaled: bigint; scale: number; text: string };

/** Plain decimals up to ±10^20 with 0–6 fraction digits, with their exact BigInt form for reference arithmetic. */
export function arbScaledDecimal(maxScale = 6): fc.Arbitrary<ScaledDecimal> {
  return fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: maxScale }))
    .map(([unscaled, scale]) => ({ unscaled, scale, text: decimalString(unscaled, scale) }));
}

export function arbDecimal(maxScale = 6): fc.Arbitrary<string> {
  return arbScaledDecimal(maxScale).map((d) => d.text);
}

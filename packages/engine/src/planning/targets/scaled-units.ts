import { EngineInputError } from "../../errors";

// Amounts on the hot path are scaled integers (BigInt): "1234.56" at scale 2 is 123456n. Exact like decimal.js,
// but one BigInt per amount instead of a decimal object per operation, which is what makes 50,000 people fast.

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a plain decimal string: optional "-", digits, optional fraction (the money module's rule). */
export function isPlainDecimal(text: unknown): text is string {
  return typeof text === "string" && PLAIN_DECIMAL.test(text);
}

/** True when a plain decimal is below zero ("-0.00" is zero). */
export function isNegativeText(text: string): boolean {
  return text.startsWith("-") && /[1-9]/.test(text);
}

/** Fraction digits that matter: "1.50" → 1, "1000" → 0, "0.010" → 2. */
export function significantPlaces(text: string): number {
  const dot = text.indexOf(".");
  if (dot === -1) return 0;
  let end = text.length;
  while (end > dot + 1 && text[end - 1] === "0") end--;
  return end - dot - 1;
}

/** A plain decimal as an integer count of 10^-scale: ("12.5", 2) → 1250n. Throws if it needs more places. */
export function toUnits(text: string, scale: number): bigint {
  // Whole numbers (most drivers) skip the string surgery.
  if (text.indexOf(".") === -1) return BigInt(text) * pow10(scale);
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const whole = dot === -1 ? body : body.slice(0, dot);
  let fraction = dot === -1 ? "" : body.slice(dot + 1);
  if (fraction.length > scale) {
    if (/[1-9]/.test(fraction.slice(scale)))
      throw new EngineInputError(`${text} has more than ${scale} decimal places`, text);
    fraction = fraction.slice(0, scale);
  }
  const value = BigInt(whole + fraction.padEnd(scale, "0"));
  return negative ? -value : value;
}

/** Writes a scaled integer with exactly `scale` fraction digits: (123456n, 2) → "1234.56"; never "-0.00". */
export function formatUnits(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(scale + 1, "0");
  const text = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

const POWERS: bigint[] = [];

/** 10^n as a BigInt (cached: ratios ask for the same few powers 50,000 times). */
export function pow10(n: number): bigint {
  let power = POWERS[n];
  if (power === undefined) {
    power = 10n ** BigInt(n);
    POWERS[n] = power;
  }
  return power;
}

/** n ÷ d rounded half up (away from zero) for n ≥ 0, d > 0: the rounding of every "round to the unit". */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** n ÷ d written with `places` digits, half even (ratios are shown, never summed); d > 0, n ≥ 0. */
export function ratioText(n: bigint, d: bigint, places: number): string {
  const scaled = n * pow10(places);
  let q = scaled / d;
  const twice = 2n * (scaled % d);
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return formatUnits(q, places);
}

/** The most fraction digits any of `texts` needs (a loop: spreading 200,000 values into Math.max overflows). */
export function maxPlaces(texts: Iterable<string>): number {
  let most = 0;
  for (const text of texts) {
    const places = significantPlaces(text);
    if (places > most) most = places;
  }
  return most;
}

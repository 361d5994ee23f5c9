import type { Dec } from "../money/decimal";

/** Trace text for an amount: exact digits, thousands grouped ("10000.5" → "10,000.5"). Display only, never parsed. */
export function formatTraceAmount(value: Dec): string {
  return groupDigits(value.toFixed());
}

/** Internal: `formatTraceAmount` of an amount already written by `toFixed()` (so a trace writes each value once). */
export function groupDigits(text: string): string {
  const dot = text.indexOf(".");
  const end = dot === -1 ? text.length : dot;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  if (end - start <= 3) return text;
  let out = text.slice(0, start + ((end - start) % 3 || 3));
  for (let i = start + ((end - start) % 3 || 3); i < end; i += 3) out += `,${text.slice(i, i + 3)}`;
  return dot === -1 ? out : out + text.slice(dot);
}

// Rates and multipliers are the plan's own Dec objects, shared by every line: each is written once.
const rates = new WeakMap<Dec, string>();
const plain = new WeakMap<Dec, string>();

/** Internal: `value.toFixed()`, remembered per Dec object (for a plan's rates, written on every line). */
export function fixedText(value: Dec): string {
  let text = plain.get(value);
  if (text === undefined) {
    text = value.toFixed();
    plain.set(value, text);
  }
  return text;
}

/** Trace text for a rate as a percentage: 0.085 → "8.5%". */
export function formatTraceRate(rate: Dec): string {
  let text = rates.get(rate);
  if (text === undefined) {
    text = `${rate.times(100).toFixed()}%`;
    rates.set(rate, text);
  }
  return text;
}

/** Trace text for a multiplier: 1.5 → "1.5×". */
export function formatTraceMultiplier(multiplier: Dec): string {
  return `${multiplier.toFixed()}×`;
}

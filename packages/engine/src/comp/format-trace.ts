import type { Dec } from "../money/decimal";

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** Trace text for an amount: exact digits, thousands grouped ("10000.5" → "10,000.5"). Display only, never parsed. */
export function formatTraceAmount(value: Dec): string {
  const text = value.toFixed();
  const dot = text.indexOf(".");
  const whole = dot === -1 ? text : text.slice(0, dot);
  const grouped = whole.replace(GROUP, ",");
  return dot === -1 ? grouped : grouped + text.slice(dot);
}

/** Trace text for a rate as a percentage: 0.085 → "8.5%". */
export function formatTraceRate(rate: Dec): string {
  return `${rate.times(100).toFixed()}%`;
}

/** Trace text for a multiplier: 1.5 → "1.5×". */
export function formatTraceMultiplier(multiplier: Dec): string {
  return `${multiplier.toFixed()}×`;
}

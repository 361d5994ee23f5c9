import { fromCents, toCents } from "./cents";
import type { ForecastLine, ForecastOverrideSeen } from "./types";

const add = (a: string, b: string) => fromCents(toCents(a, "amount") + toCents(b, "amount"));
const addOrNull = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : add(a, b));

/**
 * A line for "all" motions: every figure summed; a call or an override is the sum of those that exist (null when
 * neither motion has one), an override showing its most recent author and note.
 */
export function combineMotions(a: ForecastLine, b: ForecastLine): ForecastLine {
  return {
    ownCall: addOrNull(a.ownCall, b.ownCall),
    rolledUp: add(a.rolledUp, b.rolledUp),
    rollup: add(a.rollup, b.rollup),
    adjusted: addOrNull(a.adjusted, b.adjusted),
    override: combineOverrides(a.override, b.override),
    deals: add(a.deals, b.deals),
  };
}

function combineOverrides(
  a: ForecastOverrideSeen | null,
  b: ForecastOverrideSeen | null,
): ForecastOverrideSeen | null {
  if (!a || !b) return a ?? b;
  const latest = a.submittedAt >= b.submittedAt ? a : b;
  return { ...latest, amount: add(a.amount, b.amount) };
}

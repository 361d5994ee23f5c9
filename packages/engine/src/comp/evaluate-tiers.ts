import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { ONE, type ParsedTierTable, parseTierTable, ZERO } from "./parse-tier-table";
import type { TierTable } from "./plan";

/** One band's share of an evaluation, in the value's units (bands on attainment are scaled by the quota). */
export type TierBandPartDec = {
  band: number;
  from: Dec;
  to: Dec | null;
  part: Dec;
  rate: Dec;
  amount: Dec;
  /** `part.toFixed()`, when already written. */
  partText?: string;
};

/** `rate` is the rate of the band reached (interpolated: at the value); `noQuota`: an attainment table without quota. */
export type TierEvaluationDec = {
  amount: Dec;
  rate: Dec;
  band: number;
  parts: TierBandPartDec[];
  noQuota: boolean;
};

export type TierEvaluation = {
  amount: string;
  rate: string;
  bands: { band: number; from: string; to: string | null; part: string; rate: string; amount: string }[];
};

/**
 * Runs `value` through a tier table. Amount tables compare `value` with the bands directly; attainment tables scale
 * the bands by `base` (the quota): quota 100,000, credit 110,000 on <1.00 6 %, 1.00–1.50 8 % → marginal
 * 6,000 + 800 = 6,800, retroactive 8,800. `band` in the result is 1-based, as in the trace.
 */
export function evaluateTiers(table: TierTable, value: string, base: string | null): TierEvaluation {
  const result = evaluateTiersDec(parseTierTable(table), toDec(value), base === null ? null : toDec(base));
  return {
    amount: result.amount.toFixed(),
    rate: result.rate.toFixed(),
    bands: result.parts.map((p) => ({
      band: p.band + 1,
      from: p.from.toFixed(),
      to: p.to === null ? null : p.to.toFixed(),
      part: p.part.toFixed(),
      rate: p.rate.toFixed(),
      amount: p.amount.toFixed(),
    })),
  };
}

/** Internal: the band holding `v` ([from, to) with boundary "upper", (from, to] with "lower"); below 0 → band 0. */
export function bandIndexOf(t: ParsedTierTable, v: Dec, scale: Dec): number {
  const upper = t.table.boundary === "upper";
  const bounds = scaledBands(t, scale).to;
  for (let i = 0; i < bounds.length; i++) {
    const hi = bounds[i];
    if (hi === null || hi === undefined) return i;
    if (upper ? v.lt(hi) : v.lte(hi)) return i;
  }
  return bounds.length - 1;
}

type ScaledBands = { scale: Dec; from: Dec[]; to: (Dec | null)[] };

// The bands × the last scale (the quota) each table was used with: a payee's credits all use the same quota.
const scaled = new WeakMap<ParsedTierTable, ScaledBands>();

/** Internal: the table's band bounds multiplied by `scale` (bands on attainment × quota), computed once per scale. */
export function scaledBands(t: ParsedTierTable, scale: Dec): ScaledBands {
  const known = scaled.get(t);
  if (known && (known.scale === scale || known.scale.eq(scale))) return known;
  const bands: ScaledBands = {
    scale,
    from: t.from.map((from) => from.times(scale)),
    to: t.to.map((to) => (to === null ? null : to.times(scale))),
  };
  scaled.set(t, bands);
  return bands;
}

/** Internal: the Dec evaluation. A negative value (a reversal) mirrors the positive one: f(−v) = −f(v). */
export function evaluateTiersDec(t: ParsedTierTable, value: Dec, base: Dec | null): TierEvaluationDec {
  const attainment = t.table.basis === "attainment";
  const rate0 = t.rate[0] as Dec;
  if (attainment && (base === null || base.lte(0))) {
    const amount = value.times(rate0);
    const parts = [{ band: 0, from: ZERO, to: null, part: value, rate: rate0, amount }];
    return { amount, rate: rate0, band: 0, parts, noQuota: true };
  }
  const scale = attainment ? (base as Dec) : ONE;
  const negative = value.isNegative();
  const v = value.abs();
  const result = t.table.method === "marginal" ? marginal(t, v, scale) : whole(t, v, scale);
  if (!negative) return result;
  return {
    ...result,
    amount: result.amount.neg(),
    parts: result.parts.map((p) => ({ ...p, part: p.part.neg(), amount: p.amount.neg() })),
  };
}

function marginal(t: ParsedTierTable, v: Dec, scale: Dec): TierEvaluationDec {
  const parts: TierBandPartDec[] = [];
  const bands = scaledBands(t, scale);
  let amount = ZERO;
  let band = 0;
  for (let i = 0; i < t.from.length; i++) {
    const from = bands.from[i] as Dec;
    const hi = bands.to[i] ?? null;
    if (i > 0 && v.lte(from)) break;
    const part = (hi === null || v.lt(hi) ? v : hi).minus(from);
    const rate = t.rate[i] as Dec;
    const bandAmount = part.times(rate);
    amount = amount.plus(bandAmount);
    band = i;
    parts.push({ band: i, from, to: hi, part, rate, amount: bandAmount });
  }
  return { amount, rate: t.rate[band] as Dec, band, parts, noQuota: false };
}

// Retroactive and interpolated: one rate (the band reached, or linear inside it) times the whole value.
function whole(t: ParsedTierTable, v: Dec, scale: Dec): TierEvaluationDec {
  const { band, rate, from, to } = rateAtDec(t, v, scale);
  const amount = v.times(rate);
  return { amount, rate, band, parts: [{ band, from, to, part: v, rate, amount }], noQuota: false };
}

/**
 * Internal: the rate at position `v` (bands scaled by `scale`): the band's rate, or for an interpolated table the
 * linear rate inside the band. Multipliers, bonuses and TIER() read tables this way.
 */
export function rateAtDec(
  t: ParsedTierTable,
  v: Dec,
  scale: Dec,
): { band: number; rate: Dec; from: Dec; to: Dec | null } {
  const band = bandIndexOf(t, v, scale);
  const bands = scaledBands(t, scale);
  const from = bands.from[band] as Dec;
  const hi = bands.to[band] ?? null;
  const r0 = t.rate[band] as Dec;
  const r1 = t.rateAtTo[band] ?? null;
  if (t.table.method !== "interpolated" || hi === null || r1 === null || v.lte(from)) {
    return { band, rate: r0, from, to: hi };
  }
  // Interpolated rates are computed to 12 places half_even: the only rounding inside tier evaluation.
  const step = toDec(divideDec(r1.minus(r0).times(v.minus(from)), hi.minus(from), 12, "half_even"));
  return { band, rate: r0.plus(step), from, to: hi };
}

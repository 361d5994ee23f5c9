import { isValidDate } from "../calendar/dates";
import { EngineInputError } from "../errors";
import { Dec, formatDec, toDec } from "../money/decimal";
import { fiscalMonths } from "./fiscal-months";
import { addFractions, type Fraction, roundFraction, scaleFraction, showFraction, ZERO } from "./fraction";
import { activeShare, rampFraction, rampShare } from "./month-factors";
import { monthlyBase } from "./monthly-base";
import type { QuotaInput, QuotaResult } from "./types";
import type { RoundingMode } from "../money/round-amount";

/**
 * A person's quota per period of a fiscal year (docs/calculations/quota-proration.md). Each fiscal month's base
 * (seasonal or per-period) is summed exactly per period: that is the full quota, rounded once per period, the last
 * period with a quota taking the rounding remainder so the full periods add up to the year exactly. The person's
 * quota is the full period's quota × the share they hold of it (active share × ramp share, month by month),
 * rounded once — never more than the full quota, since the share is at most 1 and rounding is monotone.
 */
export function periodQuotas(input: QuotaInput): QuotaResult {
  checkInput(input);
  const { places, mode } = input.rounding ?? { places: 2, mode: "half_up" as const };
  const months = fiscalMonths(input.fiscalYear, input.calendar, input.periodKind);
  const bases = monthlyBase(months, input);
  const periods = new Map<string, { full: Fraction; exact: Fraction; parts: string[] }>();
  months.forEach((m, i) => {
    const { base, text } = bases[i] ?? { base: ZERO, text: "0" };
    const active = activeShare(m, input);
    const ramp = rampShare(m, input);
    const exact = scaleFraction(scaleFraction(base, active.share), rampFraction(ramp));
    const period = periods.get(m.periodKey) ?? { full: ZERO, exact: ZERO, parts: [] };
    period.full = addFractions(period.full, base);
    period.exact = addFractions(period.exact, exact);
    const rampText = ramp === "1" ? "" : ` × ramp ${ramp}`;
    period.parts.push(`${m.month} ${text} × active ${active.text}${rampText} = ${showFraction(exact)}`);
    periods.set(m.periodKey, period);
  });
  const full = roundFullPeriods(
    [...periods].map(([key, p]) => [key, p.full]),
    places,
    mode,
  );
  const quotas: Record<string, string> = {};
  const trace: QuotaResult["trace"] = [];
  for (const [key, period] of periods) {
    const fullQuota = full.get(key) ?? { rounded: "0", plain: "0", note: "" };
    let detail = `${period.parts.join("; ")}; full ${showFraction(period.full)} → ${fullQuota.plain}${fullQuota.note}`;
    if (sameValue(period.exact, period.full)) {
      quotas[key] = fullQuota.rounded;
    } else if (period.exact.num.isZero()) {
      quotas[key] = formatDec(new Dec(0), places);
    } else {
      // full rounded × exact ÷ full exact, as one fraction, rounded once.
      const share = {
        num: period.exact.num.times(period.full.den),
        den: period.exact.den.times(period.full.num),
      };
      quotas[key] = roundFraction(
        scaleFraction({ num: toDec(fullQuota.rounded), den: new Dec(1) }, share),
        places,
        mode,
      );
      detail += `; held ${showFraction(share)} of it → ${quotas[key]}`;
    }
    trace.push({ period: key, detail: `${detail} (${mode}, ${places} places)` });
  }
  return { quotas, trace };
}

/**
 * Rounds each full period once, then gives the rounding remainder (the rounded year less the sum of the rounded
 * periods) to the last period with a quota, so the periods sum to the year exactly. Should a negative remainder
 * exceed that period's quota (tiny quotas only), the periods before it absorb the rest in turn: none goes below 0.
 */
function roundFullPeriods(
  periods: [string, Fraction][],
  places: number,
  mode: RoundingMode,
): Map<string, { rounded: string; plain: string; note: string }> {
  const total = periods.reduce((sum, [, f]) => addFractions(sum, f), ZERO);
  const rounded = periods.map(([key, f]) => ({
    key,
    value: toDec(roundFraction(f, places, mode)),
    zero: f.num.isZero(),
  }));
  const roundedTotal = roundFraction(total, places, mode);
  let remainder = toDec(roundedTotal).minus(rounded.reduce((sum, r) => sum.plus(r.value), new Dec(0)));
  const out = new Map<string, { rounded: string; plain: string; note: string }>();
  const shown = (d: Dec) => formatDec(d, places);
  for (let i = rounded.length - 1; i >= 0 && !remainder.isZero(); i--) {
    const r = rounded[i];
    if (!r || r.zero) continue;
    const take = remainder.isNegative() ? Dec.max(remainder, r.value.neg()) : remainder;
    if (take.isZero()) continue;
    const before = r.value;
    r.value = r.value.plus(take);
    remainder = remainder.minus(take);
    const sign = take.isNegative() ? "−" : "+";
    const note = ` ${sign} ${shown(take.abs())} rounding remainder = ${shown(r.value)} (the year ${showFraction(total)} → ${roundedTotal}; the last period takes the remainder)`;
    out.set(r.key, { rounded: shown(r.value), plain: shown(before), note });
  }
  for (const r of rounded)
    if (!out.has(r.key)) out.set(r.key, { rounded: shown(r.value), plain: shown(r.value), note: "" });
  return out;
}

function sameValue(a: Fraction, b: Fraction): boolean {
  return a.num.times(b.den).eq(b.num.times(a.den));
}

function checkInput(input: QuotaInput): void {
  for (const [what, date] of [
    ["hire date", input.hireDate],
    ["leave date", input.leaveDate],
  ] as const) {
    if (date !== null && !isValidDate(date))
      throw new EngineInputError(`The ${what} must be YYYY-MM-DD, got ${date}`, date);
  }
  if (input.hireDate !== null && input.leaveDate !== null && input.leaveDate < input.hireDate) {
    throw new EngineInputError(
      `The leave date ${input.leaveDate} is before the hire date ${input.hireDate}`,
      input.leaveDate,
    );
  }
  if (!["months", "days", "none"].includes(input.proration)) {
    throw new EngineInputError(
      `Proration is "months", "days" or "none", got ${JSON.stringify(input.proration)}`,
      input.proration,
    );
  }
  // A share above 1 (say 1.5 typed for 15 %) would prorate past the full quota, so it is refused like a negative one.
  (input.ramp ?? []).forEach((share, i) => {
    const value = toDec(share);
    if (value.isNegative() || value.greaterThan(1)) {
      throw new EngineInputError(
        `A ramp share must be from 0 to 1: ramp[${i}] (tenure month ${i + 1}) is ${share}`,
        share,
      );
    }
  });
}

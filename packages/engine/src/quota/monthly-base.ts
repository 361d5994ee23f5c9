import { EngineInputError } from "../errors";
import { Dec, toDec } from "../money/decimal";
import type { FiscalMonth } from "./fiscal-months";
import { type Fraction, fraction } from "./fraction";
import type { QuotaInput } from "./types";

/**
 * Each fiscal month's full (unprorated, unramped) quota as an exact fraction, with how it was made:
 * annual × quarter weight ÷ 3, annual × month weight, annual ÷ 12, or a period's quota ÷ its months.
 */
export function monthlyBase(
  months: readonly FiscalMonth[],
  input: QuotaInput,
): { base: Fraction; text: string }[] {
  const { quota, seasonality } = input;
  if ("perPeriod" in quota) {
    if (seasonality) {
      throw new EngineInputError(
        "Seasonal weights apply to an annual quota, not to per-period quotas",
        seasonality,
      );
    }
    const keys = new Set(months.map((m) => m.periodKey));
    for (const key of Object.keys(quota.perPeriod)) {
      if (!keys.has(key))
        throw new EngineInputError(
          `${key} is not a ${input.periodKind} of fiscal year ${input.fiscalYear}`,
          key,
        );
      checkAmount(quota.perPeriod[key] ?? "", `quota of ${key}`);
    }
    return months.map((m) => {
      const amount = quota.perPeriod[m.periodKey] ?? "0";
      const count = months.filter((o) => o.periodKey === m.periodKey).length;
      return { base: fraction(toDec(amount), count), text: count === 1 ? amount : `${amount} ÷ ${count}` };
    });
  }
  const annual = checkAmount(quota.annual, "annual quota");
  if (!seasonality) return months.map(() => ({ base: fraction(annual, 12), text: `${quota.annual} ÷ 12` }));
  const weights = checkWeights(seasonality.by, seasonality.weights);
  return months.map((m) => {
    const w = seasonality.by === "quarter" ? weights[m.quarter] : weights[m.index];
    const shown = seasonality.weights[seasonality.by === "quarter" ? m.quarter : m.index];
    return seasonality.by === "quarter"
      ? { base: fraction(annual.times(w ?? 0), 3), text: `${quota.annual} × ${shown} ÷ 3` }
      : { base: fraction(annual.times(w ?? 0)), text: `${quota.annual} × ${shown}` };
  });
}

function checkAmount(text: string, what: string): Dec {
  const value = toDec(text);
  if (value.isNegative()) throw new EngineInputError(`The ${what} cannot be negative, got ${text}`, text);
  return value;
}

function checkWeights(by: "quarter" | "month", weights: readonly string[]): Dec[] {
  const expected = by === "quarter" ? 4 : 12;
  if (weights.length !== expected) {
    throw new EngineInputError(
      `Seasonal weights by ${by} need ${expected} values, got ${weights.length}`,
      weights,
    );
  }
  const values = weights.map((w) => checkAmount(w, "seasonal weight"));
  const total = values.reduce((sum, w) => sum.plus(w), new Dec(0));
  if (!total.eq(1))
    throw new EngineInputError(`Seasonal weights must sum to 1, got ${total.toFixed()}`, weights);
  return values;
}

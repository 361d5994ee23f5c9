import { isZero } from "../../money/compare-amounts";
import { divideAmount } from "../../money/divide-amount";
import { negateAmount } from "../../money/negate-amount";
import { subtractAmounts, sumAmounts } from "../../money/sum-amounts";

/** One forecast of a period's outcome, made on `takenOn`, and what the period really closed at. */
export type AccuracyPointInput = { takenOn: string; forecast: string; actual: string };

export type AccuracyPoint = AccuracyPointInput & {
  /** forecast − actual: positive = over-forecast. */
  error: string;
  /** |error| ÷ actual, 4 decimals (half-even); null when actual is 0. */
  ape: string | null;
};

export type AccuracyResult = {
  points: AccuracyPoint[];
  /** Mean APE over the points whose actual is not 0 (4 decimals); null when there is none. */
  mape: string | null;
  /** Σ error ÷ Σ actual (4 decimals): the share by which the forecasts ran high (+) or low (−); null when Σ actual = 0. */
  bias: string | null;
};

/** How far one person's (or one model's) forecasts of a period were from its actual, week by week. */
export function forecastAccuracy(points: readonly AccuracyPointInput[]): AccuracyResult {
  const sorted = [...points].sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0));
  const measured = sorted.map((p): AccuracyPoint => {
    const error = subtractAmounts(p.forecast, p.actual);
    const absolute = error.startsWith("-") ? negateAmount(error) : error;
    return {
      ...p,
      error,
      ape: isZero(p.actual) ? null : divideAmount(absolute, absAmount(p.actual), 4, "half_even"),
    };
  });
  // The mean is taken of unrounded ratios (Σ|e|/a over n) so that rounding each APE cannot shift it.
  const withApe = measured.filter((p) => p.ape !== null);
  const mape =
    withApe.length === 0
      ? null
      : divideAmount(
          sumAmounts(withApe.map((p) => divideAmount(abs(p.error), absAmount(p.actual), 12, "half_even"))),
          String(withApe.length),
          4,
          "half_even",
        );
  const totalActual = sumAmounts(measured.map((p) => p.actual));
  const bias = isZero(totalActual)
    ? null
    : divideAmount(sumAmounts(measured.map((p) => p.error)), totalActual, 4, "half_even");
  return { points: measured, mape, bias };
}

function abs(value: string): string {
  return value.startsWith("-") ? negateAmount(value) : value;
}

function absAmount(value: string): string {
  return abs(value);
}

import { EngineInputError } from "../errors";
import { compareAmounts } from "../money/compare-amounts";
import { Dec, formatDec, toDec } from "../money/decimal";
import { currencyMinorUnits } from "../money/currency-minor-units";
import { divideDec } from "../money/divide-amount";
import { roundAmount } from "../money/round-amount";
import { multiplyAmount } from "../money/multiply-amount";

export type CoverageInput = {
  target: string;
  closedWon: string;
  openPipeline: string;
  /** Count win rate 0–1, or null when there is no closed history. */
  winRate: string | null;
  currency: string;
};

export type PipelineCoverage = {
  remaining: string;
  /** openPipeline ÷ remaining, 4 places; null when nothing remains. */
  coverage: string | null;
  /** 1 ÷ win rate, 4 places; null without a (positive) win rate. */
  requiredCoverage: string | null;
  /** openPipeline × win rate, to the cent. */
  expectedFromPipeline: string | null;
  /** expected ÷ remaining, 4 places. */
  expectedShareOfRemaining: string | null;
  /** remaining ÷ win rate − openPipeline, to the cent: pipeline still to find (negative: a surplus). */
  gap: string | null;
  /** openPipeline − remaining: what the pipeline holds beyond the number (negative: short even at 100 %). */
  cushion: string;
};

/**
 * Pipeline coverage of the remaining target (worked examples §12): $4.8M open vs $1.6M remaining → 3.0×; a 22 %
 * win rate needs 1 ÷ 0.22 = 4.5455×, and 4.8M × 0.22 = $1.056M is 66 % of the remaining number. Ratios are rounded
 * half up to 4 places, amounts to the cent; the gap divides exactly (remaining ÷ win rate) before rounding once.
 */
export function pipelineCoverage(input: CoverageInput): PipelineCoverage {
  const places = currencyMinorUnits(input.currency);
  const money = (value: InstanceType<typeof Dec>) =>
    roundAmount(formatDec(value, value.decimalPlaces()), input.currency, "half_up");
  const target = toDec(input.target);
  const open = toDec(input.openPipeline);
  const remainingDec = Dec.max(target.minus(toDec(input.closedWon)), 0);
  const remaining = money(remainingDec);
  const rate = input.winRate;
  if (rate !== null && (compareAmounts(rate, "0") < 0 || compareAmounts(rate, "1") > 0)) {
    throw new EngineInputError(`A win rate is 0–1, got ${rate}`, rate);
  }
  const positiveRate = rate !== null && compareAmounts(rate, "0") > 0 ? toDec(rate) : null;
  const expected =
    rate === null ? null : roundAmount(multiplyAmount(input.openPipeline, rate), input.currency, "half_up");
  return {
    remaining,
    coverage: remainingDec.isZero() ? null : divideDec(open, remainingDec, 4, "half_up"),
    requiredCoverage: positiveRate ? divideDec(new Dec(1), positiveRate, 4, "half_up") : null,
    expectedFromPipeline: expected,
    expectedShareOfRemaining:
      expected === null || remainingDec.isZero()
        ? null
        : divideDec(toDec(expected), remainingDec, 4, "half_up"),
    gap: positiveRate
      ? divideDec(remainingDec.minus(open.times(positiveRate)), positiveRate, places, "half_up")
      : null,
    cushion: money(open.minus(remainingDec)),
  };
}

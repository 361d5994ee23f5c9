import { daysBetween } from "../calendar/dates";
import { EngineInputError } from "../errors";
import { Dec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";

/**
 * The share of the period [fromDay, toDayExclusive) gone by the end of `today`, 0–1, as a decimal string: the input
 * of kpiStatus's pace. Today counts as gone (a dashboard shows today's bookings): on a 92-day quarter's 46th day the
 * share is 46/92 = "0.5". Before the period "0", from its last day on "1". Quotients are rounded to 20 places
 * half-even (as the formula language divides), trailing zeros dropped.
 */
export function elapsedShare(fromDay: string, toDayExclusive: string, today: string): string {
  const length = daysBetween(fromDay, toDayExclusive);
  if (length <= 0) {
    throw new EngineInputError(
      `The period ${fromDay} – ${toDayExclusive} (exclusive) has no days`,
      toDayExclusive,
    );
  }
  const gone = Math.min(Math.max(daysBetween(fromDay, today) + 1, 0), length);
  const share = new Dec(divideDec(new Dec(gone), new Dec(length), 20, "half_even"));
  return share.isZero() ? "0" : share.toFixed();
}

import type { Dec } from "../money/decimal";
import type { CreditLine, TraceStep } from "./calculation";
import { formatTraceAmount } from "./format-trace";

/** The first trace step of a per-credit line: which component counted which credit, and how much of it. */
export function creditStep(component: string, credit: CreditLine, measure: string, value: Dec): TraceStep {
  return {
    rule: `Component '${component}'`,
    detail: `credit ${credit.id} (${credit.role}, ${credit.date}) ${measure} ${formatTraceAmount(value)}`,
    values: {
      creditId: credit.id,
      transactionId: credit.transactionId,
      date: credit.date,
      [measure]: value.toFixed(),
      path: credit.path.join(" > "),
    },
  };
}

/** Index of the first credit dated on or after `date` (credits are sorted by date). */
export function firstCreditFrom(credits: readonly CreditLine[], date: string): number {
  let lo = 0;
  let hi = credits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((credits[mid] as CreditLine).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

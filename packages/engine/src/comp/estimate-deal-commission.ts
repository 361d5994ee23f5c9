import { EngineInputError } from "../errors";
import { subtractAmounts } from "../money/sum-amounts";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { CreditLine, PayeePeriodInput, PayeePeriodResult } from "./calculation";

/**
 * "What if I close this deal": the same calculation with and without `deal` added to the payee's credits; the
 * difference is in earned (what the deal adds to commission, bonuses and accelerators, after caps), not payable.
 */
export function estimateDealCommission(
  input: PayeePeriodInput,
  deal: CreditLine,
): { before: PayeePeriodResult; after: PayeePeriodResult; difference: string } {
  if (deal.date < input.period.start || deal.date > input.period.end) {
    throw new EngineInputError(
      `payee '${input.payee.id}', period ${input.period.key}: deal '${deal.id}' is dated ${deal.date}, outside the period`,
      deal.date,
    );
  }
  const before = calculatePayeePeriod(input);
  const after = calculatePayeePeriod({ ...input, credits: [...input.credits, deal] });
  return { before, after, difference: subtractAmounts(after.totals.earned, before.totals.earned) };
}

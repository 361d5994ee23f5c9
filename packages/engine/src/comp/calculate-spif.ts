import { type Dec, toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine } from "./calculation";
import { creditStep } from "./credit-step";
import type { DraftLine } from "./draft-line";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { ZERO } from "./parse-tier-table";
import type { SpifComponent } from "./plan";
import { selectCredits } from "./select-credits";

/**
 * SPIF / contest: each credit of the period inside the SPIF's dates and filter pays a fixed amount per deal (a
 * reversal takes it back: the amount carries the credit's sign) or a rate of its measure; job roles not listed
 * earn nothing.
 */
export function calculateSpif(ctx: PayeeContext, c: SpifComponent): DraftLine[] {
  const jobRole = ctx.input.payee.jobRole;
  if (c.eligibleJobRoles.length > 0 && !c.eligibleJobRoles.includes(jobRole)) {
    const detail = `job role '${jobRole}' is not among ${c.eligibleJobRoles.join(", ")}: pays 0`;
    const trace = [{ rule: `SPIF '${c.name}' eligibility`, detail, values: { jobRole } }];
    return [{ component: c.name, kind: "spif", creditId: null, transactionId: null, exact: ZERO, trace }];
  }
  const values = ctx.measure(c.measure);
  const perDeal = "perDeal" in c.payout ? toDec(c.payout.perDeal) : null;
  const rate = "rate" in c.payout ? toDec(c.payout.rate) : ZERO;
  const rule = `SPIF '${c.name}' (${c.filter.from} to ${c.filter.to})`;
  return selectCredits(ctx, c.measure, c.filter, ctx.firstInPeriod).map((i) => {
    const credit = ctx.credits[i] as CreditLine;
    const value = values[i] as Dec;
    const exact = perDeal ? dealAmount(perDeal, value) : value.times(rate);
    const detail = perDeal
      ? `${formatTraceAmount(perDeal)} per deal = ${formatTraceAmount(exact)}`
      : `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(exact)}`;
    return {
      component: c.name,
      kind: "spif",
      creditId: credit.id,
      transactionId: credit.transactionId,
      exact,
      trace: [
        creditStep(c.name, credit, c.measure, value),
        { rule, detail, values: { amount: exact.toFixed() } },
      ],
    };
  });
}

// A deal pays the fixed amount; its reversal (negative measure) takes it back.
function dealAmount(perDeal: Dec, value: Dec): Dec {
  if (value.isZero()) return ZERO;
  return value.isNegative() ? perDeal.neg() : perDeal;
}

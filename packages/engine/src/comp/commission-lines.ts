import type { Dec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine } from "./calculation";
import { creditStep, firstCreditFrom, measureText, untracedCreditStep } from "./credit-step";
import { createIncrementPricer } from "./cumulative-increment";
import type { DraftLine } from "./draft-line";
import { evaluateTiersDec } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { parseTierTable, ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { createCreditPricer, type PricedCredit } from "./price-credit";
import { selectCredits } from "./select-credits";

/** The period's commission lines (before multiplier and caps) and, for true-ups, the reset window recomputed whole. */
export type CommissionPass = { lines: DraftLine[]; windowAmount: Dec };

/**
 * Prices each counted credit: flat rate, rate table row, or tiers — per transaction (each credit on its own) or
 * cumulative (the running total of the reset window decides each increment's rate). `wholeWindow` also prices the
 * window's earlier credits, for a true-up.
 */
export function buildCommissionLines(
  ctx: PayeeContext,
  c: CommissionComponent,
  windowStart: string,
  wholeWindow: boolean,
): CommissionPass {
  const where = `${ctx.where}, component '${c.name}'`;
  const cumulative = c.rate.kind === "tiers" && c.evaluation === "cumulative";
  const from = cumulative || wholeWindow ? firstCreditFrom(ctx.credits, windowStart) : ctx.firstInPeriod;
  const selected = selectCredits(ctx, c.measure, c.filter, from);
  const values = ctx.measure(c.measure);
  const lines: DraftLine[] = [];
  const emit = (credit: CreditLine, value: Dec, priced: PricedCredit, text?: string) => {
    const first = ctx.traced
      ? creditStep(c.name, credit, c.measure, value, text ?? measureText(credit, c.measure, value))
      : untracedCreditStep(c.name);
    const line: DraftLine = {
      component: c.name,
      kind: "commission",
      creditId: credit.id,
      transactionId: credit.transactionId,
      exact: priced.amount,
      trace: [first, ...priced.steps],
    };
    if (priced.amountText !== undefined) line.written = { exact: priced.amount, text: priced.amountText };
    lines.push(line);
  };
  if (cumulative && c.rate.kind === "tiers") {
    const table = parseTierTable(findTierTable(ctx.plan, c.rate.table, where));
    const base = table.table.basis === "attainment" ? ctx.quotaSince(windowStart) : null;
    const priceIncrement = createIncrementPricer(table, c, base, ctx.traced);
    let key = "";
    let total = ZERO;
    let windowAmount = ZERO;
    for (const i of selected) {
      const credit = ctx.credits[i] as CreditLine;
      const value = values[i] as Dec;
      const window = ctx.windowStartOf(credit.date, c.reset);
      if (window !== key) {
        if (key !== "") windowAmount = windowAmount.plus(evaluateTiersDec(table, total, base).amount);
        key = window;
        total = ZERO;
      }
      const before = total;
      total = total.plus(value);
      if (i >= ctx.firstInPeriod) {
        const text = measureText(credit, c.measure, value);
        emit(credit, value, priceIncrement(window, before, total, value, text), text);
      }
    }
    if (key !== "") windowAmount = windowAmount.plus(evaluateTiersDec(table, total, base).amount);
    return { lines, windowAmount };
  }
  const price = createCreditPricer(ctx, c, where);
  let windowAmount = ZERO;
  for (const i of selected) {
    const credit = ctx.credits[i] as CreditLine;
    const value = values[i] as Dec;
    const priced = price(credit, value);
    windowAmount = windowAmount.plus(priced.amount);
    if (i >= ctx.firstInPeriod) emit(credit, value, priced);
  }
  return { lines, windowAmount };
}

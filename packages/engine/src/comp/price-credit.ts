import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine, TraceStep } from "./calculation";
import { evaluateTiersDec } from "./evaluate-tiers";
import { findRateTable, findTierTable } from "./find-table";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { lookupRate } from "./lookup-rate";
import { parseTierTable } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { ruleStep } from "./rule-step";
import { traceTierBands } from "./trace-tier-bands";

/** A priced credit: its amount, the steps that explain it, and the amount as written when a step wrote it. */
export type PricedCredit = { amount: Dec; steps: TraceStep[]; amountText?: string };

/**
 * Prices one credit on its own (per-transaction evaluation): flat rate, the rate table's first matching row, or
 * the tier table on the credit's value. Untraced runs (input.trace false) keep each step's rule only.
 */
export function createCreditPricer(
  ctx: PayeeContext,
  c: CommissionComponent,
  where: string,
): (credit: CreditLine, value: Dec) => PricedCredit {
  const source = c.rate;
  if (source.kind === "flat") {
    const rate = toDec(source.rate);
    const rule = `Flat rate of '${c.name}'`;
    return (_credit, value) => {
      const amount = value.times(rate);
      if (!ctx.traced) return { amount, steps: [ruleStep(rule)] };
      const detail = `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(amount)}`;
      return { amount, steps: [{ rule, detail, values: { rate: source.rate } }] };
    };
  }
  if (source.kind === "rate_table") {
    const table = findRateTable(ctx.plan, source.table, where);
    return (credit, value) => {
      const { rate, row } = lookupRate(table, credit.attributes, `${where}, credit '${credit.id}'`);
      const amount = value.times(rate);
      const rule =
        row === null ? `Rate table '${table.name}' default rate` : `Rate table '${table.name}' row ${row}`;
      if (!ctx.traced) return { amount, steps: [ruleStep(rule)] };
      const detail = `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(amount)}`;
      return {
        amount,
        steps: [{ rule, detail, values: { row: String(row ?? "default"), rate: rate.toFixed() } }],
      };
    };
  }
  const table = parseTierTable(findTierTable(ctx.plan, source.table, where));
  const base = table.table.basis === "attainment" ? ctx.attainment.quota : null;
  return (_credit, value) => {
    const evaluation = evaluateTiersDec(table, value, base);
    return { amount: evaluation.amount, steps: traceTierBands(table.table, evaluation, base, ctx.traced) };
  };
}

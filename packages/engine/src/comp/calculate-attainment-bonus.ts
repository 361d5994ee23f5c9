import { type Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { rateAtAttainment } from "./attainment-position";
import type { PayeeContext } from "./build-payee-context";
import { checkGate } from "./check-gate";
import type { DraftLine } from "./draft-line";
import { evaluateTiersDec, rateAtDec } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { gateClosedLine } from "./gate-closed-line";
import { ONE, parseTierTable, ZERO } from "./parse-tier-table";
import type { AttainmentBonusComponent } from "./plan";
import { tierBandRule } from "./trace-tier-bands";

/**
 * Bonus on the period's attainment: share = the table's rate at attainment (step: retroactive, linear:
 * interpolated, marginal: Σ band rate × part of attainment), paid as share × targetShare × annual target incentive.
 */
export function calculateAttainmentBonus(ctx: PayeeContext, c: AttainmentBonusComponent): DraftLine[] {
  const gate = c.gate ? checkGate(ctx, c.gate, `component '${c.name}'`) : null;
  if (gate && !gate.passed) return [gateClosedLine(c.name, "bonus", gate.step)];
  const table = parseTierTable(findTierTable(ctx.plan, c.table, `${ctx.where}, component '${c.name}'`));
  const onAttainment = table.table.basis === "attainment";
  const figures = ctx.attainment;
  const exact = onAttainment ? rateAtAttainment(table, figures) : null;
  const line: DraftLine = {
    component: c.name,
    kind: "bonus",
    creditId: null,
    transactionId: null,
    exact: ZERO,
    trace: [],
  };
  if (gate) line.trace.push(gate.step);
  if (onAttainment && exact === null) {
    line.trace.push({
      rule: `Bonus '${c.name}'`,
      detail: "no quota for the period: pays 0",
      values: { amount: "0" },
    });
    return [line];
  }
  // On attainment the band (and an interpolated rate) comes from credit against the bands × quota, never from the
  // rounded ratio; a marginal share is Σ band rate × part of credit / quota, to 12 places half_even.
  const reached = exact ?? rateAtDec(table, figures.credit, ONE);
  const share =
    table.table.method !== "marginal"
      ? reached.rate
      : exact
        ? toDec(
            divideDec(
              evaluateTiersDec(table, exact.credit, exact.quota).amount,
              exact.quota,
              12,
              "half_even",
            ),
          )
        : evaluateTiersDec(table, figures.credit, ONE).amount;
  const position = exact ? (figures.ratio as Dec).toFixed() : figures.credit.toFixed();
  const targetIncentive = toDec(ctx.input.payee.targetIncentive);
  const targetShare = toDec(c.targetShare);
  line.exact = share.times(targetShare).times(targetIncentive);
  line.trace.push(
    {
      rule: `${tierBandRule(table.table, reached.band)}, ${table.table.method}`,
      detail: `attainment ${position} → ${formatTraceRate(share)} of target`,
      values: { attainment: position, share: share.toFixed() },
    },
    {
      rule: `Bonus '${c.name}'`,
      detail: `${formatTraceRate(share)} × ${formatTraceRate(targetShare)} × ${formatTraceAmount(targetIncentive)} TI = ${formatTraceAmount(line.exact)}`,
      values: {
        share: share.toFixed(),
        targetShare: c.targetShare,
        targetIncentive: ctx.input.payee.targetIncentive,
      },
    },
  );
  return [line];
}

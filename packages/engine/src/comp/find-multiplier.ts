import type { Dec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { TraceStep } from "./calculation";
import { rateAtAttainment } from "./attainment-position";
import { checkGate } from "./check-gate";
import { rateAtDec } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { formatTraceMultiplier } from "./format-trace";
import { ONE, parseTierTable } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { tierBandRule } from "./trace-tier-bands";

export type Multiplier = { factor: Dec; steps: TraceStep[] };

/**
 * The accelerator/decelerator of a commission component: the band reached by attainment of the reset window to
 * date (retroactive), or 1 when the multiplier's gate is closed or there is no quota. The trace says which.
 */
export function findMultiplier(
  ctx: PayeeContext,
  c: CommissionComponent,
  windowStart: string,
): Multiplier | null {
  if (!c.multiplier) return null;
  const label = `multiplier of '${c.name}'`;
  const steps: TraceStep[] = [];
  if (c.multiplier.gate) {
    const gate = checkGate(ctx, c.multiplier.gate, label);
    steps.push(gate.step);
    if (!gate.passed) {
      steps.push({
        rule: `Multiplier of '${c.name}'`,
        detail: "gate closed: multiplier 1×",
        values: { factor: "1" },
      });
      return { factor: ONE, steps };
    }
  }
  const table = parseTierTable(findTierTable(ctx.plan, c.multiplier.table, `${ctx.where}, ${label}`));
  const figures = ctx.attainmentSince(windowStart);
  const exact = table.table.basis === "attainment" ? rateAtAttainment(table, figures) : null;
  if (table.table.basis === "attainment" && exact === null) {
    steps.push({
      rule: `Multiplier of '${c.name}'`,
      detail: "no quota: multiplier 1×",
      values: { factor: "1" },
    });
    return { factor: ONE, steps };
  }
  // Attainment tables: the band is chosen exactly (bands × quota); the ratio is written to 4 places for people.
  const { band, rate } = exact ?? rateAtDec(table, figures.credit, ONE);
  const position = exact ? (figures.ratio as Dec).toFixed() : figures.credit.toFixed();
  steps.push({
    rule: `${tierBandRule(table.table, band)}, multiplier`,
    detail: `attainment since ${windowStart} ${position}: rate × ${formatTraceMultiplier(rate)}`,
    values: { position, factor: rate.toFixed(), band: String(band + 1) },
  });
  return { factor: rate, steps };
}

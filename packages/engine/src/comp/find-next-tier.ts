import { type Dec, toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { PayeePeriodResult } from "./calculation";
import { bandIndexOf } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { parseTierTable } from "./parse-tier-table";

/**
 * For the rep view: the first component tiered on attainment (commission tiers or attainment bonus), the next band's
 * start, the credit still needed to reach it (against the quota the component measures with) and its rate.
 * Null when no component is tiered on attainment, there is no quota, or the top band is reached.
 */
export function findNextTier(ctx: PayeeContext): PayeePeriodResult["nextTier"] {
  for (const c of ctx.plan.components) {
    let tableName: string | null = null;
    let figures = ctx.attainment;
    if (c.kind === "commission" && c.rate.kind === "tiers") {
      tableName = c.rate.table;
      if (c.evaluation === "cumulative")
        figures = ctx.attainmentSince(ctx.windowStartOf(ctx.period.start, c.reset));
    } else if (c.kind === "attainment_bonus") {
      tableName = c.table;
    }
    if (tableName === null) continue;
    const table = parseTierTable(findTierTable(ctx.plan, tableName, `${ctx.where}, component '${c.name}'`));
    if (table.table.basis !== "attainment") continue;
    if (figures.quota === null || figures.quota.lte(0)) return null;
    const band = bandIndexOf(table, figures.credit, figures.quota);
    const next = table.table.tiers[band + 1];
    if (!next) return null;
    const needed: Dec = toDec(next.from).times(figures.quota).minus(figures.credit);
    return { component: c.name, atRatio: next.from, creditNeeded: needed.toFixed(), rate: next.rate };
  }
  return null;
}

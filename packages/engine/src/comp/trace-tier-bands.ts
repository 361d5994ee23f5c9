import type { Dec } from "../money/decimal";
import type { TraceStep } from "./calculation";
import type { TierEvaluationDec } from "./evaluate-tiers";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import type { TierTable } from "./plan";

/** "Tier table 'AE 2025' band 2 (1.00–1.50)": the rule name of a band, as the plan writes it. */
export function tierBandRule(table: TierTable, band: number): string {
  const tier = table.tiers[band];
  const range = tier ? `${tier.from}–${tier.to ?? "…"}` : "";
  return `Tier table '${table.name}' band ${band + 1} (${range})`;
}

/** One step per band an evaluation used: "10,000 × 8% = 800". */
export function traceTierBands(
  table: TierTable,
  evaluation: TierEvaluationDec,
  base: Dec | null,
): TraceStep[] {
  if (evaluation.noQuota) {
    const part = evaluation.parts[0];
    return [
      {
        rule: `${tierBandRule(table, 0)}, no quota`,
        detail: `no quota for the period: band 1's rate on the whole value, ${formatTraceAmount(evaluation.amount)}`,
        values: { rate: part?.rate.toFixed() ?? "", amount: evaluation.amount.toFixed() },
      },
    ];
  }
  const how = table.method === "marginal" ? "" : `, ${table.method}`;
  return evaluation.parts.map((p) => ({
    rule: `${tierBandRule(table, p.band)}${how}`,
    detail: `${formatTraceAmount(p.part)} × ${formatTraceRate(p.rate)} = ${formatTraceAmount(p.amount)}`,
    values: {
      part: p.part.toFixed(),
      rate: p.rate.toFixed(),
      amount: p.amount.toFixed(),
      ...(base === null || table.basis === "amount" ? {} : { quota: base.toFixed() }),
    },
  }));
}

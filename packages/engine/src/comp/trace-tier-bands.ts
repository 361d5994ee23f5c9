import type { Dec } from "../money/decimal";
import type { TraceStep } from "./calculation";
import type { TierEvaluationDec } from "./evaluate-tiers";
import { fixedText, formatTraceAmount, formatTraceRate, groupDigits } from "./format-trace";
import type { TierTable } from "./plan";
import { ruleStep } from "./rule-step";

// Band rules per table, written once: every line of a run names the same few bands.
const bandRules = new WeakMap<TierTable, string[]>();

/** "Tier table 'AE 2025' band 2 (1.00–1.50)": the rule name of a band, as the plan writes it. */
export function tierBandRule(table: TierTable, band: number): string {
  let rules = bandRules.get(table);
  if (!rules) {
    rules = [];
    bandRules.set(table, rules);
  }
  let rule = rules[band];
  if (rule === undefined) {
    const tier = table.tiers[band];
    const range = tier ? `${tier.from}–${tier.to ?? "…"}` : "";
    rule = `Tier table '${table.name}' band ${band + 1} (${range})`;
    if (band >= 0 && band < table.tiers.length) rules[band] = rule;
  }
  return rule;
}

/** One step per band an evaluation used: "10,000 × 8% = 800". */
export function traceTierBands(
  table: TierTable,
  evaluation: TierEvaluationDec,
  base: Dec | null,
  traced = true,
): TraceStep[] {
  if (!traced) return untracedTierBands(table, evaluation);
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
  const quota = base === null || table.basis === "amount" ? null : base.toFixed();
  return evaluation.parts.map((p) => {
    const part = p.partText ?? p.part.toFixed();
    const amount = p.amount.toFixed();
    const values: Record<string, string> =
      quota === null
        ? { part, rate: fixedText(p.rate), amount }
        : { part, rate: fixedText(p.rate), amount, quota };
    return {
      rule: how === "" ? tierBandRule(table, p.band) : `${tierBandRule(table, p.band)}${how}`,
      detail: `${groupDigits(part)} × ${formatTraceRate(p.rate)} = ${groupDigits(amount)}`,
      values,
    };
  });
}

// An untraced run's band steps: the same rules, without detail or values.
function untracedTierBands(table: TierTable, evaluation: TierEvaluationDec): TraceStep[] {
  if (evaluation.noQuota) return [ruleStep(`${tierBandRule(table, 0)}, no quota`)];
  const how = table.method === "marginal" ? "" : `, ${table.method}`;
  return evaluation.parts.map((p) => ruleStep(`${tierBandRule(table, p.band)}${how}`));
}

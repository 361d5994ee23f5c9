import { EngineInputError } from "../errors";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { DraftLine } from "./draft-line";
import { formatTraceAmount } from "./format-trace";
import { ZERO } from "./parse-tier-table";
import type { MboComponent } from "./plan";

/** MBO: Σ weight × min(score, maxScore) × targetAmount over objectives; an objective not scored pays 0 and says so. */
export function calculateMbo(ctx: PayeeContext, c: MboComponent): DraftLine[] {
  const scores = ctx.input.mboScores[c.name] ?? {};
  const target = toDec(c.targetAmount);
  const maxScore = toDec(c.maxScore);
  const line: DraftLine = {
    component: c.name,
    kind: "mbo",
    creditId: null,
    transactionId: null,
    exact: ZERO,
    trace: [],
  };
  for (const objective of c.objectives) {
    const rule = `MBO '${c.name}' objective '${objective.label}'`;
    const text = scores[objective.key];
    if (text === undefined) {
      line.trace.push({ rule, detail: "not scored: pays 0", values: { key: objective.key, score: "" } });
      continue;
    }
    const score = toDec(text);
    if (score.isNegative()) {
      throw new EngineInputError(
        `${ctx.where}, component '${c.name}': objective '${objective.key}' scored below 0`,
        text,
      );
    }
    const used = score.gt(maxScore) ? maxScore : score;
    const weight = toDec(objective.weight);
    const amount = weight.times(used).times(target);
    line.exact = line.exact.plus(amount);
    line.trace.push({
      rule,
      detail: `${weight.toFixed()} × ${used.toFixed()}${used === maxScore ? ` (score ${text} capped at ${c.maxScore})` : ""} × ${formatTraceAmount(target)} = ${formatTraceAmount(amount)}`,
      values: { key: objective.key, weight: objective.weight, score: text, amount: amount.toFixed() },
    });
  }
  return [line];
}

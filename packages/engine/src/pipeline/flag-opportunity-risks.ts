import { daysBetween } from "../calendar/dates";
import { compareAmounts } from "../money/compare-amounts";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { checkStageCriteria } from "./check-stage-criteria";
import { percentText } from "./percent-text";
import type { CriteriaFacts, PipelineConfig, RiskFlag } from "./types";

/** What the risk flags look at on one deal; history facts come from `summariseStageHistory` (or the same SQL). */
export type OpportunityRiskFacts = CriteriaFacts & {
  status: "open" | "won" | "lost";
  stage: string;
  createdOn: string | null;
  nextStepDue: string | null;
  stageEnteredOn: string | null;
  lastActivityOn: string | null;
  pushCount: number;
  peakAmount: string | null;
  /** Set when the deal's currency has no rate to the reporting currency for its month. */
  missingRate: { currency: string; reportingCurrency: string; month: string } | null;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every risk of one deal on `today`, each with an English message naming the numbers. Unknown stage, negative amount
 * and a missing rate are flagged on any deal; the others only on open deals (a closed deal no longer stalls).
 * Pure: the same facts, configuration and day give the same flags.
 */
export function flagOpportunityRisks(
  deal: OpportunityRiskFacts,
  config: PipelineConfig,
  today: string,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const stage = config.stages.find((s) => s.name === deal.stage);
  if (!stage)
    flags.push({
      kind: "unknown_stage",
      message: `Stage "${deal.stage}" is not one of the configured stages`,
    });
  if (deal.amount !== null && compareAmounts(deal.amount, "0") < 0)
    flags.push({ kind: "negative_amount", message: `Negative amount ${deal.amount}` });
  if (deal.missingRate) {
    const { currency, reportingCurrency, month } = deal.missingRate;
    flags.push({
      kind: "no_rate",
      message: `No exchange rate from ${currency} to ${reportingCurrency} for ${month} or before; left out of totals`,
    });
  }
  if (deal.status !== "open") return flags;

  if (deal.closeDate !== null && deal.closeDate < today) {
    flags.push({
      kind: "past_close_date",
      message: `Close date ${deal.closeDate} passed ${plural(daysBetween(deal.closeDate, today), "day")} ago and the deal is still open`,
    });
  }
  const stalled = stalledMessage(deal, config, stage?.maxDaysInStage ?? null, today);
  if (stalled) flags.push({ kind: "stalled", message: stalled });
  if (deal.pushCount >= config.pushedAfter) {
    flags.push({
      kind: "pushed",
      message: `Close date pushed later ${plural(deal.pushCount, "time")} (limit ${config.pushedAfter})`,
    });
  }
  const cut = amountCutShare(deal.amount, deal.peakAmount, config.amountCutShare);
  if (cut !== null) {
    flags.push({
      kind: "amount_cut",
      message: `Amount cut ${percentText(cut)} from its peak of ${deal.peakAmount} to ${deal.amount} (limit ${percentText(config.amountCutShare)})`,
    });
  }
  if (deal.nextStep === null || deal.nextStep.trim() === "") {
    flags.push({ kind: "no_next_step", message: "No next step" });
  } else if (deal.nextStepDue !== null && deal.nextStepDue < today) {
    flags.push({
      kind: "no_next_step",
      message: `Next step was due on ${deal.nextStepDue}, ${plural(daysBetween(deal.nextStepDue, today), "day")} ago`,
    });
  }
  if (deal.contactCount === 1)
    flags.push({ kind: "single_contact", message: "Single-threaded: only 1 contact on the buyer's side" });
  if (stage && stage.outcome === "open") {
    const { missing } = checkStageCriteria(deal, stage.entryCriteria, config.qualification);
    if (missing.length > 0) {
      flags.push({
        kind: "missing_criteria",
        message: `Missing for ${stage.name}: ${missing.map((m) => m.label).join(", ")}`,
      });
    }
  }
  return flags;
}

function stalledMessage(
  deal: OpportunityRiskFacts,
  config: PipelineConfig,
  maxDaysInStage: number | null,
  today: string,
): string | null {
  const enteredOn = deal.stageEnteredOn ?? deal.createdOn;
  const touches = [enteredOn, deal.lastActivityOn].filter((d): d is string => d !== null);
  if (touches.length === 0) return null;
  const lastTouch = touches.reduce((a, b) => (a > b ? a : b));
  const idle = daysBetween(lastTouch, today);
  if (idle >= config.stalledAfterDays)
    return `No stage change or activity for ${plural(idle, "day")} (limit ${config.stalledAfterDays})`;
  if (maxDaysInStage !== null && enteredOn !== null) {
    const inStage = daysBetween(enteredOn, today);
    if (inStage > maxDaysInStage)
      return `${plural(inStage, "day")} in ${deal.stage} (limit ${maxDaysInStage})`;
  }
  return null;
}

/**
 * (peak − amount) ÷ peak to 4 places when the cut reaches `limit` (compared exactly: peak − amount ≥ peak × limit),
 * else null.
 */
function amountCutShare(amount: string | null, peak: string | null, limit: string): string | null {
  if (amount === null || peak === null) return null;
  const p = toDec(peak);
  const cut = p.minus(toDec(amount));
  if (!p.isPositive() || p.isZero() || cut.lessThan(p.times(toDec(limit)))) return null;
  return divideDec(cut, p, 4, "down");
}

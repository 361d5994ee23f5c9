import type { StageBaseline, WinExample } from "./types";

/**
 * The stage-only baseline: for each stage, the share of deals that entered it (states with 0 days in stage) and were
 * won; the overall share of deals won for a stage never seen. Each deal counts once per stage it entered.
 */
export function fitStageBaseline(examples: readonly WinExample[]): StageBaseline {
  const byStage = new Map<string, { won: number; total: number }>();
  const deals = new Map<string, boolean>();
  for (const example of examples) {
    if (example.won === null || example.daysInStage !== 0) continue;
    deals.set(example.dealId, example.won);
    const entry = byStage.get(example.stage) ?? { won: 0, total: 0 };
    entry.total += 1;
    if (example.won) entry.won += 1;
    byStage.set(example.stage, entry);
  }
  const won = [...deals.values()].filter(Boolean).length;
  const rates: Record<string, number> = {};
  for (const [stage, entry] of [...byStage].sort(([a], [b]) => (a < b ? -1 : 1)))
    rates[stage] = entry.won / entry.total;
  return { rates, base: deals.size === 0 ? 0.5 : won / deals.size };
}

export function stageBaselineProbability(baseline: StageBaseline, stage: string): number {
  return baseline.rates[stage] ?? baseline.base;
}

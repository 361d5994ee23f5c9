import type { CompiledRule } from "./compiled-rule";
import { ruleMatches } from "./compiled-rule";
import type { CoveragePlan } from "./coverage-plan";
import type { LocatedRecord } from "./located-record";
import { collectCandidateRules } from "./rule-index";
import { traceLines } from "./trace-lines";

/** Where an account or record falls: its primary leaf (or why none), its overlay leaves, and why. */
export type Location = {
  primary: number | null;
  reason: "named" | "rule" | "overlap" | "none";
  /** Primary leaves tied at the best priority (the named leaf when named), by definition order. */
  candidates: number[];
  overlays: number[];
  /** Why the primary leaf (or the gap, the overlap). */
  trace: string[];
  /** Why each overlay. */
  overlayTrace: string[];
};

const NONE: readonly number[] = [];

/**
 * The matcher for one plan. Precedence: a named account goes to its territory; a territory that excludes the account
 * is skipped; among the primary leaves whose rules match, the highest priority wins, and a tie is an overlap;
 * overlays are every overlay leaf that names the account or whose rules match it. Scratch arrays are reused across
 * calls (stamped per call) and trace lines are written once per rule, so locating 100,000 accounts allocates little.
 */
export function createLocator(plan: CoveragePlan): (record: LocatedRecord) => Location {
  const { territories } = plan;
  const lines = traceLines(plan);
  const matchedAt = new Int32Array(territories.length).fill(-1);
  const firstRule: (CompiledRule | undefined)[] = territories.map(() => undefined);
  const candidates: CompiledRule[] = [];
  const matched: number[] = [];
  const primaries: number[] = [];
  let call = 0;
  return (record) => {
    call++;
    matched.length = 0;
    const count = collectCandidateRules(plan.rules, record, candidates);
    for (let c = 0; c < count; c++) {
      const rule = candidates[c] as CompiledRule;
      const t = rule.territory;
      if (matchedAt[t] === call && (firstRule[t]?.position ?? 0) <= rule.position) continue;
      if (!ruleMatches(rule, record)) continue;
      if (matchedAt[t] !== call) matched.push(t);
      matchedAt[t] = call;
      firstRule[t] = rule;
    }
    if (matched.length > 1) matched.sort((a, b) => a - b);
    const trace: string[] = [];
    const accountId = record.accountId;
    const excluded = accountId === null ? undefined : plan.excluded.get(accountId);
    const namedOverlays = (accountId === null ? undefined : plan.namedOverlays.get(accountId)) ?? NONE;
    const overlays: number[] = namedOverlays.length === 0 ? [] : [...namedOverlays];
    primaries.length = 0;
    let best = Number.NEGATIVE_INFINITY;
    for (const t of matched) {
      const rule = firstRule[t] as CompiledRule;
      if (excluded?.has(t)) trace.push(lines.excluded(rule));
      else if (territories[t]?.kind !== "primary") {
        if (!namedOverlays.includes(t)) overlays.push(t);
      } else {
        primaries.push(t);
        best = Math.max(best, territories[t]?.priority ?? 0);
      }
    }
    const winners = primaries.filter((t) => territories[t]?.priority === best);
    const named = accountId === null ? undefined : plan.namedPrimary.get(accountId);
    let location: Pick<Location, "primary" | "reason" | "candidates">;
    if (named !== undefined) {
      trace.push(lines.named[named] ?? "");
      if (winners.some((t) => t !== named)) trace.push(lines.overridden(winners));
      location = { primary: named, reason: "named", candidates: [named] };
    } else if (winners.length === 1) {
      const winner = winners[0] as number;
      trace.push(lines.matches(firstRule[winner] as CompiledRule));
      location = { primary: winner, reason: "rule", candidates: winners };
    } else if (winners.length > 1) {
      trace.push(lines.overlap(winners, best));
      location = { primary: null, reason: "overlap", candidates: winners };
    } else {
      trace.push(lines.gap);
      location = { primary: null, reason: "none", candidates: [] };
    }
    if (named === undefined && winners.length < primaries.length)
      for (const t of primaries)
        if (territories[t]?.priority !== best) trace.push(lines.lower(firstRule[t] as CompiledRule));
    if (overlays.length > 1) overlays.sort((a, b) => a - b);
    const overlayTrace = overlays.map((t) =>
      namedOverlays.includes(t) ? (lines.namedOverlay[t] ?? "") : lines.overlay(firstRule[t] as CompiledRule),
    );
    return {
      primary: location.primary,
      reason: location.reason,
      candidates: location.candidates,
      overlays,
      trace,
      overlayTrace,
    };
  };
}

import type { CompiledRule } from "./compiled-rule";
import type { CoveragePlan } from "./coverage-plan";
import { territoryLabel } from "./territory-label";

/**
 * The sentences of a match's trace. Those about one rule or territory are written once per plan and shared by every
 * account they concern (100,000 accounts would otherwise build 100,000 copies of the same sentence).
 */
export function traceLines(plan: CoveragePlan) {
  const { territories } = plan;
  const label = territories.map(territoryLabel);
  // write(rule, "FR-PARIS (Paris)", "rule 1 [country FR; postal 75…]")
  const perRule = (write: (rule: CompiledRule, territory: string, ruleText: string) => string) => {
    const cache = new Map<CompiledRule, string>();
    return (rule: CompiledRule) => {
      let line = cache.get(rule);
      if (line === undefined) {
        line = write(rule, label[rule.territory] ?? "", `rule ${rule.position + 1} [${rule.text}]`);
        cache.set(rule, line);
      }
      return line;
    };
  };
  const priority = (rule: CompiledRule) => territories[rule.territory]?.priority;
  const names = (ts: readonly number[]) => ts.map((t) => label[t]).join(", ");
  return {
    named: label.map((l) => `named account of ${l}`),
    namedOverlay: label.map((l) => `overlay ${l}: named account`),
    gap: "gap: no primary territory's rules match",
    matches: perRule((rule, t, text) => `${t} by ${text}, priority ${priority(rule)}`),
    lower: perRule(
      (rule, t, text) => `${t} also matches by ${text}, at the lower priority ${priority(rule)}`,
    ),
    excluded: perRule((_, t, text) => `excluded from ${t}, which matches by ${text}`),
    overlay: perRule((_, t, text) => `overlay ${t} by ${text}`),
    overlap: (ts: readonly number[], best: number) => `overlap: ${names(ts)} all match at priority ${best}`,
    overridden: (ts: readonly number[]) => `named overrides the rules, which give ${names(ts)}`,
  };
}

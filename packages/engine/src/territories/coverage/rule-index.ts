import type { CompiledRule } from "./compiled-rule";
import type { LocatedRecord } from "./located-record";

/**
 * The leaf rules filed under one key each, so an account is tested only against rules that could match it instead
 * of every rule: a rule with postal prefixes under each prefix, else one with regions under each region, else
 * countries, else industries, else segments; a rule with none of these (size only, or a catch-all) is tested against
 * every account. Each key is a field the rule requires, so skipping the rules filed elsewhere is safe.
 */
export type RuleIndex = {
  byPostalPrefix: Map<string, CompiledRule[]>;
  longestPrefix: number;
  byRegion: Map<string, CompiledRule[]>;
  byCountry: Map<string, CompiledRule[]>;
  byIndustry: Map<string, CompiledRule[]>;
  bySegment: Map<string, CompiledRule[]>;
  everywhere: CompiledRule[];
};

function file(map: Map<string, CompiledRule[]>, keys: Iterable<string>, rule: CompiledRule): void {
  for (const key of keys) {
    const list = map.get(key);
    if (list === undefined) map.set(key, [rule]);
    else if (list[list.length - 1] !== rule) list.push(rule);
  }
}

export function indexRules(rules: readonly CompiledRule[]): RuleIndex {
  const index: RuleIndex = {
    byPostalPrefix: new Map(),
    longestPrefix: 0,
    byRegion: new Map(),
    byCountry: new Map(),
    byIndustry: new Map(),
    bySegment: new Map(),
    everywhere: [],
  };
  for (const rule of rules) {
    if (rule.postalPrefixes !== null) {
      file(index.byPostalPrefix, rule.postalPrefixes, rule);
      for (const prefix of rule.postalPrefixes)
        index.longestPrefix = Math.max(index.longestPrefix, prefix.length);
    } else if (rule.regions !== null) file(index.byRegion, rule.regions, rule);
    else if (rule.countries !== null) file(index.byCountry, rule.countries, rule);
    else if (rule.industries !== null) file(index.byIndustry, rule.industries, rule);
    else if (rule.segments !== null) file(index.bySegment, rule.segments, rule);
    else index.everywhere.push(rule);
  }
  return index;
}

function take(map: Map<string, CompiledRule[]>, key: string | null, out: CompiledRule[]): void {
  if (key === null || map.size === 0) return;
  const rules = map.get(key);
  if (rules !== undefined) for (const rule of rules) out.push(rule);
}

/**
 * Puts in `out` (reused between calls, cleared first) each rule filed under a key of `record`, possibly twice for a
 * rule with nested prefixes such as "7" and "75" (the caller dedupes), and returns how many. The caller still tests
 * each rule in full.
 */
export function collectCandidateRules(index: RuleIndex, record: LocatedRecord, out: CompiledRule[]): number {
  out.length = 0;
  const postal = record.postalCode;
  if (postal !== null && index.byPostalPrefix.size > 0) {
    const longest = Math.min(postal.length, index.longestPrefix);
    for (let length = 1; length <= longest; length++)
      take(index.byPostalPrefix, postal.slice(0, length), out);
  }
  take(index.byRegion, record.regionId, out);
  take(index.byCountry, record.countryCode, out);
  take(index.byIndustry, record.industry, out);
  take(index.bySegment, record.tier, out);
  for (const rule of index.everywhere) out.push(rule);
  return out.length;
}

import { EngineInputError } from "../errors";
import { Dec, toDec } from "../money/decimal";
import type { TierTable } from "./plan";

/** A tier table with its numbers parsed once (cached per table object: a run evaluates it thousands of times). */
export type ParsedTierTable = {
  table: TierTable;
  from: Dec[];
  to: (Dec | null)[];
  rate: Dec[];
  rateAtTo: (Dec | null)[];
};

const cache = new WeakMap<TierTable, ParsedTierTable>();

/**
 * Parses and checks a tier table: bands ascending and contiguous from 0 (a 0 % first band makes a threshold), only
 * the last open-ended, `rateAtTo` on every bounded band of an interpolated table.
 */
export function parseTierTable(table: TierTable): ParsedTierTable {
  const cached = cache.get(table);
  if (cached) return cached;
  const fail = (why: string) => {
    throw new EngineInputError(`Tier table '${table.name}': ${why}`, table);
  };
  if (table.tiers.length === 0) fail("has no bands");
  const parsed: ParsedTierTable = { table, from: [], to: [], rate: [], rateAtTo: [] };
  table.tiers.forEach((tier, i) => {
    const from = toDec(tier.from);
    const to = tier.to === null ? null : toDec(tier.to);
    if (i === 0 && !from.isZero()) fail(`band 1 must start at 0, not ${tier.from}`);
    const previousTo = parsed.to[i - 1];
    if (i > 0 && (previousTo === null || previousTo === undefined || !previousTo.eq(from))) {
      fail(`band ${i + 1} must start where band ${i} ends`);
    }
    if (to === null && i !== table.tiers.length - 1) fail(`only the last band may be open-ended`);
    if (to !== null && !to.gt(from)) fail(`band ${i + 1} must end above its start`);
    if (table.method === "interpolated" && to !== null && tier.rateAtTo === undefined) {
      fail(`band ${i + 1} needs rateAtTo (interpolated table)`);
    }
    parsed.from.push(from);
    parsed.to.push(to);
    parsed.rate.push(toDec(tier.rate));
    parsed.rateAtTo.push(tier.rateAtTo === undefined ? null : toDec(tier.rateAtTo));
  });
  return parsed;
}

/** Internal: 0 and 1 as Decs, shared. */
export const ZERO = new Dec(0);
export const ONE = new Dec(1);

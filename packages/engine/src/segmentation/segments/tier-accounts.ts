import Decimal from "decimal.js";
import { type Dec, toDec } from "../../money/decimal";
import type { SegmentationAccount, SegmentationContext, SegmentAssignment, TierConfig } from "../types";
import { checkInput } from "./check-input";
import { fieldValue } from "./field-value";
import type { SegmentationPart } from "./segmentation-part";

type Ranked = { index: number; id: string; basis: Dec; text: string };

/** Running totals of the tiers' shares: [0.2, 0.3] → [0.2, 0.5]; one per tier but the last. */
function cumulativeShares(config: TierConfig): Dec[] {
  let total = toDec("0");
  return config.tiers.slice(0, -1).map((tier) => {
    total = total.plus(toDec(tier.share ?? "0"));
    return total;
  });
}

/** Index of the first tier whose test passes, else the last tier. */
function firstTier(count: number, passes: (i: number) => boolean): number {
  for (let i = 0; i < count - 1; i++) if (passes(i)) return i;
  return count - 1;
}

function tierRanked(ranked: Ranked[], config: TierConfig): { tier: number; why: string }[] {
  const n = ranked.length;
  const last = config.tiers.length;
  if (config.method === "threshold") {
    return ranked.map((account) => {
      const tier = firstTier(last, (i) => account.basis.gte(toDec(config.tiers[i]?.min ?? "0")));
      const min = config.tiers[tier]?.min;
      return { tier, why: tier < last - 1 ? `at least ${min}` : "below every threshold" };
    });
  }
  const shares = cumulativeShares(config);
  if (config.method === "rank") {
    // The first tier takes ranks 1..round(n × share₁), half up; the next up to round(n × (share₁ + share₂)); …
    const cutoffs = shares.map((share) =>
      share.times(n).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
    );
    return ranked.map((_, r) => {
      const tier = firstTier(last, (i) => r + 1 <= (cutoffs[i] ?? 0));
      const from = tier === 0 ? 1 : (cutoffs[tier - 1] ?? 0) + 1;
      const to = tier < last - 1 ? (cutoffs[tier] ?? 0) : n;
      return { tier, why: `rank ${r + 1} of ${n}; ranks ${from}–${to}` };
    });
  }
  // ABC: an account belongs to the first tier whose share of the total it starts inside, so the account that
  // crosses 80% is still an A. Negative values (net of cancellations) add nothing to the total.
  const positive = ranked.map((account) => (account.basis.isNegative() ? toDec("0") : account.basis));
  const total = positive.reduce((sum, value) => sum.plus(value), toDec("0"));
  let before = toDec("0");
  return ranked.map((_, r) => {
    const tier = firstTier(last, (i) => before.lt((shares[i] ?? toDec("0")).times(total)));
    const why = `cumulative before ${before.toFixed()} of ${total.toFixed()}; ${config.tiers[tier]?.tier} ${
      tier < last - 1
        ? `covers up to ${(shares[tier] ?? toDec("0")).times(100).toFixed()}%`
        : "takes the rest"
    }`;
    before = before.plus(positive[r] ?? 0);
    return { tier, why };
  });
}

/**
 * Tiers A/B/C… by a basis (potential, monetary, annual revenue, employees): by rank, by cumulative share of the
 * basis (ABC / Pareto) or by thresholds. Accounts are ranked by the basis, highest first, ties by id, so the result
 * does not depend on input order and a higher basis never gets a lower tier. Accounts without the basis are left
 * unsegmented, with a warning.
 */
export function tierAccounts(
  accounts: readonly SegmentationAccount[],
  config: TierConfig,
  context: SegmentationContext,
): SegmentationPart {
  checkInput(accounts, config, context, "tiers");
  const ranked: Ranked[] = [];
  const assignments: SegmentAssignment[] = accounts.map((account, index) => {
    const text = fieldValue(account, config.basis, context.asOf);
    if (text !== null) ranked.push({ index, id: account.id, basis: toDec(text), text });
    return { accountId: account.id, segment: null, trace: [`no ${config.basis}: not tiered`] };
  });
  ranked.sort((a, b) => b.basis.comparedTo(a.basis) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  tierRanked(ranked, config).forEach(({ tier, why }, r) => {
    const account = ranked[r] as Ranked;
    const name = config.tiers[tier]?.tier ?? null;
    assignments[account.index] = {
      accountId: account.id,
      segment: name,
      trace: [`${config.basis} = ${account.text}`, `${config.method}: ${why} → tier ${name}`],
    };
  });
  const warnings = assignments
    .filter((assignment) => assignment.segment === null)
    .map((assignment) => ({ accountId: assignment.accountId, message: `no ${config.basis}: not tiered` }));
  return { assignments, warnings, segments: config.tiers.map((tier) => tier.tier) };
}

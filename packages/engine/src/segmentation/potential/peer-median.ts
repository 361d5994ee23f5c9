import Decimal from "decimal.js";
import { Dec, toDec } from "../../money/decimal";
import type { PotentialConfig, PotentialEstimate, SegmentationAccount } from "../types";
import { atLeastBestYear, bestYearOf, bookingsIn } from "./to-amount";

type PeerMedian = { value: string; peers: number };

/** The peers' medians, computed once: by industry (industries with enough modelled accounts) and overall. */
export type PeerMedians = { byIndustry: Map<string, PeerMedian>; overall: PeerMedian };

/** The median of amounts, exact: the middle one, or the two middle ones' mean rounded half up to 2 decimals. */
function medianAmount(amounts: readonly string[]): PeerMedian {
  const sorted = amounts.map((amount) => toDec(amount)).sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] as Dec)
      : (sorted[middle - 1] as Dec).plus(sorted[middle] as Dec).times(new Dec("0.5"));
  return { value: value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), peers: sorted.length };
}

/** Median model potentials by industry (only industries with at least `minimum` modelled accounts) and overall. */
export function peerMedians(
  modelled: readonly PotentialEstimate[],
  industryOf: ReadonlyMap<string, string | null>,
  minimum: number,
): PeerMedians {
  const lists = new Map<string, string[]>();
  for (const estimate of modelled) {
    const industry = industryOf.get(estimate.accountId);
    if (industry === null || industry === undefined) continue;
    const list = lists.get(industry) ?? [];
    list.push(estimate.potential);
    lists.set(industry, list);
  }
  const byIndustry = new Map<string, PeerMedian>();
  for (const [industry, list] of lists)
    if (list.length >= minimum) byIndustry.set(industry, medianAmount(list));
  return { byIndustry, overall: medianAmount(modelled.map((estimate) => estimate.potential)) };
}

/**
 * The potential of an account without firmographics: the median model potential of its industry's accounts (when
 * at least `minIndustryCustomers` have one), else of every modelled account; never below its own best year.
 */
export function peerMedianEstimate(
  account: SegmentationAccount,
  medians: PeerMedians,
  config: PotentialConfig,
): PotentialEstimate {
  const industry = account.industry === null ? undefined : medians.byIndustry.get(account.industry);
  const peer = industry ?? medians.overall;
  const best = bestYearOf(account.history.revenueByYear);
  const { potential, ownHistory } = atLeastBestYear(peer.value, best?.amount ?? null);
  const who =
    industry === undefined
      ? `all ${peer.peers} modelled accounts`
      : `${peer.peers} ${account.industry} accounts`;
  return {
    accountId: account.id,
    potential,
    predicted: null,
    actual: bookingsIn(account.history.revenueByYear, config.year),
    basis: ownHistory ? "own history" : "peer median",
    trace: [
      `no employees or annual revenue: median potential of ${who} = ${peer.value}`,
      best === null
        ? `no bookings yet → potential ${potential}`
        : `best year ${best.year} ${best.amount.toFixed()} → potential ${potential}`,
    ],
  };
}

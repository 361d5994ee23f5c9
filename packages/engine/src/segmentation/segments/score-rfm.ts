import { daysBetween } from "../../calendar/dates";
import { toDec } from "../../money/decimal";
import type { RfmConfig, SegmentationAccount, SegmentationContext, SegmentAssignment } from "../types";
import { checkInput } from "./check-input";
import { quantileScores } from "./quantile-scores";
import { rfmSegmentOf, rfmSegments, toFivePointScale } from "./rfm-grid";
import type { SegmentationPart } from "./segmentation-part";

type Buyer = { index: number; days: number; orders: number; revenue: string };

/**
 * RFM: among accounts that have ordered, recency (days since the last order; more recent scores higher), frequency
 * (orders) and monetary (net bookings) are scored 1..bins by quantile, and the recency and frequency scores name the
 * segment on the classic grid. Accounts that never ordered get "Never ordered".
 */
export function scoreRfm(
  accounts: readonly SegmentationAccount[],
  config: RfmConfig,
  context: SegmentationContext,
): SegmentationPart {
  checkInput(accounts, config, context, "rfm");
  const buyers: Buyer[] = [];
  const assignments: SegmentAssignment[] = accounts.map((account, index) => {
    const last = account.history.lastOrderDate;
    if (last !== null) {
      buyers.push({
        index,
        days: daysBetween(last, context.asOf),
        orders: account.history.orders,
        revenue: account.history.revenue,
      });
    }
    return { accountId: account.id, segment: "Never ordered", trace: ["no order yet → Never ordered"] };
  });
  const { bins } = config;
  const recency = quantileScores(buyers, (a, b) => b.days - a.days, bins);
  const frequency = quantileScores(buyers, (a, b) => a.orders - b.orders, bins);
  const monetary = quantileScores(buyers, (a, b) => toDec(a.revenue).comparedTo(toDec(b.revenue)), bins);
  buyers.forEach((buyer, b) => {
    const [r, f, m] = [recency[b] ?? 1, frequency[b] ?? 1, monetary[b] ?? 1];
    const [r5, f5] = [toFivePointScale(r, bins), toFivePointScale(f, bins)];
    const segment = rfmSegmentOf(r5, f5);
    const account = accounts[buyer.index] as SegmentationAccount;
    const scale = bins === 5 ? "" : ` (on the 1–5 grid: R${r5} F${f5})`;
    assignments[buyer.index] = {
      accountId: account.id,
      segment,
      trace: [
        `recency ${buyer.days} days → R${r}; frequency ${buyer.orders} orders → F${f}; monetary ${buyer.revenue} → M${m} (of ${buyers.length} buyers, ${bins} bins)`,
        `RFM ${r}-${f}-${m}${scale} → ${segment}`,
      ],
    };
  });
  return { assignments, warnings: [], segments: [...rfmSegments] };
}

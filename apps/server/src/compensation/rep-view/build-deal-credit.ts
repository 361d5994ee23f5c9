import { type CreditLine, multiplyAmount } from "@attain/engine";

export type OpenDeal = {
  id: string;
  name: string;
  amount: string;
  currency: string;
  type: string;
  product: string | null;
  productFamily: string | null;
  industry: string | null;
  segment: string | null;
  region: string | null;
};

/**
 * An open opportunity as the credit its owner would get if it closed today: the owner's share (1 − the other
 * people's split shares) of its amount, already converted to the plan currency, with the attributes a booked
 * order line of the deal would carry (product, productFamily, industry, segment, region, dealType, kind).
 */
export function buildDealCredit(
  deal: OpenDeal,
  params: { payeeId: string; date: string; share: string; planAmount: string },
): CreditLine {
  const bookings = multiplyAmount(params.planAmount, params.share);
  const attributes: Record<string, string> = { kind: "booking", dealType: deal.type };
  for (const key of ["product", "productFamily", "industry", "segment", "region"] as const) {
    const value = deal[key];
    if (value) attributes[key] = value;
  }
  return {
    id: `what-if:${deal.id}`,
    transactionId: `what-if:${deal.id}`,
    payeeId: params.payeeId,
    date: params.date,
    role: params.share === "1" ? "direct" : "split",
    share: params.share,
    measures: { bookings, units: "1" },
    attributes,
    reversalOf: null,
    path: ["what-if: owner of the open opportunity, closed today at its amount"],
  };
}

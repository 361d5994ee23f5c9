import type { ProductKey } from "./catalog";
import { composeOrder } from "./compose-order";
import { addMonths, fromDay, isWeekend, yearOf } from "./days";
import type { DemoOpportunity } from "./generate-opportunities";
import { formatCents } from "./money";
import { createRandom, type Random } from "./random";
import type { OrderLineRow } from "./types";

export type DemoOrderLine = OrderLineRow;

/**
 * The order of a won deal: its planned lines (summing exactly to the deal amount), all booked on the close date,
 * then any cancellation (the customer walked away from the rest of the term or cut seats) or return (unused service
 * days), each a negative line of its own pointing at the booking line it reverses, dated after it and before today.
 */
export function generateOrderLines(
  opp: DemoOpportunity,
  orderNumber: string,
  random: Random,
  ids: Random,
  params: { today: number; productIds: ReadonlyMap<ProductKey, string> },
): DemoOrderLine[] {
  const plan = composeOrder(createRandom(opp.orderSeed), opp.request);
  const lines: DemoOrderLine[] = [];
  plan.lines.forEach((line, i) => {
    const start = addMonths(opp.closeDay, line.offsetMonths);
    lines.push({
      id: ids.uuid(),
      externalId: `${orderNumber}-${String(i + 1).padStart(3, "0")}`,
      orderNumber,
      kind: "booking",
      originalLineId: null,
      bookingDate: opp.closeDate,
      accountId: opp.accountId,
      opportunityId: opp.id,
      productId: params.productIds.get(line.product)!,
      ownerId: opp.ownerId,
      quantity: String(line.quantity),
      unitPrice: formatCents(line.unitCents),
      amount: formatCents(line.amountCents),
      currency: opp.currency,
      serviceStart: fromDay(start),
      serviceEnd: fromDay(addMonths(start, line.months) - 1),
    });
  });

  const reversals: DemoOrderLine[] = [];
  const reverse = (index: number, quantity: number, kind: "cancellation" | "return", day: number) => {
    const line = plan.lines[index]!;
    const original = lines[index]!;
    reversals.push({
      id: ids.uuid(),
      externalId: `${orderNumber}-${kind === "cancellation" ? "C" : "R"}${String(reversals.length + 1).padStart(2, "0")}`,
      orderNumber,
      kind,
      originalLineId: original.id,
      bookingDate: fromDay(day),
      accountId: opp.accountId,
      opportunityId: opp.id,
      productId: original.productId,
      ownerId: opp.ownerId,
      quantity: String(-quantity),
      unitPrice: original.unitPrice,
      amount: formatCents(-quantity * line.unitCents),
      currency: opp.currency,
      serviceStart: original.serviceStart,
      serviceEnd: original.serviceEnd,
    });
  };
  const workday = (day: number) => (isWeekend(day) ? day + 2 : day);
  const cancelChance = opp.segment === "SMB" ? 0.07 : opp.segment === "Mid-Market" ? 0.04 : 0.02;
  if (random.chance(cancelChance)) {
    const day = workday(opp.closeDay + random.int(5, 150));
    if (day <= params.today) {
      const recurring = plan.lines
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => l.product !== "implementation" && l.product !== "training");
      if (random.chance(0.6)) {
        // Cancelled the rest of the contract: every subscription period not yet started when they cancelled.
        const cutMonths = Math.floor((day - opp.closeDay) / 30);
        for (const { l, i } of recurring)
          if (l.offsetMonths >= cutMonths) reverse(i, l.quantity, "cancellation", day);
      } else {
        // Cut seats: fewer user packs (or one add-on dropped) on every period.
        const cut = recurring.filter(
          ({ l }) => l.quantity > 1 || l.product === "ai" || l.product === "connectors",
        );
        const product = cut[0]?.l.product;
        const fewer = cut[0] ? Math.max(1, Math.floor(cut[0].l.quantity * (0.2 + 0.4 * random.float()))) : 0;
        for (const { l, i } of cut)
          if (l.product === product) reverse(i, Math.min(fewer, l.quantity), "cancellation", day);
      }
    }
  }
  const serviceLines = plan.lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.product === "implementation" || l.product === "training");
  if (serviceLines.length > 0 && random.chance(0.08)) {
    const { l, i } = serviceLines[serviceLines.length - 1]!;
    const day = workday(opp.closeDay + random.int(30, 200));
    if (day <= params.today) reverse(i, random.int(1, l.quantity), "return", day);
  }
  return lines.concat(reversals);
}

/** Order numbers run per booking year: SO-2025-000123. */
export function orderNumberFor(opp: DemoOpportunity, sequence: number): string {
  return `SO-${yearOf(opp.closeDay)}-${String(sequence).padStart(6, "0")}`;
}

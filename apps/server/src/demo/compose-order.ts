import { type ProductKey, productSpecs, type Segment } from "./catalog";
import { pickWeighted, type Random } from "./random";

export type Billing = "monthly" | "quarterly" | "annual";

/** One line of an order: a product for one billing period of the term, or one delivery milestone of services. */
export type PlannedLine = {
  product: ProductKey;
  quantity: number;
  unitCents: number;
  amountCents: number;
  /** Months after the close date at which the period (or milestone) starts, and its length in months. */
  offsetMonths: number;
  months: number;
};

export type OrderPlan = {
  lines: PlannedLine[];
  totalCents: number;
  mainProduct: ProductKey;
  billing: Billing;
  termYears: number;
};

export type OrderRequest = {
  segment: Segment;
  type: "new_business" | "expansion" | "renewal";
  priceFactor: number;
  /** Multiplies quantities: bigger accounts and stronger sellers sell more seats. */
  size: number;
  quarterEnd: boolean;
};

const listCents = new Map(productSpecs.map((p) => [p.key, p.listCents]));
const periodsPerYear: Record<Billing, number> = { monthly: 12, quarterly: 4, annual: 1 };

/**
 * What a deal sells, as order lines in integer cents: the platform edition for the segment, add-ons, support and
 * services, over a term of one to three years billed monthly, quarterly or yearly. The opportunity amount is the sum.
 */
export function composeOrder(random: Random, request: OrderRequest): OrderPlan {
  const { segment, type } = request;
  const discount =
    (segment === "SMB"
      ? random.float() * 0.1
      : segment === "Mid-Market"
        ? 0.05 + random.float() * 0.15
        : 0.1 + random.float() * 0.2) *
      (type === "renewal" ? 0.5 : 1) +
    (request.quarterEnd ? 0.04 : 0);
  const billing: Billing = pickWeighted(
    random,
    segment === "SMB"
      ? [
          ["monthly", 68],
          ["quarterly", 15],
          ["annual", 17],
        ]
      : segment === "Mid-Market"
        ? [
            ["monthly", 10],
            ["quarterly", 50],
            ["annual", 40],
          ]
        : [
            ["quarterly", 25],
            ["annual", 75],
          ],
  );
  const termYears =
    type === "expansion"
      ? 1
      : type === "renewal"
        ? segment === "Enterprise"
          ? pickWeighted(random, [
              [1, 80],
              [2, 20],
            ])
          : 1
        : segment === "SMB"
          ? pickWeighted(random, [
              [1, 92],
              [2, 8],
            ])
          : segment === "Mid-Market"
            ? pickWeighted(random, [
                [1, 72],
                [2, 22],
                [3, 6],
              ])
            : pickWeighted(random, [
                [1, 45],
                [2, 30],
                [3, 25],
              ]);
  const subscriptions: { product: ProductKey; quantity: number }[] = [];
  const services: { product: ProductKey; days: number }[] = [];
  const qty = (median: number, sigma = 0.6) =>
    Math.max(1, Math.round(random.lognormal(median * request.size, sigma)));
  const edition: ProductKey =
    segment === "SMB"
      ? random.chance(0.82)
        ? "starter"
        : "professional"
      : segment === "Mid-Market"
        ? random.chance(0.85)
          ? "professional"
          : "enterprise"
        : "enterprise";
  const usersMedian = segment === "SMB" ? 1 : segment === "Mid-Market" ? 5 : 20;
  const chances: Record<
    Segment,
    { users: number; connectors: number; ai: number; support: number; impl: number; training: number }
  > = {
    SMB: { users: 0.55, connectors: 0.25, ai: 0.1, support: 0.05, impl: 0.35, training: 0.2 },
    "Mid-Market": { users: 0.9, connectors: 0.6, ai: 0.35, support: 0.4, impl: 0.75, training: 0.5 },
    Enterprise: { users: 0.95, connectors: 0.85, ai: 0.6, support: 0.85, impl: 0.95, training: 0.8 },
  };
  const c = chances[segment];
  if (type === "expansion") {
    if (random.chance(0.8))
      subscriptions.push({ product: "users", quantity: qty(Math.max(1, usersMedian / 2)) });
    if (random.chance(0.3)) subscriptions.push({ product: "ai", quantity: 1 });
    if (random.chance(0.3)) subscriptions.push({ product: "connectors", quantity: qty(1, 0.4) });
    if (random.chance(0.15)) subscriptions.push({ product: "support", quantity: 1 });
    if (random.chance(0.2)) services.push({ product: "training", days: qty(2, 0.5) });
    if (subscriptions.length === 0 && services.length === 0)
      subscriptions.push({ product: "users", quantity: qty(1) });
  } else {
    subscriptions.push({
      product: edition,
      quantity: segment === "Enterprise" && random.chance(0.2) ? 2 : 1,
    });
    if (random.chance(c.users)) subscriptions.push({ product: "users", quantity: qty(usersMedian) });
    if (random.chance(c.connectors))
      subscriptions.push({ product: "connectors", quantity: qty(segment === "Enterprise" ? 2 : 1, 0.4) });
    if (random.chance(c.ai)) subscriptions.push({ product: "ai", quantity: 1 });
    if (random.chance(c.support)) subscriptions.push({ product: "support", quantity: 1 });
    if (type === "new_business") {
      if (random.chance(c.impl))
        services.push({
          product: "implementation",
          days: qty(segment === "SMB" ? 3 : segment === "Mid-Market" ? 10 : 35, 0.5),
        });
      if (random.chance(c.training))
        services.push({ product: "training", days: qty(segment === "Enterprise" ? 4 : 1.5, 0.5) });
    }
  }

  const lines: PlannedLine[] = [];
  const yearlyUnit = (product: ProductKey, year: number) => {
    const list = Math.round((listCents.get(product)! * request.priceFactor) / 1000) * 1000;
    return Math.round((list * (1 - discount) * (1 + 0.05 * year)) / 100) * 100;
  };
  const periods = periodsPerYear[billing];
  const months = 12 / periods;
  for (let year = 0; year < termYears; year++) {
    for (const s of subscriptions) {
      const unitCents = Math.round(yearlyUnit(s.product, year) / periods);
      for (let p = 0; p < periods; p++) {
        lines.push({
          product: s.product,
          quantity: s.quantity,
          unitCents,
          amountCents: unitCents * s.quantity,
          offsetMonths: year * 12 + p * months,
          months,
        });
      }
    }
  }
  for (const s of services) {
    // Services are delivered (and ordered) in milestones: kick-off, build, go-live.
    const unitCents = yearlyUnit(s.product, 0);
    const milestones = s.days >= 12 ? 3 : s.days >= 5 ? 2 : 1;
    let left = s.days;
    for (let m = 0; m < milestones; m++) {
      const days = m === milestones - 1 ? left : Math.max(1, Math.round(s.days / milestones));
      left -= days;
      if (days > 0)
        lines.push({
          product: s.product,
          quantity: days,
          unitCents,
          amountCents: unitCents * days,
          offsetMonths: m,
          months: 1,
        });
    }
  }
  const totalCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  return {
    lines,
    totalCents,
    mainProduct: subscriptions[0]?.product ?? services[0]!.product,
    billing,
    termYears,
  };
}

import { rampFactor } from "./capacity";
import { monthlySeasonality, type RegionKey } from "./catalog";
import { dayOf, daysInMonth, fromDay, monthIndex, monthOf, monthStart, yearOf } from "./days";
import type { DemoOpportunity } from "./generate-opportunities";
import type { DemoPerson } from "./generate-organisation";
import { formatCents } from "./money";
import type { Random } from "./random";
import type { BookingTargetRow, ExchangeRateRow } from "./types";

const seasonTotal = monthlySeasonality.reduce((a, b) => a + b, 0);

/** Share of a year's target that falls in a month (1–12). */
export function seasonalShare(month: number): number {
  return monthlySeasonality[month - 1]! / seasonTotal;
}

/** How much of a full month's target a seller carries: ramp (0, 25, 50, 75, 100% …) times the share of the month employed. */
export function monthCapacity(person: DemoPerson, month: number): number {
  const first = monthStart(month);
  const last = monthStart(month + 1) - 1;
  const from = Math.max(first, person.hireDay);
  const to = Math.min(last, person.leaveDay ?? last);
  if (to < from) return 0;
  const employed = (to - from + 1) / daysInMonth(yearOf(first), monthOf(first));
  return employed * rampFactor(person, first);
}

/**
 * Monthly bookings targets per account executive, in the seller's currency: a full-year quota per region and year
 * (set, as sales ops would, from the productivity of the region, raised each year), spread
 * by seasonality, ramped for new hires and prorated for leavers.
 * Company targets are in EUR: two years ago the plan was 3% above what was booked, last year 1.5% below; this year's
 * plan is last year's bookings plus 20%; each spread over the months by seasonality.
 */
export function generateTargets(
  ids: Random,
  params: {
    start: number;
    today: number;
    sellers: DemoPerson[];
    opportunities: DemoOpportunity[];
    rates: ExchangeRateRow[];
  },
): { rows: BookingTargetRow[]; quotas: Map<string, number> } {
  const year = yearOf(params.today);
  const years = [year - 2, year - 1, year];
  const bookings = new Map<string, number>();
  const companyActual = new Map<number, number>();
  const rate = new Map(params.rates.map((r) => [`${r.currency}|${r.month}`, Number(r.rate)]));
  for (const opp of params.opportunities) {
    if (opp.status !== "won") continue;
    const key = `${opp.account.region.key}|${yearOf(opp.closeDay)}`;
    bookings.set(key, (bookings.get(key) ?? 0) + opp.totalCents);
    const month = fromDay(monthStart(monthIndex(opp.closeDay)));
    const eur = opp.currency === "EUR" ? 1 : (rate.get(`${opp.currency}|${month}`) ?? 1);
    companyActual.set(
      yearOf(opp.closeDay),
      (companyActual.get(yearOf(opp.closeDay)) ?? 0) + opp.totalCents * eur,
    );
  }
  const fte = new Map<string, number>();
  for (const seller of params.sellers) {
    for (const y of years) {
      for (let m = 1; m <= 12; m++) {
        const key = `${seller.regionKey}|${y}`;
        fte.set(key, (fte.get(key) ?? 0) + monthCapacity(seller, monthIndex(dayOf(y, m))) * seasonalShare(m));
      }
    }
  }
  // Full-year quota per region and year, in cents, rounded to 5,000 of the currency. Sales ops sets it from the
  // region's bookings per fully ramped seller over the two completed years, raised each year by the company's
  // productivity growth (0–15%), scaled (within ±20%) so
  // that about 68% of sellers reach 70% of target: the rule of thumb of a healthy plan.
  const quotas = new Map<string, number>();
  const roundQuota = (cents: number) => Math.round(cents / 500_000) * 500_000;
  const regions: RegionKey[] = ["FR", "DE", "UK", "US"];
  const completed = [year - 2, year - 1];
  const productivity = (r: RegionKey, y: number) =>
    (bookings.get(`${r}|${y}`) ?? 0) / Math.max(0.5, fte.get(`${r}|${y}`) ?? 0);
  const raise = Math.min(
    1.15,
    Math.max(
      1,
      regions.reduce(
        (sum, r) => sum + productivity(r, year - 1) / Math.max(1, productivity(r, year - 2)),
        0,
      ) / regions.length,
    ),
  );
  const growth = (y: number) => raise ** (y - (year - 2));
  const sellerBookings = new Map<string, number>();
  for (const opp of params.opportunities) {
    if (opp.status !== "won") continue;
    const key = `${opp.ownerId}|${yearOf(opp.closeDay)}`;
    sellerBookings.set(key, (sellerBookings.get(key) ?? 0) + opp.totalCents);
  }
  const base = new Map<RegionKey, number>();
  for (const r of regions) {
    let booked = 0;
    let capacity = 0;
    for (const y of completed) {
      booked += (bookings.get(`${r}|${y}`) ?? 0) / growth(y);
      capacity += fte.get(`${r}|${y}`) ?? 0;
    }
    base.set(r, booked / Math.max(0.5, capacity));
  }
  const factors = new Map<number, number>();
  for (const y of completed) {
    const attainments: number[] = [];
    for (const seller of params.sellers) {
      let capacity = 0;
      for (let m = 1; m <= 12; m++)
        capacity += monthCapacity(seller, monthIndex(dayOf(y, m))) * seasonalShare(m);
      if (capacity < 0.05) continue;
      attainments.push(
        (sellerBookings.get(`${seller.id}|${y}`) ?? 0) /
          (base.get(seller.regionKey!)! * growth(y) * capacity),
      );
    }
    attainments.sort((a, b) => a - b);
    const pivot = attainments[Math.floor(attainments.length * 0.32)] ?? 0.7;
    factors.set(y, Math.min(1.2, Math.max(0.8, pivot / 0.7)));
  }
  // Never lower a quota from one year to the next (sales leaders notice); the current year follows last year's.
  factors.set(year - 1, Math.max(factors.get(year - 1)!, factors.get(year - 2)! / raise));
  factors.set(year, factors.get(year - 1)!);
  for (const r of regions) {
    for (const y of years) quotas.set(`${r}|${y}`, roundQuota(base.get(r)! * growth(y) * factors.get(y)!));
  }

  const rows: BookingTargetRow[] = [];
  for (const seller of params.sellers) {
    for (let m = monthIndex(Math.max(params.start, seller.hireDay)); m <= monthIndex(dayOf(year, 12)); m++) {
      const first = monthStart(m);
      if (seller.leaveDay !== null && first > seller.leaveDay) break;
      const quota = quotas.get(`${seller.regionKey}|${yearOf(first)}`)!;
      const cents =
        Math.round((quota * seasonalShare(monthOf(first)) * monthCapacity(seller, m)) / 10_000) * 10_000;
      rows.push({
        id: ids.uuid(),
        personId: seller.id,
        month: fromDay(first),
        amount: formatCents(cents),
        currency: seller.currency,
      });
    }
  }
  const planFactor: Record<number, number> = { [year - 2]: 1.03, [year - 1]: 0.985 };
  for (const y of years) {
    const plan =
      y === year ? (companyActual.get(year - 1) ?? 0) * 1.2 : (companyActual.get(y) ?? 0) * planFactor[y]!;
    const annual = Math.round(plan / 100_000) * 100_000;
    let allocated = 0;
    for (let m = 1; m <= 12; m++) {
      const cents =
        m === 12 ? annual - allocated : Math.round((annual * seasonalShare(m)) / 100_000) * 100_000;
      allocated += cents;
      rows.push({
        id: ids.uuid(),
        personId: null,
        month: fromDay(dayOf(y, m)),
        amount: formatCents(cents),
        currency: "EUR",
      });
    }
  }
  return { rows, quotas };
}

import { daysBetween } from "../../calendar/dates";
import { divideAmount } from "../../money/divide-amount";
import type { SegmentationAccount, SegmentField } from "../types";

/** won ÷ (won + lost) to 4 decimals, half up; null without closed deals. */
export function winRateOf(wonDeals: number, lostDeals: number): string | null {
  const closed = wonDeals + lostDeals;
  return closed === 0 ? null : divideAmount(String(wonDeals), String(closed), 4, "half_up");
}

/**
 * The value a rule, a tiering or a clustering sees for `field`, as text (numbers as decimal strings, so rules compare
 * them exactly); null when the account has none. `recencyDays` counts from the last order to `asOf`; `winRate` is
 * to 4 decimals.
 */
export function fieldValue(account: SegmentationAccount, field: SegmentField, asOf: string): string | null {
  switch (field) {
    case "industry":
      return account.industry;
    case "countryCode":
      return account.countryCode;
    case "regionId":
      return account.regionId;
    case "postalCode":
      return account.postalCode;
    case "employees":
      return account.employees === null ? null : String(account.employees);
    case "annualRevenue":
      return account.annualRevenue;
    case "potential":
      return account.potential;
    case "recencyDays": {
      const last = account.history.lastOrderDate;
      return last === null ? null : String(daysBetween(last, asOf));
    }
    case "frequency":
      return String(account.history.orders);
    case "monetary":
      return account.history.revenue;
    case "winRate":
      return winRateOf(account.history.wonDeals, account.history.lostDeals);
    default: {
      const name = field.slice("attribute:".length);
      return Object.hasOwn(account.attributes, name) ? (account.attributes[name] ?? null) : null;
    }
  }
}

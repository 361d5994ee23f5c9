import type { AccountHistory, SegmentationAccount } from "./types";

/** A test account: no firmographics, no history, unless given. */
export function testAccount(
  id: string,
  fields: Partial<Omit<SegmentationAccount, "history">> = {},
  history: Partial<AccountHistory> = {},
): SegmentationAccount {
  return {
    id,
    name: `Account ${id}`,
    industry: null,
    employees: null,
    annualRevenue: null,
    countryCode: null,
    regionId: null,
    postalCode: null,
    potential: null,
    attributes: {},
    ...fields,
    history: {
      firstOrderDate: null,
      lastOrderDate: null,
      orders: 0,
      revenue: "0",
      revenueByYear: {},
      wonDeals: 0,
      lostDeals: 0,
      ...history,
    },
  };
}

export const context = { asOf: "2026-06-30", lastCompleteYear: "2025" };

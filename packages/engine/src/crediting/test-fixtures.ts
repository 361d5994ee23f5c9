import type { CreditingInput, CreditingRules, Transaction } from "./types";

/** Test support for crediting tests (not exported): a USD deal owned by p1 and rules that only credit the owner. */
export function deal(over: Partial<Transaction> = {}): Transaction {
  return {
    id: "t1",
    date: "2025-03-15",
    ownerId: "p1",
    accountId: null,
    territoryId: null,
    currency: "USD",
    measures: { bookings: "100000" },
    attributes: {},
    reversalOf: null,
    splits: [],
    ...over,
  };
}

export const ownerOnly: CreditingRules = {
  owner: true,
  territories: [],
  relationships: [],
  team: null,
  rollup: null,
  duplicatePolicy: "keep_highest",
};

export function crediting(over: Partial<CreditingInput> = {}): CreditingInput {
  return {
    transactions: [deal()],
    rules: ownerOnly,
    reportingLines: [],
    planCurrency: "USD",
    exchangeRates: [],
    payeesWithPlan: null,
    ...over,
  };
}

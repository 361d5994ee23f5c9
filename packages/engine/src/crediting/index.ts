export { creditTransactions } from "./credit-transactions";
export type {
  CreditingError,
  CreditingInput,
  CreditingResult,
  CreditingRules,
  DuplicateCredit,
  DuplicatePolicy,
  ExchangeRate,
  RelationshipCredit,
  TeamCredit,
  TerritoryCredit,
  Transaction,
  UnassignedCredit,
  Validity,
} from "./types";

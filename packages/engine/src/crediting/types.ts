import type { CreditLine } from "../comp/calculation";
import type { CreditRole } from "../comp/plan";
import type { RoundingMode } from "../money/round-amount";
import type { ReportingLine } from "../org/reporting-line";

/**
 * A creditable transaction (an order or invoice line). `date` is the credit date `YYYY-MM-DD`; `measures` are
 * decimal strings in `currency` (bookings, arr, margin, paid_amount…) or quantities (units). A cancellation is its
 * own transaction with negative measures and `reversalOf` = the original's id.
 */
export type Transaction = {
  id: string;
  date: string;
  ownerId: string | null;
  accountId: string | null;
  territoryId: string | null;
  currency: string;
  measures: Record<string, string>;
  attributes: Record<string, string>;
  reversalOf: string | null;
  /** "split" shares replace the owner and must sum to exactly 1; "overlay" shares are extra credit on top. */
  splits: { personId: string; share: string; role: "split" | "overlay" }[];
};

/** Effective dates as in reporting lines: `validFrom` inclusive, `validTo` exclusive, null = open. */
export type Validity = { validFrom: string; validTo: string | null };

export type TerritoryCredit = Validity & {
  territoryId: string;
  personId: string;
  share: string;
  role: Exclude<CreditRole, "rollup">;
};

export type RelationshipCredit = Validity & {
  accountId: string;
  personId: string;
  role: "overlay" | "team";
  share: string;
};

export type TeamCredit = { teamId: string; share: string; memberships: (Validity & { personId: string })[] };

export type DuplicatePolicy = "keep_highest" | "keep_first_rule" | "sum";

export type CreditingRules = {
  /** The transaction's own crediting: its owner (role "direct"), or its "split" splits, plus its overlays. */
  owner: boolean;
  territories: TerritoryCredit[];
  relationships: RelationshipCredit[];
  /** Team credit: each member of the team named by the transaction's `attribute` on its date gets `share`. */
  team: { attribute: string; teams: TeamCredit[] } | null;
  /** Each primary (direct/split) credit, in full, to each manager up the chain on the transaction's date. */
  rollup: { levels: number | "all" } | null;
  duplicatePolicy: DuplicatePolicy;
};

/** `rate` target units per source unit; the latest `validFrom` on or before the transaction date applies. */
export type ExchangeRate = { from: string; to: string; validFrom: string; rate: string };

export type CreditingInput = {
  transactions: readonly Transaction[];
  rules: CreditingRules;
  reportingLines: readonly ReportingLine[];
  planCurrency: string;
  exchangeRates: readonly ExchangeRate[];
  /** People on a plan; credits to anyone else go to `unassigned`. null = everyone counts. */
  payeesWithPlan: ReadonlySet<string> | null;
  /** Measures that are quantities, never converted (default ["units"]). */
  quantityMeasures?: readonly string[];
  /** Rounding of each converted measure to the plan currency's minor unit (default half_up, decision 002). */
  conversionRounding?: RoundingMode;
};

export type DuplicateCredit = {
  transactionId: string;
  payeeId: string;
  paths: string[][];
  kept: string[];
  rule: DuplicatePolicy;
};

export type UnassignedCredit = { transactionId: string; payeeId: string | null; reason: string };

export type CreditingError = { transactionId: string; field: string; message: string };

export type CreditingResult = {
  credits: CreditLine[];
  duplicates: DuplicateCredit[];
  unassigned: UnassignedCredit[];
  errors: CreditingError[];
};

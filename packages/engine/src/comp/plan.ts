import type { RoundingMode } from "../money/round-amount";

/**
 * A compensation plan version: plain data, the same shape as a plan file (docs/plans.md) and the designer's model.
 * Every amount, rate and ratio is a plain decimal string ("0.05" = 5 %, attainment "1.00" = 100 % of quota).
 */
export type PlanDefinition = {
  /** Stable key across versions, e.g. "ae-2025". */
  key: string;
  name: string;
  /** 1, 2, 3… A published version is never changed; a change is a new version. */
  version: number;
  /** Effective dates `YYYY-MM-DD`; `effectiveTo` is inclusive, null = open-ended. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The plan's pay currency (ISO 4217); every credit is converted to it before calculation. */
  currency: string;
  /** How often the plan is calculated and paid. */
  period: PeriodKind;
  /** The measure quota and attainment are counted in (e.g. "bookings"). */
  quotaMeasure: string;
  rounding: RoundingPolicy;
  rateTables: RateTable[];
  tierTables: TierTable[];
  /** Named formulas usable by other formulas and components (evaluated per payee and period). */
  variables: PlanVariable[];
  components: Component[];
  draw: DrawPolicy | null;
  clawback: ClawbackPolicy | null;
  holdback: HoldbackPolicy | null;
};

export type PeriodKind = "month" | "quarter" | "year";

/**
 * Where rounding to `places` happens: "line" = every result line (then totals are sums of rounded lines),
 * "component" = each component's period total, "payout" = only the payee's final payable.
 * `places` defaults to the currency's minor unit.
 */
export type RoundingPolicy = { mode: RoundingMode; apply: "line" | "component" | "payout"; places?: number };

/** Which tier a value exactly on a boundary belongs to (Oracle's "equal tier values" rule is "upper"). */
export type BoundaryRule = "upper" | "lower";

/**
 * A band `[from, to)` (or `(from, to]` when the table's boundary rule is "lower"); `to` null = no upper bound.
 * `rate` is a fraction of the measure (commission), a multiplier (accelerator), or a share of target incentive
 * (bonus), depending on where the table is used. `rateAtTo` is required by interpolated tables only.
 */
export type Tier = { from: string; to: string | null; rate: string; rateAtTo?: string };

export type TierTable = {
  name: string;
  /** What the bands are measured in: attainment ratio of quota, or an amount of the measure. */
  basis: "attainment" | "amount";
  /**
   * marginal: each band's rate applies to the part of the value inside the band (step, graduated);
   * retroactive: the rate of the highest band reached applies to the whole value;
   * interpolated: rate linear from `rate` at `from` to `rateAtTo` at `to`, applied to the whole value.
   */
  method: "marginal" | "retroactive" | "interpolated";
  boundary: BoundaryRule;
  tiers: Tier[];
};

/** A rate looked up by transaction attributes (product, segment, deal type…); first matching row wins. */
export type RateTable = {
  name: string;
  /** Attribute names the rows match on, e.g. ["product", "dealType"]. */
  keys: string[];
  /** `match` gives a value per key, or "*" for any value. */
  rows: { match: Record<string, string>; rate: string }[];
  /** Rate when no row matches; null = a line matching no row is an error reported on that line. */
  defaultRate: string | null;
};

export type PlanVariable = { name: string; formula: string };

/** Transactions a component counts: credit roles and attribute values (all must match); empty = everything. */
export type CreditFilter = {
  roles?: CreditRole[];
  attributes?: Record<string, string[]>;
  /** Only credits dated inside [from, to] (inclusive), e.g. a SPIF's dates. */
  from?: string;
  to?: string;
  /** Only transactions whose measure is at least this amount. */
  minimumAmount?: string;
};

export type CreditRole = "direct" | "split" | "overlay" | "team" | "rollup";

/** A condition on attainment: "no accelerator unless year-to-date attainment ≥ 100 %". */
export type Gate =
  | {
      /** attainment of the quota measure over the period, the year to date, or a formula that must be true. */
      scope: "period" | "year_to_date";
      attainmentAtLeast: string;
    }
  | { formula: string };

export type Caps = {
  perDeal?: string;
  perPeriod?: string;
  perYear?: string;
  /** Cap as a multiple of the payee's annual target incentive (e.g. "2" = 2× TI) for the plan year. */
  targetIncentiveMultiple?: string;
};

export type RateSource =
  | { kind: "flat"; rate: string }
  | { kind: "rate_table"; table: string }
  | { kind: "tiers"; table: string };

export type CommissionComponent = {
  kind: "commission";
  name: string;
  measure: string;
  filter?: CreditFilter;
  rate: RateSource;
  /**
   * per_transaction: each credit is run through the tiers on its own (Oracle step rates, non-cumulative);
   * cumulative: the running total in the reset window decides the tier of each increment.
   */
  evaluation: "per_transaction" | "cumulative";
  /** When the cumulative total starts again from zero. */
  reset: PeriodKind;
  /** Recompute the whole reset window to date and pay the difference from what earlier periods paid. */
  trueUp: boolean;
  /** Accelerator/decelerator: a retroactive attainment tier table of multipliers on the rate, optionally gated. */
  multiplier?: { table: string; gate?: Gate };
  gate?: Gate;
  caps?: Caps;
};

/** Bonus on attainment: step (retroactive table) or linear (interpolated table) share of target incentive. */
export type AttainmentBonusComponent = {
  kind: "attainment_bonus";
  name: string;
  /** A tier table on attainment whose rate is the share of the period's target incentive paid. */
  table: string;
  /** The bonus's share of annual target incentive this component pays at rate 1 (e.g. "0.25" per quarter). */
  targetShare: string;
  gate?: Gate;
  caps?: Caps;
};

/** Qualitative / MBO: a manager scores each objective 0–1 (or more, if `maxScore` allows); pays weight × score × target. */
export type MboComponent = {
  kind: "mbo";
  name: string;
  objectives: { key: string; label: string; weight: string }[];
  /** The amount paid at a score of 1 on every objective, per period. */
  targetAmount: string;
  maxScore: string;
};

/** SPIF / contest: pays a fixed amount per qualifying deal or a rate of its measure, inside its dates. */
export type SpifComponent = {
  kind: "spif";
  name: string;
  measure: string;
  filter: CreditFilter & { from: string; to: string };
  payout: { perDeal: string } | { rate: string };
  /** Job roles that may earn it (e.g. ["ae"]); empty = everyone on the plan. */
  eligibleJobRoles: string[];
  caps?: Caps;
};

/**
 * Manager override: a rate on team credit (credits with role "rollup"), paid on the part above `threshold`
 * (0 = first dollar), flat or from a tier table on team attainment (retroactive).
 */
export type OverrideComponent = {
  kind: "override";
  name: string;
  measure: string;
  rate: { kind: "flat"; rate: string } | { kind: "tiers"; table: string };
  threshold: string;
  caps?: Caps;
};

/** Custom: an Excel-like formula giving the component's amount for the period (see formula/). */
export type FormulaComponent = {
  kind: "formula";
  name: string;
  formula: string;
  caps?: Caps;
};

export type Component =
  | CommissionComponent
  | AttainmentBonusComponent
  | MboComponent
  | SpifComponent
  | OverrideComponent
  | FormulaComponent;

/**
 * recoverable: an advance up to `amount` when earnings fall short, recovered from later earnings above it;
 * non_recoverable: a top-up to `amount` that is never recovered (a guarantee);
 * `recoveryShare` limits recovery to a share of each period's earnings ("1" = all of it).
 * Balances carry across periods until `until` (inclusive), after which an unrecovered balance is forgiven.
 */
export type DrawPolicy = {
  kind: "recoverable" | "non_recoverable";
  amount: string;
  recoveryShare: string;
  until: string | null;
};

/**
 * Cancellation or return of a transaction within `windowDays` of its credit date takes commission back:
 * full = all of it; prorated = the unexpired share of the window; sliding = `schedule` (first row whose
 * `withinDays` covers the days elapsed gives the share).
 */
export type ClawbackPolicy = {
  windowDays: number;
  method: "full" | "prorated" | "sliding";
  schedule: { withinDays: number; share: string }[];
};

/** Pay `1 - share` of commission now; hold `share` and release it `releaseAfterPeriods` periods later. */
export type HoldbackPolicy = { share: string; releaseAfterPeriods: number };

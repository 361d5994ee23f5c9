import type { RoundingMode } from "../money/round-amount";

export type RevenuePerson = { id: string; name: string; jobRole: string };

/** Bookings of one person (null: nobody, e.g. an unassigned order) in one month, already in the reporting currency. */
export type RevenueBookingRow = { personId: string | null; month: string; amount: string; lines: number };

/** A target for one person, or for the whole company when `personId` is null. */
export type RevenueTargetRow = { personId: string | null; month: string; amount: string };

export type RevenueVsTargetInput = {
  /** The period, `YYYY-MM`; any order, no duplicates. Rows of other months are ignored (and traced). */
  months: readonly string[];
  /** ISO 4217 reporting currency; amounts are rounded to its minor unit at output. */
  currency: string;
  people: readonly RevenuePerson[];
  bookings: readonly RevenueBookingRow[];
  targets: readonly RevenueTargetRow[];
  /** Rounding of output amounts; default "half_up" (PostgreSQL `round`). Attainment is always 4 places half_even. */
  rounding?: RoundingMode;
};

export type RevenueMonth = {
  month: string;
  bookings: string;
  target: string;
  /** bookings / target, 4 places half_even; null when the target is 0. */
  attainment: string | null;
  cumulativeBookings: string;
  cumulativeTarget: string;
  lines: number;
};

export type RevenueRep = {
  personId: string;
  name: string;
  jobRole: string;
  bookings: string;
  target: string;
  attainment: string | null;
  lines: number;
};

export type RevenueTotals = { bookings: string; target: string; attainment: string | null; lines: number };

export type AttainmentDistribution = {
  /** Reps with a target above 0: the population of the distribution. */
  reps: number;
  atOrAbove100: number;
  atOrAbove70: number;
  /** atOrAbove70 / reps, 4 places half_even; null when no rep has a target. */
  share70: string | null;
};

/** Indexes into the input's `bookings` and `targets` arrays: which rows made which figure. */
export type RevenueVsTargetTrace = {
  months: {
    month: string;
    bookingRows: number[];
    targetRows: number[];
    /** "company": the month's company-level target rows; "reps": the sum of personal targets; "none": no rows. */
    targetSource: "company" | "reps" | "none";
  }[];
  reps: { personId: string; bookingRows: number[]; targetRows: number[] }[];
  totals: { bookingRows: number[]; targetRows: number[] };
  /** Booking rows counted in months and totals but in no rep: personId null or not among `people`. */
  unassignedBookingRows: number[];
  /** Personal target rows of someone not among `people`: in the month's rep-sum target, in no rep. */
  unassignedTargetRows: number[];
  distribution: { counted: string[]; atOrAbove70: string[]; atOrAbove100: string[] };
  /** Rows whose month is not in the period. */
  outsidePeriod: { bookingRows: number[]; targetRows: number[] };
};

export type RevenueVsTarget = {
  currency: string;
  months: RevenueMonth[];
  reps: RevenueRep[];
  totals: RevenueTotals;
  distribution: AttainmentDistribution;
  trace: RevenueVsTargetTrace;
};

import type { CalcPeriod, PayeePeriodResult, UnassignedCredit } from "@attain/engine";

/** A problem that stops a payee (or the run): in a file (row, column), or in the calculation (payee, period). */
export type CalcError = {
  file?: string;
  row?: number;
  column?: string;
  payee?: string;
  period?: string;
  message: string;
};

export type PayeeReport = Pick<
  PayeePeriodResult,
  "attainment" | "totals" | "earnedByComponent" | "nextTier" | "lines"
> & {
  payeeId: string;
  name: string;
};

/** What `attain calc` prints: per payee the result of the asked period, plus credits nobody's plan counts. */
export type CalcReport = {
  plan: { key: string; name: string; version: number };
  period: CalcPeriod;
  currency: string;
  payees: PayeeReport[];
  unassigned: UnassignedCredit[];
  errors: CalcError[];
};

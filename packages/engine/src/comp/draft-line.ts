import type { Dec } from "../money/decimal";
import type { ResultLineKind, TraceStep } from "./calculation";

/** A result line before rounding: the exact amount as a Dec. Becomes a ResultLine in `roundLines`. */
export type DraftLine = {
  component: string;
  kind: ResultLineKind;
  creditId: string | null;
  transactionId: string | null;
  exact: Dec;
  trace: TraceStep[];
};

/** What a component stage returns: its lines (earned, before caps) in order. */
export type ComponentLines = DraftLine[];

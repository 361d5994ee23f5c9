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
  /** `exact.toFixed()` when a trace already wrote it (valid only while `written.exact` is still `exact`). */
  written?: { exact: Dec; text: string };
};

/** What a component stage returns: its lines (earned, before caps) in order. */
export type ComponentLines = DraftLine[];

/** `line.exact.toFixed()`, without writing it again when a trace step already did. */
export function exactTextOf(line: DraftLine): string {
  const written = line.written;
  return written !== undefined && written.exact === line.exact ? written.text : line.exact.toFixed();
}

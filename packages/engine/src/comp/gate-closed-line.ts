import type { ResultLineKind, TraceStep } from "./calculation";
import type { DraftLine } from "./draft-line";
import { ZERO } from "./parse-tier-table";

/** The single zero line a component pays when its gate is closed, so the statement shows why it paid nothing. */
export function gateClosedLine(component: string, kind: ResultLineKind, gate: TraceStep): DraftLine {
  return {
    component,
    kind,
    creditId: null,
    transactionId: null,
    exact: ZERO,
    trace: [
      gate,
      { rule: `Component '${component}'`, detail: "gate closed: pays 0", values: { amount: "0" } },
    ],
  };
}

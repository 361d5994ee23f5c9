import { formatDec, scaleOf, toDec } from "../money/decimal";
import { allocateCapCuts } from "./allocate-cap-cuts";
import type { RoundedLines } from "./round-lines";
import { sumRoundedBy } from "./sum-rounded-by";

/**
 * This period's earnings per transaction after caps (the clawback basis carried in PriorPeriods): the rounded
 * lines of each transaction, per-deal cap cuts included, plus its pro-rata share of its components' period-level
 * cap cuts (allocateCapCuts, to the policy's places), and the clawback lines taken back from it.
 */
export function earnedByTransactionOf(rounded: RoundedLines): Record<string, string> {
  const out = sumRoundedBy(rounded, (line) => line.transactionId, []);
  if (!rounded.lines.some((line) => line.kind === "cap" && line.transactionId === null)) return out;
  const lines = rounded.lines.map((line) => ({
    component: line.component,
    kind: line.kind,
    transactionId: line.transactionId,
    amount: toDec(line.amount),
  }));
  for (const [id, share] of allocateCapCuts(lines, rounded.places)) {
    const before = Object.hasOwn(out, id) ? (out[id] as string) : "0";
    const value = formatDec(toDec(before).plus(share), Math.max(scaleOf(before), rounded.places));
    Object.defineProperty(out, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

import { formatDec, scaleOf, toDec } from "../money/decimal";
import { allocateCapCutUnits } from "./allocate-cap-cut-units";
import { allocateCapCuts } from "./allocate-cap-cuts";
import { minorUnitsText, type RoundedLines } from "./round-lines";
import { sumRoundedBy } from "./sum-rounded-by";

/**
 * This period's earnings per transaction after caps (the clawback basis carried in PriorPeriods): the rounded
 * lines of each transaction, per-deal cap cuts included, plus its pro-rata share of its components' period-level
 * cap cuts (allocateCapCuts, to the policy's places), and the clawback lines taken back from it.
 */
export function earnedByTransactionOf(rounded: RoundedLines): Record<string, string> {
  const out = sumRoundedBy(rounded, (line) => line.transactionId, []);
  if (!rounded.lines.some((line) => line.kind === "cap" && line.transactionId === null)) return out;
  if (rounded.units !== null) {
    // "line" rounding: every amount (and every sum in `out`) has exactly `places` digits, so the shares are
    // computed and added in minor units — the same figures as below, without a decimal object per line.
    for (const [id, share] of allocateCapCutUnits(rounded.lines, rounded.units)) {
      const before = Object.hasOwn(out, id) ? BigInt((out[id] as string).replace(".", "")) : 0n;
      const value = minorUnitsText(before + share, rounded.places);
      Object.defineProperty(out, id, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
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

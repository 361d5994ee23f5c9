import { apportionUnits } from "../targets/apportion-units";
import { formatUnits, toUnits } from "../targets/scaled-units";
import type { AllocatedNode } from "../types";

/** What one node gains or loses in a transfer: its months (summing to annual) and its children's total. */
export type LevelMove = { at: number; months: bigint[]; annual: bigint; childrenTotal: bigint };

/**
 * Adds sign × the move to the node. Should one of an ancestor's months go below 0 (its months are spread by
 * seasonality, not as the sum of its people's), its new year is re-spread in proportion to its months instead.
 */
export function moveQuota(
  node: AllocatedNode,
  move: LevelMove,
  sign: bigint,
  places: number,
  line: string,
): AllocatedNode {
  const units = (text: string) => toUnits(text, places);
  const annual = units(node.annual) + sign * move.annual;
  let months = node.months.map((m, k) => units(m) + sign * (move.months[k] ?? 0n));
  let note = "";
  if (months.some((m) => m < 0n)) {
    const current = node.months.map(units);
    months = apportionUnits(annual, current.some((m) => m > 0n) ? current : current.map(() => 1n));
    note = "; months re-spread in proportion to its months";
  }
  const children = sign * move.childrenTotal;
  const parts = [
    move.annual === 0n ? "" : `annual ${sign < 0n ? "−" : "+"}${formatUnits(move.annual, places)}`,
    children === 0n
      ? ""
      : `children ${children < 0n ? "−" : "+"}${formatUnits(children < 0n ? -children : children, places)}`,
  ].filter(Boolean);
  return {
    ...node,
    annual: formatUnits(annual, places),
    months: months.map((m) => formatUnits(m, places)),
    childrenTotal:
      node.childrenTotal === null ? null : formatUnits(units(node.childrenTotal) + children, places),
    trace: [...node.trace, `${line}: ${parts.join(", ")}${note}`],
  };
}

import type { GridCell } from "../../api/forecast-types";
import { compareDecimalStrings } from "../../format/decimal-string";

/**
 * How a grid cell reads: where its number comes from, and for an override what the person called themselves.
 * `source`: "override" (someone above the person replaced their number), "call" (the person's own call),
 * "rollup" (no call: their deals plus what their reports add up to).
 */
export type CellDescription =
  | {
      source: "override";
      value: string;
      call: string | null;
      author: string;
      note: string | null;
      at: string;
    }
  | { source: "call"; value: string }
  | { source: "rollup"; value: string };

export function describeCell(cell: GridCell): CellDescription {
  if (cell.override) {
    return {
      source: "override",
      value: cell.value,
      call: cell.call,
      author: cell.override.authorName,
      note: cell.override.note,
      at: cell.override.submittedAt,
    };
  }
  // A cell with a call shows the call; when the value differs, the call was replaced higher up (an override above).
  if (cell.call !== null && compareDecimalStrings(cell.call, cell.value) === 0) {
    return { source: "call", value: cell.value };
  }
  return { source: "rollup", value: cell.value };
}

export type OverrideLabelParts = { call: string; value: string; author: string; note: string | null };

/**
 * The words beside an overridden cell, e.g. "call €120,000.00 → €100,000.00 by Alice: “slipping”".
 * `money` formats an amount; `noCall` is what to say when the person never called.
 */
export function overrideLabelParts(
  description: CellDescription,
  money: (amount: string) => string,
  noCall: string,
): OverrideLabelParts | null {
  if (description.source !== "override") return null;
  return {
    call: description.call === null ? noCall : money(description.call),
    value: money(description.value),
    author: description.author,
    note: description.note && description.note.trim() !== "" ? description.note.trim() : null,
  };
}

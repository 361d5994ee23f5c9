import type { Grid, GridRow } from "../../api/planning-types";
import { subtractDecimalStrings } from "../../format/decimal-string";
import type { QuotaTransfer } from "./quota-transfer";

export type PersonEffect = {
  nodeId: string;
  name: string;
  /** The annual before the transfer and after it (null while the preview is loading or unavailable). */
  before: string | null;
  after: string | null;
  /** after − before, exact. */
  delta: string | null;
};

export type TransferEffect = { from: PersonEffect; to: PersonEffect };

function annualOf(grid: Grid | undefined, nodeId: string): string | null {
  return grid?.rows.find((r) => r.nodeId === nodeId)?.annual ?? null;
}

function personEffect(
  nodeId: string,
  names: ReadonlyMap<string, string>,
  before: Grid | undefined,
  after: Grid | undefined,
): PersonEffect {
  const b = annualOf(before, nodeId);
  const a = annualOf(after, nodeId);
  return {
    nodeId,
    name: names.get(nodeId) ?? nodeId,
    before: b,
    after: a,
    delta: a !== null && b !== null ? subtractDecimalStrings(a, b) : null,
  };
}

/**
 * What one transfer did to its two people: their annuals in the grid without it (`before`: the transfers ahead of it
 * only, since they apply in order) and with it (`after`).
 */
export function transferEffect(
  transfer: QuotaTransfer,
  names: ReadonlyMap<string, string>,
  before: Grid | undefined,
  after: Grid | undefined,
): TransferEffect {
  return {
    from: personEffect(transfer.fromNodeId, names, before, after),
    to: personEffect(transfer.toNodeId, names, before, after),
  };
}

/** The people of a grid (quota moves between people only), labelled with their team so namesakes differ. */
export function personOptions(rows: readonly GridRow[]): { value: string; label: string }[] {
  const names = new Map(rows.map((r) => [r.nodeId, r.name]));
  return rows
    .filter((r) => r.kind === "person")
    .map((r) => {
      const team = r.parentNodeId ? names.get(r.parentNodeId) : undefined;
      return { value: r.nodeId, label: team ? `${r.name} · ${team}` : r.name };
    });
}

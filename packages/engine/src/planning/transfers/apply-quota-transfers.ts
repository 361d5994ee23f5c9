import { childrenFactor } from "../allocation/over-assignment";
import { throwIfIssues } from "../planning-input-error";
import { apportionUnits } from "../targets/apportion-units";
import { divideHalfUp, formatUnits, pow10, significantPlaces, toUnits } from "../targets/scaled-units";
import type {
  AllocatedNode,
  AllocationInput,
  PlanningIssue,
  PlanningNodeKind,
  QuotaTransfer,
} from "../types";
import { checkTransfers } from "./check-transfers";
import { type LevelMove, moveQuota } from "./move-quota";

export type TransferOptions = {
  monthPlaces?: number;
  /** The plan's over-assignment, so each level above the people moves its own share; default 1 everywhere. */
  overAssignment?: AllocationInput["overAssignment"];
};

/**
 * Quota moving with a territory or account from one person to another from a month on, each transfer in turn
 * (docs/calculations/quota-planning.md, "Transfers"). The moved amount — share × the giver's months from the
 * effective month (rounded half up once), or the amount given — is taken from those months in proportion to them
 * (largest remainder), so no month goes below 0, and added to the receiver's same months: totals are conserved
 * exactly. Up to the two people's closest common ancestor each node on the giver's side loses, and each on the
 * receiver's side gains: its childrenTotal changes by what its child moved, and its annual by that ÷ the children's
 * over-assignment factor (rounded half up; at most the node's annual), spread over the same months. So every
 * node's children still sum to its childrenTotal; the common ancestor's annual stays, and its childrenTotal takes
 * the difference, if any, between what its two children moved.
 */
export function applyQuotaTransfers(
  nodes: AllocatedNode[],
  months: string[],
  transfers: QuotaTransfer[],
  options: TransferOptions = {},
): { nodes: AllocatedNode[]; trace: string[] } {
  const places = options.monthPlaces ?? 2;
  throwIfIssues(checkTransfers(nodes, months, transfers, places));
  const out = [...nodes];
  const position = new Map(nodes.map((n, i) => [n.id, i]));
  const childKinds = new Map<string, PlanningNodeKind[]>();
  for (const n of nodes)
    if (n.parentId !== null) childKinds.set(n.parentId, [...(childKinds.get(n.parentId) ?? []), n.kind]);
  const units = (text: string) => toUnits(text, places);
  const show = (value: bigint) => formatUnits(value, places);
  const issues: PlanningIssue[] = [];
  const trace: string[] = [];
  const chain = (id: string): number[] => {
    const found: number[] = [];
    for (let at = position.get(id); at !== undefined; ) {
      found.push(at);
      const parentId: string | null = out[at]?.parentId ?? null;
      at = parentId === null ? undefined : position.get(parentId);
    }
    return found;
  };
  // What each node of one side moves: the person the transfer's months, each ancestor its child's ÷ the factor.
  const levels = (side: number[], delta: bigint[], giving: boolean): LevelMove[] => {
    const moves: LevelMove[] = [];
    let below = delta;
    let belowTotal = delta.reduce((s, d) => s + d, 0n);
    side.forEach((at, k) => {
      const node = out[at];
      if (!node) return;
      if (k === 0) {
        moves.push({ at, months: below, annual: belowTotal, childrenTotal: 0n });
        return;
      }
      const { factor } = childrenFactor(childKinds.get(node.id) ?? [], options.overAssignment ?? {});
      const factorPlaces = significantPlaces(factor);
      let annual = divideHalfUp(belowTotal * pow10(factorPlaces), toUnits(factor, factorPlaces));
      if (giving && annual > units(node.annual)) annual = units(node.annual);
      const monthMoves = annual === 0n ? below.map(() => 0n) : apportionUnits(annual, below);
      moves.push({ at, months: monthMoves, annual, childrenTotal: belowTotal });
      below = monthMoves;
      belowTotal = annual;
    });
    return moves;
  };
  transfers.forEach((t, i) => {
    const from = chain(t.fromNodeId);
    const to = chain(t.toNodeId);
    const giver = out[from[0] ?? 0];
    if (!giver) return;
    const start = months.indexOf(t.effectiveMonth);
    const open = giver.months.slice(start).map(units);
    const available = open.reduce((sum, m) => sum + m, 0n);
    let moved: bigint;
    let how: string;
    if (t.share !== undefined) {
      const sharePlaces = significantPlaces(t.share);
      moved = divideHalfUp(available * toUnits(t.share, sharePlaces), pow10(sharePlaces));
      how = `${t.share} of ${show(available)} (${giver.id}'s months from ${t.effectiveMonth}) = ${show(moved)} (half up)`;
    } else {
      moved = units(t.amount ?? "0");
      how = `${show(moved)} of ${show(available)} (${giver.id}'s months from ${t.effectiveMonth})`;
    }
    if (moved > available) {
      issues.push({
        code: "transfer_invalid",
        message: `Transfer ${i + 1}: ${t.fromNodeId} has ${show(available)} from ${t.effectiveMonth} on, less than the ${show(moved)} to move`,
        nodeId: t.fromNodeId,
        field: `transfers[${i}].amount`,
      });
      return;
    }
    const parts = moved === 0n ? open.map(() => 0n) : apportionUnits(moved, open);
    const delta = months.map((_, m) => (m < start ? 0n : (parts[m - start] ?? 0n)));
    const common = to.find((at) => from.includes(at)) ?? -1;
    const line = `transfer ${i + 1} (${t.reason}): ${t.fromNodeId} → ${t.toNodeId} from ${t.effectiveMonth}: ${how}`;
    trace.push(line);
    const given = levels(from.slice(0, from.indexOf(common)), delta, true);
    const taken = levels(to.slice(0, to.indexOf(common)), delta, false);
    for (const move of given) out[move.at] = moveQuota(out[move.at] ?? giver, move, -1n, places, line);
    for (const move of taken) out[move.at] = moveQuota(out[move.at] ?? giver, move, 1n, places, line);
    const difference = (taken.at(-1)?.annual ?? 0n) - (given.at(-1)?.annual ?? 0n);
    const ancestor = out[common];
    if (ancestor && difference !== 0n)
      out[common] = moveQuota(
        ancestor,
        { at: common, months: [], annual: 0n, childrenTotal: difference },
        1n,
        places,
        line,
      );
  });
  throwIfIssues(issues);
  return { nodes: out, trace };
}

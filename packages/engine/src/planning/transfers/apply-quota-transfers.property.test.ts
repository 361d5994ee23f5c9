import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthsInRange } from "../../calendar/dates";
import { allocateTopDown } from "../allocation/allocate-top-down";
import { allocationExample } from "../allocation/allocation-example";
import { respreadSubtree } from "../allocation/respread-subtree";
import type { AllocatedNode } from "../types";
import { applyQuotaTransfers } from "./apply-quota-transfers";

const months = monthsInRange("2025-01", "2025-12");
const cents = (amount: string) => BigInt(amount.replace(".", ""));
const planned = allocateTopDown(allocationExample()).nodes;
const people = ["person:ann", "person:bob", "person:cy"];

// Every node's children sum to its childrenTotal, and its months to its annual; nothing negative.
function reconciles(nodes: AllocatedNode[], under: (n: AllocatedNode) => boolean = () => true): string[] {
  const broken: string[] = [];
  for (const node of nodes) {
    if (!under(node)) continue;
    const kids = nodes.filter((k) => k.parentId === node.id);
    if (
      kids.length > 0 &&
      kids.reduce((s, k) => s + cents(k.annual), 0n) !== cents(node.childrenTotal ?? "x")
    )
      broken.push(`${node.id} children`);
    if (node.months.reduce((s, m) => s + cents(m), 0n) !== cents(node.annual))
      broken.push(`${node.id} months`);
    if (node.months.some((m) => cents(m) < 0n)) broken.push(`${node.id} negative`);
  }
  return broken;
}

describe("grid edits and transfers — properties", () => {
  it("transfers between any two people, any month, any share, with or without over-assignment: every level still sums, months too, nothing negative, the people's total conserved", () => {
    const transfer = fc.record({
      from: fc.constantFrom(...people),
      to: fc.constantFrom(...people),
      month: fc.constantFrom(...months),
      share: fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toFixed(3)),
    });
    fc.assert(
      fc.property(fc.array(transfer, { minLength: 1, maxLength: 4 }), fc.boolean(), (list, factors) => {
        fc.pre(list.every((t) => t.from !== t.to));
        const { nodes } = applyQuotaTransfers(
          planned,
          months,
          list.map((t) => ({
            fromNodeId: t.from,
            toNodeId: t.to,
            effectiveMonth: t.month,
            share: t.share,
            reason: "p",
          })),
          factors ? { overAssignment: { person: "1.1", team: "1.05", region: "1.2" } } : {},
        );
        expect(reconciles(nodes)).toEqual([]);
        const total = (list: AllocatedNode[]) =>
          list.filter((n) => n.kind === "person").reduce((s, n) => s + cents(n.annual), 0n);
        expect(total(nodes)).toBe(total(planned));
      }),
      { numRuns: 200 },
    );
  });

  it("respreading any node to any multiple of the unit reconciles its whole subtree again", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...planned.map((n) => n.id)),
        fc.integer({ min: 0, max: 3000 }),
        (id, units) => {
          const nodes = respreadSubtree(planned, id, String(units * 1000), {
            unit: "1000",
            overAssignment: allocationExample().overAssignment,
          });
          expect(nodes.find((n) => n.id === id)?.annual).toBe(`${units * 1000}.00`);
          expect(reconciles(nodes, (n) => n.depth >= (planned.find((p) => p.id === id)?.depth ?? 0))).toEqual(
            reconcilesBelowOnly(nodes, id),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

// Only the edited node's ancestors (and their siblings' parents) may not reconcile; nodes in its subtree must.
function reconcilesBelowOnly(nodes: AllocatedNode[], id: string): string[] {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const inSubtree = (nodeId: string) => {
    for (let at: string | null | undefined = nodeId; at; at = parentOf.get(at)) if (at === id) return true;
    return false;
  };
  return reconciles(
    nodes,
    (n) => !inSubtree(n.id) && n.depth >= (nodes.find((p) => p.id === id)?.depth ?? 0),
  );
}

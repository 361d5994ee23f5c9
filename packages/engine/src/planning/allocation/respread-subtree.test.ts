import { describe, expect, it } from "vitest";
import { codesOf } from "../test-issues";
import { allocateTopDown } from "./allocate-top-down";
import { allocationExample } from "./allocation-example";
import { respreadSubtree } from "./respread-subtree";

const options = { unit: "1000", overAssignment: allocationExample().overAssignment };
const planned = (locked: Record<string, string> = {}) => allocateTopDown(allocationExample({ locked })).nodes;
const byId = (nodes: ReturnType<typeof planned>) => Object.fromEntries(nodes.map((n) => [n.id, n]));

describe("respreadSubtree", () => {
  it("Team A 640,000 → 700,000: its reps carry 770,000, in proportion to 505,000 : 199,000 → 552.41 and 217.66 units → Ann 552,000, Bob 218,000 (the left unit to Bob's larger remainder)", () => {
    const nodes = byId(respreadSubtree(planned(), "team:a", "700000", options));
    expect(nodes["team:a"]).toMatchObject({ annual: "700000.00", childrenTotal: "770000.00" });
    expect([nodes["person:ann"]?.annual, nodes["person:bob"]?.annual]).toEqual(["552000.00", "218000.00"]);
    expect(nodes["person:bob"]?.months.reduce((s, m) => s + Number(m), 0)).toBe(218000);
  });

  it("Team A's months follow its current months: 700,000 × 0.06, 0.07 … = 42,000, 49,000 …, 84,000; ancestors unchanged (East still 640,000: the gap is −60,000)", () => {
    const nodes = byId(respreadSubtree(planned(), "team:a", "700000", options));
    expect(nodes["team:a"]?.months.slice(0, 2)).toEqual(["42000.00", "49000.00"]);
    expect(nodes["team:a"]?.months[11]).toBe("84000.00");
    expect(nodes["region:east"]).toMatchObject({ annual: "640000.00", childrenTotal: "640000.00" });
    expect(nodes["team:a"]?.trace.at(-1)).toBe(
      "grid edit: annual 640000.00 → 700000.00, months in proportion to the current months",
    );
  });

  it("a locked rep keeps its amount: Bob locked at 250,000, Team A → 700,000 → Ann 770,000 − 250,000 = 520,000", () => {
    const nodes = byId(respreadSubtree(planned({ "person:bob": "250000" }), "team:a", "700000", options));
    expect([nodes["person:ann"]?.annual, nodes["person:bob"]?.annual]).toEqual(["520000.00", "250000.00"]);
  });

  it("a leaf's annual: Ann 505,000 → 606,000 re-spreads her months in proportion (× 1.2): 36,360 … 72,720", () => {
    const ann = byId(respreadSubtree(planned(), "person:ann", "606000", options))["person:ann"];
    expect([ann?.months[0], ann?.months[11]]).toEqual(["36360.00", "72720.00"]);
  });

  it("rejects a negative annual, an amount off the unit, an unknown node, and a lock over the new total", () => {
    expect(codesOf(() => respreadSubtree(planned(), "team:a", "-1", options))).toEqual(["negative_amount"]);
    expect(codesOf(() => respreadSubtree(planned(), "team:a", "700500", options))).toEqual(["bad_unit"]);
    expect(codesOf(() => respreadSubtree(planned(), "team:zz", "1000", options))).toEqual(["invalid"]);
    expect(
      codesOf(() => respreadSubtree(planned({ "person:bob": "250000" }), "team:a", "200000", options)),
    ).toEqual(["locked_over_parent"]);
  });
});

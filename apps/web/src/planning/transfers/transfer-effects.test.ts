import { describe, expect, it } from "vitest";
import type { Grid, GridRow } from "../../api/planning-types";
import { personOptions, transferEffect } from "./transfer-effects";

const row = (nodeId: string, kind: GridRow["kind"], annual: string, parentNodeId: string | null): GridRow =>
  ({ nodeId, kind, annual, parentNodeId, name: nodeId.split(":")[1] ?? nodeId }) as GridRow;
const grid = (ann: string, cy: string): Grid =>
  ({ rows: [row("person:ann", "person", ann, "team:a"), row("person:cy", "person", cy, "team:b")] }) as Grid;
const transfer = {
  fromNodeId: "person:ann",
  toNodeId: "person:cy",
  effectiveMonth: "2025-07",
  share: "0.5",
  reason: "r",
};
const names = new Map([
  ["person:ann", "Ann"],
  ["person:cy", "Cy"],
]);

describe("transferEffect", () => {
  it("the documented example: Ann 505,000 → 368,650, Cy 396,000 → 532,350", () =>
    expect(
      transferEffect(transfer, names, grid("505000.00", "396000.00"), grid("368650.00", "532350.00")),
    ).toEqual({
      from: {
        nodeId: "person:ann",
        name: "Ann",
        before: "505000.00",
        after: "368650.00",
        delta: "-136350.00",
      },
      to: { nodeId: "person:cy", name: "Cy", before: "396000.00", after: "532350.00", delta: "136350.00" },
    }));
  it("unknown while a preview is loading", () =>
    expect(transferEffect(transfer, names, undefined, grid("1", "2")).from).toEqual({
      nodeId: "person:ann",
      name: "Ann",
      before: null,
      after: "1",
      delta: null,
    }));
});

describe("personOptions", () => {
  it("people only, with their team", () =>
    expect(
      personOptions([
        row("team:a", "team", "0", null),
        row("person:ann", "person", "0", "team:a"),
        row("person:zed", "person", "0", null),
      ]),
    ).toEqual([
      { value: "person:ann", label: "ann · a" },
      { value: "person:zed", label: "zed" },
    ]));
});

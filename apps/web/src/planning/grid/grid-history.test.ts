import { describe, expect, it } from "vitest";
import type { Grid, GridRow } from "../../api/planning-types";
import { emptyHistory, historyKey, recordEdit, redoEdit, undoEdit } from "./grid-history";
import { inverseChanges } from "./inverse-changes";

const months = ["2027-01", "2027-02", "2027-03"];
const row = (nodeId: string, kind: GridRow["kind"], depth: number, annual: string, m: string[]): GridRow => ({
  nodeId,
  parentNodeId: depth === 0 ? null : "team",
  kind,
  name: nodeId,
  depth,
  personId: kind === "person" ? nodeId : null,
  annual,
  months: m,
  topDown: annual,
  childrenTotal: null,
  childrenSum: null,
  unallocated: null,
  bottomUpCapacity: null,
  bottomUpPotential: null,
  capacityGap: null,
  locked: false,
  edited: false,
  editable: true,
  submission: null,
  trace: [],
});
const grid = (rows: GridRow[]): Grid => ({
  scenarioId: "s",
  revision: 1,
  months,
  rows,
  totals: { target: "0", totalQuota: "0", overAssignment: "1" },
});

describe("inverseChanges", () => {
  it("a person's February 100 → 250: the inverse sets February back to 100, nothing else", () => {
    const before = grid([row("ann", "person", 1, "300", ["100", "100", "100"])]);
    const after = grid([row("ann", "person", 1, "450", ["100", "250", "100"])]);
    expect(inverseChanges(before, after)).toEqual([{ nodeId: "ann", month: "2027-02", amount: "100" }]);
  });

  it("team annual 600 → 900 re-spread to both reps: team annual back to 600 first, then every moved month", () => {
    const before = grid([
      row("team", "team", 0, "600", ["200", "200", "200"]),
      row("ann", "person", 1, "300", ["100", "100", "100"]),
      row("bob", "person", 1, "300", ["100", "100", "100"]),
    ]);
    const after = grid([
      row("team", "team", 0, "900", ["300", "300", "300"]),
      row("ann", "person", 1, "450", ["150", "150", "150"]),
      row("bob", "person", 1, "450", ["150", "150", "150"]),
    ]);
    const inverse = inverseChanges(before, after);
    expect(inverse[0]).toEqual({ nodeId: "team", annual: "600" });
    expect(inverse).toHaveLength(1 + 6);
    expect(inverse.slice(1).every((c) => "amount" in c && c.amount === "100")).toBe(true);
  });

  it("parents are restored before children: region (depth 0) before team (depth 1)", () => {
    const before = grid([
      row("team", "team", 1, "10", ["0", "0", "10"]),
      row("region", "region", 0, "20", ["0", "0", "20"]),
    ]);
    const after = grid([
      row("team", "team", 1, "15", ["0", "0", "15"]),
      row("region", "region", 0, "30", ["0", "0", "30"]),
    ]);
    expect(inverseChanges(before, after)).toEqual([
      { nodeId: "region", annual: "20" },
      { nodeId: "team", annual: "10" },
    ]);
  });

  it("same grid → no changes", () => {
    const g = grid([row("ann", "person", 1, "300", ["100", "100", "100"])]);
    expect(inverseChanges(g, g)).toEqual([]);
  });
});

describe("undo and redo", () => {
  const a = { forward: [{ nodeId: "ann", annual: "1" }], backward: [{ nodeId: "ann", annual: "0" }] };
  const b = { forward: [{ nodeId: "bob", annual: "2" }], backward: [{ nodeId: "bob", annual: "0" }] };

  it("edit a, edit b, undo → b is taken back and can be redone", () => {
    const history = recordEdit(recordEdit(emptyHistory, a), b);
    const undone = undoEdit(history);
    expect(undone?.edit).toBe(b);
    expect(undone?.next).toEqual({ done: [a], undone: [b] });
    const redone = undone ? redoEdit(undone.next) : null;
    expect(redone?.edit).toBe(b);
    expect(redone?.next).toEqual({ done: [a, b], undone: [] });
  });

  it("a new edit after an undo drops what could be redone", () => {
    const undone = undoEdit(recordEdit(emptyHistory, a));
    expect(undone && recordEdit(undone.next, b)).toEqual({ done: [b], undone: [] });
  });

  it("nothing to undo or redo → null", () => {
    expect(undoEdit(emptyHistory)).toBeNull();
    expect(redoEdit(emptyHistory)).toBeNull();
  });

  it("keeps the last 50 edits", () => {
    let history = emptyHistory;
    for (let i = 0; i < 60; i += 1) history = recordEdit(history, a);
    expect(history.done).toHaveLength(50);
  });
});

describe("historyKey", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>) =>
    historyKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it("Ctrl+Z → undo, Ctrl+Shift+Z → redo, ⌘+Y → redo, Z alone → null", () => {
    expect(key("z", { ctrlKey: true })).toBe("undo");
    expect(key("Z", { ctrlKey: true, shiftKey: true })).toBe("redo");
    expect(key("y", { metaKey: true })).toBe("redo");
    expect(key("z", {})).toBeNull();
  });
});

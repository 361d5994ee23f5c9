import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DashboardWidget } from "../../api/kpi-types";
import {
  addWidget,
  compactLayout,
  layoutProblems,
  moveWidget,
  removeWidget,
  resizeWidget,
} from "./widget-layout";

const tile = (id: string, x: number, y: number, w = 3, h = 1): DashboardWidget => ({
  id,
  type: "tile",
  kpis: ["bookings"],
  x,
  y,
  w,
  h,
});
const pos = (widgets: DashboardWidget[]) =>
  Object.fromEntries(widgets.map((w) => [w.id, [w.x, w.y, w.w, w.h]]));

describe("moving widgets", () => {
  // a b . .    (row 0: a at x 0–2, b at x 3–5)
  // c c c c    (row 1: c, 12 wide)
  const layout = [tile("a", 0, 0), tile("b", 3, 0), { ...tile("c", 0, 1, 12, 2), type: "trend" as const }];

  it("c up takes row 0; a and b go below it (row 2)", () =>
    expect(pos(moveWidget(layout, "c", "up"))).toEqual({
      a: [0, 2, 3, 1],
      b: [3, 2, 3, 1],
      c: [0, 0, 12, 2],
    }));
  it("a down = c up (the nearest below moves up)", () =>
    expect(pos(moveWidget(layout, "a", "down"))).toEqual(pos(moveWidget(layout, "c", "up"))));
  it("a right by one column overlaps b: b goes to row 1, the full-width c below it", () =>
    expect(pos(moveWidget(layout, "a", "right"))).toEqual({
      a: [1, 0, 3, 1],
      b: [3, 1, 3, 1],
      c: [0, 2, 12, 2],
    }));
  it("left at column 0 and up at row 0 change nothing", () => {
    expect(pos(moveWidget(layout, "a", "left"))).toEqual(pos(layout));
    expect(pos(moveWidget(layout, "a", "up"))).toEqual(pos(layout));
  });
  it("c wider at 12 stays 12; a narrower stops at a tile's 2 columns", () => {
    expect(pos(resizeWidget(layout, "c", "wider")).c).toEqual([0, 1, 12, 2]);
    const once = resizeWidget(layout, "a", "narrower");
    expect(pos(resizeWidget(once, "a", "narrower")).a).toEqual([0, 0, 2, 1]);
  });
  it("adding puts the widget below everything; removing compacts", () => {
    const added = addWidget(layout, { id: "d", type: "tile", kpis: ["orders"], w: 3, h: 1 });
    expect(pos(added).d).toEqual([0, 3, 3, 1]);
    expect(pos(removeWidget(added, "c"))).toEqual({ a: [0, 0, 3, 1], b: [3, 0, 3, 1], d: [0, 1, 3, 1] });
  });
  it("compaction closes a gap: a widget at row 5 over an empty grid moves to row 0", () =>
    expect(pos(compactLayout([tile("a", 4, 5)]))).toEqual({ a: [4, 0, 3, 1] }));
});

const widgetArb = (id: string) =>
  fc
    .record({
      x: fc.integer({ min: 0, max: 9 }),
      y: fc.integer({ min: 0, max: 8 }),
      h: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ x, y, h }) => tile(id, x, y, 3, h));

const operation = fc.oneof(
  fc.record({
    op: fc.constant("move" as const),
    dir: fc.constantFrom("up", "down", "left", "right" as const),
  }),
  fc.record({
    op: fc.constant("resize" as const),
    dir: fc.constantFrom("wider", "narrower", "taller", "shorter" as const),
  }),
);

describe("layout invariants (property)", () => {
  it("from a valid layout, any sequence of moves and resizes keeps it on the grid with no overlaps and every widget", () => {
    fc.assert(
      fc.property(
        fc.array(widgetArb("w"), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), operation), { maxLength: 20 }),
        (raw, steps) => {
          // Start valid: stack the random widgets one under another, then compact.
          let widgets = compactLayout(raw.map((w, i) => ({ ...w, id: `w${i}`, y: i * 4 })));
          expect(layoutProblems(widgets)).toEqual([]);
          for (const [index, step] of steps) {
            const id = `w${index % widgets.length}`;
            widgets =
              step.op === "move"
                ? moveWidget(widgets, id, step.dir as "up")
                : resizeWidget(widgets, id, step.dir as "wider");
            expect(layoutProblems(widgets)).toEqual([]);
          }
          expect(widgets.map((w) => w.id).sort()).toEqual(raw.map((_, i) => `w${i}`).sort());
        },
      ),
    );
  });
});

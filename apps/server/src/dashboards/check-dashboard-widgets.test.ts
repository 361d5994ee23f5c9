import type { DashboardWidget } from "@attain/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDashboardWidgets } from "./check-dashboard-widgets";

const known = new Set(["bookings", "win_rate"]);
const tile = (id: string, x: number, y: number, w = 3, h = 2): DashboardWidget => ({
  id,
  type: "tile",
  kpis: ["bookings"],
  x,
  y,
  w,
  h,
});

describe("checkDashboardWidgets", () => {
  it("accepts widgets side by side and touching edges (x 0–3 and 3–6 do not overlap)", () => {
    expect(checkDashboardWidgets([tile("a", 0, 0), tile("b", 3, 0), tile("c", 0, 2, 12, 6)], known)).toEqual(
      [],
    );
  });

  it("names each broken rule by widget and field", () => {
    const problems = checkDashboardWidgets(
      [
        { id: "a", type: "tile", kpis: ["bookings", "nope"], x: -1, y: 0, w: 3, h: 7 },
        { id: "b", type: "bar", kpis: ["win_rate"], x: 10, y: 0, w: 3, h: 2 },
        { id: "b", type: "funnel", kpis: [], x: 0, y: 10, w: 4, h: 0 },
        { id: "d", type: "table", kpis: [], by: "person", x: 0, y: 20, w: 12, h: 2 },
      ],
      known,
    );
    expect(problems).toEqual([
      { path: "widgets.0.kpis.1", message: 'Unknown KPI "nope".' },
      { path: "widgets.0.kpis", message: "A tile widget shows one KPI." },
      { path: "widgets.0.x", message: "x must be 0 or more." },
      { path: "widgets.0.h", message: "h must be 1 to 6." },
      { path: "widgets.1.by", message: "A bar widget needs a dimension to split by." },
      { path: "widgets.1.w", message: "The widget ends at column 13, past the grid's 12." },
      { path: "widgets.2.id", message: 'The id "b" is already used by widget 1.' },
      { path: "widgets.2.funnel", message: "A funnel widget needs a funnel (sales, marketing or stages)." },
      { path: "widgets.2.h", message: "h must be 1 to 6." },
      { path: "widgets.3.kpis", message: "A table widget needs at least one KPI." },
    ]);
  });

  it("reports an overlap on the later widget, naming the earlier one", () => {
    expect(checkDashboardWidgets([tile("a", 0, 0, 4, 2), tile("b", 3, 1, 4, 2)], known)).toEqual([
      { path: "widgets.1", message: 'The widget overlaps widget 0 ("a").' },
    ]);
  });

  it("refuses a 25th widget", () => {
    const widgets = Array.from({ length: 25 }, (_, i) => tile(`t${i}`, 0, i * 2, 12, 2));
    expect(checkDashboardWidgets(widgets, known)).toEqual([
      { path: "widgets", message: "A dashboard has at most 24 widgets." },
    ]);
  });

  it("property: two in-grid tiles are accepted exactly when their rectangles do not intersect", () => {
    const placement = fc.record({
      x: fc.integer({ min: 0, max: 11 }),
      y: fc.integer({ min: 0, max: 10 }),
      w: fc.integer({ min: 1, max: 12 }),
      h: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(placement, placement, (a, b) => {
        fc.pre(a.x + a.w <= 12 && b.x + b.w <= 12);
        const disjoint = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        const problems = checkDashboardWidgets(
          [tile("a", a.x, a.y, a.w, a.h), tile("b", b.x, b.y, b.w, b.h)],
          known,
        );
        expect(problems.length === 0).toBe(disjoint);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import type { DashboardWidget } from "../../api/kpi-types";
import { widgetErrors } from "./widget-errors";

const w = (id: string): DashboardWidget => ({ id, type: "tile", kpis: ["x"], x: 0, y: 0, w: 3, h: 1 });

describe("widgetErrors", () => {
  it("widgets.1.kpis.0 belongs to the second widget sent; name to the dashboard", () => {
    const { byWidget, general } = widgetErrors(
      [
        { path: "widgets.1.kpis.0", message: "Unknown KPI nope" },
        { path: "widgets[1].x", message: "Overlaps a" },
        { path: "/widgets/0", message: "Off the grid" },
        { path: "name", message: "Required" },
      ],
      [w("a"), w("b")],
    );
    expect(Object.fromEntries(byWidget)).toEqual({
      a: ["Off the grid"],
      b: ["Unknown KPI nope", "Overlaps a"],
    });
    expect(general).toEqual(["name: Required"]);
  });
  it("an index beyond the list is the dashboard's", () =>
    expect(widgetErrors([{ path: "widgets.5", message: "?" }], [w("a")]).general).toEqual(["widgets.5: ?"]));
});

describe("widgetFromChoice", () => {
  it("a leaderboard keeps one KPI and its dimension, 6×4", async () => {
    const { widgetFromChoice } = await import("./new-widget");
    expect(
      widgetFromChoice(
        { type: "leaderboard", kpis: ["bookings", "orders"], by: "team", funnel: "sales", title: " " },
        "n1",
      ),
    ).toEqual({ id: "n1", type: "leaderboard", kpis: ["bookings"], by: "team", w: 6, h: 4 });
  });
  it("a funnel needs no KPI; a tile without a KPI is not ready", async () => {
    const { widgetFromChoice } = await import("./new-widget");
    expect(
      widgetFromChoice({ type: "funnel", kpis: [], by: "person", funnel: "marketing", title: "Leads" }, "f"),
    ).toEqual({
      id: "f",
      type: "funnel",
      kpis: [],
      funnel: "marketing",
      title: "Leads",
      w: 6,
      h: 3,
    });
    expect(
      widgetFromChoice({ type: "tile", kpis: [], by: "person", funnel: "sales", title: "" }, "t"),
    ).toBeNull();
  });
});

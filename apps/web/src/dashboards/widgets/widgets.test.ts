import { describe, expect, it } from "vitest";
import type { DashboardWidget } from "../../api/kpi-types";
import { monthlyTarget } from "./monthly-target";
import { sparklinePaths } from "./sparkline-points";
import { breakdownRequests, isQualitativeKpi, valueKeys } from "./widget-requests";

const widget = (
  type: DashboardWidget["type"],
  kpis: string[],
  by?: DashboardWidget["by"],
): DashboardWidget => ({
  id: `${type}-${kpis.join("-")}`,
  type,
  kpis,
  ...(by ? { by } : {}),
  x: 0,
  y: 0,
  w: 3,
  h: 1,
});

describe("the dashboard's requests", () => {
  const widgets = [
    widget("tile", ["win_rate"]),
    widget("tile", ["bookings"]),
    widget("trend", ["bookings"]),
    widget("qualitative", ["evaluation.motivation", "win_rate"]),
    widget("leaderboard", ["bookings", "orders"], "person"),
    widget("table", ["bookings", "win_rate", "orders"], "team"),
  ];
  it("one values request with each tile/trend/qualitative KPI once, sorted", () =>
    expect(valueKeys(widgets)).toEqual(["bookings", "evaluation.motivation", "win_rate"]));
  it("a leaderboard breaks down its first KPI; a table each of its KPIs by the same dimension", () => {
    expect(breakdownRequests(widgets[4] as DashboardWidget)).toEqual([{ key: "bookings", by: "person" }]);
    expect(breakdownRequests(widgets[5] as DashboardWidget)).toEqual([
      { key: "bookings", by: "team" },
      { key: "win_rate", by: "team" },
      { key: "orders", by: "team" },
    ]);
    expect(breakdownRequests(widgets[0] as DashboardWidget)).toEqual([]);
  });
  it("evaluation KPIs are qualitative", () => {
    expect(isQualitativeKpi("evaluation.training")).toBe(true);
    expect(isQualitativeKpi("evaluation_overall")).toBe(true);
    expect(isQualitativeKpi("win_rate")).toBe(false);
  });
});

describe("monthlyTarget", () => {
  it("a quarter's bookings target 300000.00 is 100000.00 a month", () =>
    expect(monthlyTarget("300000.00", "currency", "2026-10", "2026-12")).toBe("100000.00"));
  it("100.00 over 3 months is 33.33 (half up, 2 places)", () =>
    expect(monthlyTarget("100.00", "count", "2026-10", "2026-12")).toBe("33.33"));
  it("across a year end: 2026-11..2027-01 is 3 months", () =>
    expect(monthlyTarget("90", "count", "2026-11", "2027-01")).toBe("30.00"));
  it("a rate keeps its target every month; no target, no line", () => {
    expect(monthlyTarget("0.2500", "percent", "2026-10", "2026-12")).toBe("0.2500");
    expect(monthlyTarget(null, "currency", "2026-10", "2026-12")).toBeNull();
  });
});

describe("sparklinePaths", () => {
  it("three months 0, 5, 10 over 100×20: bottom-left to top-right", () =>
    expect(sparklinePaths(["0", "5", "10"], 100, 20)).toEqual(["M0 20 L50 10 L100 0"]));
  it("a month without a value breaks the line in two", () =>
    expect(sparklinePaths(["1", null, "3", "2"], 90, 10)).toEqual(["M0 10", "M60 0 L90 5"]));
  it("a flat series sits in the middle; no values, no path", () => {
    expect(sparklinePaths(["4", "4"], 10, 20)).toEqual(["M0 10 L10 10"]);
    expect(sparklinePaths([null, null], 10, 20)).toEqual([]);
  });
});

describe("monthlyTarget rounding", () => {
  it("0.05 over 2 months is 0.03 (0.025 half away from zero), -0.05 is -0.03", () => {
    expect(monthlyTarget("0.05", "currency", "2026-01", "2026-02")).toBe("0.03");
    expect(monthlyTarget("-0.05", "currency", "2026-01", "2026-02")).toBe("-0.03");
  });
  it("keeps every cent beyond float precision: 90071992547409.94 over 1 month", () =>
    expect(monthlyTarget("90071992547409.94", "currency", "2026-01", "2026-01")).toBe("90071992547409.94"));
});

describe("changeTone", () => {
  it("win rate (up) rising is good, falling bad; sales cycle (down) rising is bad", async () => {
    const { changeTone } = await import("./kpi-status");
    expect(changeTone("0.0200", "up")).toBe("good");
    expect(changeTone("-0.0200", "up")).toBe("bad");
    expect(changeTone("3.5", "down")).toBe("bad");
    expect(changeTone("-3.5", "down")).toBe("good");
    expect(changeTone("0.0000", "up")).toBe("flat");
    expect(changeTone("12", "neutral")).toBe("flat");
    expect(changeTone(null, "up")).toBe("flat");
  });
});

describe("joinBreakdowns", () => {
  it("rows in the first KPI's order, then rows only the second has; missing cells are null", async () => {
    const { joinBreakdowns } = await import("./table-rows");
    const row = (id: string, value: string) => ({
      id,
      label: id.toUpperCase(),
      value,
      reason: null,
      target: null,
      components: [],
    });
    const b = (rows: ReturnType<typeof row>[]) =>
      ({ rows }) as unknown as import("../../api/kpi-types").KpiBreakdownResponse;
    const joined = joinBreakdowns([b([row("a", "1"), row("b", "2")]), b([row("c", "9"), row("a", "5")])]);
    expect(joined.map((r) => [r.id, r.cells.map((c) => c?.value ?? null)])).toEqual([
      ["a", ["1", "5"]],
      ["b", ["2", null]],
      ["c", [null, "9"]],
    ]);
  });
});

describe("chart builders", () => {
  it("trend: the values as a line, a null month stays a gap, and a dashed target line of the monthly target", async () => {
    const { buildTrendOption } = await import("./build-trend-option");
    const option = buildTrendOption({
      months: ["2026-10", "2026-11", "2026-12"],
      labels: ["Oct", "Nov", "Dec"],
      values: ["100.50", null, "300.00"],
      monthlyTarget: "200.00",
      unit: "currency",
      names: { value: "Bookings", target: "Target" },
      formatValue: String,
    }) as { series: { name: string; data: (number | null)[] }[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(["Oct", "Nov", "Dec"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["Bookings", [100.5, null, 300]],
      ["Target", [200, 200, 200]],
    ]);
  });
  it("trend without a target has one series; bar keeps the API's row order", async () => {
    const { buildTrendOption } = await import("./build-trend-option");
    const { buildBarOption } = await import("./build-bar-option");
    const trend = buildTrendOption({
      months: ["2026-10"],
      labels: ["Oct"],
      values: ["0.2500"],
      monthlyTarget: null,
      unit: "percent",
      names: { value: "Win rate", target: "Target" },
      formatValue: String,
    }) as { series: unknown[] };
    expect(trend.series).toHaveLength(1);
    const bar = buildBarOption({
      labels: ["B", "A"],
      values: ["9", null],
      name: "Orders",
      formatValue: String,
    }) as {
      series: { data: (number | null)[] }[];
      xAxis: { data: string[] };
    };
    expect(bar.xAxis.data).toEqual(["B", "A"]);
    expect(bar.series[0]?.data).toEqual([9, null]);
  });
});

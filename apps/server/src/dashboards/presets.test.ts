import { dashboardPresets, roles } from "@attain/db";
import { kpiCatalogue } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { checkDashboardWidgets } from "./check-dashboard-widgets";
import { dashboardPresetDefinitions, presetOfRole, presetsForRole, resolvePresetWidgets } from "./presets";

const builtInKeys = new Set(kpiCatalogue.map((kpi) => kpi.key));

describe("dashboard presets", () => {
  it.each(dashboardPresets)("%s: valid widgets, 5–8 tile KPIs, every key in the catalogue", (preset) => {
    const definition = dashboardPresetDefinitions[preset];
    expect(definition.preset).toBe(preset);
    expect(checkDashboardWidgets(definition.widgets, builtInKeys)).toEqual([]);
    const tileKpis = new Set(definition.widgets.filter((w) => w.type === "tile").flatMap((w) => w.kpis));
    expect(tileKpis.size).toBeGreaterThanOrEqual(5);
    expect(tileKpis.size).toBeLessThanOrEqual(8);
  });

  it("the executive preset shows the seven KPIs of issue 7 and a trend, a bar by region and the sales funnel", () => {
    const { widgets } = dashboardPresetDefinitions.executive;
    expect(widgets.filter((w) => w.type === "tile").map((w) => w.kpis[0])).toEqual([
      "bookings",
      "quota_attainment",
      "pipeline_coverage",
      "win_rate",
      "arr",
      "net_revenue_retention",
      "cac",
    ]);
    expect(widgets.filter((w) => w.type !== "tile").map((w) => [w.type, w.by ?? w.funnel ?? null])).toEqual([
      ["trend", null],
      ["bar", "region"],
      ["funnel", "sales"],
    ]);
  });

  it("each role opens its preset first and sees all five", () => {
    expect(presetOfRole).toEqual({
      admin: "executive",
      viewer: "executive",
      manager: "manager",
      rep: "rep",
      marketing: "marketing",
      comp_admin: "finance",
      hr: "finance",
    });
    for (const role of roles) {
      const list = presetsForRole(role).map((p) => p.preset);
      expect(list[0]).toBe(presetOfRole[role]);
      expect([...list].sort()).toEqual([...dashboardPresets].sort());
    }
  });

  it("a preset's qualitative widget gains the workspace's evaluation criteria, other widgets are unchanged copies", () => {
    const definition = dashboardPresetDefinitions.manager;
    const widgets = resolvePresetWidgets(definition, [
      "bookings",
      "evaluation.motivation",
      "evaluation.training",
    ]);
    expect(widgets.find((w) => w.type === "qualitative")?.kpis).toEqual([
      "evaluation_overall",
      "evaluation.motivation",
      "evaluation.training",
    ]);
    expect(definition.widgets.find((w) => w.type === "qualitative")?.kpis).toEqual(["evaluation_overall"]);
    expect(widgets.filter((w) => w.type !== "qualitative")).toEqual(
      definition.widgets.filter((w) => w.type !== "qualitative"),
    );
  });
});

import type { DashboardPreset, DashboardWidget, Role } from "@attain/db";

export type DashboardPresetDefinition = {
  preset: DashboardPreset;
  name: string;
  widgets: DashboardWidget[];
};

const tile = (id: string, kpi: string, x: number, y: number, w = 3): DashboardWidget => ({
  id,
  type: "tile",
  kpis: [kpi],
  x,
  y,
  w,
  h: 2,
});

/**
 * The five role dashboards of issue 7 on a 12-column grid, read by the dashboards API, the web tests and the
 * dashboard benchmark. KPI keys are the built-in catalogue's (`@attain/engine` kpi/catalogue). The qualitative
 * widget lists `evaluation_overall`; a workspace's own criteria (`evaluation.<criterion>`) are added to it when the
 * preset is opened (`resolvePresetWidgets`), since they depend on its evaluation templates.
 */
export const dashboardPresetDefinitions: Record<DashboardPreset, DashboardPresetDefinition> = {
  executive: {
    preset: "executive",
    name: "Executive",
    widgets: [
      tile("bookings", "bookings", 0, 0),
      tile("attainment", "quota_attainment", 3, 0),
      tile("coverage", "pipeline_coverage", 6, 0),
      tile("win-rate", "win_rate", 9, 0),
      tile("arr", "arr", 0, 2, 4),
      tile("nrr", "net_revenue_retention", 4, 2, 4),
      tile("cac", "cac", 8, 2, 4),
      { id: "bookings-trend", type: "trend", kpis: ["bookings"], x: 0, y: 4, w: 6, h: 3 },
      { id: "bookings-by-region", type: "bar", kpis: ["bookings"], by: "region", x: 6, y: 4, w: 6, h: 3 },
      { id: "sales-funnel", type: "funnel", kpis: [], funnel: "sales", x: 0, y: 7, w: 12, h: 3 },
    ],
  },
  manager: {
    preset: "manager",
    name: "Sales manager",
    widgets: [
      tile("bookings", "bookings", 0, 0),
      tile("attainment", "quota_attainment", 3, 0),
      tile("coverage", "pipeline_coverage", 6, 0),
      tile("win-rate", "win_rate", 9, 0),
      tile("deal-size", "average_deal_size", 0, 2),
      tile("cycle", "sales_cycle", 3, 2),
      tile("calls", "calls_per_rep", 6, 2),
      tile("evaluation", "evaluation_overall", 9, 2),
      {
        id: "attainment-leaderboard",
        type: "leaderboard",
        kpis: ["quota_attainment"],
        by: "person",
        x: 0,
        y: 4,
        w: 6,
        h: 4,
      },
      { id: "evaluations", type: "qualitative", kpis: ["evaluation_overall"], x: 6, y: 4, w: 6, h: 4 },
      {
        id: "reps",
        type: "table",
        kpis: ["bookings", "quota_attainment", "win_rate", "pipeline_coverage", "calls_per_rep"],
        by: "person",
        x: 0,
        y: 8,
        w: 12,
        h: 4,
      },
    ],
  },
  rep: {
    preset: "rep",
    name: "My performance",
    widgets: [
      tile("bookings", "bookings", 0, 0),
      tile("attainment", "quota_attainment", 3, 0),
      tile("pipeline", "open_pipeline", 6, 0),
      tile("win-rate", "win_rate", 9, 0),
      tile("deal-size", "average_deal_size", 0, 2),
      tile("calls", "calls_per_rep", 3, 2),
      tile("emails", "emails_per_rep", 6, 2),
      tile("meetings", "meetings_per_rep", 9, 2),
      { id: "bookings-trend", type: "trend", kpis: ["bookings"], x: 0, y: 4, w: 7, h: 3 },
      { id: "stages-funnel", type: "funnel", kpis: [], funnel: "stages", x: 7, y: 4, w: 5, h: 3 },
    ],
  },
  marketing: {
    preset: "marketing",
    name: "Marketing",
    widgets: [
      tile("visitors", "marketing_visitors", 0, 0),
      tile("visitor-to-contact", "visitor_to_contact", 3, 0),
      tile("contacts", "new_contacts", 6, 0),
      tile("mqls", "mqls", 9, 0),
      tile("passed", "leads_passed_to_sales", 0, 2, 4),
      tile("mql-to-sql", "mql_to_sql_conversion", 4, 2, 4),
      tile("lead-to-customer", "lead_to_customer_conversion", 8, 2, 4),
      { id: "marketing-funnel", type: "funnel", kpis: [], funnel: "marketing", x: 0, y: 4, w: 6, h: 4 },
      { id: "mqls-by-channel", type: "bar", kpis: ["mqls"], by: "channel", x: 6, y: 4, w: 6, h: 4 },
    ],
  },
  finance: {
    preset: "finance",
    name: "Finance",
    widgets: [
      tile("bookings", "bookings", 0, 0),
      tile("margin", "gross_margin", 3, 0),
      tile("margin-rate", "gross_margin_rate", 6, 0),
      tile("cac", "cac", 9, 0),
      tile("cost-ratio", "cost_of_sales_ratio", 0, 2),
      tile("arr", "arr", 3, 2),
      tile("arpu", "arpu", 6, 2),
      tile("revenue-churn", "revenue_churn", 9, 2),
      { id: "margin-trend", type: "trend", kpis: ["gross_margin"], x: 0, y: 4, w: 12, h: 3 },
    ],
  },
};

/** The presets in the order a role sees them: its own first, then the others in their usual order. */
export function presetsForRole(role: Role): DashboardPresetDefinition[] {
  const first = presetOfRole[role];
  const all = Object.values(dashboardPresetDefinitions);
  return [dashboardPresetDefinitions[first], ...all.filter((p) => p.preset !== first)];
}

/** Which preset a role opens first (issue 7: admin and viewer the executive one, comp admin and HR finance). */
export const presetOfRole: Record<Role, DashboardPreset> = {
  admin: "executive",
  viewer: "executive",
  manager: "manager",
  rep: "rep",
  marketing: "marketing",
  comp_admin: "finance",
  hr: "finance",
};

export const presetDashboardId = (preset: DashboardPreset) => `preset:${preset}`;

/**
 * A preset's widgets for a workspace: qualitative widgets also show each evaluation criterion the workspace's
 * catalogue has (`evaluation.<criterion>`).
 */
export function resolvePresetWidgets(
  definition: DashboardPresetDefinition,
  catalogueKeys: readonly string[],
): DashboardWidget[] {
  const criteria = catalogueKeys.filter((key) => key.startsWith("evaluation."));
  return definition.widgets.map((widget) =>
    widget.type === "qualitative"
      ? { ...widget, kpis: [...widget.kpis, ...criteria.filter((key) => !widget.kpis.includes(key))] }
      : { ...widget, kpis: [...widget.kpis] },
  );
}

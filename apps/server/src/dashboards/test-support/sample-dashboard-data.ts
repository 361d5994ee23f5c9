import type { KpiDefinitionDto, KpiValueDto } from "../../kpis/types";
import type { DashboardData } from "../types";

const context = {
  currency: "EUR",
  from: "2026-01",
  to: "2026-03",
  fromDay: "2026-01-01",
  toDay: "2026-03-31",
  asOf: "2026-03-15",
  scope: { kind: "workspace" as const, personId: null, name: "Acme Software" },
  filters: { period: "2026-Q1" },
  version: 7,
};

const definition = (
  key: string,
  name: string,
  unit: KpiDefinitionDto["unit"],
  formula: string,
): KpiDefinitionDto => ({
  key,
  name,
  description: `${name} of the period.`,
  formula,
  unit,
  direction: "up",
  category: "sales",
  timeAggregation: "sum",
  hierarchyAggregation: "sum",
  owner: "Sales operations",
  target: null,
  drill: "order_lines",
  custom: false,
  filters: ["person", "team", "region"],
  measures: [],
});

const value = (key: string, partial: Partial<KpiValueDto>): KpiValueDto => ({
  key,
  value: null,
  reason: null,
  target: null,
  attainment: null,
  status: null,
  previous: null,
  change: null,
  trend: [],
  components: [],
  ignoredFilters: [],
  ...partial,
});

/**
 * A hand-made dashboard's data: bookings €12,345.67 against €15,000.00 (attainment 0.8230), a win rate of 0.2514,
 * a CAC with no value (no new customers), a leaderboard whose first rep's name starts with "=" (formula injection),
 * and the sales funnel.
 */
export function sampleDashboardData(): DashboardData {
  const bookings = value("bookings", {
    value: "12345.67",
    target: "15000.00",
    attainment: "0.8230",
    status: "at_risk",
    previous: { value: "10000.00", reason: null, from: "2025-10", to: "2025-12" },
    change: "2345.67",
    trend: [
      { month: "2026-01", value: "4000.00" },
      { month: "2026-02", value: "-345.33" },
      { month: "2026-03", value: "8691.00" },
    ],
  });
  const winRate = value("win_rate", { value: "0.2514", change: "-0.0100" });
  const cac = value("cac", {
    reason: { code: "division_by_zero", message: "no new customers in the period" },
  });
  return {
    dashboard: {
      id: "preset:executive",
      name: "Executive",
      preset: "executive",
      widgets: [
        { id: "bookings", type: "tile", kpis: ["bookings"], x: 0, y: 0, w: 4, h: 2 },
        { id: "win-rate", type: "tile", kpis: ["win_rate"], x: 4, y: 0, w: 4, h: 2 },
        { id: "cac", type: "tile", kpis: ["cac"], x: 8, y: 0, w: 4, h: 2 },
        { id: "trend", type: "trend", kpis: ["bookings"], x: 0, y: 2, w: 12, h: 3 },
        { id: "leaders", type: "leaderboard", kpis: ["bookings"], by: "person", x: 0, y: 5, w: 12, h: 4 },
        { id: "funnel", type: "funnel", kpis: [], funnel: "sales", x: 0, y: 9, w: 12, h: 3 },
      ],
      filters: {},
      editable: false,
      ownerUserId: null,
      updatedAt: null,
    },
    context,
    definitions: [
      definition("bookings", "Bookings vs target", "currency", "net_bookings"),
      definition("win_rate", "Win rate", "percent", "deals_won / (deals_won + deals_lost)"),
      definition("cac", "Customer acquisition cost", "currency", "sales_marketing_cost / new_customers"),
    ],
    widgets: [
      { id: "bookings", type: "tile", values: [bookings], missingKpis: [] },
      { id: "win-rate", type: "tile", values: [winRate], missingKpis: [] },
      { id: "cac", type: "tile", values: [cac], missingKpis: [] },
      { id: "trend", type: "trend", values: [bookings], missingKpis: [] },
      {
        id: "leaders",
        type: "leaderboard",
        breakdown: {
          ...context,
          key: "bookings",
          by: "person",
          rows: [
            {
              id: "p1",
              label: '=HYPERLINK("http://x")',
              value: "9000.50",
              reason: null,
              target: null,
              components: [],
            },
            {
              id: "p2",
              label: "Zoé Martin",
              value: "3345.17",
              reason: null,
              target: "5000.00",
              components: [],
            },
          ],
          total: { value: "12345.67", reason: null },
        },
        missingKpis: [],
      },
      {
        id: "funnel",
        type: "funnel",
        funnel: {
          ...context,
          funnel: "sales",
          steps: [
            {
              key: "visitors",
              label: "Visitors",
              count: 1200,
              conversion: null,
              medianDays: null,
              drillKey: "visitors",
            },
            {
              key: "won",
              label: "Deals won",
              count: 12,
              conversion: "0.0100",
              medianDays: "41.5",
              drillKey: "deals_won",
            },
          ],
        },
        missingKpis: [],
      },
    ],
  };
}

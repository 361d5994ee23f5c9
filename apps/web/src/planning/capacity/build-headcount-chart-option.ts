import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { CapacityRoleReport } from "../../api/planning-types";
import { sumDecimalStrings } from "../../comp/shared/decimal-sum";
import { formatMonth } from "../../format/format-date";
import type { AppLocale } from "../../format/locale";
import { formatHeads } from "../shared/format-plan-amount";

export type HeadcountChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One colour per role in the order planned, the AE role first (the capacity chart's blue). */
export const roleColors = ["#4263eb", "#12b886", "#f08c00", "#ae3ec9", "#1098ad", "#e8590c"] as const;
export const requiredColor = "#495057";

/**
 * Expected heads by month, one stacked bar per role, against the heads every role needs (Σ required heads, dashed
 * line). Numbers only place the marks; the tooltip formats the API's strings, role by role.
 */
export function buildHeadcountChartOption(
  roles: readonly Pick<CapacityRoleReport, "role" | "months">[],
  options: { locale: AppLocale; roleName: (role: string) => string; requiredLabel: string },
): HeadcountChartOption {
  const { locale, roleName, requiredLabel } = options;
  const months = roles[0]?.months.map((m) => m.month) ?? [];
  const required = months.map((_, t) =>
    sumDecimalStrings(roles.map((r) => r.months[t]?.requiredHeads ?? "0")),
  );
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: [...roles.map((r) => roleName(r.role)), requiredLabel] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const t = first?.dataIndex ?? 0;
        const month = months[t];
        if (month === undefined) return "";
        return [
          `<strong>${formatMonth(month, locale, "long")}</strong>`,
          ...roles.map(
            (r) => `${roleName(r.role)}: <strong>${formatHeads(r.months[t]?.heads ?? null, locale)}</strong>`,
          ),
          `${requiredLabel}: ${formatHeads(required[t] ?? null, locale)}`,
        ].join("<br/>");
      },
    },
    xAxis: { type: "category", data: months.map((m) => formatMonth(m, locale, "axis")) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      ...roles.map(
        (r, i): BarSeriesOption => ({
          type: "bar",
          name: roleName(r.role),
          stack: "heads",
          color: roleColors[i % roleColors.length],
          barMaxWidth: 36,
          data: r.months.map((m) => Number(m.heads)),
        }),
      ),
      {
        type: "line",
        name: requiredLabel,
        color: requiredColor,
        lineStyle: { type: "dashed", width: 2 },
        data: required.map(Number),
      },
    ],
  };
}

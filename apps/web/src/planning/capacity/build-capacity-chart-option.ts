import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { CapacityReport } from "../../api/planning-types";
import { compareDecimalStrings } from "../../format/decimal-string";
import { formatMonth } from "../../format/format-date";
import { formatMoney, formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";
import { formatHeads } from "../shared/format-plan-amount";

export type CapacityChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export type CapacityChartLabels = { capacity: string; target: string; gap: string; heads: string };

export const capacityColors = { capacity: "#4263eb", short: "#f08c00", target: "#495057" } as const;

/**
 * Bookings capacity by month (bars; months short of target in orange) against the target (dashed line). Numbers
 * only place the marks; the tooltip formats the API's decimal strings.
 */
export function buildCapacityChartOption(
  plan: Pick<CapacityReport, "months">,
  options: { locale: AppLocale; currency: string; labels: CapacityChartLabels },
): CapacityChartOption {
  const { locale, currency, labels } = options;
  const money = (amount: string) => formatMoney(amount, currency, locale);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: [labels.capacity, labels.target] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const month = plan.months[first?.dataIndex ?? 0];
        if (!month) return "";
        return [
          `<strong>${formatMonth(month.month, locale, "long")}</strong>`,
          `${labels.capacity}: <strong>${money(month.capacity)}</strong>`,
          `${labels.target}: ${money(month.target)}`,
          `${labels.gap}: ${money(month.gap)}`,
          `${labels.heads}: ${formatHeads(month.heads, locale)}`,
        ].join("<br/>");
      },
    },
    xAxis: { type: "category", data: plan.months.map((m) => formatMonth(m.month, locale, "axis")) },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, currency, locale) },
    },
    series: [
      {
        type: "bar",
        name: labels.capacity,
        color: capacityColors.capacity,
        barMaxWidth: 36,
        data: plan.months.map((m) => ({
          value: Number(m.capacity),
          itemStyle: {
            color:
              compareDecimalStrings(m.capacity, m.target) < 0
                ? capacityColors.short
                : capacityColors.capacity,
          },
        })),
      },
      {
        type: "line",
        name: labels.target,
        color: capacityColors.target,
        lineStyle: { type: "dashed", width: 2 },
        data: plan.months.map((m) => Number(m.target)),
      },
    ],
  };
}

import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { RevenueVsTarget } from "../api/types";
import { compareDecimalStrings } from "../format/decimal-string";
import { formatMonth } from "../format/format-date";
import { formatMoney, formatMoneyCompact } from "../format/format-money";
import { formatAttainment } from "../format/format-percent";
import type { AppLocale } from "../format/locale";

export type RevenueChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export type RevenueChartView = "monthly" | "cumulative";

export type RevenueChartLabels = {
  bookings: string;
  target: string;
  cumulativeBookings: string;
  cumulativeTarget: string;
  attainment: string;
};

export const chartColors = {
  bookings: "#4263eb",
  bookingsAtTarget: "#0ca678",
  target: "#495057",
  grid: "#e9ecef",
} as const;

type TooltipParam = { dataIndex?: number };

/**
 * The ECharts option for monthly bookings against target. Pure: the component only draws it.
 * Values are converted to numbers here because the chart needs positions; every figure a person reads
 * (tooltip, axis) is formatted from the API's decimal strings.
 */
export function buildRevenueChartOption(
  data: RevenueVsTarget,
  options: { locale: AppLocale; view: RevenueChartView; labels: RevenueChartLabels },
): RevenueChartOption {
  const { locale, view, labels } = options;
  const money = (amount: string) => formatMoney(amount, data.currency, locale);
  const cumulative = view === "cumulative";
  const bookingsName = cumulative ? labels.cumulativeBookings : labels.bookings;
  const targetName = cumulative ? labels.cumulativeTarget : labels.target;

  const tooltipFormatter = (params: TooltipParam | TooltipParam[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
    const month = data.months[index];
    if (!month) return "";
    const bookings = cumulative ? month.cumulativeBookings : month.bookings;
    const target = cumulative ? month.cumulativeTarget : month.target;
    return [
      `<strong>${formatMonth(month.month, locale, "long")}</strong>`,
      `${bookingsName}: <strong>${money(bookings)}</strong>`,
      `${targetName}: ${money(target)}`,
      `${labels.attainment}: ${formatAttainment(month.attainment, locale)}`,
    ].join("<br/>");
  };

  const bookingsSeries: BarSeriesOption | LineSeriesOption = cumulative
    ? {
        type: "line",
        name: bookingsName,
        data: data.months.map((m) => Number(m.cumulativeBookings)),
        color: chartColors.bookings,
        areaStyle: { opacity: 0.12 },
        symbolSize: 6,
      }
    : {
        type: "bar",
        name: bookingsName,
        color: chartColors.bookings,
        barMaxWidth: 36,
        data: data.months.map((m) => ({
          value: Number(m.bookings),
          // Months that reach their target stand out.
          itemStyle: {
            color:
              compareDecimalStrings(m.target, "0") > 0 && compareDecimalStrings(m.bookings, m.target) >= 0
                ? chartColors.bookingsAtTarget
                : chartColors.bookings,
          },
        })),
      };

  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 16, data: [bookingsName, targetName] },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: tooltipFormatter },
    xAxis: {
      type: "category",
      data: data.months.map((m) => formatMonth(m.month, locale, "axis")),
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: "value",
      splitLine: { lineStyle: { color: chartColors.grid } },
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, data.currency, locale) },
    },
    series: [
      bookingsSeries,
      {
        type: "line",
        name: targetName,
        data: data.months.map((m) => Number(cumulative ? m.cumulativeTarget : m.target)),
        color: chartColors.target,
        lineStyle: { type: "dashed", width: 2 },
        symbol: "circle",
        symbolSize: 5,
      },
    ],
  };
}

export type ChartSeriesValues = { name: string; values: number[] };

/** The numbers each series draws, e.g. for a data attribute that browser tests read back. */
export function chartSeriesValues(option: RevenueChartOption): ChartSeriesValues[] {
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as (
    | BarSeriesOption
    | LineSeriesOption
  )[];
  return series.map((s) => ({
    name: String(s.name ?? ""),
    values: (s.data ?? []).map((d) =>
      typeof d === "object" && d !== null && "value" in d ? Number(d.value) : Number(d),
    ),
  }));
}

import type { ForecastTrend } from "../../api/forecast-types";
import { formatDate } from "../../format/format-date";
import { formatMoney, formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";
import { bandSeries, type ForecastChartOption, forecastColors, position } from "../shared/chart-option";

export type TrendChartLabels = {
  commitForecast: string;
  bestCaseForecast: string;
  closed: string;
  statisticalExpected: string;
  band: string;
};

type TooltipParam = { dataIndex?: number };

/** Week by week: the commit and best-case forecasts, closed, and the statistical expected value with its band. */
export function buildTrendChartOption(
  trend: ForecastTrend,
  options: { locale: AppLocale; labels: TrendChartLabels },
): ForecastChartOption {
  const { locale, labels } = options;
  const money = (amount: string | null) =>
    amount === null ? "—" : formatMoney(amount, trend.currency, locale);
  const points = trend.points;
  const tooltipFormatter = (params: TooltipParam | TooltipParam[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
    const point = points[index];
    if (!point) return "";
    return [
      `<strong>${formatDate(point.takenOn, locale)}</strong>`,
      `${labels.commitForecast}: <strong>${money(point.commitForecast)}</strong>`,
      `${labels.bestCaseForecast}: ${money(point.bestCaseForecast)}`,
      `${labels.closed}: ${money(point.closed)}`,
      `${labels.statisticalExpected}: ${money(point.statisticalExpected)} (${money(point.statisticalLow)} – ${money(point.statisticalHigh)})`,
    ].join("<br/>");
  };
  const line = (name: string, color: string, values: (string | null)[], dashed = false) => ({
    type: "line" as const,
    name,
    color,
    data: values.map(position),
    symbol: "circle",
    symbolSize: 6,
    connectNulls: true,
    lineStyle: { width: 2, ...(dashed ? { type: "dashed" as const } : {}) },
  });
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      data: [
        labels.commitForecast,
        labels.bestCaseForecast,
        labels.closed,
        labels.statisticalExpected,
        labels.band,
      ],
    },
    tooltip: { trigger: "axis", formatter: tooltipFormatter },
    xAxis: { type: "category", boundaryGap: false, data: points.map((p) => formatDate(p.takenOn, locale)) },
    yAxis: {
      type: "value",
      splitLine: { lineStyle: { color: forecastColors.grid } },
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, trend.currency, locale) },
    },
    series: [
      ...bandSeries(
        labels.band,
        "statistical-band",
        points.map((p) => ({ low: p.statisticalLow, high: p.statisticalHigh })),
      ),
      line(
        labels.commitForecast,
        forecastColors.commit,
        points.map((p) => p.commitForecast),
      ),
      line(
        labels.bestCaseForecast,
        forecastColors.bestCase,
        points.map((p) => p.bestCaseForecast),
      ),
      line(
        labels.closed,
        forecastColors.closed,
        points.map((p) => p.closed),
      ),
      line(
        labels.statisticalExpected,
        forecastColors.statistical,
        points.map((p) => p.statisticalExpected),
        true,
      ),
    ],
  };
}

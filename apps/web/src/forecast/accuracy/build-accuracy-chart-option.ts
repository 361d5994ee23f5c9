import type { AccuracyLine } from "../../api/forecast-types";
import { formatDate } from "../../format/format-date";
import { formatMoney, formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";
import { type ForecastChartOption, forecastColors, position } from "../shared/chart-option";

const palette = ["#4263eb", "#f08c00", "#0ca678", "#e64980", "#7950f2", "#1098ad", "#868e96", "#d9480f"];

/** The dates on which any of the lines was measured, in order. */
export function accuracyDates(lines: readonly AccuracyLine[]): string[] {
  return [...new Set(lines.flatMap((l) => l.points.map((p) => p.takenOn)))].sort();
}

/**
 * Forecast − actual at each week of the period, one line per person/source/category chosen: above zero is
 * over-forecast, below is under. `lineName` names a line in the legend.
 */
export function buildAccuracyChartOption(
  lines: readonly AccuracyLine[],
  options: { locale: AppLocale; currency: string; lineName: (line: AccuracyLine) => string },
): ForecastChartOption {
  const { locale, currency, lineName } = options;
  const dates = accuracyDates(lines);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, type: "plain", data: lines.map(lineName) },
    tooltip: {
      trigger: "axis",
      valueFormatter: (value: unknown) =>
        typeof value === "number" ? formatMoney(value.toFixed(2), currency, locale) : "—",
    },
    xAxis: { type: "category", boundaryGap: false, data: dates.map((d) => formatDate(d, locale)) },
    yAxis: {
      type: "value",
      splitLine: { lineStyle: { color: forecastColors.grid } },
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, currency, locale) },
    },
    series: lines.map((line, index) => {
      const byDate = new Map(line.points.map((p) => [p.takenOn, p.error]));
      return {
        type: "line" as const,
        name: lineName(line),
        color: palette[index % palette.length],
        connectNulls: true,
        symbolSize: 5,
        data: dates.map((d) => position(byDate.get(d) ?? null)),
      };
    }),
  };
}

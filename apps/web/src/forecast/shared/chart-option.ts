import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import { subtractDecimalStrings } from "../../format/decimal-string";

/** The ECharts options the forecast pages draw (only the modules apps/web/src/revenue/EChart.tsx bundles). */
export type ForecastChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export const forecastColors = {
  closed: "#0ca678",
  commit: "#4263eb",
  bestCase: "#7950f2",
  statistical: "#f08c00",
  band: "#ffd8a8",
  history: "#495057",
  arima: "#e64980",
  seasonalNaive: "#868e96",
  grid: "#e9ecef",
} as const;

/** A decimal string as a chart position (display only; every figure a person reads is formatted from the string). */
export const position = (amount: string | null): number | null => (amount === null ? null : Number(amount));

/**
 * A p10–p90 band drawn as two stacked lines: the low edge (invisible) and the height high − low (filled).
 * The height is computed exactly from the decimal strings before becoming a position.
 */
export function bandSeries(
  name: string,
  stack: string,
  ranges: readonly { low: string | null; high: string | null }[],
): LineSeriesOption[] {
  return [
    {
      type: "line",
      name: `${name}-low`,
      stack,
      data: ranges.map((r) => (r.low === null || r.high === null ? null : position(r.low))),
      lineStyle: { opacity: 0 },
      symbol: "none",
      silent: true,
      tooltip: { show: false },
    },
    {
      type: "line",
      name,
      stack,
      data: ranges.map((r) =>
        r.low === null || r.high === null ? null : position(subtractDecimalStrings(r.high, r.low)),
      ),
      lineStyle: { opacity: 0 },
      areaStyle: { color: forecastColors.band, opacity: 0.6 },
      color: forecastColors.band,
      symbol: "none",
      silent: true,
    },
  ];
}

export type SeriesValues = { name: string; values: (number | null)[] };

/** The numbers each series draws, for a data attribute browser tests read back. */
export function seriesValues(option: ForecastChartOption): SeriesValues[] {
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as (
    | BarSeriesOption
    | LineSeriesOption
  )[];
  return series.map((s) => ({
    name: String(s.name ?? ""),
    values: ((s.data ?? []) as unknown[]).map((d) => {
      const raw = typeof d === "object" && d !== null && "value" in d ? (d as { value: unknown }).value : d;
      return raw === null || raw === undefined ? null : Number(raw);
    }),
  }));
}

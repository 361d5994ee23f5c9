import type { EChartsCoreOption } from "echarts/core";
import type { KpiUnit } from "../../api/kpi-types";

export type TrendSeries = {
  months: string[];
  labels: string[];
  values: (string | null)[];
  /** Where to draw the target line per month (a rate's target as is; a sum's target spread over its months). */
  monthlyTarget: string | null;
  unit: KpiUnit;
  names: { value: string; target: string };
  formatValue: (value: number) => string;
  /** Shorter labels for the value axis (e.g. "€1.2M"); the tooltip keeps `formatValue`. */
  formatAxis?: (value: number) => string;
};

/** A KPI's monthly values as a line, with a dashed target line when it has one. Chart data only: the component draws. */
export function buildTrendOption(series: TrendSeries): EChartsCoreOption {
  const values = series.values.map((v) => (v === null ? null : Number(v)));
  const target = series.monthlyTarget === null ? null : Number(series.monthlyTarget);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? series.formatValue(v) : "—"),
    },
    legend: {
      top: 0,
      data: target === null ? [series.names.value] : [series.names.value, series.names.target],
    },
    xAxis: { type: "category", data: series.labels, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (v: number) => (series.formatAxis ?? series.formatValue)(v) },
      ...(series.unit === "percent" ? { min: 0 } : {}),
    },
    series: [
      { name: series.names.value, type: "line", data: values, symbolSize: 8, connectNulls: false },
      ...(target === null
        ? []
        : [
            {
              name: series.names.target,
              type: "line",
              data: series.months.map(() => target),
              symbol: "none",
              lineStyle: { type: "dashed" },
            },
          ]),
    ],
  };
}

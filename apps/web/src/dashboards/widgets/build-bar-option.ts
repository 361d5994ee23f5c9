import type { EChartsCoreOption } from "echarts/core";

/** A breakdown as bars, one per row, in the API's order (best first, or months in order). */
export function buildBarOption(params: {
  labels: string[];
  values: (string | null)[];
  name: string;
  formatValue: (value: number) => string;
  formatAxis?: (value: number) => string;
}): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? params.formatValue(v) : "—"),
    },
    xAxis: {
      type: "category",
      data: params.labels,
      axisLabel: { interval: 0, rotate: params.labels.length > 6 ? 30 : 0, width: 90, overflow: "truncate" },
    },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (v: number) => (params.formatAxis ?? params.formatValue)(v) },
    },
    series: [
      {
        name: params.name,
        type: "bar",
        data: params.values.map((v) => (v === null ? null : Number(v))),
        itemStyle: { color: "#4c6ef5" },
      },
    ],
  };
}

import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { ClusterSummary } from "../../api/segmentation-types";
import { type AppLocale, toIntlLocale } from "../../format/locale";

export type SilhouetteChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption
>;

export const silhouetteColors = { chosen: "#4263eb", other: "#ced4da" } as const;

/** Mean silhouette for each k tried; the k the engine chose (the highest) stands out. */
export function buildSilhouetteChartOption(
  clusters: Pick<ClusterSummary, "k" | "silhouetteByK">,
  options: { locale: AppLocale; label: string },
): SilhouetteChartOption {
  const number = new Intl.NumberFormat(toIntlLocale(options.locale), {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const point = clusters.silhouetteByK[first?.dataIndex ?? 0];
        return point
          ? `k = ${point.k}<br/>${options.label}: <strong>${number.format(point.silhouette)}</strong>`
          : "";
      },
    },
    xAxis: { type: "category", data: clusters.silhouetteByK.map((p) => `k = ${p.k}`) },
    yAxis: { type: "value", axisLabel: { formatter: (value: number) => number.format(value) } },
    series: [
      {
        type: "bar",
        name: options.label,
        barMaxWidth: 36,
        data: clusters.silhouetteByK.map((p) => ({
          value: p.silhouette,
          itemStyle: { color: p.k === clusters.k ? silhouetteColors.chosen : silhouetteColors.other },
        })),
      },
    ],
  };
}

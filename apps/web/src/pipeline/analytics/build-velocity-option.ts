import type { PipelineAnalytics } from "../../api/pipeline-types";
import { formatCount } from "../../format/format-count";
import type { AppLocale } from "../../format/locale";
import { escapeHtml } from "../shared/escape-html";
import { formatDays } from "../shared/format-ratio";
import type { BarChartOption } from "./build-conversion-option";

export type VelocityLabels = { medianDays: string; meanDays: string; deals: string };

type TooltipParam = { dataIndex?: number };

/** Days spent in each stage (median bar; the mean and the number of deals in the tooltip). Stages without data draw no bar. */
export function buildVelocityOption(
  velocity: PipelineAnalytics["velocity"],
  options: { locale: AppLocale; labels: VelocityLabels },
): BarChartOption {
  const { locale, labels } = options;
  const tooltip = (params: TooltipParam | TooltipParam[]): string => {
    const row = velocity[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0];
    if (!row) return "";
    return [
      `<strong>${escapeHtml(row.stage)}</strong>`,
      `${labels.medianDays}: ${formatDays(row.medianDays, locale)}`,
      `${labels.meanDays}: ${formatDays(row.meanDays, locale)}`,
      `${labels.deals}: ${formatCount(row.deals, locale)}`,
    ].join("<br/>");
  };
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: tooltip },
    xAxis: { type: "category", data: velocity.map((v) => v.stage), axisTick: { alignWithLabel: true } },
    yAxis: { type: "value", name: labels.medianDays, minInterval: 1 },
    series: [
      {
        type: "bar",
        name: labels.medianDays,
        color: "#0ca678",
        barMaxWidth: 40,
        data: velocity.map((v) => v.medianDays),
        label: { show: true, position: "top" },
      },
    ],
  };
}

/** The numbers a bar chart draws, for a data attribute browser tests read back. */
export function barValues(option: BarChartOption): (number | null)[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const first = series[0] as { data?: unknown[] } | undefined;
  return (first?.data ?? []).map((d) => (typeof d === "number" ? d : null));
}

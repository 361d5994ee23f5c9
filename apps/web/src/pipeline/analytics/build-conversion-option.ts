import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { PipelineAnalytics } from "../../api/pipeline-types";
import { formatCount } from "../../format/format-count";
import { formatAttainment } from "../../format/format-percent";
import type { AppLocale } from "../../format/locale";
import { escapeHtml } from "../shared/escape-html";

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export type ConversionLabels = { entered: string; toNext: string; toWon: string };

type TooltipParam = { dataIndex?: number };

/**
 * The stage funnel as horizontal bars: deals that entered each stage, first stage on top, each bar labelled with its
 * conversion to the next stage. Pure: the component only draws it.
 */
export function buildConversionOption(
  conversion: PipelineAnalytics["conversion"],
  options: { locale: AppLocale; labels: ConversionLabels },
): BarChartOption {
  const { locale, labels } = options;
  const tooltip = (params: TooltipParam | TooltipParam[]): string => {
    const row = conversion[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0];
    if (!row) return "";
    return [
      `<strong>${escapeHtml(row.stage)}</strong>`,
      `${labels.entered}: ${formatCount(row.entered, locale)}`,
      `${labels.toNext}: ${formatAttainment(row.conversionToNext, locale)}`,
      `${labels.toWon}: ${formatAttainment(row.conversionToWon, locale)}`,
    ].join("<br/>");
  };
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: tooltip },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: conversion.map((c) => c.stage) },
    series: [
      {
        type: "bar",
        name: labels.entered,
        color: "#4263eb",
        barMaxWidth: 28,
        data: conversion.map((c) => c.entered),
        label: {
          show: true,
          position: "right",
          formatter: (p: { dataIndex: number }) =>
            formatAttainment(conversion[p.dataIndex]?.conversionToNext ?? null, locale),
        },
      },
    ],
  };
}

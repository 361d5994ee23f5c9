import type { ScatterSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { ClusterSummary, SegmentProfile } from "../../api/segmentation-types";
import { formatCount } from "../../format/format-count";
import { type AppLocale, toIntlLocale } from "../../format/locale";
import { segmentColor } from "./segment-colors";

export type ClusterScatterOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export type ClusterAxis = { feature: string; label: string; log: boolean };

/** Bubble area grows with the accounts in the cluster: radius ∝ √accounts, from 12 px to 60 px. */
export function bubbleSize(accounts: number, largest: number): number {
  if (largest <= 0) return 12;
  return Math.round(12 + 48 * Math.sqrt(Math.max(0, accounts) / largest));
}

/**
 * Each cluster's centre on two chosen features (in the features' own units), one colour per cluster, the bubble's
 * size by its accounts. A log axis when the feature was log-transformed for clustering and every centre is positive.
 */
export function buildClusterScatterOption(
  clusters: Pick<ClusterSummary, "centroids">,
  profiles: readonly SegmentProfile[],
  options: { locale: AppLocale; x: ClusterAxis; y: ClusterAxis; accountsLabel: string },
): ClusterScatterOption {
  const { locale, x, y, accountsLabel } = options;
  const number = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 2 });
  const accountsOf = (segment: string) => profiles.find((p) => p.segment === segment)?.accounts ?? 0;
  const largest = Math.max(0, ...clusters.centroids.map((c) => accountsOf(c.segment)));
  const axis = (a: ClusterAxis) => {
    const positive = clusters.centroids.every((c) => (c.values[a.feature] ?? 0) > 0);
    return {
      type: a.log && positive ? ("log" as const) : ("value" as const),
      name: a.label,
      nameLocation: "middle" as const,
      nameGap: 32,
      scale: true,
      axisLabel: { formatter: (value: number) => number.format(value) },
    };
  };
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 16, right: 24, top: 40, bottom: 40, containLabel: true },
    legend: { top: 0, left: 0, data: clusters.centroids.map((c) => c.segment) },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const { seriesIndex } = params as { seriesIndex?: number };
        const centroid = clusters.centroids[seriesIndex ?? 0];
        if (!centroid) return "";
        return [
          `<strong>${centroid.segment}</strong>`,
          `${accountsLabel}: ${formatCount(accountsOf(centroid.segment), locale)}`,
          `${x.label}: ${number.format(centroid.values[x.feature] ?? 0)}`,
          `${y.label}: ${number.format(centroid.values[y.feature] ?? 0)}`,
        ].join("<br/>");
      },
    },
    xAxis: axis(x),
    yAxis: axis(y),
    series: clusters.centroids.map((c, i) => ({
      type: "scatter",
      name: c.segment,
      color: segmentColor(i),
      symbolSize: bubbleSize(accountsOf(c.segment), largest),
      data: [[c.values[x.feature] ?? 0, c.values[y.feature] ?? 0]],
    })),
  };
}

import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { SegmentProfile } from "../../api/segmentation-types";
import { formatCount } from "../../format/format-count";
import { formatMoney, formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";

export type ProfileChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export type ProfileChartLabels = { revenue: string; potential: string; accounts: string };

export const profileColors = { revenue: "#4263eb", potential: "#94d82d" } as const;

/**
 * Revenue (net bookings of the look-back window) and potential by segment, side by side: where the money is against
 * where it could be. Numbers only place the bars; the tooltip formats the API's decimal strings.
 */
export function buildProfileChartOption(
  profiles: readonly SegmentProfile[],
  options: { locale: AppLocale; currency: string; labels: ProfileChartLabels },
): ProfileChartOption {
  const { locale, currency, labels } = options;
  const money = (amount: string) => formatMoney(amount, currency, locale);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: [labels.revenue, labels.potential] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const profile = profiles[first?.dataIndex ?? 0];
        if (!profile) return "";
        return [
          `<strong>${profile.segment}</strong>`,
          `${labels.accounts}: ${formatCount(profile.accounts, locale)}`,
          `${labels.revenue}: <strong>${money(profile.revenue)}</strong>`,
          `${labels.potential}: ${money(profile.potential)}`,
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "category",
      data: profiles.map((p) => p.segment),
      axisLabel: { interval: 0, rotate: profiles.length > 6 ? 30 : 0 },
    },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, currency, locale) },
    },
    series: [
      {
        type: "bar",
        name: labels.revenue,
        color: profileColors.revenue,
        barMaxWidth: 32,
        data: profiles.map((p) => Number(p.revenue)),
      },
      {
        type: "bar",
        name: labels.potential,
        color: profileColors.potential,
        barMaxWidth: 32,
        data: profiles.map((p) => Number(p.potential)),
      },
    ],
  };
}

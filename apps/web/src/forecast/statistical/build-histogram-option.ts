import type { StatisticalForecast } from "../../api/forecast-types";
import { formatMoney } from "../../format/format-money";
import { formatAttainment } from "../../format/format-percent";
import type { AppLocale } from "../../format/locale";
import { type ForecastChartOption, forecastColors } from "../shared/chart-option";

type TooltipParam = { dataIndex?: number };

/** The bucket's label, "€100,000.00 – €150,000.00". */
export function bucketLabel(
  bucket: { from: string; to: string },
  currency: string,
  locale: AppLocale,
): string {
  return `${formatMoney(bucket.from, currency, locale)} – ${formatMoney(bucket.to, currency, locale)}`;
}

/** The Monte Carlo outcomes of the period: the share of draws in each bucket of total won amount. */
export function buildHistogramOption(
  forecast: StatisticalForecast,
  options: { locale: AppLocale; shareLabel: string },
): ForecastChartOption {
  const { locale, shareLabel } = options;
  const buckets = forecast.histogram;
  const tooltipFormatter = (params: TooltipParam | TooltipParam[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
    const bucket = buckets[index];
    if (!bucket) return "";
    return `<strong>${bucketLabel(bucket, forecast.currency, locale)}</strong><br/>${shareLabel}: ${formatAttainment(bucket.share, locale)}`;
  };
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: tooltipFormatter },
    xAxis: {
      type: "category",
      data: buckets.map((b) => formatMoney(b.from, forecast.currency, locale)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: "value",
      splitLine: { lineStyle: { color: forecastColors.grid } },
      axisLabel: { formatter: (value: number) => formatAttainment(String(value), locale) },
    },
    series: [
      {
        type: "bar",
        name: shareLabel,
        color: forecastColors.statistical,
        barCategoryGap: "8%",
        data: buckets.map((b) => Number(b.share)),
      },
    ],
  };
}

import type { BarSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { FairnessReport } from "../../api/planning-types";
import { type AppLocale, toIntlLocale } from "../../format/locale";

export type AttainmentChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

export type AttainmentChartLabels = { reps: string; threshold: string; band: string };

export const attainmentColors = { below: "#f08c00", atOrAbove: "#0ca678", line: "#c92a2a" } as const;

/** The engine's histogram: 10-point bands from 0 to 200% and one last band ≥ 200%. */
export const bandCount = 21;

/** "0–10%", …, "190–200%", "≥200%" in the locale's percent style. */
export function bandLabels(locale: AppLocale): string[] {
  const percent = new Intl.NumberFormat(toIntlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  return Array.from({ length: bandCount }, (_, i) =>
    i === bandCount - 1
      ? `≥${percent.format(2)}`
      : `${percent.format(i / 10).replace(/\s?%/, "")}–${percent.format((i + 1) / 10)}`,
  );
}

/**
 * Expected number of reps in each attainment band: each rep's share of draws in the band, summed over reps
 * (Σ histogram[i] ÷ draws). Probabilities, not money, so floats are the right tool; rounded to 2 places for display.
 */
export function expectedRepsByBand(report: Pick<FairnessReport, "reps" | "draws">): number[] {
  const bands = Array.from({ length: bandCount }, () => 0);
  if (report.draws <= 0) return bands;
  for (const rep of report.reps)
    rep.histogram.forEach((count, i) => {
      if (i < bandCount) bands[i] = (bands[i] ?? 0) + count / report.draws;
    });
  return bands.map((value) => Math.round(value * 100) / 100);
}

/**
 * The company's expected attainment distribution as a histogram, bands under the threshold in orange, a line at
 * the threshold (70%): the boundary between two bands sits half-way between their category indexes.
 */
export function buildAttainmentChartOption(
  report: FairnessReport,
  options: { locale: AppLocale; labels: AttainmentChartLabels },
): AttainmentChartOption {
  const { locale, labels } = options;
  const thresholdBand = Math.round(Number(report.threshold) * 10);
  const percent = new Intl.NumberFormat(toIntlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 1 });
  const names = bandLabels(locale);
  const values = expectedRepsByBand(report);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const index = first?.dataIndex ?? 0;
        return `${labels.band}: <strong>${names[index] ?? ""}</strong><br/>${labels.reps}: ${count.format(values[index] ?? 0)}`;
      },
    },
    xAxis: { type: "category", data: names, axisLabel: { interval: 1 }, axisTick: { alignWithLabel: true } },
    yAxis: { type: "value", name: labels.reps, nameTextStyle: { align: "left" } },
    series: [
      {
        type: "bar",
        name: labels.reps,
        barCategoryGap: "8%",
        data: values.map((value, i) => ({
          value,
          itemStyle: { color: i < thresholdBand ? attainmentColors.below : attainmentColors.atOrAbove },
        })),
        markLine: {
          symbol: "none",
          silent: true,
          lineStyle: { color: attainmentColors.line, type: "dashed", width: 2 },
          label: { formatter: `${labels.threshold} ${percent.format(Number(report.threshold))}` },
          data: [{ xAxis: thresholdBand - 0.5 }],
        },
      },
    ],
  };
}

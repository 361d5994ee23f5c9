import type { LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { TierTable } from "../../api/comp-types";
import { formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";

export type TierChartOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

type Point = { value: [number, number]; symbol: "circle" | "emptyCircle" };

/** Where an open-ended last band stops on the chart: half as far again as its start (or 1 when it starts at 0). */
export function openEnd(from: number): number {
  return from > 0 ? from * 1.5 : 1;
}

/**
 * The rate each band pays, drawn against attainment (or amount):
 * marginal and retroactive tables as steps (each band flat at its rate), interpolated tables as lines from `rate` at
 * `from` to `rateAtTo` at `to`. The boundary rule shows on band starts: a filled point belongs to the band it starts
 * ("upper", [from, to)); a hollow one to the band below ("lower", (from, to]). Pure: the component only draws it.
 */
export function tierChartPoints(table: TierTable): Point[] {
  const points: Point[] = [];
  const startSymbol = (index: number): Point["symbol"] =>
    index === 0 || table.boundary === "upper" ? "circle" : "emptyCircle";
  table.tiers.forEach((tier, index) => {
    const from = Number(tier.from);
    const to = tier.to === null ? openEnd(from) : Number(tier.to);
    const rate = Number(tier.rate);
    points.push({ value: [from, rate], symbol: startSymbol(index) });
    if (table.method === "interpolated") {
      points.push({ value: [to, Number(tier.rateAtTo ?? tier.rate)], symbol: "emptyCircle" });
    } else if (index === table.tiers.length - 1) {
      // A step series holds each value until the next point: the last band needs its own end point.
      points.push({ value: [to, rate], symbol: "emptyCircle" });
    }
  });
  return points;
}

export type TierChartLabels = { rate: string; basis: string };

export function buildTierChartOption(
  table: TierTable,
  options: { locale: AppLocale; currency: string; labels: TierChartLabels },
): TierChartOption {
  const { locale, currency, labels } = options;
  const percent = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 2,
  });
  const basisLabel = (value: number) =>
    table.basis === "attainment" ? percent.format(value) : formatMoneyCompact(value, currency, locale);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as
          | { value?: [number, number] }
          | undefined;
        const [x, y] = first?.value ?? [0, 0];
        return `${labels.basis}: ${basisLabel(x)}<br/>${labels.rate}: <strong>${percent.format(y)}</strong>`;
      },
    },
    xAxis: {
      type: "value",
      name: labels.basis,
      nameLocation: "middle",
      nameGap: 24,
      min: 0,
      axisLabel: { formatter: basisLabel },
    },
    yAxis: { type: "value", min: 0, axisLabel: { formatter: (value: number) => percent.format(value) } },
    series: [
      {
        type: "line",
        name: labels.rate,
        step: table.method === "interpolated" ? false : "end",
        data: tierChartPoints(table),
        symbolSize: 8,
        lineStyle: { width: 2 },
        color: "#4263eb",
      },
    ],
  };
}

import type { RunRate } from "../../api/forecast-types";
import { formatMonth } from "../../format/format-date";
import { formatMoney, formatMoneyCompact } from "../../format/format-money";
import type { AppLocale } from "../../format/locale";
import { bandSeries, type ForecastChartOption, forecastColors, position } from "../shared/chart-option";

export type RunRateLabels = {
  history: string;
  monthSoFar: string;
  theta: string;
  band: string;
  arima: string;
  seasonalNaive: string;
};

type TooltipParam = { dataIndex?: number };
type Forecast = RunRate["forecast"][number];

/** Every month on the axis, in order: the complete months, today's month so far, the forecast months. */
export function runRateMonths(runRate: RunRate): string[] {
  const months = [
    ...runRate.history.map((h) => h.month),
    ...(runRate.currentMonth ? [runRate.currentMonth.month] : []),
    ...runRate.forecast.map((f) => f.month),
  ];
  return [...new Set(months)].sort();
}

/**
 * Monthly history then the forecast months on one axis. The forecast lines start at the last complete month so the
 * reader sees them continue the history; the band covers the forecast months only; today's month so far is a
 * separate point (incomplete, so the models do not use it).
 */
export function buildRunRateOption(
  runRate: RunRate,
  options: { locale: AppLocale; labels: RunRateLabels },
): ForecastChartOption {
  const { locale, labels } = options;
  const money = (amount: string | null) =>
    amount === null ? "—" : formatMoney(amount, runRate.currency, locale);
  const months = runRateMonths(runRate);
  const actual = new Map(runRate.history.map((h) => [h.month, h.amount]));
  const ahead = new Map(runRate.forecast.map((f) => [f.month, f]));
  const last = runRate.history.at(-1);
  const soFar = runRate.currentMonth ?? null;
  const hasArima = runRate.forecast.some((f) => f.arima !== null);

  // A forecast series: the last actual month joins it to the history, then its own values.
  const joined = (pick: (f: Forecast) => string | null) =>
    months.map((m) => {
      const f = ahead.get(m);
      if (f) return position(pick(f));
      return last && m === last.month ? position(last.amount) : null;
    });

  const tooltipFormatter = (params: TooltipParam | TooltipParam[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
    const month = months[index];
    if (!month) return "";
    const lines = [`<strong>${formatMonth(month, locale, "long")}</strong>`];
    const amount = actual.get(month);
    if (amount !== undefined) lines.push(`${labels.history}: <strong>${money(amount)}</strong>`);
    if (soFar && soFar.month === month) lines.push(`${labels.monthSoFar}: ${money(soFar.amount)}`);
    const f = ahead.get(month);
    if (f) {
      lines.push(`${labels.theta}: <strong>${money(f.theta)}</strong> (${money(f.low)} – ${money(f.high)})`);
      if (f.arima !== null) lines.push(`${labels.arima}: ${money(f.arima)}`);
      lines.push(`${labels.seasonalNaive}: ${money(f.seasonalNaive)}`);
    }
    return lines.join("<br/>");
  };
  const forecastLine = (
    name: string,
    color: string,
    pick: (f: Forecast) => string | null,
    dashed: boolean,
  ) => ({
    type: "line" as const,
    name,
    color,
    data: joined(pick),
    symbolSize: 5,
    lineStyle: { width: 2, ...(dashed ? { type: "dashed" as const } : {}) },
  });
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      data: [
        labels.history,
        ...(soFar ? [labels.monthSoFar] : []),
        labels.theta,
        labels.band,
        ...(hasArima ? [labels.arima] : []),
        labels.seasonalNaive,
      ],
    },
    tooltip: { trigger: "axis", formatter: tooltipFormatter },
    xAxis: { type: "category", data: months.map((m) => formatMonth(m, locale, "axis")) },
    yAxis: {
      type: "value",
      splitLine: { lineStyle: { color: forecastColors.grid } },
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value, runRate.currency, locale) },
    },
    series: [
      ...bandSeries(
        labels.band,
        "theta-band",
        months.map((m) => {
          const f = ahead.get(m);
          return { low: f?.low ?? null, high: f?.high ?? null };
        }),
      ),
      {
        type: "line",
        name: labels.history,
        color: forecastColors.history,
        data: months.map((m) => position(actual.get(m) ?? null)),
        symbolSize: 5,
        lineStyle: { width: 2 },
      },
      ...(soFar
        ? [
            {
              type: "line" as const,
              name: labels.monthSoFar,
              color: forecastColors.history,
              data: months.map((m) => (m === soFar.month ? position(soFar.amount) : null)),
              symbol: "emptyCircle",
              symbolSize: 9,
            },
          ]
        : []),
      forecastLine(labels.theta, forecastColors.commit, (f) => f.theta, false),
      ...(hasArima ? [forecastLine(labels.arima, forecastColors.arima, (f) => f.arima, true)] : []),
      forecastLine(labels.seasonalNaive, forecastColors.seasonalNaive, (f) => f.seasonalNaive, true),
    ],
  };
}

import { Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatMonth } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { formatMoneyCompact } from "../../format/format-money";
import { formatKpiValue } from "../format/format-kpi-value";
import { useKpiText } from "../use-kpi-text";
import { buildTrendOption } from "./build-trend-option";
import { monthlyTarget } from "./monthly-target";
import type { WidgetView } from "./widget-view";

/** A KPI month by month, with its target line; clicking a month lists that month's rows. */
export function TrendWidget({ widget, values, context, onDrill, height }: WidgetView & { height: number }) {
  const { t } = useTranslation();
  const text = useKpiText();
  const key = widget.kpis[0] ?? "";
  const value = values.get(key);
  const unit = text.unit(key);
  const currency = context?.currency ?? "EUR";
  const locale = text.locale;
  const option = useMemo(() => {
    const trend = value?.trend ?? [];
    return buildTrendOption({
      months: trend.map((p) => p.month),
      labels: trend.map((p) => formatMonth(p.month, locale, "axis")),
      values: trend.map((p) => p.value),
      monthlyTarget: context ? monthlyTarget(value?.target ?? null, unit, context.from, context.to) : null,
      unit,
      names: { value: text.name(key), target: t("dashboards.trend.target") },
      // Display only (axis and tooltip): the chart works in numbers.
      formatValue: (v) => formatKpiValue(String(v), unit, currency, locale),
      formatAxis: unit === "currency" ? (v) => formatMoneyCompact(v, currency, locale) : undefined,
    });
  }, [value, context, unit, key, locale, currency, t, text.name]);

  if (!value || value.trend.length === 0) return <Text c="dimmed">{t("dashboards.widget.noData")}</Text>;
  return (
    <EChart
      option={option}
      height={height}
      className="chart-surface"
      role="img"
      aria-label={t("dashboards.trend.label", { name: widget.title ?? text.name(key) })}
      data-testid="trend-chart"
      onCategoryClick={(index) => {
        const point = value.trend[index];
        if (point) onDrill({ key, month: point.month, label: formatMonth(point.month, locale, "long") });
      }}
    />
  );
}

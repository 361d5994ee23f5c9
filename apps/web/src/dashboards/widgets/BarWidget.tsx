import { Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "../../revenue/EChart";
import { formatMoneyCompact } from "../../format/format-money";
import { formatKpiValue } from "../format/format-kpi-value";
import { useKpiText } from "../use-kpi-text";
import { buildBarOption } from "./build-bar-option";
import { useWidgetBreakdowns } from "./use-widget-breakdowns";
import { WidgetState } from "./WidgetState";
import type { WidgetView } from "./widget-view";

/** A KPI by a dimension as bars; clicking a bar lists that row's rows. */
export function BarWidget({ widget, filters, onDrill, height }: WidgetView & { height: number }) {
  const { t } = useTranslation();
  const text = useKpiText();
  const key = widget.kpis[0] ?? "";
  const [query] = useWidgetBreakdowns(widget, filters, 20);
  const data = query?.data;
  const unit = text.unit(key);
  const locale = text.locale;
  const option = useMemo(
    () =>
      buildBarOption({
        labels: data?.rows.map((r) => r.label) ?? [],
        values: data?.rows.map((r) => r.value) ?? [],
        name: text.name(key),
        formatValue: (v) => formatKpiValue(String(v), unit, data?.currency ?? "EUR", locale),
        formatAxis:
          unit === "currency" ? (v) => formatMoneyCompact(v, data?.currency ?? "EUR", locale) : undefined,
      }),
    [data, key, unit, locale, text.name],
  );
  if (!query || !data) return <WidgetState query={query} />;
  if (data.rows.length === 0) return <Text c="dimmed">{t("dashboards.widget.noData")}</Text>;
  return (
    <EChart
      option={option}
      height={height}
      className="chart-surface"
      role="img"
      aria-label={t("dashboards.bar.label", {
        name: text.name(key),
        by: t(`dashboards.dimensionsInline.${data.by}`),
      })}
      data-testid="bar-chart"
      onCategoryClick={(index) => {
        const row = data.rows[index];
        if (row) onDrill({ key, dimension: data.by, dimensionValue: row.id, label: row.label });
      }}
    />
  );
}

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { KpiDefinitionDto, KpiUnit } from "../api/kpi-types";
import { useKpiCatalogue } from "../api/use-kpis";
import { useAppLocale } from "../app/use-app-locale";
import { formatKpiValue } from "./format/format-kpi-value";

/**
 * Names and formatting of the catalogue's KPIs in the reader's language: a built-in KPI's name is translated
 * (`dashboards.kpiNames.<key>`), a workspace's own (custom, stage, evaluation criterion) shows as the server names it.
 */
export function useKpiText() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const catalogue = useKpiCatalogue();
  const byKey = new Map<string, KpiDefinitionDto>((catalogue.data?.kpis ?? []).map((k) => [k.key, k]));
  const measureUnits = new Map((catalogue.data?.measures ?? []).map((m) => [m.key, m.unit]));
  const measureLabels = new Map((catalogue.data?.measures ?? []).map((m) => [m.key, m.label]));

  const name = useCallback(
    (key: string) => {
      const definition = byKey.get(key);
      // A funnel step drills into a measure: its label then.
      const fallback = definition?.name ?? measureLabels.get(key) ?? key;
      return key.includes(".") || definition?.custom
        ? fallback
        : t(`dashboards.kpiNames.${key}`, { defaultValue: fallback });
    },
    [byKey, measureLabels, t],
  );
  const unit = (key: string): KpiUnit => byKey.get(key)?.unit ?? "count";
  const format = (key: string, value: string | null, currency: string) =>
    formatKpiValue(value, unit(key), currency, locale);
  /** A measure's own unit (drill-down totals): fte and months read as counts. */
  const measureUnit = (measure: string): KpiUnit => {
    const u = measureUnits.get(measure);
    return u === "currency" || u === "days" || u === "score" ? u : "count";
  };
  const measureLabel = (measure: string) => measureLabels.get(measure) ?? measure;
  return { catalogue, byKey, name, unit, format, measureUnit, measureLabel, locale };
}

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TierTable } from "../../api/comp-types";
import { useAppLocale } from "../../app/use-app-locale";
import { EChart } from "../../revenue/EChart";
import { buildTierChartOption, tierChartPoints } from "./build-tier-chart-option";

/** The table's rate against attainment (or amount): steps for marginal/retroactive, lines for interpolated. */
export function TierChart({ table, currency }: { table: TierTable; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const option = useMemo(
    () =>
      buildTierChartOption(table, {
        locale,
        currency,
        labels: { rate: t("comp.plans.rate"), basis: t(`comp.plans.basis.${table.basis}`) },
      }),
    [table, locale, currency, t],
  );
  return (
    <EChart
      option={option}
      height={220}
      role="img"
      aria-label={t("comp.plans.chartLabel", {
        name: table.name,
        method: t(`comp.plans.methods.${table.method}`),
      })}
      data-testid="tier-chart"
      data-points={JSON.stringify(tierChartPoints(table).map((p) => p.value))}
    />
  );
}

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { SegmentProfile } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { EChart } from "../../revenue/EChart";
import { buildProfileChartOption } from "./build-profile-chart-option";

/** Revenue against potential by segment (the profiles table beside it carries the same figures in text). */
export function ProfileChart({
  profiles,
  currency,
}: {
  profiles: readonly SegmentProfile[];
  currency: string;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const option = useMemo(
    () =>
      buildProfileChartOption(profiles, {
        locale,
        currency,
        labels: {
          revenue: t("segmentation.profiles.revenue"),
          potential: t("segmentation.profiles.potential"),
          accounts: t("segmentation.profiles.accounts"),
        },
      }),
    [profiles, currency, locale, t],
  );
  return (
    <EChart
      option={option}
      height={300}
      role="img"
      aria-label={t("segmentation.charts.profileLabel")}
      data-testid="profile-chart"
      data-segments={JSON.stringify(profiles.map((p) => p.segment))}
    />
  );
}

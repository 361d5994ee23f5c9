import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../api/kpi-types";

/** A preset's name in the reader's language; a user's dashboard keeps the name they gave it. */
export function useDashboardName() {
  const { t } = useTranslation();
  return (dashboard: Pick<DashboardDto, "id" | "name" | "preset">) =>
    dashboard.id.startsWith("preset:") && dashboard.preset
      ? t(`dashboards.presets.${dashboard.preset}`, { defaultValue: dashboard.name })
      : dashboard.name;
}

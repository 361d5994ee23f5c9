import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Placeholder until the page is built (docs/forecasting-api.md). */
export function PipelineSettingsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t("pipeline.title")}</Title>;
}

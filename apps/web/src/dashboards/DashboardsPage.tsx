import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Contract placeholder: the page is built by its module. */
export function DashboardsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t("dashboards.title")}</Title>;
}

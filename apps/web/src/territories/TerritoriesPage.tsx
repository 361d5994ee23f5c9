import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Placeholder while the page is built this session (replaced before the work lands).
export function TerritoriesPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t("nav.territories")}</Title>;
}

import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Placeholder while the page is built this session (replaced before the work lands).
export function SegmentationPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t("nav.segmentation")}</Title>;
}

import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** Back to the list of presets and own dashboards (the menu entry opens the role's preset instead). */
export function AllDashboardsLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/dashboards"
      search={{ view: "all" }}
      className="mantine-focus-auto"
      style={{ fontSize: "var(--mantine-font-size-sm)", color: "var(--mantine-color-anchor)" }}
    >
      {t("dashboards.allDashboards")}
    </Link>
  );
}

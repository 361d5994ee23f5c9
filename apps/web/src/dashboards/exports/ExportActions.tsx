import { Button, Group, Menu, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardFilters } from "../../api/kpi-types";
import { dashboardExportHref, useSaveSnapshot } from "../../api/use-dashboards";
import { useAppLocale } from "../../app/use-app-locale";
import { SnapshotHistory } from "./SnapshotHistory";

type Props = { dashboardId: string; dashboardName: string; filters: DashboardFilters };

/** PDF and Excel of the dashboard as filtered on screen, a stored snapshot of it now, and the snapshots' history. */
export function ExportActions({ dashboardId, dashboardName, filters }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const save = useSaveSnapshot(dashboardId);
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <Group gap="xs" wrap="wrap">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="xs">
            {t("dashboards.export.menu")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={dashboardExportHref(dashboardId, "pdf", filters, locale)}
            download
            data-testid="export-pdf"
          >
            {t("dashboards.export.pdf")}
          </Menu.Item>
          <Menu.Item
            component="a"
            href={dashboardExportHref(dashboardId, "xlsx", filters, locale)}
            download
            data-testid="export-xlsx"
          >
            {t("dashboards.export.xlsx")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        size="xs"
        loading={save.isPending}
        onClick={() =>
          save.mutate({ name: t("dashboards.export.snapshotName", { name: dashboardName }), filters })
        }
      >
        {t("dashboards.export.snapshot")}
      </Button>
      <Button variant="subtle" size="xs" onClick={() => setHistoryOpen(true)}>
        {t("dashboards.export.history")}
      </Button>
      {save.isSuccess ? (
        <Text size="xs" c="teal.7" role="status">
          {t("dashboards.export.saved")}
        </Text>
      ) : save.isError ? (
        <Text size="xs" c="red.7" role="alert">
          {t("dashboards.export.saveFailed", { detail: save.error.message })}
        </Text>
      ) : null}
      <SnapshotHistory dashboardId={dashboardId} opened={historyOpen} onClose={() => setHistoryOpen(false)} />
    </Group>
  );
}

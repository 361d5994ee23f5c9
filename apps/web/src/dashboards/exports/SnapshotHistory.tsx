import { Alert, Anchor, Group, Loader, Modal, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { snapshotExportHref, useReportSnapshots } from "../../api/use-dashboards";
import { useAppLocale } from "../../app/use-app-locale";
import { formatInstant } from "../../forecast/shared/format-instant";

/** The dashboard's stored snapshots, newest first, each with its PDF and XLSX (the same bytes every time). */
export function SnapshotHistory(props: { dashboardId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const list = useReportSnapshots(props.dashboardId, props.opened);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={t("dashboards.history.title")}
      closeButtonProps={{ "aria-label": t("dashboards.history.close") }}
    >
      {list.isError ? (
        <Alert color="red" role="alert">
          {t("dashboards.history.error")}
        </Alert>
      ) : !list.data ? (
        <Group justify="center" p="md">
          <Loader aria-label={t("app.loading")} />
        </Group>
      ) : list.data.length === 0 ? (
        <Text c="dimmed">{t("dashboards.history.empty")}</Text>
      ) : (
        <Table striped fz="sm" data-testid="snapshot-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("dashboards.history.name")}</Table.Th>
              <Table.Th scope="col">{t("dashboards.history.takenAt")}</Table.Th>
              <Table.Th scope="col">{t("dashboards.history.files")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((snapshot) => (
              <Table.Tr key={snapshot.id} data-snapshot-id={snapshot.id}>
                <Table.Td>{snapshot.name}</Table.Td>
                <Table.Td className="num" ta="left">
                  {formatInstant(snapshot.takenAt, locale)}
                </Table.Td>
                <Table.Td>
                  <Group gap="sm">
                    <Anchor href={snapshotExportHref(snapshot.id, "pdf", locale)} download size="sm">
                      PDF
                    </Anchor>
                    <Anchor href={snapshotExportHref(snapshot.id, "xlsx", locale)} download size="sm">
                      XLSX
                    </Anchor>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}

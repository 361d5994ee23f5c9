import { Badge, Drawer, Group, Loader, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { GridRow } from "../../api/forecast-types";
import { useForecastHistory } from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatInstant } from "../shared/format-instant";

type Props = { periodId: string; currency: string; row: GridRow | null; onClose: () => void };

/** Every call and override about one person in the period, newest first. */
export function HistoryDrawer({ periodId, currency, row, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const history = useForecastHistory(periodId, row?.personId ?? null);
  return (
    <Drawer
      opened={row !== null}
      onClose={onClose}
      position="right"
      size="56rem"
      title={
        <Text fw={700} size="lg">
          {t("forecast.historyDrawer.title", { name: row?.name ?? "" })}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("forecast.historyDrawer.close") }}
      data-testid="history-drawer"
    >
      {history.isPending ? (
        <Group justify="center" p="xl">
          <Loader aria-label={t("app.loading")} />
        </Group>
      ) : history.isError ? (
        <ApiError error={history.error} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t("forecast.historyDrawer.empty")}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="history-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("forecast.historyDrawer.when")}</Table.Th>
              <Table.Th scope="col">{t("forecast.historyDrawer.kind")}</Table.Th>
              <Table.Th scope="col">{t("forecast.historyDrawer.author")}</Table.Th>
              <Table.Th scope="col">{t("forecast.historyDrawer.motion")}</Table.Th>
              <Table.Th scope="col">{t("forecast.historyDrawer.category")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.historyDrawer.amount")}
              </Table.Th>
              <Table.Th scope="col">{t("forecast.historyDrawer.note")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((s) => (
              <Table.Tr key={s.id} data-kind={s.kind} data-amount={s.amount} data-category={s.category}>
                <Table.Td>{formatInstant(s.submittedAt, locale)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={s.kind === "override" ? "orange" : "blue"}>
                    {t(`forecast.historyDrawer.kinds.${s.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{s.authorName}</Table.Td>
                <Table.Td>{t(`forecast.filters.motions.${s.motion}`)}</Table.Td>
                <Table.Td>{t(`forecast.categories.${s.category}`)}</Table.Td>
                <Table.Td className="num">{money(s.amount, currency)}</Table.Td>
                <Table.Td>{s.note ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Drawer>
  );
}

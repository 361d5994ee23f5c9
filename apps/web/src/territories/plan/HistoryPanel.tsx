import { Paper, Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePlanEvents } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";

/** The plan's audit trail: who changed what, newest first. */
export function HistoryPanel({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const events = usePlanEvents(planId);
  if (events.isError) return <ApiError error={events.error} />;
  if (!events.data) return <Skeleton h={200} />;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const list = [...events.data].sort((a, b) => b.seq - a.seq);
  return (
    <Paper withBorder radius="md" p="xs">
      {list.length === 0 ? <Text size="sm">{t("territories.history.none")}</Text> : null}
      <Table data-testid="plan-events">
        <Table.Tbody>
          {list.map((e) => (
            <Table.Tr key={e.seq}>
              <Table.Td>
                <Text size="sm">{time.format(new Date(e.at))}</Text>
              </Table.Td>
              <Table.Td>{e.actorName ?? "—"}</Table.Td>
              <Table.Td>{e.action}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" style={{ wordBreak: "break-word" }}>
                  {e.detail === null || e.detail === undefined ? "" : JSON.stringify(e.detail)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

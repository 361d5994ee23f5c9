import { Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import { useMyQuota } from "../../api/use-planning-analysis";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { useSearchState } from "../../comp/shared/use-search-state";
import { formatMonth } from "../../format/format-date";
import { fiscalYearName, fiscalYearStart } from "../../revenue/fiscal-periods";

/** A rep's own quota for the year, as the plan of record publishes it, month by month. */
export function MyQuotaPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const me = useSignedInMe();
  const search = useSearchState();
  // This year's quota, or next year's once it is published (plans are set before the year starts).
  const thisYear = fiscalYearName(fiscalYearStart(me.today, me.workspace.fiscalYearStartMonth));
  const year = Number(search.get("year") ?? thisYear);
  const quota = useMyQuota(year);
  const none = quota.error instanceof ApiProblem && quota.error.status === 404;
  return (
    <Stack gap="md" maw={720} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("planning.myQuota.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("planning.myQuota.subtitle")}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t("planning.new.fiscalYear")}
          value={String(year)}
          onChange={(value) => search.set({ year: value === String(thisYear) ? undefined : value })}
          data={[thisYear, thisYear + 1].map((y) => ({
            value: String(y),
            label: t("planning.fiscalYearShort", { year: y }),
          }))}
        />
      </Group>
      {quota.isPending ? <Skeleton h={320} /> : null}
      {none ? (
        <Paper withBorder p="xl" ta="center" data-testid="my-quota-none">
          <Text>{t("planning.myQuota.none", { year })}</Text>
        </Paper>
      ) : quota.isError ? (
        <ApiError error={quota.error} />
      ) : null}
      {quota.data ? (
        <Paper withBorder radius="md" p="md" data-testid="my-quota" data-annual={quota.data.annual}>
          <Text size="sm" c="dimmed">
            {t("planning.myQuota.from", {
              name: quota.data.scenarioName,
              version: quota.data.version ?? 0,
              year: quota.data.fiscalYear,
            })}
          </Text>
          <Text fw={700} size="xl" mb="sm">
            {money(quota.data.annual, quota.data.currency)}
          </Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("planning.capacity.month")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.myQuota.quota")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quota.data.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row">{formatMonth(m.month, locale, "long")}</Table.Th>
                  <Table.Td className="num">{money(m.amount, quota.data.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}

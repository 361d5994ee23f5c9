import {
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRunRate } from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatMonth } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { seriesValues } from "../shared/chart-option";
import { formatMetric } from "../statistical/format-metric";
import { buildRunRateOption } from "./build-run-rate-option";

/** Monthly net bookings of the node's scope, the Theta forecast with its band, and the comparison methods. */
export function RunRatePanel({ personId }: { personId: string | undefined }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const runRate = useRunRate(personId);
  const [asTable, setAsTable] = useState(false);
  const labels = useMemo(
    () => ({
      history: t("forecast.runRate.history"),
      monthSoFar: t("forecast.runRate.monthSoFar"),
      theta: t("forecast.runRate.theta"),
      band: t("forecast.runRate.band"),
      arima: t("forecast.runRate.arima"),
      seasonalNaive: t("forecast.runRate.seasonalNaive"),
    }),
    [t],
  );
  const data = runRate.data;
  const option = useMemo(
    () => (data ? buildRunRateOption(data, { locale, labels }) : null),
    [data, locale, labels],
  );
  if (runRate.isError) return <ApiError error={runRate.error} testId="run-rate-error" />;
  if (!data || !option) return <Skeleton h={360} />;
  const format = (amount: string | null) => (amount === null ? "—" : money(amount, data.currency));
  const holdout = data.holdout;
  const scores = holdout
    ? [
        { key: "theta", label: labels.theta, score: holdout.theta },
        { key: "seasonalNaive", label: labels.seasonalNaive, score: holdout.seasonalNaive },
        ...(holdout.arima ? [{ key: "arima", label: labels.arima, score: holdout.arima }] : []),
      ]
    : [];
  const soFar = data.currentMonth ?? null;

  const table = (
    <Table striped verticalSpacing={4} data-testid="run-rate-table">
      <caption style={{ captionSide: "top", textAlign: "left" }}>
        {t("forecast.runRate.tableCaption")}
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("forecast.runRate.month")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {labels.history}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {labels.theta}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.runRate.low")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.runRate.high")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {labels.arima}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {labels.seasonalNaive}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.history.map((h) => (
          <Table.Tr key={h.month} data-month={h.month}>
            <Table.Th scope="row">{formatMonth(h.month, locale, "long")}</Table.Th>
            <Table.Td className="num">{format(h.amount)}</Table.Td>
            <Table.Td colSpan={5} />
          </Table.Tr>
        ))}
        {soFar ? (
          <Table.Tr key={`${soFar.month}-so-far`} data-month={soFar.month} data-so-far="true">
            <Table.Th scope="row">
              {formatMonth(soFar.month, locale, "long")} ({labels.monthSoFar})
            </Table.Th>
            <Table.Td className="num">{format(soFar.amount)}</Table.Td>
            <Table.Td colSpan={5} />
          </Table.Tr>
        ) : null}
        {data.forecast.map((f) => (
          <Table.Tr key={f.month} data-month={f.month} data-forecast="true">
            <Table.Th scope="row">{formatMonth(f.month, locale, "long")}</Table.Th>
            <Table.Td className="num">—</Table.Td>
            <Table.Td className="num">{format(f.theta)}</Table.Td>
            <Table.Td className="num">{format(f.low)}</Table.Td>
            <Table.Td className="num">{format(f.high)}</Table.Td>
            <Table.Td className="num">{format(f.arima)}</Table.Td>
            <Table.Td className="num">{format(f.seasonalNaive)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="md" data-testid="run-rate-panel">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <div>
            <Title order={3} size="h5">
              {t("forecast.runRate.title")}
            </Title>
            <Text size="xs" c="dimmed">
              {t("forecast.runRate.method", { method: data.method })}
            </Text>
          </div>
          <Switch
            label={t("forecast.trend.showTable")}
            checked={asTable}
            onChange={(e) => setAsTable(e.currentTarget.checked)}
          />
        </Group>
        {asTable ? (
          table
        ) : (
          <>
            <EChart
              option={option}
              height={300}
              role="img"
              aria-label={t("forecast.runRate.ariaLabel")}
              data-testid="run-rate-chart"
              data-series={JSON.stringify(seriesValues(option))}
            />
            <VisuallyHidden>{table}</VisuallyHidden>
          </>
        )}
      </Paper>
      {data.notes && data.notes.length > 0 ? (
        <Stack gap={2} data-testid="run-rate-notes">
          {data.notes.map((note) => (
            <Text key={note} size="xs" c="dimmed">
              {note}
            </Text>
          ))}
        </Stack>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="xs">
            {holdout
              ? t("forecast.runRate.holdout", { months: holdout.months })
              : t("forecast.runRate.noHoldout")}
          </Title>
          <Table verticalSpacing={4} data-testid="run-rate-holdout">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("forecast.runRate.methodColumn")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("forecast.runRate.smape")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("forecast.runRate.mase")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scores.map((s) => (
                <Table.Tr key={s.key} data-method={s.key}>
                  <Table.Th scope="row">{s.label}</Table.Th>
                  <Table.Td className="num">{formatMetric(s.score.smape, locale, 2)}</Table.Td>
                  <Table.Td className="num">{formatMetric(s.score.mase, locale, 3)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

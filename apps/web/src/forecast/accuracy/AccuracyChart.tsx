import { Group, Paper, Switch, Table, Title, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AccuracyLine } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatDate } from "../../format/format-date";
import { formatAttainment } from "../../format/format-percent";
import { EChart } from "../../revenue/EChart";
import { seriesValues } from "../shared/chart-option";
import { buildAccuracyChartOption } from "./build-accuracy-chart-option";
import { useLineName } from "./use-line-name";

type Props = { lines: readonly AccuracyLine[]; periodLabel: string; currency: string; periodId: string };

/** Forecast − actual at each snapshot of the period, for the lines ticked in the table. */
export function AccuracyChart({ lines, periodLabel, currency, periodId }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const lineName = useLineName();
  const [asTable, setAsTable] = useState(false);
  const option = useMemo(
    () => buildAccuracyChartOption(lines, { locale, currency, lineName }),
    [lines, locale, currency, lineName],
  );
  const table = (
    <Table striped verticalSpacing={4} data-testid="accuracy-points">
      <caption style={{ captionSide: "top", textAlign: "left" }}>
        {t("forecast.accuracy.tableCaption")}
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("forecast.accuracy.person")}</Table.Th>
          <Table.Th scope="col">{t("forecast.accuracy.takenOn")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.accuracy.forecast")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.accuracy.actual")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.accuracy.error")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.accuracy.mape")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.flatMap((line) =>
          line.points
            .filter((p) => p.periodId === periodId)
            .map((p) => (
              <Table.Tr key={`${lineName(line)}-${p.takenOn}`}>
                <Table.Th scope="row">{lineName(line)}</Table.Th>
                <Table.Td>{formatDate(p.takenOn, locale)}</Table.Td>
                <Table.Td className="num">{money(p.forecast, currency)}</Table.Td>
                <Table.Td className="num">{money(p.actual, currency)}</Table.Td>
                <Table.Td className="num">{money(p.error, currency)}</Table.Td>
                <Table.Td className="num">{formatAttainment(p.ape, locale)}</Table.Td>
              </Table.Tr>
            )),
        )}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("forecast.accuracy.chartTitle")}
        </Title>
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
            height={320}
            role="img"
            aria-label={t("forecast.accuracy.chartAria", { period: periodLabel })}
            data-testid="accuracy-chart"
            data-series={JSON.stringify(seriesValues(option))}
          />
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      )}
    </Paper>
  );
}

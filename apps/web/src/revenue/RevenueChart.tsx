import { Group, Paper, SegmentedControl, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RevenueVsTarget } from "../api/types";
import { useAppLocale } from "../app/use-app-locale";
import { formatMonth } from "../format/format-date";
import { formatMoney } from "../format/format-money";
import { formatAttainment } from "../format/format-percent";
import {
  buildRevenueChartOption,
  chartSeriesValues,
  type RevenueChartView,
} from "./build-revenue-chart-option";
import type { DrillDown } from "./drill-down";
import { EChart } from "./EChart";

type Props = { data: RevenueVsTarget; onDrill: (drill: DrillDown) => void };

export function RevenueChart({ data, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [view, setView] = useState<RevenueChartView>("monthly");
  const option = useMemo(
    () =>
      buildRevenueChartOption(data, {
        locale,
        view,
        labels: {
          bookings: t("revenue.chart.bookings"),
          target: t("revenue.chart.target"),
          cumulativeBookings: t("revenue.chart.cumulativeBookings"),
          cumulativeTarget: t("revenue.chart.cumulativeTarget"),
          attainment: t("revenue.chart.attainment"),
        },
      }),
    [data, locale, view, t],
  );
  const from = formatMonth(data.from, locale, "long");
  const to = formatMonth(data.to, locale, "long");
  const money = (amount: string) => formatMoney(amount, data.currency, locale);

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="revenue-chart-title">
          {t("revenue.chart.title")}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t("revenue.chart.view")}
          value={view}
          onChange={(value) => setView(value === "cumulative" ? "cumulative" : "monthly")}
          data={[
            { value: "monthly", label: t("revenue.chart.monthly") },
            { value: "cumulative", label: t("revenue.chart.cumulative") },
          ]}
        />
      </Group>
      <EChart
        option={option}
        height={320}
        role="img"
        aria-label={t("revenue.chart.ariaLabel", { from, to })}
        className="chart-surface"
        data-testid="revenue-chart"
        data-view={view}
        data-months={JSON.stringify(data.months.map((m) => m.month))}
        data-series={JSON.stringify(chartSeriesValues(option))}
        onCategoryClick={(index) => {
          const month = data.months[index];
          if (month) onDrill({ kind: "month", month: month.month, amount: month.bookings });
        }}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t("revenue.chart.hint")}
      </Text>
      <VisuallyHidden>
        <Table data-testid="chart-data-table">
          <caption>{t("revenue.chart.tableCaption", { from, to })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("revenue.table.month")}</Table.Th>
              <Table.Th scope="col">{t("revenue.chart.bookings")}</Table.Th>
              <Table.Th scope="col">{t("revenue.chart.target")}</Table.Th>
              <Table.Th scope="col">{t("revenue.chart.attainment")}</Table.Th>
              <Table.Th scope="col">{t("revenue.chart.cumulativeBookings")}</Table.Th>
              <Table.Th scope="col">{t("revenue.chart.cumulativeTarget")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.months.map((m) => (
              <Table.Tr key={m.month} data-month={m.month}>
                <Table.Th scope="row">{formatMonth(m.month, locale, "long")}</Table.Th>
                <Table.Td>{money(m.bookings)}</Table.Td>
                <Table.Td>{money(m.target)}</Table.Td>
                <Table.Td>{formatAttainment(m.attainment, locale)}</Table.Td>
                <Table.Td>{money(m.cumulativeBookings)}</Table.Td>
                <Table.Td>{money(m.cumulativeTarget)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}

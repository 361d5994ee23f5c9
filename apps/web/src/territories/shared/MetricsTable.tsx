import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BalanceMetrics } from "../../api/territory-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMetric } from "./format-metric";
import { buildMetricRows } from "./metric-rows";

type Props = {
  before: BalanceMetrics | null;
  after: BalanceMetrics;
  beforeLabel: string;
  afterLabel: string;
  currency: string;
  testId?: string;
};

/** Equity side by side: min, max, std dev and Gini of potential and workload; the better side in bold green. */
export function MetricsTable({ before, after, beforeLabel, afterLabel, currency, testId }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const rows = buildMetricRows(before, after);
  return (
    <Table data-testid={testId ?? "metrics-table"} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("territories.metrics.measure")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {beforeLabel}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {afterLabel}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={`${row.measure}.${row.stat}`}
            data-testid="metric-row"
            data-metric={`${row.measure}.${row.stat}`}
            data-before={row.before ?? ""}
            data-after={row.after}
          >
            <Table.Th scope="row" fw={400}>
              {t(`territories.metrics.${row.measure}`)} · {t(`territories.metrics.${row.stat}`)}
            </Table.Th>
            <Table.Td className="num">
              {formatMetric(row.measure, row.stat, row.before, currency, locale)}
            </Table.Td>
            <Table.Td className="num">
              <Text
                span
                inherit
                fw={row.better === true ? 700 : undefined}
                c={row.better === true ? "teal.8" : row.better === false ? "red.8" : undefined}
              >
                {formatMetric(row.measure, row.stat, row.after, currency, locale)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

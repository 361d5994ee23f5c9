import { Paper, Table, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CapacityReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatMonth } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { formatHeads } from "../shared/format-plan-amount";
import { buildCapacityChartOption } from "./build-capacity-chart-option";

/** The AE role against the target: capacity by month (chart) and the month table behind it. */
export function BookingsCapacityCard({ plan, currency }: { plan: CapacityReport; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const labels = useMemo(
    () => ({
      capacity: t("planning.capacity.capacity"),
      target: t("planning.figures.target"),
      gap: t("planning.capacity.gap"),
      heads: t("planning.capacity.heads"),
    }),
    [t],
  );
  const option = useMemo(
    () => buildCapacityChartOption(plan, { locale, currency, labels }),
    [plan, locale, currency, labels],
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t("planning.capacity.chartTitle")}
      </Title>
      <EChart
        option={option}
        height={300}
        role="img"
        aria-label={t("planning.capacity.chartTitle")}
        data-testid="capacity-chart"
      />
      <Table.ScrollContainer minWidth={720} mt="sm">
        <Table striped fz="xs" data-testid="capacity-months">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.capacity.month")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.heads")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.rampedHeads")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.requiredHeads")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.capacity")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.figures.target")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.gap")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{formatMonth(m.month, locale, "short")}</Table.Th>
                <Table.Td className="num">{formatHeads(m.heads, locale)}</Table.Td>
                <Table.Td className="num">{formatHeads(m.rampedHeads, locale)}</Table.Td>
                <Table.Td className="num">{formatHeads(m.requiredHeads, locale)}</Table.Td>
                <Table.Td className="num">{money(m.capacity, currency)}</Table.Td>
                <Table.Td className="num">{money(m.target, currency)}</Table.Td>
                <Table.Td className="num">{money(m.gap, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

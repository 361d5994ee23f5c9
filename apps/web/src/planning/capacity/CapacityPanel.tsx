import { Alert, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Scenario } from "../../api/planning-types";
import { useCapacity } from "../../api/use-planning-analysis";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatMonth } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { formatHeads } from "../shared/format-plan-amount";
import { buildCapacityChartOption } from "./build-capacity-chart-option";
import { HiringPlanTable } from "./HiringPlanTable";
import { SensitivityTable } from "./SensitivityTable";

/** Can the people deliver the target? Capacity against target by month, the hires that close the gap, what-ifs. */
export function CapacityPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const capacity = useCapacity(scenario.id);
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
    () =>
      capacity.data
        ? buildCapacityChartOption(capacity.data, { locale, currency: scenario.currency, labels })
        : undefined,
    [capacity.data, locale, scenario.currency, labels],
  );
  if (capacity.isError) return <ApiError error={capacity.error} />;
  if (!capacity.data || !option) return <Skeleton h={360} />;
  const plan = capacity.data;
  const tiles = [
    { label: t("planning.capacity.totalCapacity"), value: money(plan.totalCapacity, scenario.currency) },
    { label: t("planning.capacity.totalTarget"), value: money(plan.totalTarget, scenario.currency) },
    { label: t("planning.capacity.hires"), value: String(plan.hires.reduce((n, h) => n + h.count, 0)) },
  ];

  return (
    <Stack gap="md" data-testid="capacity-panel" data-total-capacity={plan.totalCapacity}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {tiles.map((tile) => (
          <Paper key={tile.label} withBorder p="md" radius="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {tile.label}
            </Text>
            <Text fw={700} size="xl" className="num" ta="left">
              {tile.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {plan.shortfalls.length > 0 ? (
        <Alert color="orange" title={t("planning.capacity.shortfallTitle")}>
          {plan.shortfalls
            .map((s) => `${formatMonth(s.month, locale, "short")}: ${money(s.gap, scenario.currency)}`)
            .join(" · ")}
        </Alert>
      ) : null}
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
                  <Table.Td className="num">{money(m.capacity, scenario.currency)}</Table.Td>
                  <Table.Td className="num">{money(m.target, scenario.currency)}</Table.Td>
                  <Table.Td className="num">{money(m.gap, scenario.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <HiringPlanTable hires={plan.hires} />
        <SensitivityTable rows={plan.sensitivity} currency={scenario.currency} />
      </SimpleGrid>
    </Stack>
  );
}

import { Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AnalyticsGroupBy } from "../../api/pipeline-types";
import { usePipelineAnalytics } from "../../api/use-pipeline";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { formatAttainment } from "../../format/format-percent";
import { EChart } from "../../revenue/EChart";
import { formatDays } from "../shared/format-ratio";
import { buildConversionOption } from "./build-conversion-option";
import { barValues, buildVelocityOption } from "./build-velocity-option";

const groupings: readonly AnalyticsGroupBy[] = ["segment", "source", "owner", "type"];

type Props = {
  personId: string | undefined;
  from: string | undefined;
  to: string | undefined;
  by: AnalyticsGroupBy;
  onBy: (by: AnalyticsGroupBy) => void;
};

/** Conversion funnel, days per stage, ageing of open deals, and win rate / deal size / cycle by a chosen dimension. */
export function AnalyticsPanel({ personId, from, to, by, onBy }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const analytics = usePipelineAnalytics({ personId, from, to, by });
  const data = analytics.data;
  const conversionOption = useMemo(
    () =>
      data
        ? buildConversionOption(data.conversion, {
            locale,
            labels: {
              entered: t("pipeline.analytics.entered"),
              toNext: t("pipeline.analytics.toNext"),
              toWon: t("pipeline.analytics.toWon"),
            },
          })
        : null,
    [data, locale, t],
  );
  const velocityOption = useMemo(
    () =>
      data
        ? buildVelocityOption(data.velocity, {
            locale,
            labels: {
              medianDays: t("pipeline.analytics.medianDays"),
              meanDays: t("pipeline.analytics.meanDays"),
              deals: t("pipeline.analytics.deals"),
            },
          })
        : null,
    [data, locale, t],
  );
  if (analytics.isError) return <ApiError error={analytics.error} testId="analytics-error" />;
  if (!data || !conversionOption || !velocityOption) return <Skeleton h={480} />;
  const money = (amount: string | null) =>
    amount === null ? "—" : formatMoney(amount, data.currency, locale);

  return (
    <Stack gap="md" data-testid="pipeline-analytics" aria-busy={analytics.isPlaceholderData}>
      <Text size="sm" c="dimmed">
        {t("pipeline.analytics.range", {
          from: formatDate(data.from, locale),
          to: formatDate(data.to, locale),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="analytics-summary">
        {[
          ["winRate", formatAttainment(data.summary.winRate, locale)],
          ["averageDeal", money(data.summary.averageDeal)],
          ["cycle", formatDays(data.summary.cycleMedianDays, locale)],
          [
            "closed",
            t("pipeline.analytics.wonLost", {
              won: formatCount(data.summary.won, locale),
              lost: formatCount(data.summary.lost, locale),
            }),
          ],
        ].map(([key, value]) => (
          <Paper key={key} withBorder radius="md" p="sm">
            <Text size="xs" tt="uppercase" fw={600} c="dimmed">
              {t(`pipeline.analytics.summary.${key}`)}
            </Text>
            <Text fz={20} fw={700} className="num" ta="left">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="sm">
          <Title order={2} size="h5" mb="xs">
            {t("pipeline.analytics.conversion")}
          </Title>
          <EChart
            option={conversionOption}
            height={260}
            role="img"
            aria-label={t("pipeline.analytics.conversion")}
            data-testid="conversion-chart"
            data-values={JSON.stringify(barValues(conversionOption))}
          />
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Title order={2} size="h5" mb="xs">
            {t("pipeline.analytics.velocity")}
          </Title>
          <EChart
            option={velocityOption}
            height={260}
            role="img"
            aria-label={t("pipeline.analytics.velocity")}
            data-testid="velocity-chart"
            data-values={JSON.stringify(barValues(velocityOption))}
          />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="sm">
          <Title order={2} size="h5" mb="xs">
            {t("pipeline.analytics.ageing")}
          </Title>
          <Table data-testid="ageing-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("pipeline.analytics.ageBucket")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.deals")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.table.amount")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.ageing.map((row) => (
                <Table.Tr key={row.bucket}>
                  <Table.Th scope="row" fw={400}>
                    {t("pipeline.analytics.days", { range: row.bucket })}
                  </Table.Th>
                  <Table.Td className="num">{formatCount(row.count, locale)}</Table.Td>
                  <Table.Td className="num">{money(row.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Title order={2} size="h5" mb="xs">
            {t("pipeline.analytics.conversionTable")}
          </Title>
          <Table data-testid="conversion-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("pipeline.table.stage")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.entered")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.toNext")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.toWon")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.medianDays")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.conversion.map((row) => (
                <Table.Tr key={row.stage}>
                  <Table.Th scope="row" fw={400}>
                    {row.stage}
                  </Table.Th>
                  <Table.Td className="num">{formatCount(row.entered, locale)}</Table.Td>
                  <Table.Td className="num">{formatAttainment(row.conversionToNext, locale)}</Table.Td>
                  <Table.Td className="num">{formatAttainment(row.conversionToWon, locale)}</Table.Td>
                  <Table.Td className="num">
                    {formatDays(data.velocity.find((v) => v.stage === row.stage)?.medianDays ?? null, locale)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" p="sm">
        <SegmentedControl
          size="xs"
          mb="xs"
          aria-label={t("pipeline.analytics.groupBy")}
          value={by}
          onChange={(value) => onBy(groupings.find((g) => g === value) ?? "segment")}
          data={groupings.map((g) => ({ value: g, label: t(`pipeline.analytics.by.${g}`) }))}
          data-testid="analytics-by"
        />
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="analytics-groups" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`pipeline.analytics.by.${by}`)}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.summary.winRate")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.wonCol")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.lostCol")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.summary.averageDeal")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.summary.cycle")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("pipeline.analytics.openCol")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.groups.map((g) => (
                <Table.Tr key={g.key} data-testid="analytics-group" data-key={g.key}>
                  <Table.Th scope="row" fw={500}>
                    {by === "type" ? t(`pipeline.type.${g.key}`, { defaultValue: g.label }) : g.label}
                  </Table.Th>
                  <Table.Td className="num">{formatAttainment(g.winRate, locale)}</Table.Td>
                  <Table.Td className="num">{formatCount(g.won, locale)}</Table.Td>
                  <Table.Td className="num">{formatCount(g.lost, locale)}</Table.Td>
                  <Table.Td className="num">{money(g.averageDeal)}</Table.Td>
                  <Table.Td className="num">{formatDays(g.cycleMedianDays, locale)}</Table.Td>
                  <Table.Td className="num">
                    {formatCount(g.open, locale)} · {money(g.openAmount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

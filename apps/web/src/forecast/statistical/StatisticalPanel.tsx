import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../api/types";
import { type ForecastView, useStatisticalForecast, useTrainWinModel } from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { EChart } from "../../revenue/EChart";
import { seriesValues } from "../shared/chart-option";
import { buildHistogramOption } from "./build-histogram-option";
import { HistogramTable } from "./HistogramTable";
import { ModelSummary } from "./ModelSummary";
import { StatisticalDeals } from "./StatisticalDeals";

type Props = { view: ForecastView; role: Role };

const trainers: readonly Role[] = ["admin", "comp_admin"];

/** The period's expected value and interval from the deals' win probabilities, and the model behind them. */
export function StatisticalPanel({ view, role }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const forecast = useStatisticalForecast(view);
  const train = useTrainWinModel();
  const [asTable, setAsTable] = useState(false);
  const data = forecast.data;
  const option = useMemo(
    () => (data ? buildHistogramOption(data, { locale, shareLabel: t("forecast.statistical.share") }) : null),
    [data, locale, t],
  );

  if (forecast.isError) return <ApiError error={forecast.error} testId="statistical-error" />;
  if (!data || !option) return <Skeleton h={360} />;
  const format = (amount: string) => money(amount, data.currency);

  return (
    <Stack gap="md" data-testid="statistical-panel">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("forecast.statistical.closed")}
          </Text>
          <Text size="lg" fw={700} className="num" ta="left" data-testid="statistical-closed">
            {format(data.closed)}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("forecast.statistical.expected")}
          </Text>
          <Text size="lg" fw={700} className="num" ta="left" data-testid="statistical-expected">
            {format(data.expected)}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("forecast.statistical.interval")}
          </Text>
          <Text size="lg" fw={700} className="num" ta="left" data-testid="statistical-interval">
            {format(data.low)} – {format(data.high)}
          </Text>
          <Text size="xs" c="dimmed">
            {t("forecast.statistical.draws", { draws: formatCount(data.draws, locale) })}
          </Text>
          {data.excluded &&
          data.excluded.noAmount + data.excluded.negativeAmount + data.excluded.noRate > 0 ? (
            <Text size="xs" c="orange.8" data-testid="statistical-excluded">
              {t("forecast.statistical.excluded", {
                noAmount: formatCount(data.excluded.noAmount, locale),
                negative: formatCount(data.excluded.negativeAmount, locale),
                noRate: formatCount(data.excluded.noRate, locale),
              })}
            </Text>
          ) : null}
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5" id="histogram-title">
            {t("forecast.statistical.histogramLabel")}
          </Title>
          <Switch
            label={t("forecast.trend.showTable")}
            checked={asTable}
            onChange={(e) => setAsTable(e.currentTarget.checked)}
          />
        </Group>
        {asTable ? null : (
          <EChart
            option={option}
            height={220}
            role="img"
            aria-labelledby="histogram-title"
            data-testid="histogram-chart"
            data-series={JSON.stringify(seriesValues(option))}
          />
        )}
        <HistogramTable forecast={data} visible={asTable} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={3} size="h5">
            {t("forecast.statistical.model")}
          </Title>
          {trainers.includes(role) ? (
            <Button
              size="xs"
              variant="light"
              loading={train.isPending}
              onClick={() => train.mutate({})}
              data-testid="train-model"
            >
              {t("forecast.statistical.retrain")}
            </Button>
          ) : null}
        </Group>
        {train.isError ? <ApiError error={train.error} testId="train-error" /> : null}
        {train.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t("forecast.statistical.trained")}
          </Text>
        ) : null}
        <ModelSummary model={data.model} />
      </Paper>
      <StatisticalDeals forecast={data} />
    </Stack>
  );
}

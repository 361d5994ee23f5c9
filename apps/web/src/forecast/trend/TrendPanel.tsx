import { Anchor, Button, Group, Paper, Skeleton, Switch, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../api/types";
import {
  type ForecastView,
  trendExportHref,
  useForecastTrend,
  useTakeSnapshot,
} from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatDate } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { seriesValues } from "../shared/chart-option";
import { buildTrendChartOption } from "./build-trend-chart-option";
import { TrendTable } from "./TrendTable";

type Props = { view: ForecastView; role: Role };

const snapshotRoles: readonly Role[] = ["admin", "comp_admin", "manager"];

/** The node's forecast week by week from the snapshots, with "take one now" and the exports. */
export function TrendPanel({ view, role }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const trend = useForecastTrend(view);
  const snapshot = useTakeSnapshot(view.periodId);
  const [asTable, setAsTable] = useState(false);
  const labels = useMemo(
    () => ({
      commitForecast: t("forecast.grid.commitForecast"),
      bestCaseForecast: t("forecast.grid.bestCaseForecast"),
      closed: t("forecast.categories.closed"),
      statisticalExpected: t("forecast.trend.statisticalExpected"),
      band: t("forecast.trend.band"),
    }),
    [t],
  );
  const data = trend.data;
  const option = useMemo(
    () => (data ? buildTrendChartOption(data, { locale, labels }) : null),
    [data, locale, labels],
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="trend-title"
      data-testid="trend-panel"
    >
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="trend-title">
          {t("forecast.trend.title")}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Switch
            label={t("forecast.trend.showTable")}
            checked={asTable}
            onChange={(e) => setAsTable(e.currentTarget.checked)}
            data-testid="trend-as-table"
          />
          <Anchor href={trendExportHref(view, "csv")} size="sm" download data-testid="trend-csv">
            {t("forecast.trend.exportCsv")}
          </Anchor>
          <Anchor href={trendExportHref(view, "xlsx")} size="sm" download data-testid="trend-xlsx">
            {t("forecast.trend.exportXlsx")}
          </Anchor>
          {snapshotRoles.includes(role) ? (
            <Button
              size="xs"
              variant="light"
              loading={snapshot.isPending}
              onClick={() => snapshot.mutate()}
              data-testid="take-snapshot"
            >
              {t("forecast.trend.takeSnapshot")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {snapshot.isError ? <ApiError error={snapshot.error} testId="snapshot-error" /> : null}
      {snapshot.isSuccess ? (
        <Text size="sm" c="teal" role="status" data-testid="snapshot-taken">
          {t("forecast.trend.snapshotTaken", { date: formatDate(snapshot.data.takenOn, locale) })}
        </Text>
      ) : null}
      {trend.isError ? (
        <ApiError error={trend.error} testId="trend-error" />
      ) : !data || !option ? (
        <Skeleton h={300} />
      ) : data.points.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="trend-empty">
          {t("forecast.trend.empty")}
        </Text>
      ) : (
        <div aria-busy={trend.isFetching}>
          {asTable ? null : (
            <EChart
              option={option}
              height={300}
              role="img"
              aria-label={t("forecast.trend.ariaLabel", { name: data.name, period: data.period.label })}
              data-testid="trend-chart"
              data-dates={JSON.stringify(data.points.map((p) => p.takenOn))}
              data-series={JSON.stringify(seriesValues(option))}
            />
          )}
          <TrendTable trend={data} visible={asTable} />
        </div>
      )}
    </Paper>
  );
}

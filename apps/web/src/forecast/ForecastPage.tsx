import { Paper, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { GridRow } from "../api/forecast-types";
import { type ForecastView, useForecastGrid, useForecastPeriods } from "../api/use-forecasts";
import { useAppLocale } from "../app/use-app-locale";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { formatDate } from "../format/format-date";
import { ForecastGridTable } from "./grid/ForecastGridTable";
import { HistoryDrawer } from "./grid/HistoryDrawer";
import { OverrideModal } from "./grid/OverrideModal";
import { OwnCallForm } from "./grid/OwnCallForm";
import { RunRatePanel } from "./run-rate/RunRatePanel";
import { ForecastFilters } from "./shared/ForecastFilters";
import { defaultPeriodId } from "./shared/forecast-search";
import { NodeBreadcrumb } from "./shared/NodeBreadcrumb";
import { climbTo, drillDown, type TrailStep } from "./shared/node-trail";
import { useForecastSearch } from "./shared/use-forecast-search";
import { StatisticalPanel } from "./statistical/StatisticalPanel";
import { TrendPanel } from "./trend/TrendPanel";

/** Forecast calls of a node and its direct reports, with overrides, the weekly trend and the statistical view. */
export function ForecastPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const search = useForecastSearch();
  const periods = useForecastPeriods();
  const [trail, setTrail] = useState<TrailStep[]>([]);
  const [overriding, setOverriding] = useState<GridRow | null>(null);
  const [historyOf, setHistoryOf] = useState<GridRow | null>(null);

  const periodList = periods.data ?? [];
  const periodId = search.periodId ?? defaultPeriodId(periodList);
  const view: ForecastView | null = periodId
    ? { periodId, motion: search.motion, ...(search.personId ? { personId: search.personId } : {}) }
    : null;
  const grid = useForecastGrid(view);
  const data = grid.isError ? undefined : grid.data;

  // Opened from a link (no path walked in this session), the server's chain of managers is the path.
  const shownTrail: TrailStep[] =
    trail.length > 0 || !data
      ? trail
      : data.chain.map((step) => ({ personId: step.personId, name: step.name }));
  const onDrill = (row: GridRow) => {
    if (!data) return;
    setTrail(drillDown(shownTrail, { personId: search.personId, name: data.node.name }));
    search.setPerson(row.personId);
  };
  const onClimb = (index: number) => {
    const { trail: rest, to } = climbTo(shownTrail, index);
    setTrail(rest);
    search.setPerson(to?.personId);
  };

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t("forecast.title")}
        </Title>
        <Text c="dimmed" size="sm" data-testid="forecast-subtitle">
          {data
            ? t("forecast.subtitle", {
                period: data.period.label,
                from: formatDate(data.period.startsOn, locale),
                to: formatDate(data.period.endsOn, locale),
                asOf: formatDate(data.asOf, locale),
              })
            : "\u00a0"}
        </Text>
      </Stack>
      {periods.isError ? <ApiError error={periods.error} testId="forecast-error" /> : null}
      <ForecastFilters
        periods={periodList}
        periodId={periodId}
        onPeriod={(id) => search.setPeriod(id)}
        motion={search.motion}
        onMotion={(motion) => search.setMotion(motion)}
      />
      {data ? (
        <NodeBreadcrumb
          trail={shownTrail}
          current={data.node.name}
          showMyView={search.personId !== undefined}
          onClimb={onClimb}
          onMyView={() => search.setPerson(undefined)}
        />
      ) : null}
      {grid.isError ? (
        <ApiError error={grid.error} testId="forecast-error" />
      ) : !data || !view ? (
        <Stack gap="md" aria-busy="true" aria-label={t("forecast.loading")}>
          <Skeleton h={280} />
          <Skeleton h={200} />
        </Stack>
      ) : (
        <Stack gap="md" data-testid="forecast-report">
          <ForecastGridTable
            grid={data}
            busy={grid.isPlaceholderData}
            onDrill={onDrill}
            onOverride={setOverriding}
            onHistory={setHistoryOf}
          />
          {/* Keyed by node, period and motion so the inputs start from that node's own call. */}
          <OwnCallForm
            key={`${data.node.personId}|${data.period.id}|${data.motion}`}
            grid={data}
            ownPersonId={me.person?.id ?? null}
          />
          <TrendPanel view={view} role={me.role} />
          <Paper withBorder radius="md" p={0}>
            <Tabs defaultValue="statistical" keepMounted={false}>
              <Tabs.List aria-label={t("forecast.tabs.label")} px="md">
                <Tabs.Tab value="statistical">{t("forecast.tabs.statistical")}</Tabs.Tab>
                <Tabs.Tab value="runRate">{t("forecast.tabs.runRate")}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="statistical" p="md">
                <StatisticalPanel view={view} role={me.role} />
              </Tabs.Panel>
              <Tabs.Panel value="runRate" p="md">
                <RunRatePanel personId={view.personId} />
              </Tabs.Panel>
            </Tabs>
          </Paper>
          {overriding ? (
            <OverrideModal grid={data} row={overriding} onClose={() => setOverriding(null)} />
          ) : null}
          <HistoryDrawer
            periodId={data.period.id}
            currency={data.currency}
            row={historyOf}
            onClose={() => setHistoryOf(null)}
          />
        </Stack>
      )}
    </Stack>
  );
}

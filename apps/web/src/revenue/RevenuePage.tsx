import { Alert, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../api/api-fetch";
import type { Me, RevenueVsTarget } from "../api/types";
import { useRevenueVsTarget } from "../api/use-revenue";
import { useAppLocale } from "../app/use-app-locale";
import { compareDecimalStrings } from "../format/decimal-string";
import { formatMonth } from "../format/format-date";
import type { DrillDown } from "./drill-down";
import { KpiTiles } from "./KpiTiles";
import { LinesDrawer } from "./LinesDrawer";
import { MonthTable } from "./MonthTable";
import { PeriodPicker } from "./PeriodPicker";
import { PersonFilter } from "./PersonFilter";
import { RepTable } from "./RepTable";
import { RevenueChart } from "./RevenueChart";
import { useRevenueFilters } from "./use-revenue-filters";

function isEmpty(data: RevenueVsTarget): boolean {
  return data.totals.lines === 0 && compareDecimalStrings(data.totals.target, "0") === 0;
}

export function RevenuePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [filters, setFilters] = useRevenueFilters(me);
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const canFilter = me.role !== "rep";
  const report = useRevenueVsTarget(filters);
  // The unfiltered scope lists the people a manager or admin may narrow to.
  const scope = useRevenueVsTarget({ from: filters.from, to: filters.to }, canFilter);

  const data = report.isError ? undefined : report.data;
  const scopeLabel = data
    ? data.scope.kind === "person"
      ? data.scope.name
      : t(`revenue.scope.${data.scope.kind}`)
    : "";

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <Title order={1} size="h2">
            {t("revenue.title")}
          </Title>
          <Text c="dimmed" size="sm" data-testid="revenue-subtitle">
            {data
              ? t("revenue.subtitle", {
                  scope: scopeLabel,
                  from: formatMonth(data.from, locale, "short"),
                  to: formatMonth(data.to, locale, "short"),
                })
              : "\u00a0"}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("revenue.title")}>
          <PeriodPicker
            value={filters}
            onChange={(range) => setFilters((f) => ({ ...f, ...range }))}
            today={me.today}
            fiscalYearStartMonth={me.workspace.fiscalYearStartMonth}
          />
          {canFilter ? (
            <PersonFilter
              people={scope.data?.reps ?? []}
              value={filters.personId}
              fallbackLabel={data?.scope.kind === "person" ? data.scope.name : undefined}
              onChange={(personId) => setFilters((f) => ({ ...f, personId }))}
            />
          ) : null}
        </Group>
      </Group>

      {report.isError ? (
        <Alert color="red" title={t("revenue.error.title")} role="alert" data-testid="revenue-error">
          {report.error instanceof ApiProblem && report.error.status === 403
            ? t("revenue.error.forbidden")
            : report.error instanceof ApiProblem && report.error.status !== 0
              ? t("revenue.error.generic", { detail: report.error.detail ?? report.error.title })
              : t("revenue.error.network")}
        </Alert>
      ) : !data ? (
        <Stack gap="md" aria-busy="true" aria-label={t("app.loading")}>
          <Skeleton h={110} />
          <Skeleton h={360} />
          <Skeleton h={240} />
        </Stack>
      ) : isEmpty(data) ? (
        <Paper withBorder radius="md" p="xl" ta="center" data-testid="revenue-empty">
          <Title order={2} size="h4">
            {t("revenue.empty.title")}
          </Title>
          <Text c="dimmed" mt="xs">
            {t("revenue.empty.body")}
          </Text>
        </Paper>
      ) : (
        <Stack
          gap="md"
          aria-busy={report.isPlaceholderData}
          style={{ opacity: report.isPlaceholderData ? 0.6 : 1, transition: "opacity 120ms" }}
          data-testid="revenue-report"
        >
          <KpiTiles data={data} onDrill={setDrill} />
          <RevenueChart data={data} onDrill={setDrill} />
          <Paper withBorder radius="md" p={0}>
            <Tabs defaultValue="reps" keepMounted={false}>
              <Tabs.List aria-label={t("revenue.tabs.label")} px="md">
                <Tabs.Tab value="reps">{t("revenue.tabs.reps")}</Tabs.Tab>
                <Tabs.Tab value="months">{t("revenue.tabs.months")}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="reps" p="xs">
                <RepTable data={data} onDrill={setDrill} />
              </Tabs.Panel>
              <Tabs.Panel value="months" p="xs">
                <MonthTable data={data} onDrill={setDrill} />
              </Tabs.Panel>
            </Tabs>
          </Paper>
          <LinesDrawer
            drill={drill}
            filters={filters}
            currency={data.currency}
            onClose={() => setDrill(null)}
          />
        </Stack>
      )}
    </Stack>
  );
}

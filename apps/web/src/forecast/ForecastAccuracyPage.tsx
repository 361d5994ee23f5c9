import { Group, Paper, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AccuracySource, GridMotion } from "../api/forecast-types";
import { useForecastAccuracy } from "../api/use-forecasts";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { useSearchState } from "../comp/shared/use-search-state";
import { AccuracyChart } from "./accuracy/AccuracyChart";
import { AccuracyTable } from "./accuracy/AccuracyTable";
import {
  type AccuracyFilter,
  accuracyCategories,
  filterAccuracyLines,
} from "./accuracy/filter-accuracy-lines";
import { accuracyLineKey } from "./accuracy/sort-accuracy-lines";
import { categoryLabel } from "./accuracy/use-line-name";
import { ForecastFilters } from "./shared/ForecastFilters";
import { readForecastSearch } from "./shared/forecast-search";

type SourceFilter = "all" | AccuracySource;
const sourceFilters: readonly SourceFilter[] = ["all", "call", "rollup", "statistical"];
const chartedByDefault = 5;

/** Closed periods: each call, team roll-up and the statistical forecast against what closed, week by week. */
export function ForecastAccuracyPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { get, set } = useSearchState();
  const search = readForecastSearch(get);
  const accuracy = useForecastAccuracy(search.periodId, search.personId, search.motion);
  const [filter, setFilter] = useState<Omit<AccuracyFilter, "periodId">>({
    source: "all",
    category: "all",
    query: "",
  });
  const [charted, setCharted] = useState<string[] | null>(null);
  const data = accuracy.isError ? undefined : accuracy.data;
  const periodId = search.periodId ?? data?.periods[0]?.id;
  const period = data?.periods.find((p) => p.id === periodId);
  const lines = useMemo(
    () => filterAccuracyLines(data?.people ?? [], { ...filter, periodId }),
    [data, filter, periodId],
  );
  const categories = useMemo(() => accuracyCategories(data?.people ?? []), [data]);
  const chartedKeys = charted ?? lines.slice(0, chartedByDefault).map(accuracyLineKey);
  const change = (next: Partial<Omit<AccuracyFilter, "periodId">>) => {
    setCharted(null);
    setFilter((current) => ({ ...current, ...next }));
  };

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t("forecast.accuracyTitle")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("forecast.accuracy.intro")}
        </Text>
      </div>
      {accuracy.isError ? (
        <ApiError error={accuracy.error} testId="accuracy-error" />
      ) : !data ? (
        <Skeleton h={360} />
      ) : data.periods.length === 0 ? (
        <Paper withBorder radius="md" p="xl" ta="center" data-testid="accuracy-empty">
          <Text c="dimmed">{t("forecast.accuracy.noPeriods")}</Text>
        </Paper>
      ) : (
        <Stack gap="md" data-testid="accuracy-report" aria-busy={accuracy.isPlaceholderData}>
          <ForecastFilters
            periods={data.periods}
            periodId={periodId}
            periodLabel={t("forecast.accuracy.period")}
            onPeriod={(id) => {
              setCharted(null);
              set({ period: id });
            }}
            motion={search.motion}
            onMotion={(motion: GridMotion) => {
              setCharted(null);
              set({ motion: motion === "all" ? undefined : motion });
            }}
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="accuracy-source-label">
                {t("forecast.accuracy.source")}
              </Text>
              <SegmentedControl
                size="sm"
                aria-labelledby="accuracy-source-label"
                value={filter.source}
                onChange={(value) => change({ source: sourceFilters.find((s) => s === value) ?? "all" })}
                data={sourceFilters.map((s) => ({ value: s, label: t(`forecast.accuracy.sources.${s}`) }))}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="accuracy-category-label">
                {t("forecast.accuracy.category")}
              </Text>
              <SegmentedControl
                size="sm"
                aria-labelledby="accuracy-category-label"
                value={filter.category}
                onChange={(value) => change({ category: value })}
                data={[
                  { value: "all", label: t("forecast.accuracy.sources.all") },
                  ...categories.map((c) => ({ value: c, label: categoryLabel(c, t) })),
                ]}
              />
            </Stack>
            <TextInput
              label={t("forecast.accuracy.find")}
              w={240}
              value={filter.query}
              onChange={(e) => change({ query: e.currentTarget.value })}
              data-testid="accuracy-find"
            />
          </Group>
          {lines.length === 0 ? (
            <Text c="dimmed">{t("forecast.accuracy.empty")}</Text>
          ) : (
            <>
              <AccuracyChart
                lines={lines.filter((l) => chartedKeys.includes(accuracyLineKey(l)))}
                periodLabel={period?.label ?? ""}
                currency={me.workspace.reportingCurrency}
                periodId={periodId ?? ""}
              />
              <AccuracyTable
                lines={lines}
                charted={chartedKeys}
                onToggle={(key) =>
                  setCharted(
                    chartedKeys.includes(key) ? chartedKeys.filter((k) => k !== key) : [...chartedKeys, key],
                  )
                }
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}

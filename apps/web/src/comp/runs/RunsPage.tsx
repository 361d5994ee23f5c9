import { Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRun, useRunResults, useRuns, useStartRun } from "../../api/use-comp-runs";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../shared/ApiError";
import { PeriodSelect } from "../shared/PeriodSelect";
import { usePagePeriod } from "../shared/use-page-period";
import { StatementDrawer } from "../statement/StatementDrawer";
import { ResultsGrid } from "./ResultsGrid";
import { isRunFinished } from "./run-progress";
import { RunFindings } from "./RunFindings";
import { RunProgress } from "./RunProgress";

/** Start a calculation for a period, follow its progress, then read its results payee by payee. */
export function RunsPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const { periodKey, known, search } = usePagePeriod();
  const runs = useRuns(periodKey);
  const runId = search.get("run") ?? runs.data?.[0]?.id;
  const run = useRun(runId);
  const finished = isRunFinished(run.data);
  const results = useRunResults(runId, run.data?.status === "succeeded");
  const start = useStartRun();
  const canStart = me.role === "admin" || me.role === "comp_admin";
  const personId = search.get("person");
  const dateTime = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {canStart ? t("comp.runs.title") : t("comp.runs.teamTitle")}
          </Title>
          <Text c="dimmed" size="sm">
            {canStart ? t("comp.runs.subtitle") : t("comp.runs.teamSubtitle")}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <PeriodSelect
            value={periodKey}
            known={known}
            onChange={(key) => search.set({ period: key, run: undefined, person: undefined })}
          />
          {runs.data && runs.data.length > 1 ? (
            <Select
              label={t("comp.runs.run")}
              w={220}
              allowDeselect={false}
              value={runId ?? null}
              data={runs.data.map((r) => ({ value: r.id, label: dateTime.format(new Date(r.createdAt)) }))}
              onChange={(id) => search.set({ run: id ?? undefined, person: undefined })}
            />
          ) : null}
          {canStart ? (
            <Button
              loading={start.isPending}
              disabled={periodKey === undefined || (run.data !== undefined && !finished)}
              onClick={() =>
                periodKey &&
                start.mutate(
                  { periodKey },
                  { onSuccess: (started) => search.set({ run: started.runId, person: undefined }) },
                )
              }
              data-testid="start-run"
            >
              {t("comp.runs.start")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {start.isError ? <ApiError error={start.error} /> : null}
      {runs.isError ? <ApiError error={runs.error} /> : null}
      {runs.data && runs.data.length === 0 && !runId ? (
        <Paper withBorder p="xl" ta="center" data-testid="no-runs">
          <Text>{t("comp.runs.none")}</Text>
        </Paper>
      ) : null}
      {run.isError ? <ApiError error={run.error} /> : null}
      {run.data ? (
        <Paper withBorder radius="md" p="md" data-testid="run-panel" data-run-id={run.data.id}>
          <RunProgress run={run.data} showCounts={canStart} />
          {finished ? (
            <Text size="sm" mt="xs" data-testid="run-summary">
              {canStart
                ? t("comp.runs.summary", { payees: run.data.payeeCount, lines: run.data.lineCount })
                : t("comp.runs.teamSummary", {
                    payees: results.data?.length ?? 0,
                    date: dateTime.format(new Date(run.data.finishedAt ?? run.data.createdAt)),
                  })}
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {finished && run.data && canStart ? <RunFindings run={run.data} /> : null}
      {results.isError ? <ApiError error={results.error} /> : null}
      {results.data ? (
        <Paper withBorder radius="md" p="xs">
          <ResultsGrid rows={results.data} onOpen={(id) => search.set({ person: id }, { push: true })} />
        </Paper>
      ) : null}
      <StatementDrawer
        personId={periodKey ? personId : undefined}
        periodKey={periodKey ?? ""}
        canDispute={false}
        onClose={() => search.set({ person: undefined })}
      />
    </Stack>
  );
}

import { Anchor, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { usePipelineSettings } from "../api/use-pipeline";
import { useSignedInMe } from "../app/use-signed-in-me";
import { useSearchState } from "../comp/shared/use-search-state";
import { AnalyticsPanel } from "./analytics/AnalyticsPanel";
import { PipelineBoard } from "./board/PipelineBoard";
import { CoverageTiles } from "./coverage/CoverageTiles";
import { PipelineFilters } from "./shared/PipelineFilters";
import { readPipelineUrl } from "./shared/pipeline-url";
import { PipelineTable } from "./table/PipelineTable";

/** Pipeline: the quarter's coverage, open deals as a board or a table with risk flags, and the funnel's analytics. */
export function PipelinePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const search = useSearchState();
  const state = readPipelineUrl(search.get);
  const settings = usePipelineSettings();
  const openStages = (settings.data?.stages ?? []).filter((s) => s.outcome === "open").map((s) => s.name);
  const scope = { personId: state.personId, motion: state.motion };
  const range = { closeFrom: state.closeFrom, closeTo: state.closeTo };

  return (
    <Stack gap="md" maw={1440} mx="auto" data-testid="pipeline-page">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <Title order={1} size="h2">
            {t("pipeline.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("pipeline.subtitle")}
          </Text>
        </div>
        <Anchor component={Link} to="/pipeline/settings" size="sm" data-testid="pipeline-settings-link">
          {me.role === "admin" ? t("pipeline.settings.edit") : t("pipeline.settings.view")}
        </Anchor>
      </Group>
      <PipelineFilters
        me={me}
        state={state}
        stages={openStages}
        onChange={(changes) => search.set(changes)}
      />
      <CoverageTiles query={scope} />
      <Paper withBorder radius="md" p={0}>
        <Tabs
          value={state.view}
          // The URL reader validates the value; the board is the default and stays out of the URL.
          onChange={(value) => search.set({ view: value && value !== "board" ? value : undefined })}
          keepMounted={false}
        >
          <Tabs.List aria-label={t("pipeline.tabs.label")} px="md">
            <Tabs.Tab value="board" data-testid="tab-board">
              {t("pipeline.tabs.board")}
            </Tabs.Tab>
            <Tabs.Tab value="table" data-testid="tab-table">
              {t("pipeline.tabs.table")}
            </Tabs.Tab>
            <Tabs.Tab value="analytics" data-testid="tab-analytics">
              {t("pipeline.tabs.analytics")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="board" p="sm">
            <PipelineBoard query={{ ...scope, ...range }} />
          </Tabs.Panel>
          <Tabs.Panel value="table" p="sm">
            <PipelineTable state={state} onChange={(changes) => search.set(changes)} />
          </Tabs.Panel>
          <Tabs.Panel value="analytics" p="sm">
            <AnalyticsPanel
              personId={state.personId}
              from={state.createdFrom}
              to={state.createdTo}
              by={state.by}
              onBy={(by) => search.set({ by: by === "segment" ? undefined : by })}
            />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}

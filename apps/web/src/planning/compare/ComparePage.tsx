import { Anchor, Button, Group, Paper, Select, Skeleton, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useScenarios } from "../../api/use-planning";
import { useComparison } from "../../api/use-planning-analysis";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { useSearchState } from "../../comp/shared/use-search-state";
import { PublishScenarioModal } from "../scenarios/PublishScenarioModal";
import { sortScenarios } from "../scenarios/sort-scenarios";
import { isPlanner } from "../shared/planning-roles";
import { ScenarioStatusBadge } from "../shared/ScenarioStatusBadge";
import { CompPlanChoicePanel } from "./CompPlanChoicePanel";
import { compareFigures } from "./compare-figures";
import { FiguresTable } from "./FiguresTable";
import { NodeDeltaTable } from "./NodeDeltaTable";

/** Two scenarios side by side (by default the plan of record and a draft), and "Publish this one". */
export function ComparePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const search = useSearchState();
  const scenarios = useScenarios();
  const list = sortScenarios(scenarios.data ?? []);
  const planOfRecord = list.find((s) => s.planOfRecord);
  const base = search.get("base") ?? planOfRecord?.id;
  const other = search.get("other") ?? list.find((s) => s.id !== base && s.status === "draft")?.id;
  const comparison = useComparison(base, other);
  const [publishing, setPublishing] = useState(false);
  const options = list.map((s) => ({
    value: s.id,
    label: `${
      s.planOfRecord
        ? `${s.name} — ${t("planning.planOfRecordVersion", { version: s.version ?? 0 })}`
        : s.name
    } · ${t(`planning.measureName.${s.measure}`)}`,
  }));
  // From the list, not the comparison: publishing must not wait for (or depend on) the figures being computed.
  const otherScenario = list.find((s) => s.id === other);

  return (
    <Stack gap="md" maw={1280} mx="auto" data-testid="compare-page">
      <Anchor component={Link} to="/planning" size="sm">
        {t("planning.scenarios.back")}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("planning.compare.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("planning.compare.subtitle")}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={t("planning.compare.base")}
            data={options}
            value={base ?? null}
            allowDeselect={false}
            w={280}
            onChange={(id) => search.set({ base: id ?? undefined, other })}
            data-testid="compare-base"
          />
          <Select
            label={t("planning.compare.other")}
            data={options}
            value={other ?? null}
            allowDeselect={false}
            w={280}
            onChange={(id) => search.set({ other: id ?? undefined, base })}
            data-testid="compare-other"
          />
          {otherScenario && otherScenario.status === "draft" && isPlanner(me.role) ? (
            <Button color="teal" onClick={() => setPublishing(true)} data-testid="compare-publish">
              {t("planning.compare.publishThis", { name: otherScenario.name })}
            </Button>
          ) : null}
        </Group>
      </Group>
      {scenarios.isError ? <ApiError error={scenarios.error} /> : null}
      {comparison.isError ? <ApiError error={comparison.error} /> : null}
      {base && other && !comparison.data && !comparison.isError ? <Skeleton h={320} /> : null}
      {!base || !other ? (
        <Paper withBorder p="xl" ta="center">
          <Text>{t("planning.compare.pickTwo")}</Text>
        </Paper>
      ) : null}
      {comparison.data ? (
        <>
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" mb="sm">
              <Group gap="lg">
                <ScenarioStatusBadge scenario={comparison.data.base.scenario} />
                <Text size="sm" data-testid="compare-base-measure">
                  {t(`planning.measureName.${comparison.data.base.scenario.measure}`)}
                </Text>
                <Text c="dimmed">{t("planning.compare.versus")}</Text>
                <ScenarioStatusBadge scenario={comparison.data.other.scenario} />
                <Text size="sm" data-testid="compare-other-measure">
                  {t(`planning.measureName.${comparison.data.other.scenario.measure}`)}
                </Text>
              </Group>
            </Group>
            <FiguresTable
              base={comparison.data.base.scenario}
              other={comparison.data.other.scenario}
              rows={compareFigures(comparison.data.base, comparison.data.other)}
            />
          </Paper>
          <CompPlanChoicePanel
            base={comparison.data.base}
            other={comparison.data.other}
            editable={comparison.data.other.scenario.status === "draft" && isPlanner(me.role)}
          />
          <NodeDeltaTable nodes={comparison.data.nodes} currency={comparison.data.base.scenario.currency} />
        </>
      ) : null}
      {publishing && otherScenario ? (
        <PublishScenarioModal scenario={otherScenario} onClose={() => setPublishing(false)} />
      ) : null}
    </Stack>
  );
}

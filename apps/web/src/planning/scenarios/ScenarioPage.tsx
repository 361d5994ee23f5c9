import { Alert, Anchor, Button, Group, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useScenario } from "../../api/use-planning";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { useSearchState } from "../../comp/shared/use-search-state";
import { CapacityPanel } from "../capacity/CapacityPanel";
import { FairnessPanel } from "../fairness/FairnessPanel";
import { PlanningGrid } from "../grid/PlanningGrid";
import { ReconciliationPanel } from "../reconciliation/ReconciliationPanel";
import { CompareLink } from "../shared/CompareLink";
import { isPlanner } from "../shared/planning-roles";
import { ScenarioStatusBadge } from "../shared/ScenarioStatusBadge";
import { QuotaSheetPanel } from "../sheet/QuotaSheetPanel";
import { TransfersPanel } from "../transfers/TransfersPanel";
import { AllocationWizard } from "../wizard/AllocationWizard";
import { PublishScenarioModal } from "./PublishScenarioModal";
import { RenameScenarioModal } from "./RenameScenarioModal";

const tabs = ["grid", "allocation", "transfers", "fairness", "capacity", "reconciliation", "sheet"] as const;
type ScenarioTab = (typeof tabs)[number];
const isTab = (value: string | undefined): value is ScenarioTab => tabs.some((tab) => tab === value);

/** One scenario: its figures in the header, then grid, allocation, fairness, capacity, reconciliation, XLSX. */
export function ScenarioPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const money = useMoney();
  const { scenarioId } = useParams({ strict: false }) as { scenarioId: string };
  const scenario = useScenario(scenarioId);
  const search = useSearchState();
  const requested = search.get("tab");
  const tab: ScenarioTab = isTab(requested) ? requested : "grid";
  const [publishing, setPublishing] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const planner = isPlanner(me.role);

  if (scenario.isError) return <ApiError error={scenario.error} />;
  if (!scenario.data) return <Skeleton h={320} />;
  const s = scenario.data;
  const draft = s.status === "draft";

  return (
    <Stack
      gap="md"
      maw={1600}
      mx="auto"
      data-testid="scenario-page"
      data-scenario-id={s.id}
      data-status={s.status}
    >
      <Anchor component={Link} to="/planning" size="sm">
        {t("planning.scenarios.back")}
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="scenario-name">
              {s.name}
            </Title>
            <ScenarioStatusBadge scenario={s} />
          </Group>
          <Text
            c="dimmed"
            size="sm"
            data-testid="scenario-figures"
            data-target={s.target}
            data-total-quota={s.totalQuota}
          >
            {t("planning.scenario.summary", {
              year: s.fiscalYear,
              target: money(s.target, s.currency),
              quota: money(s.totalQuota, s.currency),
              people: s.people,
              revision: s.revision,
            })}
          </Text>
        </div>
        <Group gap="sm">
          <CompareLink other={s.id}>{t("planning.compare.open")}</CompareLink>
          {planner && draft ? (
            <>
              <Button variant="default" onClick={() => setRenaming(true)}>
                {t("planning.rename.button")}
              </Button>
              <Button color="teal" onClick={() => setPublishing(true)} data-testid="publish-scenario">
                {t("planning.publish.button")}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>
      {!draft ? (
        <Alert color="gray" data-testid="read-only">
          {s.status === "published"
            ? t("planning.scenario.publishedReadOnly")
            : t("planning.scenario.archivedReadOnly")}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => search.set({ tab: value === "grid" || !value ? undefined : value })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`tab-${id}`}>
              {t(`planning.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="grid" pt="md">
          <PlanningGrid scenario={s} />
        </Tabs.Panel>
        <Tabs.Panel value="allocation" pt="md">
          <AllocationWizard scenario={s} onApplied={() => search.set({ tab: undefined })} />
        </Tabs.Panel>
        <Tabs.Panel value="transfers" pt="md">
          <TransfersPanel scenario={s} />
        </Tabs.Panel>
        <Tabs.Panel value="fairness" pt="md">
          <FairnessPanel scenarioId={s.id} />
        </Tabs.Panel>
        <Tabs.Panel value="capacity" pt="md">
          <CapacityPanel scenario={s} />
        </Tabs.Panel>
        <Tabs.Panel value="reconciliation" pt="md">
          <ReconciliationPanel scenario={s} />
        </Tabs.Panel>
        <Tabs.Panel value="sheet" pt="md">
          <QuotaSheetPanel scenario={s} />
        </Tabs.Panel>
      </Tabs>
      {publishing ? <PublishScenarioModal scenario={s} onClose={() => setPublishing(false)} /> : null}
      {renaming ? <RenameScenarioModal scenario={s} onClose={() => setRenaming(false)} /> : null}
    </Stack>
  );
}

import { Alert, Anchor, Button, Group, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTerritoryMap, useTerritoryPlan } from "../api/use-territories";
import { useAppLocale } from "../app/use-app-locale";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { useMoney } from "../comp/shared/use-money";
import { useSearchState } from "../comp/shared/use-search-state";
import { formatDate } from "../format/format-date";
import { TerritoryMap } from "./map/TerritoryMap";
import { AccountsPanel } from "./plan/AccountsPanel";
import { ApplyRulesMenu } from "./plan/ApplyRulesMenu";
import { leafPrimaryTerritories } from "./plan/build-territory-tree";
import { CoveragePanel } from "./plan/CoveragePanel";
import { EditPlanModal } from "./plan/EditPlanModal";
import { HierarchyPanel } from "./plan/HierarchyPanel";
import { HistoryPanel } from "./plan/HistoryPanel";
import { PublishPlanModal } from "./plan/PublishPlanModal";
import { RebalanceModal } from "./rebalance/RebalanceModal";
import { RebalanceResult } from "./rebalance/RebalanceResult";
import { PlanStatusBadge } from "./shared/PlanStatusBadge";
import { isTerritoryPlanner } from "./shared/territory-roles";
import { useTerritoryColours } from "./shared/use-territory-colours";
import { sumDecimalStrings } from "../comp/shared/decimal-sum";

const tabs = ["map", "hierarchy", "accounts", "coverage", "history"] as const;
type PlanTab = (typeof tabs)[number];
const isTab = (value: string | undefined): value is PlanTab => tabs.some((tab) => tab === value);

/** One territory plan: its figures, the map, the hierarchy, accounts, coverage; rebalance and publish. */
export function TerritoryPlanPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const money = useMoney();
  const { planId } = useParams({ strict: false }) as { planId: string };
  const plan = useTerritoryPlan(planId);
  const map = useTerritoryMap(planId);
  const search = useSearchState();
  const requested = search.get("tab");
  const tab: PlanTab = isTab(requested) ? requested : "map";
  // The run being looked at stays in the URL, so a reload comes back to its before/after.
  const runId = search.get("run") ?? null;
  const [rebalancing, setRebalancing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [editingPlan, setEditingPlan] = useState(false);
  const colours = useTerritoryColours(plan.data?.territories);

  if (plan.isError) return <ApiError error={plan.error} />;
  if (!plan.data) return <Skeleton h={320} />;
  const p = plan.data;
  const editable = isTerritoryPlanner(me.role) && p.status === "draft";
  const leaves = leafPrimaryTerritories(p.territories);
  const totalPotential = sumDecimalStrings(leaves.map((x) => x.load.potential));

  return (
    <Stack
      gap="md"
      maw={1600}
      mx="auto"
      data-testid="territory-plan-page"
      data-plan-id={p.id}
      data-status={p.status}
    >
      <Anchor component={Link} to="/territories" size="sm">
        {t("territories.plans.back")}
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="plan-name">
              {p.name}
            </Title>
            <PlanStatusBadge plan={p} />
          </Group>
          <Text
            c="dimmed"
            size="sm"
            data-testid="plan-figures"
            data-revision={p.revision}
            data-assigned={p.assigned}
            data-accounts={p.accounts}
            data-gaps={p.gaps}
            data-overlaps={p.overlaps}
            data-potential={totalPotential}
          >
            {t("territories.plan.summary", {
              date: formatDate(p.effectiveFrom, locale),
              territories: leaves.length,
              assigned: p.assigned,
              accounts: p.accounts,
              potential: money(totalPotential, p.currency),
              gaps: p.gaps,
              overlaps: p.overlaps,
              revision: p.revision,
            })}
          </Text>
        </div>
        {editable ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setEditingPlan(true)} data-testid="edit-plan">
              {t("territories.edit.button")}
            </Button>
            <ApplyRulesMenu plan={p} />
            <Button variant="light" onClick={() => setRebalancing(true)} data-testid="open-rebalance">
              {t("territories.rebalance.button")}
            </Button>
            <Button color="teal" onClick={() => setPublishing(true)} data-testid="publish-plan">
              {t("territories.publish.button")}
            </Button>
          </Group>
        ) : null}
      </Group>
      {p.status !== "draft" ? (
        <Alert color="gray" data-testid="read-only">
          {p.status === "published"
            ? t("territories.plan.publishedReadOnly")
            : t("territories.plan.archivedReadOnly")}
        </Alert>
      ) : null}
      {runId ? (
        <RebalanceResult
          plan={p}
          runId={runId}
          map={map.data}
          colours={colours}
          onDone={() => search.set({ run: undefined })}
        />
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => search.set({ tab: value === "map" || !value ? undefined : value })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`tab-${id}`}>
              {t(`territories.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="map" pt="md">
          {map.isError ? <ApiError error={map.error} /> : null}
          {map.data ? (
            <TerritoryMap data={map.data} colours={colours} currency={p.currency} height={560} />
          ) : (
            <Skeleton h={560} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="hierarchy" pt="md">
          <HierarchyPanel plan={p} colours={colours} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsPanel plan={p} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <CoveragePanel plan={p} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel planId={p.id} />
        </Tabs.Panel>
      </Tabs>
      {rebalancing ? (
        <RebalanceModal
          plan={p}
          onClose={() => setRebalancing(false)}
          onStarted={(id) => {
            setRebalancing(false);
            search.set({ run: id });
          }}
        />
      ) : null}
      {publishing ? <PublishPlanModal plan={p} onClose={() => setPublishing(false)} /> : null}
      {editingPlan ? <EditPlanModal plan={p} onClose={() => setEditingPlan(false)} /> : null}
    </Stack>
  );
}

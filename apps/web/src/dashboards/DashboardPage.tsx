import { Alert, Button, Group, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../api/api-fetch";
import type { DashboardFilters, KpiValueDto } from "../api/kpi-types";
import { useCreateDashboard, useDashboard } from "../api/use-dashboards";
import { kpisKey, useKpiValues } from "../api/use-kpis";
import { useSignedInMe } from "../app/use-signed-in-me";
import { useSearchState } from "../comp/shared/use-search-state";
import { formatMonth } from "../format/format-date";
import { DrillDrawer } from "./drill/DrillDrawer";
import type { DrillTarget } from "./drill/drill-target";
import { AddWidgetModal } from "./editing/AddWidgetModal";
import { useDashboardDraft } from "./editing/use-dashboard-draft";
import { ExportActions } from "./exports/ExportActions";
import { filtersToSearch, readDashboardFilters } from "./filters/dashboard-filters";
import { FiltersBar } from "./filters/FiltersBar";
import { DashboardGrid } from "./layout/DashboardGrid";
import { AllDashboardsLink } from "./AllDashboardsLink";
import { LiveIndicator } from "./LiveIndicator";
import { useAppLocale } from "../app/use-app-locale";
import { useDashboardName } from "./use-dashboard-name";
import { valueKeys } from "./widgets/widget-requests";

/** One dashboard: filters, the grid of widgets, drill-down, live updates, exports; editing for one's own. */
export function DashboardPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const { dashboardId = "" } = useParams({ strict: false }) as { dashboardId?: string };
  const navigate = useNavigate();
  const client = useQueryClient();
  const dashboard = useDashboard(dashboardId);
  const dashboardName = useDashboardName();
  const { get, set } = useSearchState();
  const urlFilters = readDashboardFilters(get);
  const saved = dashboard.data?.filters ?? {};
  // The URL's filters win over the dashboard's saved ones; a period replaces a saved month range and vice versa.
  const filters: DashboardFilters =
    urlFilters.period || urlFilters.from
      ? { ...saved, period: undefined, from: undefined, to: undefined, ...urlFilters }
      : { ...saved, ...urlFilters };
  const draft = useDashboardDraft(dashboard.data);
  const customise = useCreateDashboard();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [adding, setAdding] = useState(false);

  const widgets = draft.draft?.widgets ?? dashboard.data?.widgets ?? [];
  const values = useKpiValues(valueKeys(widgets), filters);
  const byKey = new Map<string, KpiValueDto>((values.data?.values ?? []).map((v) => [v.key, v]));
  const updatedAt = Math.max(
    values.dataUpdatedAt,
    ...client
      .getQueryCache()
      .findAll({ queryKey: kpisKey })
      .map((q) => q.state.dataUpdatedAt),
  );

  // Arriving from "Customise" or "New dashboard" (`?edit=1`): open the editor once the copy is loaded.
  const wantsEdit = get("edit") === "1";
  const openedFor = useRef<string | null>(null);
  const { start } = draft;
  useEffect(() => {
    if (!wantsEdit || !dashboard.data?.editable || openedFor.current === dashboard.data.id) return;
    openedFor.current = dashboard.data.id;
    start();
    set({ edit: undefined });
  }, [wantsEdit, dashboard.data, start, set]);

  if (dashboard.isError) {
    const status = dashboard.error instanceof ApiProblem ? dashboard.error.status : 0;
    return (
      <Alert color="red" role="alert" title={t("dashboards.error.title")} maw={720} mx="auto">
        {status === 404 ? t("dashboards.error.notFound") : t("dashboards.error.generic")}{" "}
        <AllDashboardsLink />
      </Alert>
    );
  }
  if (!dashboard.data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label={t("app.loading")}>
        <Skeleton h={60} />
        <Skeleton h={300} />
      </Stack>
    );
  }
  const data = dashboard.data;
  const context = values.data;

  return (
    <Stack gap="md" maw={1440} mx="auto" data-testid="dashboard-page" data-dashboard-id={data.id}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <AllDashboardsLink />
          {draft.draft ? (
            <TextInput
              label={t("dashboards.edit.name")}
              value={draft.draft.name}
              onChange={(event) => draft.rename(event.currentTarget.value)}
              w={360}
              required
            />
          ) : (
            <Title order={1} size="h2" data-testid="dashboard-title">
              {dashboardName(data)}
            </Title>
          )}
          <Text c="dimmed" size="sm" data-testid="dashboard-subtitle">
            {context
              ? t("dashboards.subtitle", {
                  scope:
                    context.scope.kind === "person" ||
                    context.scope.kind === "team" ||
                    context.scope.kind === "region"
                      ? context.scope.name
                      : t(`dashboards.scope.${context.scope.kind}`),
                  from: formatMonth(context.from, locale, "short"),
                  to: formatMonth(context.to, locale, "short"),
                })
              : "\u00a0"}
          </Text>
        </div>
        <Stack gap={6} align="flex-end">
          <LiveIndicator updatedAt={updatedAt} />
          <Group gap="xs">
            {draft.draft ? (
              <>
                <Button size="xs" variant="default" onClick={() => setAdding(true)}>
                  {t("dashboards.edit.add")}
                </Button>
                <Button size="xs" variant="default" onClick={draft.cancel}>
                  {t("dashboards.edit.cancel")}
                </Button>
                <Button
                  size="xs"
                  onClick={draft.save}
                  loading={draft.saving}
                  disabled={!draft.draft.name.trim()}
                >
                  {t("dashboards.edit.save")}
                </Button>
              </>
            ) : data.editable ? (
              <Button size="xs" variant="light" onClick={draft.start}>
                {t("dashboards.edit.start")}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="light"
                loading={customise.isPending}
                onClick={() =>
                  customise.mutate(
                    {
                      name: t("dashboards.copyName", { name: dashboardName(data) }),
                      preset: data.preset ?? undefined,
                      widgets: data.widgets,
                      filters: data.filters,
                    },
                    {
                      onSuccess: (created) =>
                        void navigate({
                          to: "/dashboards/$dashboardId",
                          params: { dashboardId: created.id },
                          search: { ...filtersToSearch(urlFilters), edit: "1" },
                        }),
                    },
                  )
                }
              >
                {t("dashboards.customise")}
              </Button>
            )}
            {!draft.draft ? (
              <ExportActions dashboardId={data.id} dashboardName={dashboardName(data)} filters={filters} />
            ) : null}
          </Group>
        </Stack>
      </Group>

      {!draft.draft ? (
        <FiltersBar me={me} filters={filters} onChange={(next) => set(filtersToSearch(next))} />
      ) : null}

      {customise.isError ? (
        <Alert color="red" role="alert">
          {t("dashboards.error.copy", { detail: customise.error.message })}
        </Alert>
      ) : null}
      {draft.generalErrors.length > 0 ? (
        <Alert color="red" role="alert" title={t("dashboards.edit.refused")} data-testid="save-errors">
          {draft.generalErrors.join(" · ")}
        </Alert>
      ) : null}
      {values.isError ? (
        <Alert color="red" role="alert" title={t("dashboards.error.values")}>
          {values.error instanceof ApiProblem ? (values.error.detail ?? values.error.title) : ""}
        </Alert>
      ) : null}
      {widgets.length === 0 ? (
        <Text c="dimmed" ta="center" p="xl">
          {t("dashboards.empty")}
        </Text>
      ) : (
        <div aria-busy={values.isFetching} data-version={context?.version ?? ""}>
          <DashboardGrid
            widgets={widgets}
            filters={filters}
            values={byKey}
            context={context}
            onDrill={setDrill}
            editing={
              draft.draft
                ? {
                    onMove: draft.move,
                    onResize: draft.resize,
                    onRemove: draft.remove,
                    errors: draft.widgetErrors,
                  }
                : null
            }
          />
        </div>
      )}
      <DrillDrawer target={drill} filters={filters} onClose={() => setDrill(null)} />
      <AddWidgetModal
        opened={adding}
        onClose={() => setAdding(false)}
        onAdd={(widget) => {
          draft.add(widget);
          setAdding(false);
        }}
      />
    </Stack>
  );
}

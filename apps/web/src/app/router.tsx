import { Center, Loader } from "@mantine/core";
import { createRootRoute, createRoute, createRouter, Outlet } from "@tanstack/react-router";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { AppLayout } from "./AppLayout";
import { NotAvailable } from "./NotAvailable";
import { canSee, type NavItemId } from "./nav-items";
import { useSignedInMe } from "./use-signed-in-me";

// Pages (and ECharts with them) load only when first opened, so sign-in and the shell stay light.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const RevenueRoute = page(() => import("./RevenueRoute"), "RevenueRoute");
const MyPayPage = page(() => import("../comp/my-pay/MyPayPage"), "MyPayPage");
const PlansPage = page(() => import("../comp/plans/PlansPage"), "PlansPage");
const PlanEditorPage = page(() => import("../comp/plans/PlanEditorPage"), "PlanEditorPage");
const AssignmentsPage = page(() => import("../comp/assignments/AssignmentsPage"), "AssignmentsPage");
const RunsPage = page(() => import("../comp/runs/RunsPage"), "RunsPage");
const PeriodsPage = page(() => import("../comp/periods/PeriodsPage"), "PeriodsPage");
const DisputesPage = page(() => import("../comp/disputes/DisputesPage"), "DisputesPage");
const ExportsPage = page(() => import("../comp/exports/ExportsPage"), "ExportsPage");
const ScenariosPage = page(() => import("../planning/scenarios/ScenariosPage"), "ScenariosPage");
const ScenarioPage = page(() => import("../planning/scenarios/ScenarioPage"), "ScenarioPage");
const ComparePage = page(() => import("../planning/compare/ComparePage"), "ComparePage");
const SegmentationPage = page(() => import("../segmentation/SegmentationPage"), "SegmentationPage");
const TerritoriesPage = page(() => import("../territories/TerritoriesPage"), "TerritoriesPage");
const TerritoryPlanPage = page(() => import("../territories/TerritoryPlanPage"), "TerritoryPlanPage");
const MyQuotaPage = page(() => import("../planning/my-quota/MyQuotaPage"), "MyQuotaPage");
const PipelinePage = page(() => import("../pipeline/PipelinePage"), "PipelinePage");
const DealPage = page(() => import("../pipeline/DealPage"), "DealPage");
const PipelineSettingsPage = page(() => import("../pipeline/PipelineSettingsPage"), "PipelineSettingsPage");
const ForecastPage = page(() => import("../forecast/ForecastPage"), "ForecastPage");
const ForecastAccuracyPage = page(() => import("../forecast/ForecastAccuracyPage"), "ForecastAccuracyPage");
const DashboardsPage = page(() => import("../dashboards/DashboardsPage"), "DashboardsPage");
const DashboardPage = page(() => import("../dashboards/DashboardPage"), "DashboardPage");
const KpiCataloguePage = page(() => import("../performance/kpis/KpiCataloguePage"), "KpiCataloguePage");
const GoalsPage = page(() => import("../performance/goals/GoalsPage"), "GoalsPage");
const GoalDetailPage = page(() => import("../performance/goals/GoalDetailPage"), "GoalDetailPage");
const EvaluationsPage = page(() => import("../performance/evaluations/EvaluationsPage"), "EvaluationsPage");
const FeedbackPage = page(() => import("../performance/feedback/FeedbackPage"), "FeedbackPage");

function Shell() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <AppLayout me={me}>
      <Suspense
        fallback={
          <Center h={240}>
            <Loader aria-label={t("app.loading")} />
          </Center>
        }
      >
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}

/** A page only for the roles its menu entry is shown to; others get a polite refusal (the API refuses too). */
function guarded(id: NavItemId, Page: ComponentType): ComponentType {
  return function Guarded() {
    const me = useSignedInMe();
    return canSee(me.role, id) ? <Page /> : <NotAvailable />;
  };
}

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotAvailable });
const child = (path: string, Page: ComponentType) =>
  createRoute({ getParentRoute: () => rootRoute, path, component: () => <Page /> });

const routeTree = rootRoute.addChildren([
  child("/", RevenueRoute),
  child("/dashboards", guarded("dashboards", DashboardsPage)),
  child("/dashboards/$dashboardId", guarded("dashboards", DashboardPage)),
  child("/kpis", guarded("kpis", KpiCataloguePage)),
  child("/goals", guarded("goals", GoalsPage)),
  child("/goals/$goalId", guarded("goals", GoalDetailPage)),
  child("/evaluations", guarded("evaluations", EvaluationsPage)),
  child("/feedback", guarded("feedback", FeedbackPage)),
  child("/pipeline", guarded("pipeline", PipelinePage)),
  child("/pipeline/settings", guarded("pipeline", PipelineSettingsPage)),
  child("/pipeline/deals/$opportunityId", guarded("pipeline", DealPage)),
  child("/forecast", guarded("forecast", ForecastPage)),
  child("/forecast/accuracy", guarded("forecastAccuracy", ForecastAccuracyPage)),
  child("/comp/me", guarded("myPay", MyPayPage)),
  child("/comp/plans", guarded("plans", PlansPage)),
  child("/comp/plans/$key/$version", guarded("plans", PlanEditorPage)),
  child("/comp/assignments", guarded("assignments", AssignmentsPage)),
  child("/comp/runs", guarded("runs", RunsPage)),
  child("/comp/periods", guarded("periods", PeriodsPage)),
  child("/comp/disputes", guarded("disputes", DisputesPage)),
  child("/comp/exports", guarded("exports", ExportsPage)),
  child("/segmentation", guarded("segmentation", SegmentationPage)),
  child("/territories", guarded("territories", TerritoriesPage)),
  child("/territories/$planId", guarded("territories", TerritoryPlanPage)),
  child("/planning", guarded("planning", ScenariosPage)),
  child("/planning/compare", guarded("planning", ComparePage)),
  child("/planning/my-quota", guarded("myQuota", MyQuotaPage)),
  child("/planning/$scenarioId", guarded("planning", ScenarioPage)),
]);

export function createAppRouter() {
  return createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });
}

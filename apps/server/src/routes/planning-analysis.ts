import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { problemResponses } from "../http/schemas";
import { CapacityRolesBody, CapacityRolesResultSchema } from "../planning/analysis/capacity-roles-schemas";
import { compareScenarios } from "../planning/analysis/compare-scenarios";
import { getScenarioCapacity } from "../planning/analysis/get-scenario-capacity";
import { getScenarioFairness } from "../planning/analysis/get-scenario-fairness";
import { getScenarioReconciliation } from "../planning/analysis/get-scenario-reconciliation";
import { updateCapacityRoles } from "../planning/analysis/update-capacity-roles";
import {
  CapacitySchema,
  CompareQuery,
  CompareSchema,
  FairnessQuery,
  FairnessSchema,
  ReconciliationSchema,
} from "../planning/analysis/schemas";
import { GridQuery, ScenarioParams } from "../planning/schemas";

const tags = ["Quota planning: analysis"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const fairnessRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/fairness",
  tags,
  summary:
    "Monte Carlo fairness check: each rep's predicted attainment, the share expected at ≥ threshold, outliers",
  description:
    "Annual grain: quota = the annual quota; history = the last 8 fiscal quarters' net bookings × 4; open pipeline closing in the year weighted by its forecast category; capacity factor = mean ramp × availability over the year. Seeded: the same scenario, draws and seed give the same figures. A manager sees their part of the tree.",
  request: { params: ScenarioParams, query: FairnessQuery },
  responses: { 200: json(FairnessSchema, "The distribution"), ...problemResponses(400, 401, 403, 404, 422) },
});

const capacityRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/capacity",
  tags,
  summary: "Capacity plan: heads, ramped heads, bookings capacity and hires by month; sensitivity",
  request: { params: ScenarioParams },
  responses: { 200: json(CapacitySchema, "The capacity plan"), ...problemResponses(400, 401, 403, 404, 422) },
});

const capacityRolesRoute = createRoute({
  method: "put",
  path: "/api/planning/scenarios/{id}/capacity-roles",
  tags,
  summary:
    "Replace the capacity plan's roles (planners, drafts); quotas move only if the AE productivity or utilisation does",
  request: {
    params: ScenarioParams,
    body: { content: { "application/json": { schema: CapacityRolesBody } }, required: true },
  },
  responses: {
    200: json(CapacityRolesResultSchema, "The scenario, and whether the allocation was re-run"),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const reconciliationRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/reconciliation",
  tags,
  summary: "Top-down against bottom-up (capacity, potential) per node, with gaps and ratios",
  request: { params: ScenarioParams, query: GridQuery },
  responses: {
    200: json(ReconciliationSchema, "The reconciliation"),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const compareRoute = createRoute({
  method: "get",
  path: "/api/planning/compare",
  tags,
  summary:
    "Two scenarios side by side: quotas, fairness, headcount, capacity, cost of sales; per-node deltas",
  description:
    "Cost of sales is computed by the compensation engine: each person's published plan in force on the year's first day, run period by period on the scenario's quotas with one credit of quota × the rep's median simulated attainment. Planners, HR and viewers (company-wide figures).",
  request: { query: CompareQuery },
  responses: { 200: json(CompareSchema, "The comparison"), ...problemResponses(400, 401, 403, 404, 422) },
});

export function registerPlanningAnalysisRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(fairnessRoute, async (c) => {
    const query = c.req.valid("query");
    const fairness = await getScenarioFairness(db, requireViewer(c.get("viewer")), {
      scenarioId: c.req.valid("param").id,
      draws: query.draws,
      seed: query.seed,
      nodeId: query.nodeId,
    });
    return c.json(fairness, 200);
  });
  app.openapi(capacityRoute, async (c) =>
    c.json(
      await getScenarioCapacity(db, requireViewer(c.get("viewer")), {
        scenarioId: c.req.valid("param").id,
        today: deps.clock.today(),
      }),
      200,
    ),
  );
  app.openapi(capacityRolesRoute, async (c) =>
    c.json(
      await updateCapacityRoles(deps.database, requireViewer(c.get("viewer")), {
        scenarioId: c.req.valid("param").id,
        ...c.req.valid("json"),
        now: deps.clock.now(),
      }),
      200,
    ),
  );
  app.openapi(reconciliationRoute, async (c) =>
    c.json(
      await getScenarioReconciliation(db, requireViewer(c.get("viewer")), {
        scenarioId: c.req.valid("param").id,
        rootNodeId: c.req.valid("query").rootNodeId,
      }),
      200,
    ),
  );
  app.openapi(compareRoute, async (c) =>
    c.json(
      await compareScenarios(deps.database, requireViewer(c.get("viewer")), {
        ...c.req.valid("query"),
        today: deps.clock.today(),
      }),
      200,
    ),
  );
}
